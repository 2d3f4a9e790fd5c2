"""A process is a sound flowchart: known step ids, one start, every step reachable and able to end.

工作流程应构成完整的流程图：步骤编号有效、只有一个起点、每一步可达且能走到终点。

What it does / 检查内容:
  - every step id referenced in `next` exists (with a did-you-mean suggestion), and step ids
    are unique;
  - there is exactly one start: the step with `type: start`, or the first step when none is
    marked;
  - every step is reachable from the start, and every reachable step can reach an end (a step
    with `type: end`, or a step without `next`); an end step has no `next`;
  - a decision has at least two exits to different steps, each with a label (是/否, 通过/
    不通过 …); a task with several exits should be marked `type: decision`;
  - the `lane` of each step is one of `lanes`.
  When a `next` is a likely typo, the check goes on as if the suggested id were written, so
  one typo gives one finding.
  - `next` 引用的步骤编号都存在（疑似笔误时给出建议），步骤编号不重复；
  - 只有一个起点：`type: start` 的步骤，未标注时为第一步；
  - 每一步都能从起点到达，每个可到达的步骤都能走到终点（`type: end` 的步骤或没有 `next`
    的步骤）；终点步骤不写 `next`；
  - 判断步骤至少有两个去向不同的出口，且每个出口都有标签（是/否、通过/不通过……）；
    有多个出口的普通步骤应标为 `type: decision`；
  - 每一步的 `lane` 都在 `lanes` 中。
  `next` 疑似笔误时，按建议的编号继续检查，一个笔误只报告一次。

Why / 为什么:
  A process is drawn as a swim-lane flowchart and a step table, the form used in the chapter
  on work processes of 《客户服务管理体系设计全案》 (Fobook Management Consulting). A step
  nobody reaches, a loop without an exit, or a decision with one branch cannot be drawn or
  followed; a step in an undeclared lane has no owner in the chart.
  流程要绘制成泳道流程图和步骤表，《客户服务管理体系设计全案》（弗布克管理咨询）讲工作流程设计
  的部分即采用这种形式。无法到达的步骤、没有出口的循环、只有一个分支的判断既画不出来，
  也无法执行；不在泳道中的步骤在图中没有责任岗位。

Example / 示例:

```yaml fail
steps:
  - {id: s1, lane: 客户, type: start, action: 提交投诉, next: s2}
  - {id: s2, lane: 投诉处理专员, action: 登记并分类投诉, next: s3}
  - {id: s3, lane: 客服主管, type: decision, action: 是否需要升级处理, next: {是: s4, 否: s6}}
  - {id: s4, lane: 客服主管, action: 审核重大投诉的处理方案, next: s5}
  - {id: s5, lane: 投诉处理专员, type: end, action: 答复客户并归档}
```

```yaml pass
steps:
  - {id: s1, lane: 客户, type: start, action: 提交投诉, next: s2}
  - {id: s2, lane: 投诉处理专员, action: 登记并分类投诉, next: s3}
  - {id: s3, lane: 客服主管, type: decision, action: 是否需要升级处理, next: {是: s4, 否: s5}}
  - {id: s4, lane: 客服主管, action: 审核重大投诉的处理方案, next: s5}
  - {id: s5, lane: 投诉处理专员, type: end, action: 答复客户并归档}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk2._flow import Flow, build_flow
from jobkit.lint.rules.jk2._shared import did_you_mean
from jobkit.problems import Message

ID = "JK208"
NAME = "process-graph"
LEVEL = "error"
KINDS = ("process",)


def check(ctx):
    flow = build_flow(ctx.model.steps)
    yield from _structure_findings(ctx, flow)
    yield from _lanes(ctx)
    yield from _reachability(ctx, flow)


def _structure_findings(ctx, flow: Flow):
    for index, step_id in flow.duplicates:
        first = flow.index[step_id]
        yield ctx.finding(
            ("steps", index, "id"),
            Message(f"步骤编号“{step_id}”与第 {first + 1} 步重复；请改用一个未使用的编号，并更新指向它的 next。",
                    f"step id '{step_id}' is already used by step {first + 1}; give this step an "
                    "unused id and update the next values that point to it"))
    for path, target, guess in flow.unknown:
        if guess:
            zh = f"步骤“{target}”不存在，是否应为“{guess}”？请改为已有的步骤编号。"
            en = f"there is no step '{target}'; did you mean '{guess}'? Use an existing step id"
        else:
            zh = f"步骤“{target}”不存在；请改为已有的步骤编号，或增加该步骤。"
            en = f"there is no step '{target}'; use an existing step id, or add that step"
        yield ctx.finding(path, Message(zh, en), length=len(target),
                          suggestion=Message(guess, guess) if guess else None)
    for index in flow.extra_starts:
        step = flow.steps[index]
        yield ctx.finding(
            ("steps", index, "type"),
            Message(f"流程已有起点“{flow.steps[flow.starts[0]].id}”，步骤“{step.id}”又被标为 start；"
                    "一个流程只能有一个起点，请把它改为 task，并让前面的步骤指向它。",
                    f"the process already starts at '{flow.steps[flow.starts[0]].id}' and step "
                    f"'{step.id}' is marked start too; a process has one start: make it a task "
                    "that an earlier step leads to"))
    for path, zh, en in flow.exit_problems:
        yield ctx.finding(path, Message(zh, en))


def _lanes(ctx):
    lanes = ctx.model.lanes
    for index, step in enumerate(ctx.model.steps):
        if step.lane in lanes:
            continue
        guess = did_you_mean(step.lane, lanes)
        hint_zh = f"，是否应为“{guess}”" if guess else ""
        hint_en = f"; did you mean '{guess}'" if guess else ""
        yield ctx.finding(
            ("steps", index, "lane"),
            Message(f"步骤“{step.id}”的泳道“{step.lane}”不在 lanes 中{hint_zh}；请改为已列出的泳道，或把它加入 lanes。",
                    f"lane '{step.lane}' of step '{step.id}' is not among the lanes{hint_en}; "
                    "use a "
                    "listed lane or add it to lanes"),
            length=len(step.lane), suggestion=Message(guess, guess) if guess else None)


def _reachability(ctx, flow: Flow):
    reached = flow.reachable()
    ending = flow.can_end()
    stuck = reached - ending
    # A loop is reported once, where the flow enters it: not at each of its steps.
    entries = {i for i in stuck if i in flow.starts or i in flow.extra_starts
               or any(i in flow.edges.get(p, ()) for p in reached - stuck)}
    for index, step in enumerate(flow.steps):
        if index in flow.duplicate_indexes:
            continue  # reported as a duplicate id; nothing can point to it
        if index not in reached:
            yield ctx.finding(
                ("steps", index, "id"),
                Message(f"步骤“{step.id}”无法从起点到达；请让某个步骤的 next 指向它，或删除该步骤。",
                        f"step '{step.id}' cannot be reached from the start; point a next to it, "
                        "or remove the step"))
        elif index in entries:
            yield ctx.finding(
                ("steps", index, "id"),
                Message(f"从步骤“{step.id}”出发走不到任何终点（陷入循环）；请为循环增加出口，"
                        "指向 type: end 的步骤。",
                        f"no end can be reached from step '{step.id}' (it is caught in a loop); "
                        "give the loop an exit to a step of type end"))
