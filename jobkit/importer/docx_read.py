"""Read a DOCX into blocks: paragraphs (text, heading level, list item) and tables as grids.

The package is read with zipfile and lxml directly rather than python-docx: it is faster for
a batch, and a document python-docx refuses (a macro-enabled or oddly typed package) is still
read. Merged cells are resolved into the grid: a cell spanning columns (gridSpan) or rows
(vMerge) fills every slot it covers with the same Cell, so no column shifts after it.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_MAX_PART = 64 * 1024 * 1024  # a document.xml larger than this is not a job description


class NotReadable(ValueError):
    """The file is not a Word document jobkit can read; the message says why."""


@dataclass
class Paragraph:
    text: str
    level: int = 0  # heading level 1–9 (Title is 1), 0 for body text
    listed: bool = False  # a numbered or bulleted list item
    bold: bool = False  # every run bold: a heading typed by hand
    style: str = ""


@dataclass(eq=False)
class Cell:
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs if p.text.strip())


@dataclass
class Table:
    rows: list[list[Cell]]  # the grid: a merged cell appears in every slot it covers

    def distinct(self, row: list[Cell]) -> list[Cell]:
        """A row's cells, each merged cell once, in order."""
        seen: list[Cell] = []
        for cell in row:
            if not seen or seen[-1] is not cell:
                seen.append(cell)
        return seen


Block = Paragraph | Table


@dataclass
class DocxContent:
    blocks: list[Block]
    made_by_jobkit: bool = False


def read_docx(path) -> DocxContent:
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "word/document.xml" not in names:
                raise NotReadable("不是 Word 文档（缺少 word/document.xml） / not a Word document "
                                  "(no word/document.xml)")
            if package.getinfo("word/document.xml").file_size > _MAX_PART:
                raise NotReadable("文档过大 / the document is too large")
            document = _parse(package.read("word/document.xml"))
            styles = _styles(_parse(package.read("word/styles.xml"))) \
                if "word/styles.xml" in names else {}
            app = package.read("docProps/app.xml").decode("utf-8", "replace") \
                if "docProps/app.xml" in names else ""
    except zipfile.BadZipFile as exc:
        raise NotReadable(_not_zip(path)) from exc
    body = document.find(f"{W}body")
    if body is None:
        raise NotReadable("Word 文档没有正文 / the Word document has no body")
    blocks = list(_blocks(body, styles))
    return DocxContent(blocks, made_by_jobkit="<Application>jobkit</Application>" in app)


def _not_zip(path) -> str:
    with open(path, "rb") as stream:
        head = stream.read(8)
        rest = stream.read(4 * 1024 * 1024) if head.startswith(b"\xd0\xcf\x11\xe0") else b""
    if "EncryptionInfo".encode("utf-16-le") in rest:
        return "文档有密码保护，请先在 Word 中去除密码 / the document is password-protected: " \
               "remove the password in Word first"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "这是旧版 Word（.doc）格式，请使用 .doc 扩展名以便经 LibreOffice 转换 / this is an " \
               "old-style Word (.doc) file: name it .doc so that it is converted with LibreOffice"
    return "不是 Word 文档，或文件已损坏 / not a Word document, or the file is damaged"


def _parse(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise NotReadable(f"文档已损坏 / the document is damaged: {exc}") from exc


@dataclass
class _Style:
    name: str
    level: int
    listed: bool
    based: str | None


def _styles(root) -> dict[str, _Style]:
    found = {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val") if name_el is not None else sid
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        match = _HEADING_NAME.match(name or "")
        level = int(match.group(1)) if match else (
            int(outline.get(f"{W}val", "9")) + 1 if outline is not None else 0)
        if (name or "").lower() == "title":
            level = 1
        based = style.find(f"{W}basedOn")
        found[sid] = _Style(name or sid, level if level <= 9 else 0,
                            style.find(f"{W}pPr/{W}numPr") is not None,
                            based.get(f"{W}val") if based is not None else None)
    return found


def _blocks(parent, styles):
    for child in parent:
        if child.tag == f"{W}p":
            yield _paragraph(child, styles)
        elif child.tag == f"{W}tbl":
            yield _table(child, styles)
        elif child.tag == f"{W}sdt":  # a content control: its content is body content
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content, styles)


def _paragraph(p, styles) -> Paragraph:
    parts, bold_runs, plain_runs = [], 0, 0
    for run in p.iter(f"{W}r"):
        if run.getparent().tag == f"{W}del" or run.find(f"{W}rPr/{W}vanish") is not None:
            continue  # deleted in tracked changes, or hidden text
        text = "".join(_run_text(run))
        if text.strip():
            bold = run.find(f"{W}rPr/{W}b")
            if bold is not None and bold.get(f"{W}val", "1") not in ("0", "false"):
                bold_runs += 1
            else:
                plain_runs += 1
        parts.append(text)
    sid_el = p.find(f"{W}pPr/{W}pStyle")
    style = styles.get(sid_el.get(f"{W}val")) if sid_el is not None else None
    level, listed = (style.level, style.listed) if style else (0, False)
    outline = p.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None and outline.get(f"{W}val", "9").isdigit():
        value = int(outline.get(f"{W}val")) + 1
        level = value if value <= 9 else 0
    listed = listed or p.find(f"{W}pPr/{W}numPr") is not None
    return Paragraph("".join(parts).strip(), level, listed, bold_runs > 0 and plain_runs == 0,
                     style.name if style else "")


def _run_text(run):
    for node in run:
        if node.tag == f"{W}t":
            yield node.text or ""
        elif node.tag == f"{W}tab":
            yield "\t"
        elif node.tag in (f"{W}br", f"{W}cr"):
            yield "\n"


def _table(tbl, styles) -> Table:
    rows: list[list[Cell]] = []
    for tr in tbl.findall(f"{W}tr"):
        row: list[Cell] = []
        for tc in tr.findall(f"{W}tc"):
            span_el = tc.find(f"{W}tcPr/{W}gridSpan")
            span = int(span_el.get(f"{W}val", "1")) if span_el is not None and \
                span_el.get(f"{W}val", "1").isdigit() else 1
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            column = len(row)
            if merge is not None and merge.get(f"{W}val", "continue") == "continue" and rows \
                    and column < len(rows[-1]):
                cell = rows[-1][column]  # continues the cell above
            else:
                cell = Cell(_cell_paragraphs(tc, styles))
            row.extend([cell] * max(1, min(span, 64)))
        rows.append(row)
    return Table(rows)


def _cell_paragraphs(tc, styles) -> list[Paragraph]:
    paragraphs = []
    for block in _blocks(tc, styles):
        if isinstance(block, Table):  # a table inside a cell: its cells become lines
            for row in block.rows:
                texts = [c.text for c in block.distinct(row) if c.text]
                if texts:
                    paragraphs.append(Paragraph("：".join(texts)))
        else:
            paragraphs.append(block)
    return paragraphs
