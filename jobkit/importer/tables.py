"""Tables of a job description: duty tables, KPI tables, and label/value form grids."""
from __future__ import annotations

import re

from jobkit.importer import values
from jobkit.importer.docx_read import Cell, Table
from jobkit.importer.draft import Draft
from jobkit.importer.duties import DUTY_ROW, duty_from_block, duty_from_parts, duties_from_lines
from jobkit.importer.sections import label_value, read_section
from jobkit.importer.vocabulary import DUTY, KPI, REVISION, SIGN, field_of, normalize

SECTIONS = {"summary", "duties", "relations", "qualifications", "environment", "kpis",
            "equipment", "basic", "revisions", "approval"}
_TITLE_LINE = re.compile(r"^(.+?)(?:岗位|职位|职务)?(?:职责)?说明书$")


def _roles(row: list[Cell], index: dict[str, str]) -> dict[int, str]:
    """Column -> role for a row of column heads (each merged cell once)."""
    roles = {}
    for column, cell in enumerate(row):
        role = index.get(normalize(cell.text)) if len(cell.text) <= 30 else None
        if role and (column == 0 or row[column - 1] is not cell):
            roles[column] = role
    return roles


def _head_of(row: list[Cell], context: str | None) -> tuple[str, dict[int, str]] | None:
    """("kpis" or "duties", roles) when the row heads a KPI or duty table."""
    roles = _roles(row, SIGN)
    if len(roles) >= 2 and len(roles) == len({id(c) for c in row}):
        return "approval", roles
    roles = _roles(row, REVISION)
    if len(roles) >= 3 and {"version", "date"} <= set(roles.values()):
        return "revisions", roles
    roles = _roles(row, KPI)
    if len(roles) >= 2 and "name" in roles.values() and \
            {"target", "weight"} & set(roles.values()):
        return "kpis", roles
    roles = _roles(row, DUTY)
    if len(roles) >= 2 and {"title", "statement", "combined"} & set(roles.values()) and \
            (context in (None, "duties", "basic") or "combined" in roles.values()):
        return "duties", roles
    return None


def read_table(table: Table, draft: Draft, context: str | None) -> None:
    """A table, or the parts of one: a form whose rows go on into a duty or KPI table (a head
    row of columns) reads each part in its own way."""
    rows, position = table.rows, 0
    heads = [(n, found) for n, row in enumerate(rows) if (found := _head_of(row, context))]
    for index, (number, (kind, roles)) in enumerate(heads):
        if number < position:
            continue
        if number > position:
            _grid(Table(rows[position:number]), draft, context)
        following = heads[index + 1][0] if index + 1 < len(heads) else len(rows)
        end = next((n for n in range(number + 1, following) if _leaves_table(rows[n])),
                   following)
        part = Table(rows[number:end])
        READERS[kind](part, 0, roles, draft)
        position = end
    if position < len(rows):
        _grid(Table(rows[position:]), draft, context)


def _leaves_table(row: list[Cell]) -> bool:
    """A row that goes back to the form: it starts with a label such as 任职资格."""
    first = row[0].text.strip() if row else ""
    key = field_of(first) if first and "\n" not in first else None
    return key is not None and key != "duties"


def _kpis(table: Table, head: int, roles: dict[int, str], draft: Draft) -> None:
    found = draft.data.setdefault("kpis", [])
    for row in table.rows[head + 1:]:
        kpi: dict = {}
        for column, role in roles.items():
            text = row[column].text.strip() if column < len(row) else ""
            if not text or role == "no":
                continue
            if role == "name":
                name, _, definition = text.partition("\n")
                kpi["name"] = " ".join(name.split())
                if definition.strip() and "definition" not in roles.values():
                    kpi["definition"] = " ".join(definition.split())
            elif role == "weight":
                weight = values.percent(text)
                if weight is None:
                    draft.note(f"考核指标 · {table_label(table, head, column)}", text)
                else:
                    kpi["weight"] = weight
            else:
                kpi[role] = " ".join(text.split())
        if kpi.get("name"):
            found.append(kpi)
        elif kpi:
            draft.note("考核指标", "；".join(str(v) for v in kpi.values()))


def table_label(table: Table, head: int, column: int) -> str:
    return table.rows[head][column].text.strip()


def _duties(table: Table, head: int, roles: dict[int, str], draft: Draft) -> None:
    found = draft.data.setdefault("duties", [])
    groups: list[tuple[Cell | None, list[list[Cell]]]] = []
    title_columns = [c for c, r in roles.items() if r == "title"]
    for row in table.rows[head + 1:]:
        if not any(cell.text.strip() for cell in row):
            continue
        title_cell = row[title_columns[0]] if title_columns and \
            title_columns[0] < len(row) else None
        if groups and title_cell is not None and groups[-1][0] is title_cell:
            groups[-1][1].append(row)  # a duty whose title cell spans several rows
        else:
            groups.append((title_cell, [row]))
    for _, rows in groups:
        parts: dict[str, list[str]] = {}
        for row in rows:
            for column, role in roles.items():
                cell = row[column] if column < len(row) else None
                if cell is None or (row is not rows[0] and role == "title"):
                    continue
                text = cell.text.strip()
                if text and text not in parts.get(role, []):
                    parts.setdefault(role, []).append(text)
        extra = _unnamed_columns(table, head, roles, rows)
        duty = duty_from_parts(parts, draft, len(found))
        if duty:
            found.append(duty)
        for label, text in extra:
            draft.note(f"职责 {len(found)} · {label}", text)


