"""Build the shipped reference.docx, written from scratch: the named styles the DOCX writer uses."""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from jobkit.render.docx_styles import SANS, SERIF, TABLE_HEADER_FILL, reproducible_zip

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# A4 and the GB/T 9704 margins (37/35/28/26 mm), in twentieths of a point.
PAGE = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984"'
        ' w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>')
LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'


def _fonts(face: str) -> str:
    # Every slot gets the CJK face: Word picks the slot per character, and Chinese punctuation
    # such as “” or — falls in the ascii/hAnsi ranges, which would otherwise get a Latin face.
    return f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:cs="{face}"/>'


def _rpr(face: str | None = None, pt: float | None = None, bold: bool = False,
         color: str | None = None) -> str:
    parts = [_fonts(face) if face else "", "<w:b/><w:bCs/>" if bold else "",
             f'<w:color w:val="{color}"/>' if color else ""]
    if pt:
        parts.append(f'<w:sz w:val="{int(pt * 2)}"/><w:szCs w:val="{int(pt * 2)}"/>')
    return "".join(parts) + LANG


def _ppr(*, keep: bool = False, before: int = 0, after: int = 0, line: int = 240,
         left: int = 0, hanging: int = 0, first_chars: int = 0, jc: str | None = None,
         outline: int | None = None, numpr: str = "", border: str = "", asian: str = "") -> str:
    ind = (f'<w:ind w:left="{left}" w:hanging="{hanging}"/>' if hanging else
           f'<w:ind w:firstLineChars="{first_chars}" w:firstLine="{first_chars * 12 // 5}"/>'
           if first_chars else f'<w:ind w:left="{left}" w:firstLine="0"/>')
    return ("<w:keepNext/><w:keepLines/>" if keep else "") + numpr + border + asian + (
        f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="auto"/>'
        + ind + (f'<w:jc w:val="{jc}"/>' if jc else "")
        + (f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""))


