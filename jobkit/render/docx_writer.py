"""Write a document's HTML as DOCX with the named styles of a reference document.

The HTML subset (what a template override may rely on; only <body> is read):

- Headings: <h1> → Title, <h2> → Heading 1, <h3> → Heading 2, <h4> → Heading 3.
- <p>, <div> and other block elements (section, header, blockquote, dd …) → paragraphs in
  Normal. Any block element, <li>, <td>, <th> or <table> may carry data-style="Style Name"
  to use another style of the reference document; a missing paragraph style is created from
  Normal, so output never fails. A data-style on a wrapper applies to the blocks inside it.
  style="text-align: center|right|left|justify", align=… or class="center" / "right" set the
  paragraph alignment. <figcaption> and a table's <caption> → Caption.
- Inline: <strong>/<b> bold, <em>/<i> italic, <br> line break; <span>, <a> (visible text only,
  nothing is fetched) and any other element keep their text as plain text.
- Lists: <ul>/<ol> with <li> → List Bullet / List Number, nested lists List Bullet 2 / 3 and
  List Number 2 / 3 (data-style on the list or an item overrides); each <ol> starts again at 1
  (or at its start attribute); a second paragraph inside one <li> uses List Continue (2, 3).
- Tables: <table> in the Table Grid style (or data-style), rows from <thead> (repeated on each
  page; leading rows of only <th> count when there is no <thead>), <tbody>, <tr>, <tfoot>;
  <th> → Table Heading (bold, shaded like the table style's header row), <td> → Table Text;
  colspan / rowspan become merged cells; widths in percent of the text width from
  <col style="width: 20%"> (or width="20%") or data-width="20%" / style width on a cell; a cell
  may hold paragraphs, lists and tables; a cell with data-lines="3" offers three lines to
  write in (a hint inside it takes the first); class="tick" puts a ☐ box in the cell. Inside cells, lists use Table List
  Bullet / Table List Number when the reference has them.
- <img src width alt>: src (or data-docx-src, which wins: a PNG beside an SVG src that Word
  cannot show) goes to resolve_image(src) (data: URLs are decoded here); width in
  CSS px (96 dpi), or data-width-mm, or a percent; never wider than the text. An image that
  cannot be had or read is replaced by its alt text.
- class="page-break" on an element starts it on a new page; <hr> → a thin rule.
- Skipped: <head>, <script>, <style>, <template>, <svg>. Everything else keeps its text.

Whitespace is collapsed as HTML does (runs of ASCII whitespace → one space, none at block edges
or around <br>), except that a line break between two CJK characters becomes nothing. Text is
never otherwise altered: entities decode to literal text, so "{{ x }}" or "<b>" stay as typed.
Page size and margins come from the reference's last section (the shipped one: A4, GB/T 9704).
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import lxml.etree
import lxml.html
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt, Twips

from jobkit.render import docx_styles as ds
from jobkit.render.html_table import table_layout, table_rows, to_int
from jobkit.render import docx_xml as dx

__all__ = ["write_docx"]

TEXT, BREAK, PICTURE = 0, 1, 2
_PLACEHOLDER = {BREAK: "\x00", PICTURE: "\x01"}
_WS = re.compile(r"[ \t\n\r\f]+")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML
_CJK_MARKS = set("“”‘’…—·")  # ambiguous-width marks that sit inside Chinese text
_HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3",
             "figcaption": "Caption", "caption": "Caption"}
_SKIP = {"head", "script", "style", "template", "title", "meta", "link", "noscript", "svg"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "address",
          "blockquote", "pre", "figure", "form", "fieldset", "legend", "dl", "dt", "dd", "details",
          "summary", "center", "h5", "h6", "hgroup", "li", "body", "html", "tr", "td", "th",
          "thead", "tbody", "tfoot", "menu", "search", "dialog", *_HEADINGS}
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
LIST_ITEM = object()  # the style of a paragraph inside <li>: the list's style, then List Continue


def write_docx(html: str, *, reference: Path | None = None, lang: str = "zh-CN", header: str = "",
               logo: bytes | None = None, footer_page_numbers: bool = True, title: str = "",
               author: str = "", subject: str = "", header_right: str = "",
               pages: int | None = None, layout: str = "standard",
               source_date_epoch: int | None = None,
               resolve_image: Callable[[str], bytes | None] | None = None) -> bytes:
    """The .docx bytes for html; the same inputs and source_date_epoch give the same bytes."""
    document = ds.load_reference(reference)
    ds.clear_body(document)
    ds.set_language(document, lang)
    if layout == "gbt9704":  # an official document: no running head, — 1 — below
        ds.apply_gbt9704(document)
    else:
        if header or logo or header_right:
            ds.set_header(document, header, logo, header_right)
        if footer_page_numbers:
            ds.set_page_numbers(document, lang, pages)
    ds.set_core_properties(document, title=title, author=author, subject=subject,
                           epoch=source_date_epoch)
    context = Context(document, resolve_image)
    flow = Flow(context, document, "Normal", context.text_width, body=True)
    body = _parse_body(html)
    if body is not None:
        flow.content(body)
        flow.flush()
    if not document.element.body.xpath("./w:p | ./w:tbl"):
        document.add_paragraph()  # Word expects at least one paragraph
    out = io.BytesIO()
    document.save(out)
    return ds.reproducible_zip(out.getvalue(), source_date_epoch)


def _parse_body(html: str):
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except lxml.etree.ParserError:  # nothing but comments or a doctype
        return None
    body = root.find("body")
    return root if body is None else body


class Context:
    """What all flows of one document share: the document, style cache, pending page break."""

    def __init__(self, document, resolve_image):
        self.document, self.resolve_image = document, resolve_image
        section = document.sections[-1]
        page = section.page_width or Twips(11906)
        margins = (section.left_margin or Mm(28)) + (section.right_margin or Mm(26))
        self.text_width = Length(max(page - margins, Mm(40)))
        self.page_break = False
        self._styles: dict[str, object] = {}

    def style(self, name: str):
        if name not in self._styles:
            self._styles[name] = ds.paragraph_style(self.document, name)
        return self._styles[name]

    def apply(self, para, name: str) -> None:
        # w:pStyle set directly: python-docx's own setter scans all styles on every call
        dx.set_paragraph_style(para._p, self.style(name).style_id)

    def image(self, src: str) -> bytes | None:
        if src.startswith("data:"):
            return ds.data_url(src)
        return self.resolve_image(src) if self.resolve_image and src else None


class ListItem:
    """One <li>: its first paragraph gets the bullet or number, later ones List Continue."""

    def __init__(self, style: str, cont: str, numbering, prefix: str | None):
        self.style, self.cont, self.numbering, self.prefix = style, cont, numbering, prefix
        self.used = False

    def take(self):
        if self.used:
            return self.cont, None, None
        self.used = True
        return self.style, self.numbering, self.prefix


class Flow:
    """Paragraphs going into one container (the body or a table cell), in document order."""

    def __init__(self, context: Context, box, style, width: Length, *, body: bool = False,
                 spare=None):
        self.ctx, self.box, self.style, self.width, self.body = context, box, style, width, body
        self.spare = spare  # an empty paragraph already there (a cell's) to fill first
        self.items: list[tuple[int, object, tuple[bool, bool]]] = []
        self.fmt = (False, False, False)  # bold, italic, muted (a form's grey hint)
        self.after_table = False  # the last thing written to the body was a table
        self.align = None
        self.item: ListItem | None = None
        self.depth = 0
        self.written = 0

    def content(self, el) -> None:
        if el.text:
            self.text(el.text)
        for child in el:
            self.node(child)
            if child.tail:
                self.text(child.tail)

    def text(self, text: str) -> None:
        self.items.append((TEXT, _ILLEGAL.sub("", text), self.fmt))

    def node(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            return
        if "page-break" in (el.get("class") or "").split():
            self.flush()
            self.ctx.page_break = self.body
        handler = {"br": self.line_break, "img": self.image, "ul": self.list, "ol": self.list,
                   "table": self.table, "hr": self.rule}.get(tag)
        if handler:
            handler(el)
        elif tag in _BLOCK:
            self.block(el, tag)
        else:
            self.inline(el, tag)

    def inline(self, el, tag: str) -> None:
        saved = self.fmt
        self.fmt = (saved[0] or tag in ("b", "strong"), saved[1] or tag in ("i", "em"),
                    saved[2] or "hint" in (el.get("class") or "").split())
        self.content(el)
        self.fmt = saved

    def block(self, el, tag: str) -> None:
        self.flush()
        saved = self.style, self.align
        self.style = (el.get("data-style") or "").strip() or _HEADINGS.get(tag) or self.style
        self.align = _align(el) or self.align
        self.content(el)
        self.flush()
        self.style, self.align = saved

    def line_break(self, el) -> None:
        self.items.append((BREAK, None, self.fmt))

    def rule(self, el) -> None:
        self.flush()
        para, _ = self.paragraph()
        border = OxmlElement("w:pBdr")
        border.append(OxmlElement("w:bottom", {qn("w:val"): "single", qn("w:sz"): "4",
                                               qn("w:space"): "1", qn("w:color"): "auto"}))
        ds.insert_before(para._p.get_or_add_pPr(), border, ("w:spacing", "w:ind", "w:jc", "w:rPr"))

    def image(self, el) -> None:
        alt = el.get("alt") or ""
        # A chart is SVG for HTML and PDF; data-docx-src carries its PNG for Word.
        blob = self.ctx.image(el.get("data-docx-src") or el.get("src") or "")
        try:
            native = Image.from_blob(blob) if blob else None
        except Exception:  # not an image python-docx can place (SVG, damaged file …)
            native = None
        if native is None:  # keep what the picture was meant to say, as its own paragraph
            self.flush()
            self.text(alt)
            self.flush()
            return
        width = min(_image_width(el, native, self.width), int(self.width))
        self.items.append((PICTURE, (blob, Emu(width), alt), self.fmt))

    def list(self, el) -> None:
        self.flush()
        ordered, depth = el.tag == "ol", min(self.depth + 1, 3)
        suffix = "" if depth == 1 else f" {depth}"
        name = (el.get("data-style") or "").strip() or (
            ("List Number" if ordered else "List Bullet") + suffix)
        if not self.body and f"Table {name}" in self.ctx.document.styles:
            name = f"Table {name}"  # the reference's smaller list style for table cells
        style = self.ctx.style(name)
        numbering, number = ds.style_numbering(style), to_int(el.get("start"), 1)
        if numbering and ordered:  # a fresh w:num per <ol>, so each list counts from its start
            numbering = (ds.restarted_num(self.ctx.document, *numbering, number), numbering[1])
        saved = self.style, self.item, self.depth, self.align
        self.depth += 1
        for child in el:
            if isinstance(child.tag, str) and child.tag == "li":
                self.flush()
                prefix = None if numbering else f"{number}. " if ordered else "• "
                own = (child.get("data-style") or "").strip() or style.name
                self.item = ListItem(own, "List Continue" + suffix, numbering, prefix)
                self.style, self.align = LIST_ITEM, _align(child) or saved[3]
                self.content(child)
                self.flush()
                self.style, self.align, number = saved[0], saved[3], number + 1
            else:
                self.node(child)
            if child.tail:
                self.text(child.tail)
        self.flush()
        self.style, self.item, self.depth, self.align = saved

    def table(self, el) -> None:
        self.flush()
        for caption in el.findall("caption"):
            self.block(caption, "caption")
        rows, header_rows = table_rows(el)
        cells, ncols = table_layout(rows)
        if not cells:
            return
        if self.ctx.page_break and self.body:
            self.break_paragraph()
        if self.spare is not None:  # a cell's own empty paragraph would sit above the table
            self.spare._p.getparent().remove(self.spare._p)
            self.spare = None
        if self.body and self.after_table:
            # LibreOffice joins tables that touch (a form's three become one and lose their
            # repeated heads): a small paragraph keeps them apart, as the PDF's margin does
            self.gap_paragraph()
        table = self.box.add_table(len(rows), ncols)
        style = ds.table_style(self.ctx.document, (el.get("data-style") or "").strip()
                               or ds.DEFAULT_TABLE_STYLE)
        table.style = style
        ds.merge_cells(table, cells)
        widths = ds.column_widths(el, ncols, cells, self.width.twips)
        ds.set_grid(table, widths, header_rows)
        fill, grid = ds.header_fill(style), ds.grid_cells(table)
        for r, c, rs, cs, td in cells:
            self.cell(grid[r, c], td, Twips(sum(widths[c:c + cs])), fill)
        ds.keep_rows_whole(table, header_rows)
        if not self.body:
            self.spare = self.box.paragraphs[-1]  # the paragraph Word needs after a table
        self.after_table = True

    def cell(self, cell, td, width: Length, fill: str | None) -> None:
        heading = td.tag == "th"
        style = ((td.get("data-style") or "").strip()
                 or ("Table Heading" if heading else "Table Text"))
        flow = Flow(self.ctx, cell, style, width, spare=cell.paragraphs[0])
        flow.align = _align(td)
        # as in the PDF: text starts at the top; a heading cell stays centred beside it
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER if heading else WD_ALIGN_VERTICAL.TOP
        if heading and fill:
            ds.shade(cell, fill)
        if "tick" in (td.get("class") or "").split():
            flow.text("\u2610 ")
            if not td.text_content().strip():
                flow.align = flow.align or WD_ALIGN_PARAGRAPH.CENTER
        flow.content(td)
        flow.flush()
        # data-lines: how many lines the cell offers to write in; a hint inside counts as one
        lines = max(1, min(to_int(td.get("data-lines"), 1), 100))
        for n in range(flow.written, lines):
            self.ctx.apply(cell.paragraphs[0] if n == 0 else cell.add_paragraph(), style)

    def gap_paragraph(self) -> None:
        para, _ = self.paragraph("Normal")
        fmt = para.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), Pt(6)

    def break_paragraph(self) -> None:
        """A near-invisible paragraph carrying a page break (a table cannot carry one)."""
        para, _ = self.paragraph("Normal")
        fmt = para.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), Pt(1)

    def paragraph(self, style=None):
        """A new paragraph in the flow's container; returns it and a marker to put first."""
        name, numbering, prefix = style or self.style, None, None
        if name is LIST_ITEM:
            name, numbering, prefix = self.item.take()
        para = self.spare if self.spare is not None else self.box.add_paragraph()
        self.spare = None
        self.after_table = False
        self.ctx.apply(para, name)
        if self.align is not None:
            para.alignment = self.align
        if self.ctx.page_break and self.body:
            para.paragraph_format.page_break_before = True
            self.ctx.page_break = False
        if numbering:
            ds.set_numbering(para, *numbering)
        self.written += 1
        return para, prefix

    def flush(self) -> None:
        items, self.items = self.items, []
        runs = collapse(items)
        if not runs:
            return
        para, prefix = self.paragraph()
        if prefix:
            dx.append_text_run(para._p, prefix)
        for kind, value, (bold, italic, muted) in runs:
            if kind == TEXT:
                dx.append_text_run(para._p, value, bold, italic, muted)
                continue
            run = para.add_run()
            if bold:
                run.bold = True
            if italic:
                run.italic = True
            if kind == BREAK:
                run.add_break()
            elif kind == PICTURE:
                blob, width, alt = value
                shape = run.add_picture(io.BytesIO(blob), width=width)
                shape._inline.docPr.set("descr", alt)
        if all(kind != TEXT for kind, _, _ in runs):
            # "multiple" line spacing would also stretch a line holding only a picture
            para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE


