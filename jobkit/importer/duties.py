"""Duties from a duty table's columns or from numbered lines of prose."""
from __future__ import annotations

import re

from jobkit.importer import values
from jobkit.importer.draft import Draft

_NUMBER = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）.．、]|[①-⑳]|[•●○■◆·\-–—]|第[一二三四五六七八九十]+[条项]"
                     r"|职责[一二三四五六七八九十]+[：:、.．]?|[（(]?[一二三四五六七八九十]+[)）、.．])\s*")
_TITLED = re.compile(r"^([^，。；：:,;]{2,14})[：:]\s*(.+)$")
_SHARE = re.compile(r"[（(]\s*(?:时间占比|占比|约占|占)?\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]\s*[)）]\s*$")
_LEAD = re.compile(r"^(?:负责|主要负责|协助|配合)")
TITLE_MAX = 12
DUTY_ROW = re.compile(r"^职责\s*[一二三四五六七八九十\d]+$")
_STATEMENT = re.compile(r"^(?:职责表述|职责描述|职责概述)[：:]\s*")
_PERCENT_CELL = re.compile(r"(?:工作时间百分比|时间百分比|时间占比)[：:]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")


def short_title(statement: str) -> str:
    """A few words for a duty whose source gives none: its first clause, at most 12 characters
    (a guess, marked as one in the YAML)."""
    # up to the first mark or 并 (受理客户报修并派工 → 受理客户报修): a title is a few key words
    clause = re.split(r"[，。；：,;:]|并", _LEAD.sub("", statement).strip(), maxsplit=1)[0].strip()
    clause = clause or statement.strip()
    return clause if len(clause) <= TITLE_MAX else clause[:TITLE_MAX]


def duty_from_parts(parts: dict[str, list[str]], draft: Draft, index: int) -> dict | None:
    """One duty from the texts of its columns (role -> texts, in row order)."""
    P = draft.prefixes()
    duty: dict = {}
    lines = {role: "\n".join(texts) for role, texts in parts.items() if role != "no"}
    if "combined" in lines:  # jobkit's 职责与工作内容: title, statement, 工作结果：…
        rows = [line.strip() for line in lines.pop("combined").split("\n") if line.strip()]
        outputs = [r[len(P["outputs"]):].strip() for r in rows if r.startswith(P["outputs"])]
        rows = [r for r in rows if not r.startswith(P["outputs"])]
        if len(rows) > 1:
            lines.setdefault("title", rows[0])
            lines.setdefault("statement", "".join(rows[1:]))
        elif rows:
            lines.setdefault("statement", rows[0])
        if outputs:
            lines.setdefault("outputs", "、".join(outputs))
    if "standard_deadline" in lines:  # 完成标准与期限: standard, 完成期限：…, 权限：…
        rest = []
        for row in (r.strip() for r in lines.pop("standard_deadline").split("\n")):
            if row.startswith(P["deadline"]):
                lines.setdefault("deadline", row[len(P["deadline"]):].strip())
            elif row.startswith(P["authority"]):
                lines.setdefault("authority", row[len(P["authority"]):].strip())
            elif row:
                rest.append(row)
        if rest:
            lines.setdefault("standard", "".join(rest))
    if "title" in lines and "statement" not in lines:
        lines["statement"] = lines.pop("title")  # one text column: it is the work itself
    statement = "；".join(s.strip() for s in lines.get("statement", "").split("\n") if s.strip())
    if not statement:
        return None
    title = " ".join(lines.get("title", "").split())
    essential = True
    for mark in ("（辅助职责）", "(辅助职责)", " (secondary)"):
        if title.endswith(mark):
            title, essential = title[:-len(mark)].strip(), False
    if not title:
        title = short_title(statement)
        draft.guess(("duties", index, "title"), "原文没有职责名称 / the source names no title")
    duty["title"] = title
    duty["statement"] = statement
    for role in ("standard", "deadline", "authority"):
        if lines.get(role, "").strip():
            duty[role] = "；".join(x.strip() for x in lines[role].split("\n") if x.strip())
    if lines.get("frequency", "").strip():
        frequency = lines["frequency"].strip()
        duty["deadline"] = f"{duty['deadline']}（{frequency}）" if "deadline" in duty else frequency
    if lines.get("time_pct", "").strip():
        share = values.percent(lines["time_pct"])
        if share is None or share > 100:
            draft.note(f"职责 {index + 1} · 时间占比", lines["time_pct"])
        else:
            duty["time_pct"] = share
    if lines.get("outputs", "").strip():
        duty["outputs"] = values.items(lines["outputs"])
    if not essential:
        duty["essential"] = False
    return duty


