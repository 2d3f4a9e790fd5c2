"""`--fix` and `--diff`: apply the typography rules' safe edits to the source text."""
from __future__ import annotations

import codecs
import difflib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from jobkit.errors import InputError
from jobkit.fsutil import atomic_write_bytes
from jobkit.load import load_text
from jobkit.problems import Message

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
    return fix_plan(result)[0]


def fix_plan(result) -> tuple[list[FixedFile], list[tuple[str, Message]]]:
    """The files to fix, and the files with fixable findings that a safe edit cannot fix."""
    planned, unsafe = [], []
    for file, edits in _edits_by_file(result.findings).items():
        before = result.sources[file]
        chosen = _choose(before, edits)
        if _apply(before, chosen) == before:
            continue
        old = load_text(before, file).data
        if not _safe(old, before, chosen, file):
            # one unsafe edit (in a multi-line value, say) must not hold back the others
            kept: list = []
            for edit in chosen:
                if _safe(old, before, kept + [edit], file):
                    kept.append(edit)
            unsafe.append((file, _UNSAFE))
            chosen = kept
        if chosen:
            planned.append(FixedFile(file, result.paths[file], before, _apply(before, chosen),
                                     len(chosen)))
    return planned, unsafe


def _safe(old: dict, before: str, edits: list, file: str) -> bool:
    """The edits keep the file readable, its structure, and change only what they say."""
    try:
        new = load_text(_apply(before, edits), file).data
    except InputError:
        return False  # never write a file the fix would make unreadable
    return _same_shape(old, new) and _changes_match(old, new, before, edits)


_UNSAFE = Message("有的修复会改变文档的结构或其他文字（例如在多行文字中），这些未修改；请手工修改。",
                  "some fixes would change the document's structure or other text (in a "
                  "multi-line value, say); those are left: edit them by hand")


def write_fixes(planned: list[FixedFile]) -> list[tuple[str, Message]]:
    """Write each fixed file as it was (BOM, links, permissions); the files left, and why."""
    left = []
    for fixed in planned:
        try:
            reason = _write_fix(fixed)
        except OSError as exc:
            reason = Message(f"无法写入：{exc.strerror or exc}。", f"cannot write it: "
                                                                  f"{exc.strerror or exc}")
        if reason is not None:
            left.append((fixed.file, reason))
    return left


def _write_fix(fixed: FixedFile) -> Message | None:
    target = fixed.path.resolve()  # through a link to the file it names; the link stays
    info = os.stat(target)
    if not info.st_mode & 0o222:
        return Message("文件是只读的，未修改。", "the file is read-only; left as it is")
    raw = target.read_bytes()
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    if raw[len(bom):] != fixed.before.encode("utf-8"):
        return Message("文件在检查之后被修改过，未覆盖；请再运行一次。",
                       "the file changed after it was read; not overwritten: run again")
    data = bom + fixed.after.encode("utf-8")
    if info.st_nlink > 1:  # a new file would split the hard links: rewrite this one in place
        with open(target, "r+b") as stream:
            stream.write(data)
            stream.truncate()
            os.fsync(stream.fileno())
    else:
        atomic_write_bytes(target, data)
    return None
