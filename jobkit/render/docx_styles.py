"""DOCX plumbing for the writer: reference, styles, numbering, page, properties, zip, table grid."""
from __future__ import annotations

import base64
import io
import re
import zipfile
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from urllib.parse import unquote_to_bytes

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.table import _Cell

from jobkit.errors import RenderError
from jobkit.render.html_table import filled_percentages, given_percentages

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
TABLE_HEADER_FILL = "D9D9D9"
DEFAULT_TABLE_STYLE = "Table Grid"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry
_RPR_TAIL = ("w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                   "w:hideMark")
_TBLPR_AFTER_W = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                  "w:tblCellMar", "w:tblLook")


def insert_before(parent, child, successors: tuple[str, ...]):
    """Put child in parent ahead of its schema successors: Word rejects children out of order."""
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return child
    parent.append(child)
    return child


def replace_child(parent, tag: str, successors: tuple[str, ...], **attrs: str):
    old = parent.find(qn(tag))
    if old is not None:
        parent.remove(old)
    child = OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attrs.items()})
    return insert_before(parent, child, successors)


def load_reference(reference: Path | None) -> docx.document.Document:
    if reference is None:
        shipped = resources.files("jobkit.templates").joinpath("reference.docx")
        return docx.Document(io.BytesIO(shipped.read_bytes()))
    try:
        return docx.Document(str(reference))
    except Exception as exc:  # missing, not a zip, not a Word document: say which file
        raise RenderError(f"reference document {reference} cannot be used: {exc}") from exc


def clear_body(document) -> None:
    """Drop the reference's sample content; keep its final section (page size, margins)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def set_language(document, lang: str) -> None:
    # LibreOffice shows Japanese glyphs for CJK text without a Chinese language tag.
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = rpr_default.makeelement(qn("w:rPr"), {})
        rpr_default.append(rpr)
    replace_child(rpr, "w:lang", _RPR_TAIL[1:], val="en-US", eastAsia="zh-CN", bidi="ar-SA")
    document.core_properties.language = "en-US" if lang.lower().startswith("en") else "zh-CN"


def paragraph_style(document, name: str):
    """The named paragraph style, created from Normal when the reference lacks it."""
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        return style
    return style if style.type == WD_STYLE_TYPE.PARAGRAPH else styles["Normal"]


def table_style(document, name: str):
    """The named table style; a missing one is added with thin grid borders."""
    styles = document.styles
    if name in styles and styles[name].type == WD_STYLE_TYPE.TABLE:
        return styles[name]
    style = styles.add_style(f"{name} (jobkit)" if name in styles else name, WD_STYLE_TYPE.TABLE)
    tbl_pr = style.element.makeelement(qn("w:tblPr"), {})
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(OxmlElement(f"w:{side}", {qn("w:val"): "single", qn("w:sz"): "4",
                                                 qn("w:space"): "0", qn("w:color"): "000000"}))
    tbl_pr.append(borders)
    style.element.append(tbl_pr)
    return style


def header_fill(style) -> str | None:
    """The shading of the table style's header row, used for every <th> cell."""
    fills = style.element.xpath('./w:tblStylePr[@w:type="firstRow"]/w:tcPr/w:shd/@w:fill')
    return fills[0] if fills else None


def style_numbering(style) -> tuple[int, int] | None:
    """(numId, ilvl) a list style numbers its paragraphs with, following basedOn."""
    seen = 0
    while style is not None and seen < 20:
        num_ids = style.element.xpath("./w:pPr/w:numPr/w:numId/@w:val")
        if num_ids:
            ilvl = style.element.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
            return int(num_ids[0]), int(ilvl[0]) if ilvl else 0
        style, seen = style.base_style, seen + 1
    return None


def restarted_num(document, num_id: int, ilvl: int, start: int) -> int:
    """A new w:num on num_id's abstract list that starts level ilvl at start (one per <ol>)."""
    numbering = document.part.numbering_part.element
    try:
        abstract = numbering.num_having_numId(num_id).abstractNumId.val
    except KeyError:
        return num_id
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=ilvl).add_startOverride(start)
    return num.numId


