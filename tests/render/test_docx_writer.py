"""The DOCX writer: styles, text, tables, images, Chinese fonts and byte-identical output."""
from __future__ import annotations

import base64
import io
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from datetime import datetime, timezone

import docx
import pytest
from docx.oxml.ns import qn

from conftest import require_tool
from jobkit.render import reference_docx
from jobkit.render.docx_writer import write_docx

EPOCH = 1_700_000_000


def png(width: int = 4, height: int = 2) -> bytes:
    """A tiny valid PNG, made here so the tests need no image files."""
    raw = b"".join(b"\x00" + b"\x20\x60\xc0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def data_url() -> str:
    return "data:image/png;base64," + base64.b64encode(png()).decode()


def render(body: str, **options) -> docx.document.Document:
    html = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    return docx.Document(io.BytesIO(write_docx(html, reference=None, **options)))


def paragraphs(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def styles_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()


# -- block elements and styles ------------------------------------------------------------

def test_headings_and_paragraphs_take_their_named_styles():
    document = render("<h1>岗位说明书</h1><h2>一、基本信息</h2><h3>（一）职责</h3><h4>1. 细则</h4>"
                      "<p>正文</p><div>块内文字</div>")
    assert paragraphs(document) == [
        ("Title", "岗位说明书"), ("Heading 1", "一、基本信息"), ("Heading 2", "（一）职责"),
        ("Heading 3", "1. 细则"), ("Normal", "正文"), ("Normal", "块内文字")]


def test_data_style_picks_a_reference_style_or_creates_one_from_normal():
    document = render('<p data-style="Signature">示例公司</p><p data-style="My Brand Style">甲</p>'
                      '<div data-style="Subtitle"><p>内层一</p><p>内层二</p></div>'
                      '<h2 data-style="Heading 3">标题</h2>')
    assert paragraphs(document) == [("Signature", "示例公司"), ("My Brand Style", "甲"),
                                    ("Subtitle", "内层一"), ("Subtitle", "内层二"),
                                    ("Heading 3", "标题")]
    assert document.styles["My Brand Style"].base_style.name == "Normal"


def test_text_alignment_from_style_or_class():
    document = render('<p style="text-align: center">居中</p><p class="right">右</p>')
    assert [p.alignment for p in document.paragraphs] == [1, 2]


def test_inline_bold_italic_links_and_line_breaks():
    document = render('<p>普通<strong>粗</strong><em>斜</em><b><i>粗斜</i></b>'
                      '<a href="https://example.com/x">链接文字</a><br>第二行</p>')
    para = document.paragraphs[0]
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in para.runs if r.text.strip()]
    assert runs == [("普通", False, False), ("粗", True, False), ("斜", False, True),
                    ("粗斜", True, True), ("链接文字", False, False), ("第二行", False, False)]
    assert len(para._p.xpath(".//w:br")) == 1
    assert "example.com" not in document.element.xml


# -- whitespace and literal text ----------------------------------------------------------

@pytest.mark.parametrize(("html", "text"), [
    ("<p>\n   本岗位负责受理\n   客户投诉。\n</p>", "本岗位负责受理客户投诉。"),
    ("<p>第一行\n<b>第二行</b>\n第三行</p>", "第一行第二行第三行"),
    ("<p>“引号”\n中文</p>", "“引号”中文"),
    ("<p>中文\nEnglish\nwords 与\n中文</p>", "中文 English words 与中文"),
    ("<p>  a \t <b> b </b>  c  </p>", "a b c"),
    ("<p>中　文 与 中 文</p>", "中　文 与 中 文"),  # spaces the user typed stay
    ("<p>甲 <br> 乙</p>", "甲\n乙"),
    ("<p>non&nbsp;&nbsp;breaking</p>", "non\u00a0\u00a0breaking"),
])
def test_whitespace_collapses_as_html_but_never_between_chinese_characters(html, text):
    assert render(html).paragraphs[0].text == text


def test_text_the_user_typed_comes_out_exactly():
    typed = "{{ x }} {% if y %} <b>不是粗体</b> &amp; 0755 1:30 NO"
    from html import escape
    document = render(f"<p>{escape(typed)}</p><table><tr><td>{escape(typed)}</td></tr></table>")
    assert document.paragraphs[0].text == typed
    assert document.tables[0].cell(0, 0).text == typed
    assert not any(r.bold for r in document.paragraphs[0].runs)


def test_elements_outside_the_subset_keep_their_text():
    document = render("<section><custom-el>甲</custom-el><blockquote>乙</blockquote>"
                      "<dl><dt>丙</dt><dd>丁</dd></dl><code>戊</code><u>己</u><h5>庚</h5></section>"
                      "<script>var secret = 1;</script><style>p { color: red }</style>"
                      "<svg><text>图中字</text></svg>")
    texts = [t for _, t in paragraphs(document)]
    assert texts == ["甲", "乙", "丙", "丁", "戊己", "庚"]
    assert all(style == "Normal" for style, _ in paragraphs(document))


def test_control_characters_are_dropped_not_fatal():
    assert render("<p>a\x0bb\x1fc</p>").paragraphs[0].text == "abc"


# -- lists ------------------------------------------------------------------------------

def test_lists_use_list_styles_nesting_and_restart_numbering():
    document = render("<ul><li>甲<ul><li>甲一</li></ul></li><li>乙</li></ul>"
                      "<ol><li>一</li><li>二<ol><li>二之一</li></ol></li></ol>"
                      "<ol start='3'><li>三</li></ol><ol><li><p>首段</p><p>续段</p></li></ol>")
    assert paragraphs(document) == [
        ("List Bullet", "甲"), ("List Bullet 2", "甲一"), ("List Bullet", "乙"),
        ("List Number", "一"), ("List Number", "二"), ("List Number 2", "二之一"),
        ("List Number", "三"), ("List Number", "首段"), ("List Continue", "续段")]
    num_ids = [p._p.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)") for p in document.paragraphs]
    assert len({num_ids[3], num_ids[6], num_ids[7]}) == 3  # each <ol> counts on its own
    assert num_ids[8] == ""  # the continuation paragraph has no number
    numbering = document.part.numbering_part.element
    starts = numbering.xpath(f'./w:num[@w:numId="{num_ids[6]}"]//w:startOverride/@w:val')
    assert starts == ["3"]


# -- tables -----------------------------------------------------------------------------

TABLE = """
<table>
<colgroup><col style="width: 10%"><col style="width: 40%"><col style="width: 20%"><col></colgroup>
<thead><tr><th colspan="2">岗位</th><th rowspan="2">部门</th><th>编号</th></tr>
<tr><th>名称</th><th>代码</th><th>备注</th></tr></thead>
<tbody>
<tr><td rowspan="2">客服</td><td>CS-01</td><td>客户服务部</td><td><p>段一</p><ul><li>要点</li></ul></td></tr>
<tr><td>CS-02</td><td class="tick"></td><td data-lines="3"></td></tr>
</tbody></table>"""


def test_table_cells_merges_header_rows_and_widths():
    document = render(TABLE)
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert len(table.rows) == 4 and len(table.columns) == 4
    assert table.cell(0, 0)._tc is table.cell(0, 1)._tc  # colspan
    assert table.cell(0, 2)._tc is table.cell(1, 2)._tc  # rowspan in the header
    assert table.cell(2, 0)._tc is table.cell(3, 0)._tc  # rowspan in the body
    assert [table.cell(1, c).text for c in range(4)] == ["名称", "代码", "部门", "备注"]
    assert [table.cell(2, c).text for c in range(3)] == ["客服", "CS-01", "客户服务部"]
    assert [p.text for p in table.cell(2, 3).paragraphs] == ["段一", "要点"]
    header = [bool(row._tr.xpath("./w:trPr/w:tblHeader")) for row in table.rows]
    assert header == [True, True, False, False]
    widths = [int(w) for w in table._tbl.xpath("./w:tblGrid/w:gridCol/@w:w")]
    assert [round(100 * w / sum(widths)) for w in widths] == [10, 40, 20, 30]


def test_th_cells_are_bold_and_shaded_td_cells_plain():
    table = render(TABLE).tables[0]
    heading = table.cell(1, 0)
    assert heading.paragraphs[0].style.name == "Table Heading"
    assert heading.paragraphs[0].style.font.bold is True
    assert heading._tc.xpath("string(./w:tcPr/w:shd/@w:fill)") == "D9D9D9"
    assert table.cell(2, 1).paragraphs[0].style.name == "Table Text"
    assert table.cell(2, 1)._tc.xpath("./w:tcPr/w:shd") == []


def test_form_cells_offer_lines_to_write_in_and_tick_boxes():
    table = render(TABLE).tables[0]
    lines = table.cell(3, 3).paragraphs
    assert [p.text for p in lines] == ["", "", ""]
    assert table.cell(3, 2).text == "☐"
    assert table.cell(3, 2).paragraphs[0].alignment == 1  # centred


def test_leading_rows_of_th_repeat_without_thead_and_data_width_on_cells():
    table = render('<table data-style="Table Grid"><tr><th>甲</th><th>乙</th></tr>'
                   '<tr><td data-width="25%">1</td><td>2</td></tr></table>').tables[0]
    assert [bool(r._tr.xpath("./w:trPr/w:tblHeader")) for r in table.rows] == [True, False]
    widths = [int(w) for w in table._tbl.xpath("./w:tblGrid/w:gridCol/@w:w")]
    assert round(100 * widths[0] / sum(widths)) == 25


def test_a_missing_table_style_is_created_and_nested_tables_work():
    document = render('<table data-style="Brand Table"><tr><td>外<table><tr><td>内</td></tr>'
                      '</table></td></tr></table>')
    table = document.tables[0]
    assert table.style.name == "Brand Table"
    inner = table.cell(0, 0).tables[0]
    assert inner.cell(0, 0).text == "内"
    assert table.cell(0, 0)._tc[-1].tag == qn("w:p")  # Word needs a paragraph last in a cell


def test_caption_comes_before_its_table():
    document = render("<table><caption>表 1 职责</caption><tr><td>甲</td></tr></table>")
    assert paragraphs(document) == [("Caption", "表 1 职责")]


# -- images -----------------------------------------------------------------------------

def test_data_url_image_becomes_a_picture_of_the_given_css_width():
    document = render(f'<p><img src="{data_url()}" width="240" alt="流程图"></p>')
    shapes = document.inline_shapes
    assert len(shapes) == 1
    assert shapes[0].width == 240 * 9525
    assert document.element.xpath("string(//wp:docPr/@descr)") == "流程图"


def test_file_image_comes_through_resolve_image_and_is_never_wider_than_the_text(tmp_path):
    (tmp_path / "chart.png").write_bytes(png(40, 20))
    asked = []

    def resolve(src: str) -> bytes | None:
        asked.append(src)
        path = tmp_path / src
        return path.read_bytes() if path.is_file() else None
    document = render('<img src="chart.png" data-width-mm="500"><img src="gone.png" alt="缺图">',
                      resolve_image=resolve)
    assert asked == ["chart.png", "gone.png"]
    shape = document.inline_shapes[0]
    assert shape.width <= document.sections[0].page_width - document.sections[0].left_margin \
        - document.sections[0].right_margin
    assert shape.height * 2 == pytest.approx(shape.width, rel=0.01)
    assert document.paragraphs[-1].text == "缺图"


def test_unreadable_images_and_no_resolver_fall_back_to_alt_text():
    svg = "data:image/svg+xml," + "%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
    document = render(f'<img src="{svg}" alt="矢量图"><img src="x.png" alt="无解析">')
    assert [t for _, t in paragraphs(document)] == ["矢量图", "无解析"]
    assert len(document.inline_shapes) == 0


# -- page, header, footer, breaks -------------------------------------------------------

def test_page_is_a4_with_official_document_margins():
    section = render("<p>x</p>").sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin,
                                  section.left_margin, section.right_margin)] == [37, 35, 28, 26]