def _unnamed_columns(table, head, roles, rows) -> list[tuple[str, str]]:
    out = []
    for column, cell in enumerate(table.rows[head]):
        if column in roles or (column and table.rows[head][column - 1] is cell):
            continue
        for row in rows:
            text = row[column].text.strip() if column < len(row) else ""
            if text and not any(row[c] is row[column] for c in roles if c < len(row)):
                out.append((cell.text.strip() or "列", text))
    return out


def _grid(table: Table, draft: Draft, context: str | None) -> None:
    """Label/value pairs in any order, across (label, value, label, value) or down (a row of
    labels above a row of values); a section label before sub-labels gives their context."""
    skip = set()
    for number, row in enumerate(table.rows):
        if number in skip:
            continue
        cells = table.distinct(row)
        below = table.rows[number + 1] if number + 1 < len(table.rows) else None
        if below is not None and _labels_over_values(table, row, below):
            for label_cell, value_cell in _columns(row, below):
                _pair(label_cell.text, value_cell.text, draft, context)
            skip.add(number + 1)
            continue
        if len(cells) > 1 and DUTY_ROW.match(cells[0].text.strip()):
            # 职责一 | 职责表述：… | 工作时间百分比：20%, then 工作任务 rows under the same cell
            block = [r for r in table.rows[number:] if r[0] is row[0]]
            skip.update(range(number + 1, number + len(block)))
            duties = draft.data.setdefault("duties", [])
            duty = duty_from_block([table.distinct(r)[1:] for r in block], draft, len(duties))
            if duty:
                duties.append(duty)
            continue
        _row(cells, draft, context)


def _labels_over_values(table: Table, row: list[Cell], below: list[Cell]) -> bool:
    cells = table.distinct(row)
    if len(cells) < 2 or not all(_label(c.text) for c in cells):
        return False
    under = table.distinct(below)
    return len(under) == len(cells) and not any(_label(c.text) for c in under if c.text)


def _columns(row, below):
    seen = set()
    for label_cell, value_cell in zip(row, below):
        if id(label_cell) not in seen:
            seen.add(id(label_cell))
            yield label_cell, value_cell


def _label(text: str) -> str | None:
    return field_of(text) if text and "\n" not in text.strip() else None


def _row(cells: list[Cell], draft: Draft, context: str | None) -> None:
    index, section = 0, context
    while index < len(cells):
        text = cells[index].text.strip()
        key = _label(text)
        following = cells[index + 1].text.strip() if index + 1 < len(cells) else None
        if len(cells) == 1:
            _lone_cell(text, draft, section)
        elif key is None and _inline_pair(text, draft):
            pass  # 岗位名称：客服专员 in one cell
        elif key in SECTIONS and following is not None and _label(following):
            section = key  # 任职资格 | 学历 | 本科 …: the section gives the sub-labels context
        elif key is not None and following is not None and not _label(following):
            _pair(text, following, draft, section)
            index += 1
        elif text and following and _label(following) and len(text) <= 12:
            pass  # a group label down the side (其他 | 使用工具设备 | …): its rows say the rest
        elif text and following and len(text) <= 12 and "\n" not in text:
            draft.note(text, following)  # a label jobkit does not know, and its value
            index += 1
        elif text:
            draft.note("", text)
        index += 1


def _inline_pair(text: str, draft: Draft) -> bool:
    key, value = label_value(text)
    if key and value.strip():
        draft.assign(key, value, text.split("：")[0])
        return True
    return False


def _lone_cell(text: str, draft: Draft, section: str | None) -> None:
    title = _TITLE_LINE.match(text.replace(" ", ""))
    if not text or _label(text) in SECTIONS:
        return
    key, value = label_value(text)
    if key:  # 本职：全面负责… in one cell
        draft.assign(key, value, text.split("：")[0])
        return
    if title and not draft.get("basic.title"):
        draft.assign("basic.title", title.group(1))
    elif section == "duties":
        for duty in duties_from_lines(text.split("\n"), draft, 0):
            draft.data.setdefault("duties", []).append(duty)
    else:
        draft.note("", text)


def _pair(label: str, text: str, draft: Draft, section: str | None) -> None:
    """One label and its value; a section label (岗位职责 | 1. … 2. …) reads its text."""
    key = field_of(label)
    if key is None:
        draft.note(label.strip(), text)
        return
    if key in SECTIONS - {"basic", "equipment", "summary"}:
        read_section(key, text.split("\n"), draft)
    else:
        draft.assign(key, text, label.strip())


def _revisions(table: Table, head: int, roles: dict[int, str], draft: Draft) -> None:
    found = draft.data.setdefault("revisions", [])
    for row in table.rows[head + 1:]:
        entry = {role: " ".join(row[c].text.split()) for c, role in roles.items()
                 if c < len(row) and row[c].text.strip()}
        day = values.calendar_date(entry.get("date", ""))
        if entry.get("version") and day:
            found.append({**entry, "date": day})
        elif entry:
            draft.note("修订记录", "；".join(entry.values()))


def _approval(table: Table, head: int, roles: dict[int, str], draft: Draft) -> None:
    """编制 | 审核 | 批准 over a row of name and date (each a line of its cell)."""
    approval = draft.data.setdefault("approval", {})
    for row in table.rows[head + 1:head + 2]:
        for column, role in roles.items():
            lines = [line.strip() for line in row[column].text.split("\n") if line.strip()]
            if not lines:
                continue
            signed: dict = {}
            for line in lines:
                day = values.calendar_date(line)
                if day and "date" not in signed:
                    signed["date"] = day
                elif "name" not in signed:
                    signed["name"] = line
                else:
                    draft.note(table_label(table, head, column), line)
            approval[role] = signed
    if not approval:
        del draft.data["approval"]


READERS = {"duties": _duties, "kpis": _kpis, "revisions": _revisions, "approval": _approval}
