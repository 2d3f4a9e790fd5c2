"""A diff as text (coloured on a terminal), Markdown (a pull-request comment or
$GITHUB_STEP_SUMMARY) or JSON."""
from __future__ import annotations

import json

from jobkit.diff.compare import DocumentDiff
from jobkit.diff.describe import details, headline
from jobkit.diff.propose import as_yaml

_MARKS = {"added": "+", "removed": "-", "changed": "~", "reworded": "~", "renamed": "~",
          "moved": "↕", "swapped": "↕", "renumbered": "↕"}
_COLOURS = {"+": "32", "-": "31", "~": "33", "↕": "36"}
_STATUS = {"added": ("新增", "added"), "removed": ("删除", "removed"),
           "changed": ("修改", "changed")}

def _status(diff: DocumentDiff, lang: str) -> str:
    return _STATUS[diff.status][1 if lang == "en" else 0]


def _file(diff: DocumentDiff) -> str:
    return diff.new_file or diff.old_file


def summary(diffs: list[DocumentDiff], lang: str) -> str:
    counts = {status: sum(d.status == status for d in diffs) for status in _STATUS}
    if lang == "en":
        if not diffs:
            return "no changes"
        noun = "document" if len(diffs) == 1 else "documents"
        return (f"{len(diffs)} {noun} changed: {counts['changed']} changed, "
                f"{counts['added']} added, {counts['removed']} removed")
    if not diffs:
        return "没有变化"
    return (f"共 {len(diffs)} 份文件有变化：修改 {counts['changed']} 份，新增 {counts['added']} 份，"
            f"删除 {counts['removed']} 份")


def as_text(diffs: list[DocumentDiff], lang: str, colour: bool = False,
            proposals: dict | None = None) -> str:
    def paint(mark: str, text: str) -> str:
        return f"\033[{_COLOURS[mark]}m{text}\033[0m" if colour else text

    lines = []
    for diff in diffs:
        mark = {"added": "+", "removed": "-"}.get(diff.status, "~")
        lines.append(paint(mark, f"{_status(diff, lang)} {_file(diff)} · {diff.title}"
                                 f"（{diff.kind}）" if lang != "en" else
                           f"{_status(diff, lang)} {_file(diff)} · {diff.title} ({diff.kind})"))
        for change in diff.changes:
            sign = _MARKS[change.action]
            lines.append("  " + paint(sign, f"{sign} {headline(change, diff.kind, lang)}"))
            shown = details(change, lang)
            if shown:
                old, new = shown
                if old:
                    lines.append("      " + paint("-", f"- {old}"))
                if new:
                    lines.append("      " + paint("+", f"+ {new}"))
    lines.append(summary(diffs, lang))
    for diff in diffs:
        if proposals and diff.id in proposals:
            lines.append("")
            lines.append(as_yaml(diff, proposals[diff.id], lang).rstrip("\n"))
    return "\n".join(lines) + "\n"


def as_markdown(diffs: list[DocumentDiff], lang: str, proposals: dict | None = None) -> str:
    lines = [f"## jobkit diff: {summary(diffs, lang)}", ""]
    for diff in diffs:
        lines.append(f"### {diff.title} (`{diff.id}`, {diff.kind}) — {_status(diff, lang)}")
        lines.append("")
        lines.append(f"`{_file(diff)}`")
        lines.append("")
        for change in diff.changes:
            lines.append(f"- {_escape(headline(change, diff.kind, lang))}")
            shown = details(change, lang)
            if shown and all(shown):  # one line: ~~deleted~~ and **inserted** words marked
                lines.append(f"  - {inline(*shown)}")
            elif shown:
                lines.append(f"  - {_escape(shown[0] or shown[1])}")
        if proposals and diff.id in proposals:
            lines += ["", "```yaml", as_yaml(diff, proposals[diff.id], lang).rstrip("\n"), "```"]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def inline(old: str, new: str) -> str:
    """The new text with what was taken out struck through and what was put in bold."""
    from difflib import SequenceMatcher

    out = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"~~{_escape(old[a1:a2])}~~")
        if op in ("insert", "replace"):
            out.append(f"**{_escape(new[b1:b2])}**")
        if op == "equal":
            out.append(_escape(old[a1:a2]))
    return "".join(out)


def _escape(text: str) -> str:
    """User text in Markdown: no accidental emphasis, links, HTML or table breaks."""
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", " ")


def as_json(diffs: list[DocumentDiff], lang: str, proposals: dict | None = None) -> str:
    documents = []
    for diff in diffs:
        documents.append({
            "id": diff.id, "kind": diff.kind, "title": diff.title, "status": diff.status,
            "old_file": diff.old_file or None, "new_file": diff.new_file or None,
            "changes": [{"action": c.action, "path": list(c.path), "old": c.old, "new": c.new,
                         "position": list(c.position) if c.position else None,
                         "message": {"zh-CN": headline(c, diff.kind, "zh-CN"),
                                     "en": headline(c, diff.kind, "en")}}
                        for c in diff.changes],
            **({"proposed_revision": proposals[diff.id]}
               if proposals and diff.id in proposals else {})})
    return json.dumps({"documents": documents, "summary": summary(diffs, lang)},
                      ensure_ascii=False, indent=2, default=str) + "\n"


FORMATS = {"text": as_text, "markdown": as_markdown, "json": as_json}