def test_header_text_and_page_number_fields_in_chinese_and_english():
    section = render("<p>x</p>", header="示例公司").sections[0]
    assert section.header.paragraphs[0].text == "示例公司"
    assert section.header.paragraphs[0].style.name == "Header"
    footer = section.footer.paragraphs[0]
    assert [i.strip() for i in footer._p.xpath(".//w:instrText/text()")] == ["PAGE", "NUMPAGES"]
    assert footer.text == "第 1 页 共 1 页"
    english = render("<p>x</p>", lang="en").sections[0].footer.paragraphs[0]
    assert english.text == "Page 1 of 1"


def test_page_break_starts_the_next_block_on_a_new_page_and_hr_is_a_rule():
    document = render('<p>一</p><div class="page-break"></div><h2>二</h2><hr>'
                      '<div class="page-break"></div><table><tr><td>表</td></tr></table>')
    paras = document.paragraphs
    assert paras[1].text == "二" and paras[1].paragraph_format.page_break_before
    assert paras[2]._p.xpath("./w:pPr/w:pBdr/w:bottom")
    assert paras[3].paragraph_format.page_break_before and paras[3].text == ""


# -- fonts, language, properties, reproducibility -----------------------------------------

def test_styles_give_a_chinese_east_asian_face_and_chinese_language():
    document = render("<p>x</p>")
    for name, face in [("Normal", "Noto Serif CJK SC"), ("Title", "Noto Sans CJK SC"),
                       ("Heading 1", "Noto Sans CJK SC"), ("Heading 2", "Noto Sans CJK SC"),
                       ("List Bullet", None), ("Table Text", "Noto Serif CJK SC"),
                       ("Header", "Noto Serif CJK SC")]:
        element = document.styles[name].element
        if face:
            assert element.xpath("string(./w:rPr/w:rFonts/@w:eastAsia)") == face, name
        assert element.xpath("string(./w:rPr/w:lang/@w:eastAsia)") == "zh-CN", name
    styles = document.styles.element
    assert styles.xpath("string(./w:docDefaults//w:rPr/w:lang/@w:eastAsia)") == "zh-CN"
    face = styles.xpath("string(./w:docDefaults//w:rPr/w:rFonts/@w:eastAsia)")
    assert face == "Noto Serif CJK SC"
    assert "Theme" not in document.styles.element.xml  # theme fonts would override the faces


