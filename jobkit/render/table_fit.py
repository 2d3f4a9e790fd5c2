"""Column widths from a table's content: no column narrower than its widest unbreakable label,
the rest of the line shared by how much text each column holds."""
from __future__ import annotations

import re

from jobkit.render import linebreak

WRITE_IN = 4.0  # em: the least a blank cell to be filled in by hand gets


def column_widths(cells, ncols: int, chinese: bool, total: float, padding: float) -> list[float]:
    """Percent widths: every column at least its widest unbreakable stretch; the space left
    shared by the text each column holds beyond that, no column wider than its longest line."""
    from jobkit.render.layout import whole_stretches

    least, most, volume = [0.0] * ncols, [0.0] * ncols, [0.0] * ncols
    for _, c, _, span, cell in cells:
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