def _numpr(num_id: int, ilvl: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


# No extra space between Chinese and Latin letters or figures, as in the PDF (and as the text
# is written: 2026年3月2日, not 2026 年 3 月 2 日); Word and LibreOffice add a quarter em there
# by default, which also pushes dates and short labels onto a second line.
NO_AUTO_SPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
# Table text at the PDF's size (style.css: table 9.5pt): the column widths jobkit chooses fit
# the longest label that must not break (售后服务工程师) at that size, in both formats.
TABLE_PT = 9.5
BODY_LINE = 288  # 1.2 × the font's own line height; Noto CJK's is already ~1.45 em

# (style id, UI name, basedOn, pPr, rPr); names Word knows (heading 1, List Bullet …) keep
# Word's own spelling so Word treats them as its built-in styles.
PARAGRAPH_STYLES = [
    ("Normal", "Normal", None, _ppr(line=BODY_LINE, jc="both", asian=NO_AUTO_SPACE),
     _rpr(SERIF, 12)),
    ("Title", "Title", "Normal", _ppr(keep=True, after=360, line=240, jc="center"),
     _rpr(SANS, 22, bold=True)),
    ("Subtitle", "Subtitle", "Normal", _ppr(keep=True, after=240, line=240, jc="center"),
     _rpr(SERIF, 10.5, color="444444")),
    ("DocumentNumber", "Document Number", "Normal", _ppr(after=240, jc="center"), _rpr()),
    ("Heading1", "heading 1", "Normal",
     _ppr(keep=True, before=360, after=120, line=240, outline=0), _rpr(SANS, 16, bold=True)),
    ("Heading2", "heading 2", "Normal",
     _ppr(keep=True, before=240, after=120, line=240, outline=1), _rpr(SANS, 14, bold=True)),
    ("Heading3", "heading 3", "Normal",
     _ppr(keep=True, before=120, after=60, line=240, outline=2), _rpr(SANS, 12, bold=True)),
    ("BodyTextFirstIndent", "Body Text First Indent", "Normal",
     _ppr(line=BODY_LINE, first_chars=200), _rpr()),
    # a policy's articles and their items: indented two characters and set apart, as in the PDF
    ("Article", "Article", "Normal", _ppr(after=120, line=BODY_LINE, first_chars=200), _rpr()),
    ("ArticleItem", "Article Item", "Normal", _ppr(after=60, line=BODY_LINE, first_chars=200),
     _rpr()),
    *[(f"ListBullet{s}", f"List Bullet{' ' + s if s else ''}", "Normal",
       _ppr(line=BODY_LINE, left=480 * (i + 1), hanging=360, numpr=_numpr(1, i)), _rpr())
      for i, s in enumerate(["", "2", "3"])],
    *[(f"ListNumber{s}", f"List Number{' ' + s if s else ''}", "Normal",
       _ppr(line=BODY_LINE, left=480 * (i + 1), hanging=480, numpr=_numpr(2, i)), _rpr())
      for i, s in enumerate(["", "2", "3"])],
    *[(f"ListContinue{s}", f"List Continue{' ' + s if s else ''}", "Normal",
       _ppr(line=BODY_LINE, left=480 * (i + 1)), _rpr())
      for i, s in enumerate(["", "2", "3"])],
    ("TableText", "Table Text", "Normal", _ppr(jc="left"), _rpr(SERIF, TABLE_PT)),
    *[(f"TableList{kind}", f"Table List {kind}", "TableText",
       _ppr(left=pad, hanging=pad, numpr=_numpr(num, 0)), _rpr())
      for kind, num, pad in (("Bullet", 3, 360), ("Number", 4, 420))],
    ("TableHeading", "Table Heading", "TableText", _ppr(jc="left"),
     _rpr(SANS, TABLE_PT, bold=True)),
    ("Caption", "caption", "Normal", _ppr(keep=True, before=120, after=60, line=240, jc="center"),
     _rpr(SANS, 10.5, bold=True)),
    ("Signature", "Signature", "Normal", _ppr(line=BODY_LINE, jc="right"), _rpr()),
    ("Note", "Note", "Normal", _ppr(before=60, after=60, line=240),
     _rpr(SERIF, 10.5, color="595959")),
    # as the PDF's page head: the organisation on the left, the document number on the right
    ("Header", "header", "Normal", _ppr(jc="left"), _rpr(SERIF, 9, color="555555")),
    ("Footer", "footer", "Normal", _ppr(jc="center"), _rpr(SERIF, 9, color="555555")),
]


def _paragraph_style(sid: str, name: str, based: str | None, ppr: str, rpr: str) -> str:
    default = ' w:default="1"' if sid == "Normal" else ""
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    nxt = "" if sid in ("Header", "Footer") else '<w:next w:val="Normal"/>' if based else ""
    return (f'<w:style w:type="paragraph"{default} w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'{based_xml}{nxt}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def _border_set(tag: str) -> str:
    sides = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return f"<w:{tag}>{sides}</w:{tag}>"


CELL_MARGINS = ('<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
TABLE_STYLES = (
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    f'{CELL_MARGINS}</w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    f'</w:pPr><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>{_border_set("tblBorders")}{CELL_MARGINS}'
    '</w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/>'
    f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{TABLE_HEADER_FILL}"/></w:tcPr>'
    '</w:tblStylePr></w:style>')
OTHER_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/></w:style>')


def styles_xml() -> str:
    defaults = (f"<w:docDefaults><w:rPrDefault><w:rPr>{_rpr(SERIF, 12)}</w:rPr></w:rPrDefault>"
                f"<w:pPrDefault><w:pPr>{_ppr(line=BODY_LINE, asian=NO_AUTO_SPACE)}</w:pPr>"
                "</w:pPrDefault>"
                "</w:docDefaults>")
    styles = "".join(_paragraph_style(*spec) for spec in PARAGRAPH_STYLES)
    return (f'{XML_HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{styles}{TABLE_STYLES}'
            f"{OTHER_STYLES}</w:styles>")


def _level(ilvl: int, fmt: str, text: str, style: str, left: int, hanging: int) -> str:
    # CJK fonts draw • as a faint dot; a smaller ● ○ ■ reads as a bullet
    size = '<w:rPr><w:sz w:val="12"/><w:szCs w:val="12"/></w:rPr>' if fmt == "bullet" else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:pStyle w:val="{style}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{size}</w:lvl>')


def _abstract(num: int, levels: str) -> str:
    return (f'<w:abstractNum w:abstractNumId="{num}"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>")


def numbering_xml() -> str:
    # One list per style family (body lists with three levels; table-cell lists with one), so
    # a style's w:numPr and its list level point at each other as Word and LibreOffice expect.
    suffix = ["", "2", "3"]
    bullets = "".join(_level(i, "bullet", mark, f"ListBullet{suffix[i]}", 480 * (i + 1), 360)
                      for i, mark in enumerate("●○■"))
    numbers = "".join(_level(i, fmt, text, f"ListNumber{suffix[i]}", 480 * (i + 1), 480)
                      for i, (fmt, text) in enumerate([("decimal", "%1."), ("decimal", "（%2）"),
                                                       ("lowerLetter", "%3)")]))
    lists = [bullets, numbers, _level(0, "bullet", "●", "TableListBullet", 360, 360),
             _level(0, "decimal", "%1.", "TableListNumber", 420, 420)]
    return (f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}">'
            + "".join(_abstract(i, levels) for i, levels in enumerate(lists, 1))
            + "".join(f'<w:num w:numId="{i}"><w:abstractNumId w:val="{i}"/></w:num>'
                      for i in range(1, len(lists) + 1)) + "</w:numbering>")


SETTINGS = (f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="420"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')

# charset 86 (GB2312) and the families let Word substitute 宋体/黑体 when Noto is missing.
FONT_TABLE = (f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}">'
              f'<w:font w:name="{SERIF}"><w:altName w:val="宋体"/><w:charset w:val="86"/>'
              '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
              f'<w:font w:name="{SANS}"><w:altName w:val="黑体"/><w:charset w:val="86"/>'
              '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')


def _p(style: str, text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def _sample_table() -> str:
    def cell(style: str, text: str, shade: str = "") -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/>{shade}</w:tcPr>'
                f'{_p(style, text)}</w:tc>')
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{TABLE_HEADER_FILL}"/>'
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8844" w:type="dxa"/>'
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid>'
            '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            f'{cell("TableHeading", "表头 Table Heading", fill)}{cell("TableHeading", "表头", fill)}'
            f'</w:tr><w:tr>{cell("TableText", "表格正文 Table Text")}{cell("TableText", "内容")}'
            '</w:tr></w:tbl>')


def document_xml() -> str:
    # The writer empties the body; these samples let a user see and restyle every style in Word.
    samples = "".join(_p(sid, f"{name[0].upper()}{name[1:]}：样式示例，正文 Sample text 0123。")
                      for sid, name, *_ in PARAGRAPH_STYLES if sid not in ("Header", "Footer"))
    sect = f'<w:sectPr>{PAGE}<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>'
    return (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{samples}'
            f'{_sample_table()}<w:p/>{sect}</w:body></w:document>')


CORE = (f'{XML_HEAD}<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>jobkit reference styles'
        '</dc:title><dc:creator>jobkit</dc:creator><cp:lastModifiedBy>jobkit</cp:lastModifiedBy>'
        '<cp:revision>1</cp:revision><dc:language>zh-CN</dc:language>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
        '</cp:coreProperties>')
APP = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
       'extended-properties"><Application>jobkit</Application></Properties>')
WORD_PARTS = {"styles": "styles.xml", "numbering": "numbering.xml", "settings": "settings.xml",
              "fontTable": "fontTable.xml"}


def _rels(pairs: list[tuple[str, str]]) -> str:
    rels = "".join(f'<Relationship Id="rId{i}" Type="{t}" Target="{target}"/>'
                   for i, (t, target) in enumerate(pairs, 1))
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{rels}</Relationships>'


def _content_types() -> str:
    overrides = {"/word/document.xml": f"{CT_WML}.document.main+xml",
                 **{f"/word/{p}": f"{CT_WML}.{k}+xml" for k, p in WORD_PARTS.items()},
                 "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/app.xml":
                     "application/vnd.openxmlformats-officedocument.extended-properties+xml"}
    body = "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides.items())
    return (f'{XML_HEAD}<Types '
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{body}</Types>")


def build() -> bytes:
    """The reference document's bytes; the same on every call."""
    parts = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _rels([(f"{REL}/officeDocument", "word/document.xml"),
                              (f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
                              (f"{REL}/extended-properties", "docProps/app.xml")]),
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": _rels([(f"{REL}/{k}", p) for k, p in WORD_PARTS.items()]),
        "word/styles.xml": styles_xml(), "word/numbering.xml": numbering_xml(),
        "word/settings.xml": SETTINGS, "word/fontTable.xml": FONT_TABLE,
        "docProps/core.xml": CORE, "docProps/app.xml": APP,
    }
    return reproducible_zip({name: xml.encode("utf-8") for name, xml in parts.items()}, None)


def shipped_path() -> Path:
    """The reference document installed with jobkit (templates/reference.docx)."""
    return Path(str(resources.files("jobkit.templates").joinpath("reference.docx")))


def main(argv: list[str]) -> int:
    """Write the reference document to a path: templates/reference.docx in the repository,
    or a copy a user starts their brand from."""
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: python -m jobkit.render.reference_docx OUT.docx", file=sys.stderr)
        return 2
    target = Path(argv[0])
    target.write_bytes(build())
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
