"""The step graph of a process, with the structural problems found while building it."""
from __future__ import annotations

from dataclasses import dataclass, field

from jobkit.lint.rules.jk2._shared import did_you_mean


@dataclass
class Flow:
    steps: tuple
    index: dict[str, int] = field(default_factory=dict)  # step id → index of its first step
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    edges: dict[int, set[int]] = field(default_factory=dict)
    open_ends: set[int] = field(default_factory=set)  # steps with an exit to an unknown id
    unknown: list[tuple[tuple, str, str | None]] = field(default_factory=list)  # path, id, guess
    starts: list[int] = field(default_factory=list)
    extra_starts: list[int] = field(default_factory=list)
    exit_problems: list[tuple[tuple, str, str]] = field(default_factory=list)  # path, zh, en

    @property
    def duplicate_indexes(self) -> set[int]:
        return {index for index, _ in self.duplicates}

    def reachable(self) -> set[int]:
        """Indexes reachable from the start(s); every marked start counts, to avoid cascades."""
        seen: set[int] = set()
        todo = [*self.starts, *self.extra_starts]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(self.edges.get(node, ()))
        return seen

    def can_end(self) -> set[int]:
        """Indexes from which an end step (or an unknown target, given the benefit of the doubt)
        can be reached."""
        back: dict[int, set[int]] = {}
        for source, targets in self.edges.items():
            for target in targets:
                back.setdefault(target, set()).add(source)
        ends = [i for i, step in enumerate(self.steps)
                if step.type == "end" or not step.exits] + list(self.open_ends)
        seen: set[int] = set()
        todo = list(ends)
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(back.get(node, ()))
        return seen


def build_flow(steps: tuple) -> Flow:
    flow = Flow(steps)
    for index, step in enumerate(steps):
        if step.id in flow.index:
            flow.duplicates.append((index, step.id))
        else:
            flow.index[step.id] = index
    ids = list(flow.index)
    for index, step in enumerate(steps):
        if index in flow.duplicate_indexes:
            continue
        targets = flow.edges.setdefault(index, set())
        for label, target in step.exits.items():
            branch = () if isinstance(step.next, str) else (label,)
            path = ("steps", index, "next") + branch
            if target in flow.index:
                targets.add(flow.index[target])
                continue
            guess = did_you_mean(str(target), ids)
            flow.unknown.append((path, str(target), guess))
            if guess:
                targets.add(flow.index[guess])  # go on as if the suggestion were written
            else:
                flow.open_ends.add(index)
        _check_exits(flow, index, step)
    _find_starts(flow)
    return flow


def _find_starts(flow: Flow) -> None:
    marked = [i for i, step in enumerate(flow.steps)
              if step.type == "start" and i not in flow.duplicate_indexes]
    if not marked:
        flow.starts = [0] if flow.steps else []
        return
    flow.starts, flow.extra_starts = marked[:1], marked[1:]


def _check_exits(flow: Flow, index: int, step) -> None:
    exits = step.exits
    labelled = not isinstance(step.next, str)
    add = flow.exit_problems.append
    if step.type == "end" and exits:
        add((("steps", index, "next"),
             f"步骤“{step.id}”是终点（type: end），不应再有 next；请删除 next，或把类型改为 task。",
             f"step '{step.id}' is an end (type: end) but has a next; remove next, or make "
             "it a task"))
        return
    if step.type == "decision":
        distinct = set(exits.values())
        if len(distinct) < 2:
            only = f"只有一个去向“{next(iter(distinct))}”" if distinct else "没有出口"
            only_en = f"leads only to '{next(iter(distinct))}'" if distinct else "has no exit"
            add((("steps", index, "next") if exits else ("steps", index, "type"),
                 f"判断步骤“{step.id}”{only}；判断至少要有两个去向不同的出口，"
                 "请写成 next: {是: 步骤编号, 否: 步骤编号}，或把类型改为 task。",
                 f"decision '{step.id}' {only_en}; a decision needs at least two exits to "
                 "different steps: write next: {yes: step, no: step}, or make it a task"))
        for label in exits:
            if labelled and not str(label).strip():
                add((("steps", index, "next", label),
                     f"判断步骤“{step.id}”有一个出口没有标签；请写明判断结果，如“是”“否”。",
                     f"an exit of decision '{step.id}' has no label; name the outcome, "
                     "e.g. yes / no"))
    elif labelled and len(set(exits.values())) >= 2:
        add((("steps", index, "next"),
             f"步骤“{step.id}”有多个去向，却不是判断步骤；请加上 type: decision，并为各出口写明判断结果。",
             f"step '{step.id}' has several exits but is not a decision; add type: decision "
             "and label each exit with its outcome"))