def duties_from_lines(lines: list[str], draft: Draft, start: int) -> list[dict]:
    """Duties from prose: one per numbered item (or per line when none is numbered). Where two
    kinds of numbering nest (一、… then 1. …), or a short unnumbered line stands before numbered
    ones, that line is a group title and the items under it make one duty; a line without a
    number continues the item before it."""
    lines = [line.strip() for line in lines if line.strip()]
    kinds = [_kind(line) for line in lines]
    present = [k for k in kinds if k]
    outer = present[0] if len(set(present)) > 1 else None
    groups: list[tuple[str, list[str]]] = []  # (group title or "", item texts)
    group = None
    for number, line in enumerate(lines):
        kind = kinds[number]
        following = kinds[number + 1] if number + 1 < len(lines) else None
        if kind and kind == outer or (not kind and following and _is_group_title(line)):
            group = _NUMBER.sub("", line).rstrip("：:") if kind else line.rstrip("：:")
            groups.append((group, []))
        elif kind or not present:
            text = _NUMBER.sub("", line)
            if group is not None:
                groups[-1][1].append(text)
            else:
                groups.append(("", [text]))
        elif groups and groups[-1][1]:
            groups[-1][1][-1] += line
        else:
            groups.append(("", [line]))
    found = []
    for title, texts in groups:
        text = "；".join(t.strip().rstrip("；;。") for t in texts) if texts else title
        duty = _duty_from_text(text, title if texts else "", draft, start + len(found))
        if duty:
            found.append(duty)
    return found


def _kind(line: str) -> str:
    """Which numbering a line starts with: 'a' 一、（一）, 'b' 1. 1、（1）①, 'c' a bullet."""
    match = _NUMBER.match(line)
    if not match:
        return ""
    mark = match.group(0)
    if re.search(r"[一二三四五六七八九十]", mark):
        return "a"
    return "b" if re.search(r"[\d①-⑳]", mark) else "c"


def _is_group_title(line: str) -> bool:
    return len(line) <= 16 and not re.search(r"[。；;，,]$", line)


def _duty_from_text(text: str, group: str, draft: Draft, index: int) -> dict | None:
    text = text.strip().rstrip("；;")
    if not text:
        return None
    parts: dict[str, list[str]] = {}
    share = _SHARE.search(text)
    if share:
        parts["time_pct"] = [share.group(1)]
        text = text[:share.start()].strip()
    titled = _TITLED.match(text)
    if group:
        parts["title"] = [group]
    elif titled:
        parts["title"] = [titled.group(1)]
        text = titled.group(2)
    parts["statement"] = [text.rstrip("。")]
    if "title" not in parts:
        parts["title"] = []
    return duty_from_parts({k: v for k, v in parts.items() if v}, draft, index)


def duty_from_block(rows: list[list], draft: Draft, index: int) -> dict | None:
    """The classic form's duty block: 职责表述：…, 工作时间百分比：…, and 工作任务 rows."""
    summary, share, tasks = "", None, []
    for cells in rows:
        for cell in cells:
            text = cell.text.strip()
            percent = _PERCENT_CELL.search(text)
            if _STATEMENT.match(text):
                summary = _STATEMENT.sub("", text)
            elif percent:
                share = percent.group(1)
            elif text and text not in ("工作任务", "工作任务：") and text not in tasks:
                tasks.append(_NUMBER.sub("", text))
    if not summary and not tasks:
        return None
    parts: dict[str, list[str]] = {}
    if summary and len(summary) <= TITLE_MAX:
        parts["title"] = [summary]
        parts["statement"] = ["；".join(tasks) or summary]
    else:
        parts["statement"] = [summary + ("：" + "；".join(tasks) if tasks and summary else
                                         "；".join(tasks))]
    if share:
        parts["time_pct"] = [share]
    return duty_from_parts(parts, draft, index)
