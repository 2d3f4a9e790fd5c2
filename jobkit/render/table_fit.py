"""Column widths from a table's content: no column narrower than its widest unbreakable label,
the rest of the line shared by how much text each column holds."""
from __future__ import annotations

import re

from jobkit.render import linebreak

WRITE_IN = 4.0  # em: the least a blank cell to be filled in by hand gets
_PERCENT = re.compile(r"(?:^|;)\s*width\s*:\s*([\d.]+)\s*%")


def grid(table) -> tuple[list[tuple[int, int, int, object]], int]:
    """The table's own cells as (row, column, colspan, cell), rowspans taken into account."""
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    taken: dict[tuple[int, int], bool] = {}
    cells = []
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while taken.get((r, c)):
                c += 1
            span = _int(cell.get("colspan"), 1, 1000)
            rowspan = _int(cell.get("rowspan"), 1, len(rows) - r)
            for dr in range(rowspan):
                for dc in range(span):
                    taken[(r + dr, c + dc)] = True
            cells.append((r, c, span, cell))
            c += span
    ncols = max((k[1] + 1 for k in taken), default=0)
    return cells, ncols


def _int(value, default: int, most: int) -> int:
    try:
        return max(1, min(int(value), most))
    except (TypeError, ValueError):
        return default


def given_widths(table, cells, ncols: int) -> list[float] | None:
    """The widths (percent) the template gave, or None when it gave none at all."""
    pct: list[float | None] = [None] * ncols
    index = 0
    for col in table.xpath("./colgroup/col | ./col"):
        value = _percent(col)
        for _ in range(_int(col.get("span"), 1, 1000)):
            if index < ncols and value:
                pct[index] = value
            index += 1
    for _, c, span, cell in cells:
        if span == 1 and pct[c] is None:
            pct[c] = _percent(cell)
    if all(p is None for p in pct):
        return None
    given = sum(p for p in pct if p is not None)
    free = [i for i, p in enumerate(pct) if p is None]
    share = max(100 - given, 5 * len(free)) / len(free) if free else 0
    return [p if p is not None else share for p in pct]


def _percent(el) -> float | None:
    found = _PERCENT.search(el.get("style") or "")
    value = found.group(1) if found else (el.get("width") or el.get("data-width") or "")
    try:
        return float(value.rstrip("%")) if value.strip().endswith("%") or found else None
    except ValueError:
        return None


def column_widths(cells, ncols: int, chinese: bool, total: float, padding: float) -> list[float]:
    """Percent widths: every column at least its widest unbreakable stretch; the space left
    shared by the text each column holds beyond that, no column wider than its longest line."""
    from jobkit.render.layout import whole_stretches

    least, most, volume = [0.0] * ncols, [0.0] * ncols, [0.0] * ncols
    for _, c, span, cell in cells:
        if span != 1:
            continue
        lines, narrowest = _measure(cell, chinese, whole_stretches)
        if cell.get("data-lines") and not cell.text_content().strip():
            narrowest = max(narrowest, WRITE_IN)  # room to write a score or a date by hand
        least[c] = max(least[c], narrowest)
        most[c] = max(most[c], max(lines, default=0.0))
        volume[c] += sum(lines)
    least = [max(x, 1.0) + 0.3 for x in least]  # a little slack: faces differ
    most = [max(m, l) for m, l in zip(most, least)]
    width = _share(least, most, volume, total - padding * ncols)
    whole = sum(width) + padding * ncols
    return [(w + padding) / whole * 100 for w in width]


def _measure(cell, chinese: bool, whole_stretches) -> tuple[list[float], float]:
    """A cell's lines (widths in em, one per paragraph or <br>) and its narrowest setting."""
    lines, narrowest = [], 0.0
    for block in cell.iter():
        if not isinstance(block.tag, str) or block.tag in ("table",):
            continue
        if block is not cell and block.tag not in ("p", "li", "div", "dd", "dt"):
            continue
        line = 0.0
        for _, text, spans, _, _ in whole_stretches(block):
            line += linebreak.width(text)
            if chinese:
                narrowest = max(narrowest, linebreak.widest_whole(text, spans))
            else:
                words = re.findall(r"\S+", text)
                narrowest = max(narrowest, min(max(map(linebreak.width, words), default=0), 8.0))
        lines.append(line)
    return lines, narrowest


def _share(least: list[float], most: list[float], volume: list[float], room: float) -> list[float]:
    """Widths (em) for the columns in room: the least each needs, then the rest by volume of
    text, no column past its longest line while another still wants space."""
    if sum(least) >= room:
        return least  # too wide for the page: keep the proportions of what each needs
    width = list(least)
    open_ = [i for i in range(len(width)) if most[i] > width[i]]
    left = room - sum(width)
    while open_ and left > 1e-6:
        weight = {i: max(volume[i] - least[i], 0.0) + 1e-3 for i in open_}
        scale = sum(weight.values())
        capped = [i for i in open_ if width[i] + left * weight[i] / scale >= most[i]]
        if not capped:
            for i in open_:
                width[i] += left * weight[i] / scale
            return width
        for i in capped:
            left -= most[i] - width[i]
            width[i] = most[i]
        open_ = [i for i in open_ if i not in capped]
    if left > 1e-6:  # every column holds its longest line: widen all in proportion
        whole = sum(width)
        width = [w + left * w / whole for w in width]
    return width