def set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def set_header(document, text: str, logo: bytes | None = None, right: str = "") -> None:
    """The page head: logo and text on the left, right (a document number) at the right
    margin, as in the PDF."""
    section = document.sections[-1]
    header = section.header
    header.is_linked_to_previous = False
    for p in list(header.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    for t in list(header.tables):
        t._tbl.getparent().remove(t._tbl)
    para = header.paragraphs[0]
    para.clear()
    para.style = paragraph_style(document, "Header")
    if logo:  # the organisation's logo before its name, as in the PDF's header
        para.add_run().add_picture(io.BytesIO(logo), height=Mm(8))
        para.add_run("　")
    para.add_run(text)
    if right:
        width = (section.page_width or Mm(210)) - (section.left_margin or 0) - \
            (section.right_margin or 0)
        para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        para.add_run("\t" + right)


def _field(paragraph, instr: str, shown: str = "1") -> None:
    def fld(kind: str) -> None:
        paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))
    fld("begin")
    code = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    code.text = f" {instr} "
    paragraph.add_run()._r.append(code)
    fld("separate")
    paragraph.add_run(shown)  # shown until the viewer updates the field
    fld("end")


def _footer_paragraph(document):
    """The footer's one paragraph, emptied, centred, in the Footer style."""
    footer = document.sections[-1].footer
    footer.is_linked_to_previous = False
    for p in list(footer.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    para = footer.paragraphs[0]
    para.clear()
    para.style = paragraph_style(document, "Footer")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def set_page_numbers(document, lang: str, pages: int | None = None) -> None:
    """第 X 页 共 Y 页 in the footer; pages (the PDF's count) is shown for Y until Word
    counts its own."""
    para = _footer_paragraph(document)
    words = ("Page ", " of ", "") if lang.lower().startswith("en") else ("第 ", " 页 共 ", " 页")
    para.add_run(words[0])
    _field(para, "PAGE")
    para.add_run(words[1])
    _field(para, "NUMPAGES", str(pages or 1))
    if words[2]:
        para.add_run(words[2])


def set_core_properties(document, *, title: str, author: str, epoch: int | None,
                        subject: str = "") -> None:
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, "jobkit"
    props.subject = subject
    for field in ("keywords", "comments", "category", "content_status",
                  "identifier", "version"):
        setattr(props, field, "")  # nothing of the reference's own metadata leaks through
    props.revision = 1
    when = (datetime.fromtimestamp(epoch, timezone.utc) if epoch is not None
            else datetime.now(timezone.utc)).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = when


def zip_time(epoch: int | None) -> tuple[int, int, int, int, int, int]:
    if epoch is None:
        return ZIP_EPOCH
    t = datetime.fromtimestamp(epoch, timezone.utc)
    return max(ZIP_EPOCH, (t.year, t.month, t.day, t.hour, t.minute, t.second - t.second % 2))


def reproducible_zip(entries: dict[str, bytes] | bytes, epoch: int | None) -> bytes:
    """Re-pack a zip with fixed entry times and order so equal content gives equal bytes."""
    if isinstance(entries, bytes):
        with zipfile.ZipFile(io.BytesIO(entries)) as source:
            entries = {name: source.read(name) for name in source.namelist()}
    first = ["[Content_Types].xml", "_rels/.rels"]  # where OPC readers look first
    names = [n for n in first if n in entries] + sorted(n for n in entries if n not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=zip_time(epoch))
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 0, 0
            target.writestr(info, entries[name], compresslevel=6)
    return out.getvalue()


def shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd", {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    tc_pr = cell._tc.get_or_add_tcPr()
    old = tc_pr.find(qn("w:shd"))
    if old is not None:
        tc_pr.remove(old)
    insert_before(tc_pr, shd, _TCPR_AFTER_SHD)


def set_grid(table, widths: list[int], header_rows: int) -> None:
    """Fixed column widths (twips), header rows repeated on each page, header look on or off."""
    tbl = table._tbl
    for col, width in zip(tbl.tblGrid.gridCol_lst, widths):
        col.w = Twips(width)
    for tr in tbl.tr_lst:
        offset = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Twips(sum(widths[offset:offset + span]))
            offset += span
    tbl_pr = tbl.tblPr
    replace_child(tbl_pr, "w:tblW", _TBLPR_AFTER_W, w=str(sum(widths)), type="dxa")
    table.autofit = False  # fixed layout: Word and LibreOffice keep the widths given
    look = {"firstRow": "1" if header_rows else "0", "lastRow": "0", "firstColumn": "0",
            "lastColumn": "0", "noHBand": "1", "noVBand": "1"}
    replace_child(tbl_pr, "w:tblLook", (), val="0620" if header_rows else "0600", **look)


def keep_rows_whole(table, header_rows: int) -> None:
    """Heading rows repeat on every page; rows stay on one page (once the cells are filled)."""
    for number, tr in enumerate(table._tbl.tr_lst):
        heading = number < header_rows
        text = sum(len(t.text or "") for t in tr.iter(qn("w:t")))
        if heading or text <= _WHOLE_ROW_CHARS:
            tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if heading:
            tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


# Rows up to this much text are kept whole across pages, as in the PDF; a longer one may be
# taller than a page, and Word would cut it off rather than split it.
_WHOLE_ROW_CHARS = 600


def merge_cells(table, cells) -> None:
    # python-docx's table.cell() rebuilds the whole grid on each call: too slow for long tables
    rows = table._tbl.tr_lst
    for r, c, rs, cs, _ in cells:
        if rs > 1 or cs > 1:
            top = rows[r].tc_at_grid_offset(c)
            top.merge(rows[r + rs - 1].tc_at_grid_offset(c + cs - 1))


def grid_cells(table) -> dict[tuple[int, int], _Cell]:
    """Each cell that starts at (row, column), found in one pass over the table."""
    found = {}
    for r, tr in enumerate(table._tbl.tr_lst):
        c = 0
        for tc in tr.tc_lst:
            if tc.vMerge != "continue":
                found[r, c] = _Cell(tc, table)
            c += tc.grid_span
    return found


def data_url(src: str) -> bytes | None:
    head, sep, data = src.partition(",")
    if not sep:
        return None
    try:
        if head.endswith(";base64"):
            return base64.b64decode(data, validate=False)
        return unquote_to_bytes(data)
    except ValueError:
        return None


def length(value: str | None, whole: int) -> int | None:
    """EMU for a CSS length: px (also bare numbers), mm, cm, pt, in or % of whole."""
    match = re.fullmatch(r"\s*([\d.]+)\s*(px|mm|cm|pt|in|%)?\s*", value or "")
    if not match:
        return None
    try:
        number = float(match.group(1))
    except ValueError:
        return None
    per_unit = {"px": 9525, None: 9525, "mm": 36000, "cm": 360000, "pt": 12700, "in": 914400}
    unit = match.group(2)
    return int(whole * number / 100) if unit == "%" else int(number * per_unit[unit])


def column_widths(table, ncols: int, cells, total: int) -> list[int]:
    """Column widths in twips: given percentages, the rest shared equally, scaled to total."""
    pct = filled_percentages(given_percentages(table, ncols, cells))
    widths = [int(p * total / sum(pct)) for p in pct]
    widths[-1] += total - sum(widths)
    return widths


def apply_gbt9704(document) -> None:
    """GB/T 9704 official-document layout: margins 37/35/28/26 mm, 22 lines of 16 pt text a
    page (a fixed line pitch of 28.9 pt), the title in 22 pt bold serif, no running head, and
    the page number as — 1 — in the footer."""
    section = document.sections[-1]
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    pitch = Pt(28.9)
    for name in ("Normal", "Article", "Article Item", "Subtitle", "Document Number"):
        style = paragraph_style(document, name)
        style.font.size = Pt(14 if name == "Subtitle" else 16)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        style.paragraph_format.line_spacing = pitch
        style.paragraph_format.space_after = Pt(0)
    title = paragraph_style(document, "Title")
    title.font.size, title.font.bold = Pt(22), True
    title.font.name = "Noto Serif CJK SC"
    title.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    paragraph_style(document, "heading 1").font.size = Pt(16)
    para = _footer_paragraph(document)
    para.add_run("— ")
    _field(para, "PAGE")
    para.add_run(" —")
    for run in para.runs:
        run.font.size = Pt(14)
