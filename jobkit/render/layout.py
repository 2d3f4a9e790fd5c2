"""Typeset a rendered page before it is printed: keep unbreakable stretches whole and size the
columns of tables that give no widths by their content; PDF, DOCX and HTML all read the result."""
from __future__ import annotations

import math

import lxml.etree
import lxml.html

from jobkit.render import linebreak
from jobkit.render.html_table import (filled_percentages, given_percentages, table_layout,
                                      table_rows)

_BLOCKS = frozenset({"p", "li", "td", "th", "h1", "h2", "h3", "h4", "dd", "dt", "caption",
                     "figcaption", "div", "ul", "ol", "table", "tr", "thead", "tbody", "tfoot"})
_SKIP = frozenset({"style", "script", "head", "svg", "template"})
# The text width of an A4 page in the shipped stylesheet (160 mm) in em of table text (9.5 pt),
# and what each column spends on padding and rules.
TEXT_WIDTH_EM = 160 / (9.5 * 0.3528)
CELL_PADDING_EM = 1.15


def typeset(html: str, lang: str) -> str:
    """The page's HTML with its line-breaking decided; unchanged when it cannot be parsed."""
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    chinese = not lang.startswith("en")
    room: dict = {}
    for table in root.iter("table"):
        room.update(fit_table(table, chinese))
    if chinese:
        for block in list(_leaf_blocks(root)):
            _glue(block, room.get(block, math.inf))
    doctype = "<!DOCTYPE html>" if html.lstrip()[:9].lower() == "<!doctype" else None
    return lxml.html.tostring(root, encoding="unicode", doctype=doctype)


def _leaf_blocks(root):
    """Every element whose own text forms lines: blocks, plus cells holding text beside blocks."""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS and el.tag not in ("ul", "ol", "table",
                                                                            "tr", "thead", "tbody",
                                                                            "tfoot"):
            if not _inside_skipped(el):
                yield el


def _inside_skipped(el) -> bool:
    return any(a.tag in _SKIP for a in el.iterancestors())


def _slots(block):
    """The block's own text pieces in order, as (element, 'text'|'tail'), with None where a
    line ends inside it (<br> or a nested block)."""
    out = []

    def walk(el):
        if el.text:
            out.append((el, "text"))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br" or tag in _BLOCKS:
                out.append(None)
            elif tag and "nowrap" in (child.get("class") or "").split():
                out.append((child, "kept"))  # the template keeps it whole already
            elif tag and tag not in _SKIP:
                walk(child)
            if child.tail:
                out.append((child, "tail"))

    walk(block)
    return out


def _text(slot) -> str:
    el, attr = slot
    if attr == "kept":
        return el.text_content()
    return (el.text if attr == "text" else el.tail) or ""


def _pieces(slots) -> list[tuple[tuple, bool, float]]:
    """Each text slot with whether a line ends right after it and the width of the run of
    text it belongs to (from one line end to the next)."""
    out, run, runs = [], [], []
    for i, slot in enumerate(slots):
        if slot is None:
            runs.append(run)
            run = []
            continue
        rest = slots[i + 1:]
        ends = not rest or rest[0] is None or all(s is not None and not _text(s).strip()
                                                   for s in rest)
        entry = [slot, ends, 0.0]
        out.append(entry)
        run.append(entry)
    runs.append(run)
    for members in runs:
        total = sum(linebreak.width(_text(e[0])) for e in members)
        for entry in members:
            entry[2] = total
    return [tuple(e) for e in out]


def whole_stretches(block):
    """(slot, text, stretches, ends a line, width of its run) for each text piece."""
    slots = _slots(block)
    whole = "".join(_text(s) for s in slots if s)
    short = whole if block.tag in ("td", "th", "dt", "h1", "h2", "h3", "h4") else None
    for slot, ends, run in _pieces(slots):
        text = _text(slot)
        if slot[1] == "kept":
            yield slot, text, [(0, len(text))], ends, run
        else:
            yield slot, text, linebreak.keep_whole(text, at_end=ends, whole_text=short), ends, run


def _glue(block, room: float) -> None:
    for slot, text, spans, ends, run in list(whole_stretches(block)):
        # A run that surely fits its cell cannot break, and spans cost layout time. Outside
        # table cells the room is not known. Whether a longer run's last line holds more than
        # one character cannot be told in advance (where a line of Chinese ends drifts with
        # every figure and mark), so its tail is always kept.
        if slot[1] == "kept" or (room != math.inf and run <= room - 0.8):
            continue
        fitting = [(a, b) for a, b in spans if linebreak.width(text[a:b]) <= room]
        if len(fitting) < len(spans):  # a short label wider than its cell: keep its parts
            fitting = [(a, b) for a, b in linebreak.keep_whole(text, at_end=ends)
                       if linebreak.width(text[a:b]) <= room]
        if fitting:
            _wrap(slot, text, fitting)


def _wrap(slot, text: str, spans) -> None:
    """Replace a text piece by plain text and <span class="nowrap"> for each stretch."""
    el, attr = slot
    parts, pos = [], 0
    for a, b in spans:
        parts.append((text[pos:a], text[a:b]))
        pos = b
    rest = text[pos:]
    if attr == "text":
        parent, index = el, 0
        el.text = parts[0][0]
    else:
        parent, index = el.getparent(), el.getparent().index(el) + 1
        el.tail = parts[0][0]
    for n, (_, kept) in enumerate(parts):
        span = lxml.etree.Element("span", {"class": "nowrap"})
        span.text = kept
        span.tail = parts[n + 1][0] if n + 1 < len(parts) else rest
        parent.insert(index + n, span)


def fit_table(table, chinese: bool) -> dict:
    """Give a table without widths column widths from its content; the room (em) each cell
    of it has for one unbroken stretch."""
    from jobkit.render.table_fit import column_widths

    cells, ncols = table_layout(table_rows(table)[0])
    if not ncols:
        return {}
    given = given_percentages(table, ncols, cells)
    if any(p is not None for p in given):
        widths = filled_percentages(given)
    else:
        widths = column_widths(cells, ncols, chinese, TEXT_WIDTH_EM, CELL_PADDING_EM)
        _write_colgroup(table, widths)
    # a little over, for the rounding of the percentages written
    usable = [w / 100 * TEXT_WIDTH_EM - CELL_PADDING_EM + 0.05 for w in widths]
    room = {}
    for _, c, _, span, cell in cells:
        inner = sum(usable[c:c + span]) + CELL_PADDING_EM * (span - 1)
        for el in cell.iter():
            if isinstance(el.tag, str) and el.tag in _BLOCKS:
                # a list item sits in from the cell's edge (the stylesheet's 1.1 em and more)
                depth = sum(1 for a in el.iterancestors("li") if a is not cell) + (el.tag == "li")
                room.setdefault(el, inner - 1.3 * depth)
    return room


def _write_colgroup(table, widths: list[float]) -> None:
    for old in table.findall("colgroup"):
        table.remove(old)
    colgroup = lxml.etree.Element("colgroup")
    for w in widths:
        lxml.etree.SubElement(colgroup, "col", style=f"width: {w:.1f}%")
    at = 1 if len(table) and table[0].tag == "caption" else 0
    table.insert(at, colgroup)
