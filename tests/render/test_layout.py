"""Typesetting a page: kept stretches become nowrap spans, tables without widths are sized by
their content, and the text itself never changes."""
from __future__ import annotations

import io
import re

import docx
import lxml.html

from jobkit.render.docx_writer import write_docx
from jobkit.render.layout import typeset

LONG = "按照维修规范完成上门检测与故障排除，向客户说明故障原因、维修方案和收费标准并开具凭证"
TABLE = f"""<!DOCTYPE html><html lang="zh-CN"><body>
<table><thead><tr><th>序号</th><th>工作内容</th><th>时间占比</th></tr></thead>
<tbody><tr><td>1</td><td>{LONG}</td><td>30%</td></tr>
<tr><td>2</td><td>{LONG[:20]}</td><td>20%</td></tr></tbody></table></body></html>"""


def widths(html: str) -> list[float]:
    page = lxml.html.document_fromstring(html)
    return [float(re.search(r"([\d.]+)%", col.get("style")).group(1))
            for col in page.iter("col")]


def test_columns_get_room_by_their_content():
    number, work, share = widths(typeset(TABLE, "zh-CN"))
    assert abs(number + work + share - 100) < 0.5
    assert number < 10 and share < 15 < 60 < work  # narrow numbers, wide text


def test_short_labels_and_the_end_of_a_text_are_kept_whole():
    page = lxml.html.document_fromstring(typeset(TABLE, "zh-CN"))
    kept = [span.text for span in page.find_class("nowrap")]
    assert "序号" in kept and "时间占比" in kept
    assert "凭证" in kept  # the last two characters of a cell stay together


def test_the_text_is_unchanged():
    before = lxml.html.document_fromstring(TABLE).text_content()
    assert lxml.html.document_fromstring(typeset(TABLE, "zh-CN")).text_content() == before


def test_widths_the_template_gives_are_kept():
    given = TABLE.replace("<table>", '<table><colgroup><col style="width: 20%">'
                          '<col style="width: 60%"><col style="width: 20%"></colgroup>')
    assert widths(typeset(given, "zh-CN")) == [20, 60, 20]


def test_a_label_wider_than_its_given_column_keeps_only_its_end():
    html = ('<html><body><table><colgroup><col style="width: 8%"><col style="width: 92%">'
            '</colgroup><tr><th>主要经营地址</th><td>x</td></tr></table></body></html>')
    page = lxml.html.document_fromstring(typeset(html, "zh-CN"))
    assert [s.text for s in page.find_class("nowrap")] == ["地址"]


def test_english_text_is_sized_but_not_glued():
    english = TABLE.replace('lang="zh-CN"', 'lang="en"')
    result = typeset(english, "en")
    assert 'class="nowrap"' not in result and len(widths(result)) == 3


def test_docx_columns_follow_the_same_widths():
    document = docx.Document(io.BytesIO(write_docx(typeset(TABLE, "zh-CN"))))
    grid = [int(c.w) for c in document.tables[0]._tbl.tblGrid.gridCol_lst]
    assert grid[0] * 5 < grid[1] and grid[2] * 3 < grid[1]
    assert document.tables[0].rows[1].cells[1].text == LONG  # no joiners in the Word text


def test_a_page_that_is_not_html_is_returned_as_it_is():
    assert typeset("", "zh-CN") == ""