def test_core_properties_come_from_the_arguments_and_the_epoch():
    props = render("<p>x</p>", title="客服专员", author="人力资源部", lang="en",
                   source_date_epoch=EPOCH).core_properties
    assert (props.title, props.author, props.last_modified_by) == ("客服专员", "人力资源部", "jobkit")
    when = datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert props.created == props.modified == when
    assert props.revision == 1 and props.language == "en-US"


def test_two_writes_are_byte_identical_and_zip_times_are_fixed():
    html = f"<h1>题</h1><p>文</p>{TABLE}<p><img src='{data_url()}'></p><ol><li>一</li></ol>"
    first = write_docx(html, reference=None, title="t", source_date_epoch=EPOCH)
    second = write_docx(html, reference=None, title="t", source_date_epoch=EPOCH)
    assert first == second
    infos = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2023, 11, 14, 22, 13, 20)}
    undated = zipfile.ZipFile(io.BytesIO(write_docx(html, reference=None))).infolist()
    assert {i.date_time for i in undated} == {(1980, 1, 1, 0, 0, 0)}


def test_shipped_reference_is_what_the_builder_makes():
    built = reference_docx.build()
    assert built == reference_docx.build()
    assert reference_docx.shipped_path().read_bytes() == built, \
        "run: python -m jobkit.render.reference_docx"