def collapse(items) -> list[list]:
    """Runs of one paragraph, whitespace collapsed across item edges as HTML renders it."""
    text = "".join(v if k == TEXT else _PLACEHOLDER[k] for k, v, _ in items)
    owner = [i for i, (k, v, _) in enumerate(items) for _ in range(len(v) if k == TEXT else 1)]
    kept: list[tuple[str, int]] = []
    pos = 0
    for m in _WS.finditer(text):
        kept.extend(zip(text[pos:m.start()], owner[pos:m.start()]))
        if _keeps_space(text, m):
            kept.append((" ", owner[m.start()]))
        pos = m.end()
    kept.extend(zip(text[pos:], owner[pos:]))
    if kept and kept[-1][0] == _PLACEHOLDER[BREAK] and len(kept) > 1:
        kept.pop()  # a <br> at the end of a block adds no empty line in HTML
    runs: list[list] = []
    for ch, i in kept:
        kind, value, fmt = items[i]
        if kind == TEXT and runs and runs[-1][0] == TEXT and runs[-1][2] == fmt:
            runs[-1][1].append(ch)
        else:
            runs.append([kind, [ch] if kind == TEXT else value, fmt])
    return [[k, "".join(v) if k == TEXT else v, f] for k, v, f in runs]


def _keeps_space(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else None
    after = text[m.end()] if m.end() < len(text) else None
    edges = (None, _PLACEHOLDER[BREAK])
    if before in edges or after in edges:
        return False
    return not ("\n" in m.group() or "\r" in m.group()) or not _cjk_pair(before, after)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F", "H") and not "\uac00" <= ch <= "\ud7af"


def _cjk_pair(a: str, b: str) -> bool:
    """True when a line break between a and b is inside Chinese text, so it shows as nothing."""
    wide_a, wide_b = _wide(a), _wide(b)
    return (wide_a or a in _CJK_MARKS) and (wide_b or b in _CJK_MARKS) and (wide_a or wide_b)


def _align(el):
    match = re.search(r"text-align\s*:\s*([a-z]+)", el.get("style") or "", re.I)
    named = [c for c in (el.get("class") or "").split() if c in _ALIGN]  # class="center"
    value = match.group(1) if match else el.get("align") or (named[0] if named else None)
    return _ALIGN.get((value or "").strip().lower())


def _image_width(el, native: Image, whole: Length) -> int:
    css = re.search(r"(?:^|;)\s*width\s*:\s*([^;]+)", el.get("style") or "")
    if el.get("data-width-mm"):
        width = ds.length(el.get("data-width-mm") + "mm", whole)
    else:
        width = ds.length(el.get("width"), whole) or ds.length(css.group(1) if css else None, whole)
    height = ds.length(el.get("height"), whole)
    if width is None and height and native.height:
        width = int(native.width * height / native.height)
    return width or native.width
