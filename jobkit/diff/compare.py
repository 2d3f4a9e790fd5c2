"""What changed between two versions of one document, as a list of changes a reader names:
a field changed, a duty added, removed, reworded or moved, a KPI's weight changed."""
from __future__ import annotations

from dataclasses import dataclass, field

from jobkit.diff.match import moved, pair, similarity

# Lists whose items are things with a name: key field, text fields to compare by similarity.
ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "duties": ("title", ("title", "statement")),
    "kpis": ("name", ("name", "definition")),
    "internal": ("party", ("party", "purpose")),
    "external": ("party", ("party", "purpose")),
    "training": ("subject", ("subject",)),
    "steps": ("id", ("action",)),
    "sections": ("title", ("title",)),
    "items": ("text", ("text",)),
    "fields": ("label", ("label",)),
    "phases": ("name", ("name", "tasks")),
    "organization": ("role", ("role", "who")),
    "budget": ("item", ("item",)),
    "risks": ("risk", ("risk", "mitigation")),
    "definitions": ("term", ("term", "meaning")),
    "responsibilities": ("role", ("role",)),
    "revisions": ("version", ("version", "summary")),
}
REWORDED = 0.98
SHORT = 24  # old and new together this long or shorter: a value changed, not a text reworded  # a text this similar or less to its old self was reworded, not retyped


@dataclass
class Change:
    action: str  # added | removed | changed | reworded | moved | swapped | renamed | renumbered
    path: tuple  # keys, and for list items ("duties", "投诉受理") the item's name
    old: object = None
    new: object = None
    position: tuple[int, int] | None = None  # for moves and renumbering: (old, new), from 1


@dataclass
class DocumentDiff:
    id: str
    kind: str
    title: str
    status: str  # added | removed | changed
    old_file: str = ""
    new_file: str = ""
    lang: str = "zh-CN"
    changes: list[Change] = field(default_factory=list)


def item_name(key: str, item) -> str:
    if isinstance(item, dict):
        name = item.get(ITEMS.get(key, ("title",))[0]) or item.get("title") or item.get("name")
        return str(name) if name is not None else "?"
    return str(item)


def _text(key: str, item) -> str:
    if not isinstance(item, dict):
        return str(item)
    fields = ITEMS.get(key, ("title",))[1]
    return " ".join(str(item.get(f, "")) for f in fields)


def compare(old, new, path: tuple = ()) -> list[Change]:
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        changes = []
        for key in list(old) + [k for k in new if k not in old]:
            if key in old and key not in new:
                changes.append(Change("removed", path + (key,), old[key]))
            elif key in new and key not in old:
                changes.append(Change("added", path + (key,), None, new[key]))
            else:
                changes.extend(compare(old[key], new[key], path + (key,)))
        return changes
    if isinstance(old, list) and isinstance(new, list):
        return _lists(old, new, path)
    if isinstance(old, str) and isinstance(new, str) and len(old) + len(new) > SHORT and \
            similarity(old, new) < REWORDED:
        return [Change("reworded", path, old, new)]  # a sentence; a code or grade is changed
    return [Change("changed", path, old, new)]


def _lists(old: list, new: list, path: tuple) -> list[Change]:
    key = str(path[-1]) if path else ""  # the field that holds the list: duties, kpis …
    named = any(isinstance(x, dict) for x in old + new)
    pairs = pair(old, new, key=lambda item: _key(key, item, named),
                 text=lambda item: _text(key, item))
    changes: list[Change] = []
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    # a named item (a duty) is a place of its own; an item of a plain list (equipment) is not
    def place(item) -> tuple:
        return path + (item_name(key, item),) if named else path

    for i, item in enumerate(old):
        if i not in paired_old:
            changes.append(Change("removed", place(item), item, position=(i + 1, 0)))
    for j, item in enumerate(new):
        if j not in paired_new:
            changes.append(Change("added", place(item), None, item, position=(0, j + 1)))
    shifted = moved(pairs) if named else set()
    swapped = {(i, j) for i, j in shifted if (j, i) in pairs}  # two items changed places
    for i, j in sorted(swapped):  # old i is now at j, and old j at i: said once
        if (j, i) not in swapped or i < j:
            first, second = sorted((i, j))
            changes.append(Change("swapped", path + (item_name(key, old[first]),),
                                  item_name(key, old[second]), item_name(key, old[first]),
                                  position=(first + 1, second + 1)))
    shifted -= swapped | {(j, i) for i, j in swapped}
    for i, j in pairs:
        here = place(new[j])
        if named and item_name(key, old[i]) != item_name(key, new[j]):
            changes.append(Change("renamed", here, item_name(key, old[i]),
                                  item_name(key, new[j])))
        if (i, j) in shifted:
            changes.append(Change("moved", here, position=(i + 1, j + 1)))
        if named:
            inner = compare(_without_name(key, old[i]), _without_name(key, new[j]), here)
            changes.extend(inner)
        elif old[i] != new[j]:
            changes.extend(compare(old[i], new[j], here))
    return changes


def _key(key: str, item, named: bool):
    if not named:
        return item
    return item.get(ITEMS.get(key, ("title",))[0]) if isinstance(item, dict) else item


def _without_name(key: str, item):
    if not isinstance(item, dict):
        return item
    name = ITEMS.get(key, ("title",))[0]
    return {k: v for k, v in item.items() if k != name}
