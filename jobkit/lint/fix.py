"""`--fix` and `--diff`: apply the typography rules' safe edits to the source text."""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jobkit.errors import InputError
from jobkit.fsutil import atomic_write
from jobkit.load import load_text

FIXABLE_FAMILY = "JK4"


@dataclass
class FixedFile:
    file: str
    path: Path
    before: str
    after: str
    edits: int

    def diff(self) -> str:
        return "".join(difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            fromfile=f"a/{self.file}", tofile=f"b/{self.file}"))


def _edits_by_file(findings) -> dict[str, list[tuple[int, int, str]]]:
    edits: dict[str, list[tuple[int, int, str]]] = {}
    for finding in findings:
        if finding.code.startswith(FIXABLE_FAMILY) and finding.fix:
            edits.setdefault(finding.file, []).extend(finding.fix)
    return edits


def _choose(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping edits in order (the first of overlapping ones wins)."""
    chosen, last_end = [], -1
    for start, end, replacement in sorted(set(edits)):
        if start >= last_end and 0 <= start <= end <= len(text):
            chosen.append((start, end, replacement))
            last_end = max(end, start + 1)
    return chosen


def _apply(text: str, chosen: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in reversed(chosen):
        text = text[:start] + replacement + text[end:]
    return text


def _leaves(value: object, path: tuple = ()):
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, path + (index,))
    else:
        yield path, value


def _changes_match(before: object, after: object, text: str, chosen) -> bool:
    """The values changed by exactly the characters the edits meant to change, nothing else."""
    removed, added = Counter(), Counter()
    for (_, old), (_, new) in zip(_leaves(before), _leaves(after)):
        if old != new:
            matcher = difflib.SequenceMatcher(None, str(old), str(new), autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op != "equal":
                    removed.update(str(old)[i1:i2])
                    added.update(str(new)[j1:j2])
    meant_removed = Counter("".join(text[s:e] for s, e, _ in chosen))
    meant_added = Counter("".join(r for _, _, r in chosen))
    return removed - added == meant_removed - meant_added and \
        added - removed == meant_added - meant_removed


def _same_shape(before: object, after: object) -> bool:
    """Fixes change characters inside text only: keys, order and structure must not move."""
    if isinstance(before, dict):
        return isinstance(after, dict) and list(before) == list(after) and all(
            _same_shape(before[k], after[k]) for k in before)
    if isinstance(before, list):
        return isinstance(after, list) and len(before) == len(after) and all(
            _same_shape(b, a) for b, a in zip(before, after))
    return type(before) is type(after)


def plan_fixes(result) -> list[FixedFile]:
    """The fixed text of every file with fixable findings; files a fix would break are left."""
    planned = []
    for file, edits in _edits_by_file(result.findings).items():
        before = result.sources[file]
        chosen = _choose(before, edits)
        after = _apply(before, chosen)
        if after == before:
            continue
        try:
            old, new = load_text(before, file), load_text(after, file)
        except InputError:
            continue  # never write a file the fix would make unreadable
        if _same_shape(old.data, new.data) and _changes_match(old.data, new.data, before, chosen):
            planned.append(FixedFile(file, result.paths[file], before, after, len(chosen)))
    return planned


def write_fixes(planned: list[FixedFile]) -> None:
    for fixed in planned:
        atomic_write(fixed.path, fixed.after)
