"""Context for workflows, working tools, forms and plans: what their templates need."""
from __future__ import annotations

from datetime import date

from jobkit.model import Form, Plan, Process, Tool
from jobkit.model.form import FormField
from jobkit.render import charts
from jobkit.render.swimlane import swimlane_pages


def process_context(process: Process, index) -> dict:
    """The swim-lane chart and the step table, lane names that are job ids shown as titles."""
    lanes = [(lane, index.title(lane)) for lane in process.lanes]
    steps = [{"id": s.id, "lane": s.lane, "action": s.action, "type": s.type, "exits": s.exits,
              "number": number} for number, s in enumerate(process.steps, 1)]
    # drawn at print size, a page of chart at a time: a long flow continues, never shrinks
    pages = [charts.draw(source) for source in swimlane_pages(lanes, steps)]
    numbers = {step["id"]: step["number"] for step in steps}
    rows = []
    for number, step in enumerate(process.steps, 1):
        exits = [(label, numbers[target]) for label, target in step.exits.items()
                 if target in numbers]
        rows.append({"number": number, "step": step, "lane": index.title(step.lane),
                     "exits": exits})
    return {"chart_pages": pages, "rows": rows}


def tool_context(tool: Tool, L: dict) -> dict:
    """Numbered items, the cells of user-named columns, the total of the points, and who is
    rated or checked and who signs (the tool's own, or what its type prints by default)."""
    columns = list(tool.table_columns())  # empty: the standard layout of the tool type
    sources = [source for _, source in columns]
    sections, number = [], 0
    for section in tool.sections:
        items = []
        for item in section.items:
            number += 1
            values = iter(item.values)
            cells = [_cell(item, source, values) for source in sources]
            items.append({"number": number, "item": item, "cells": cells})
        sections.append({"title": section.title, "entries": items})
    points = [i.score for s in tool.sections for i in s.items if i.score is not None]
    fields, signers = tool.fields, tool.signatures
    if fields is None:
        fields = tuple(FormField(label) for label in L.get(f"{tool.tool_type}_fields", ()))
    if signers is None:
        signers = tuple(L.get(f"{tool.tool_type}_signatures", ()))
    return {"sections": sections, "total": sum(points) if points else None,
            "columns": columns, "column_sources": sources,
            "field_rows": field_rows(fields), "signers": signers}


def _cell(item, source: str, values) -> str:
    if source == "text":
        return item.text
    if source == "score":
        return "" if item.score is None else f"{item.score:g}"
    if source == "criteria":
        return item.criteria or ""
    return next(values, "")


def form_context(form: Form) -> dict:
    return {"field_rows": field_rows(form.fields)}


def field_rows(fields) -> list[list[dict]]:
    """Header fields laid out in rows of four units; a field spans 1–4 of them."""
    rows, row, used = [], [], 0
    for field in fields:
        span = min(max(field.span, 1), 4)
        if used + span > 4:
            rows.append(_close_row(row, used))
            row, used = [], 0
        row.append({"field": field, "span": span, "value_span": span * 2 - 1})
        used += span
    if row:
        rows.append(_close_row(row, used))
    return rows


def _close_row(row: list[dict], used: int) -> list[dict]:
    """Widen the last field of a short row so every row fills the grid."""
    if used < 4:
        row[-1] = {**row[-1], "value_span": row[-1]["value_span"] + (4 - used) * 2}
    return row


def _months(start: date, end: date) -> list[date]:
    months, current = [], date(start.year, start.month, 1)
    while current <= end and len(months) < 36:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def plan_context(plan: Plan) -> dict:
    """A month-by-month timeline of the phases, and the budget total per currency."""
    dated = [p for p in plan.phases if p.start and p.end]
    months = _months(min(p.start for p in dated), max(p.end for p in dated)) if dated else []
    timeline = []
    for phase in plan.phases:
        cells = [bool(phase.start and phase.end and phase.start <= _month_end(m)
                      and phase.end >= m) for m in months]
        timeline.append({"phase": phase, "cells": cells})
    return {"months": months, "timeline": timeline, "totals": plan.budget_totals()}


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