def test_a_plain_word_reference_works_and_its_sample_content_is_dropped(tmp_path):
    reference = tmp_path / "brand.docx"
    plain = docx.Document()
    plain.add_paragraph("样例内容，不应出现")
    plain.save(reference)
    data = write_docx("<h1>题</h1><p>文</p><table><tr><th>甲</th></tr></table>",
                      reference=reference, header="公司")
    document = docx.Document(io.BytesIO(data))
    assert paragraphs(document) == [("Title", "题"), ("Normal", "文")]
    assert document.tables[0].cell(0, 0).paragraphs[0].style.name == "Table Heading"
    assert 'w:eastAsia="zh-CN"' in styles_xml(data)


def test_empty_html_gives_a_valid_document():
    assert len(docx.Document(io.BytesIO(write_docx("", reference=None))).paragraphs) == 1


# -- what LibreOffice makes of it -------------------------------------------------------

SAMPLE = f"""<h1>客户服务专员岗位说明书</h1><p data-style="Subtitle">客户服务部</p>
<h2>一、岗位职责</h2><p>骨干员工负责受理客户的咨询、投诉与建议，
确保在规定时限内给予答复。</p>{TABLE}<ol><li>登记工单</li><li>跟踪进度</li></ol>
<p><img src="{data_url()}" width="120" alt="图"></p><p>直角过门关</p>"""


