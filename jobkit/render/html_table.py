"""The HTML table model both the DOCX writer and the typesetting read: rows in reading order,
cells placed as the HTML table model does, and the column widths a template gives."""
from __future__ import annotations

import re


def to_int(value: str | None, default: int) -> int:
    try:
        return max(0, int((value or "").strip()))
    except ValueError:
        return default


def table_rows(table) -> tuple[list, int]:
    """Rows in reading order (tfoot last) and how many head the table."""
    parts: dict[str, list] = {"thead": [], "tbody": [], "tfoot": []}
    for child in table:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "tr":
            parts["tbody"].append(child)
        elif tag in parts:
            parts[tag].extend(tr for tr in child if tr.tag == "tr")
    rows = parts["thead"] + parts["tbody"] + parts["tfoot"]
    head = len(parts["thead"])
    if not head:  # without <thead>, leading rows of only <th> are the header
        while head < len(rows) - 1 and all(c.tag == "th" for c in _cells_of(rows[head])):
            head += 1
    return rows, head


def _cells_of(tr) -> list:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


def table_layout(rows) -> tuple[list, int]:
    """(row, column, rowspan, colspan, element) per cell, placed as the HTML table model does."""
    taken: set[tuple[int, int]] = set()
    cells, ncols = [], 0
    for r, tr in enumerate(rows):
        c = 0
        for td in _cells_of(tr):
            while (r, c) in taken:
                c += 1
            want, cs = min(max(to_int(td.get("colspan"), 1), 1), 63), 1
            while cs < want and (r, c + cs) not in taken:
                cs += 1
            rs = to_int(td.get("rowspan"), 1)
            rs = len(rows) - r if rs == 0 else min(rs, len(rows) - r)
            taken.update((rr, cc) for rr in range(r, r + rs) for cc in range(c, c + cs))
            cells.append((r, c, rs, cs, td))
            c += cs
            ncols = max(ncols, c)
    return cells, ncols


def _percent(el) -> float | None:
    css = re.search(r"(?:^|;)\s*width\s*:\s*([\d.]+)\s*%", el.get("style") or "")
    for value, bare in ((el.get("data-width"), True), (el.get("width"), False),
                        (css.group(1) + "%" if css else None, False)):
        match = re.fullmatch(r"\s*([\d.]+)\s*(%?)\s*", value or "")
        if match and (bare or match.group(2)):
            try:
                return float(match.group(1)) or None
            except ValueError:
                return None
    return None


def given_percentages(table, ncols: int, cells) -> list[float | None]:
    """Each column's width in percent from <col> (span honoured) or a one-column cell; None
    where the template gives none."""
    pct: list[float | None] = [None] * ncols
    index = 0
    for col in table.findall("colgroup/col") + table.findall("col"):
        value = _percent(col)
        for _ in range(max(to_int(col.get("span"), 1), 1)):
            if index < ncols and value:
                pct[index] = value
            index += 1
    for _, c, _, cs, td in cells:
        if cs == 1 and pct[c] is None:
            pct[c] = _percent(td)
    return pct


def filled_percentages(pct: list[float | None]) -> list[float]:
    """The given percentages, the columns without one sharing what is left equally."""
    free = [i for i, p in enumerate(pct) if p is None]
    given = sum(p for p in pct if p is not None)
    share = max(100 - given, 5 * len(free)) / len(free) if free else 0.0
    return [p if p is not None else share for p in pct]