@pytest.fixture(scope="module")
def libreoffice_pdf(tmp_path_factory):
    soffice = require_tool("soffice")
    folder = tmp_path_factory.mktemp("lo")
    source = folder / "sample.docx"
    source.write_bytes(write_docx(SAMPLE, reference=None, header="示例公司"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   capture_output=True, timeout=180, check=True)
    pdf = folder / "sample.pdf"
    assert pdf.is_file(), "LibreOffice made no PDF"
    return pdf


def test_libreoffice_shows_all_the_text(libreoffice_pdf):
    from render_helpers import pdf_text, squash
    text = squash(pdf_text(libreoffice_pdf))
    for piece in ["客户服务专员岗位说明书", "一、岗位职责", "骨干员工负责受理客户的咨询、投诉与建议，确保",
                  "岗位", "部门", "CS-02", "客户服务部", "段一", "要点", "☐", "登记工单",
                  "直角过门关", "示例公司", "第1页共1页"]:
        assert piece in text, piece


def test_libreoffice_uses_the_simplified_chinese_noto_faces(libreoffice_pdf):
    from render_helpers import pdf_fonts
    fonts = pdf_fonts(libreoffice_pdf)
    assert any(re.search(r"Noto(Serif|Sans)CJK", f) for f in fonts), fonts
    # The OpenType collection shares one CFF table, so every face's embedded name reads "jp":
    # the face shows in the glyphs. 骨 and 门 have their own glyphs in the SC and the JP face.
    ttLib = pytest.importorskip("fontTools.ttLib")
    fc_match = shutil.which("fc-match") or pytest.skip("fc-match not installed")
    path = subprocess.run([fc_match, "-f", "%{file}", "Noto Serif CJK SC"], capture_output=True,
                          text=True, check=True).stdout
    collection = ttLib.TTCollection(path, lazy=True)
    faces = {f["name"].getDebugName(1): f.getBestCmap() for f in collection.fonts}
    sc, jp = faces["Noto Serif CJK SC"], faces["Noto Serif CJK JP"]
    glyphs = _embedded_glyph_names(libreoffice_pdf.read_bytes())
    for char in "骨门":
        assert sc[ord(char)] != jp[ord(char)]
        assert sc[ord(char)] in glyphs and jp[ord(char)] not in glyphs, char


def _embedded_glyph_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for match in re.finditer(rb"/Length1 \d+[^>]*>>\s*stream\r?\n", pdf):
        end = pdf.find(b"endstream", match.end())
        try:
            program = zlib.decompress(pdf[match.end():end])
        except zlib.error:
            continue
        names.update(n.decode() for n in re.findall(rb"/(cid\d+)", program))
    if not names:
        pytest.skip("LibreOffice embedded the fonts in a form this test does not read")
    return names
