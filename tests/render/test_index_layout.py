"""The pack's index reads like a contents list: no blank heading, every module's name above
its documents on every page they reach (in PDF and Word), all organisation charts the same
way round and in the directory's order, several module charts to a page."""
from __future__ import annotations

import re

import docx
import pytest

from conftest import require_tool
from render_helpers import pdf_text, squash

MODULE_ORDER = ["客户调查与开发", "客户关系管理", "大客户管理", "售后服务管理", "客户投诉管理",
                "客户信用管理", "客户信息管理", "呼叫中心管理", "客户服务质量管理"]


@pytest.fixture(scope="module")
def index(published_example):
    require_tool("neato")
    return published_example


def test_every_module_table_names_its_module_in_a_repeated_heading(index):
    tables = docx.Document(str(index / "index.docx")).tables
    heads = [t.rows[0].cells[0].text for t in tables]
    assert heads == MODULE_ORDER
    for table in tables:
        row = table.rows[0]._tr
        assert row.trPr is not None and row.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
        assert all(cell.text.strip() for cell in table.rows[0].cells)  # no blank heading


def test_no_heading_cell_is_blank_in_the_html(index):
    html = (index / "index.html").read_text("utf-8")
    assert not re.search(r"<th[^>]*>\s*</th>", html)


def test_organisation_charts_read_left_to_right_in_the_directory_order(index):
    text = squash(pdf_text(index / "index.pdf"))
    first_chart = text[:text.index("文件目录")]
    supervisors = ["市场调研主管", "客户关系主管", "大客户经理", "售后服务主管", "投诉主管",
                   "信用管理主管", "客户信息主管", "呼叫中心主管", "服务质量主管"]
    places = [first_chart.find(name) for name in supervisors]
    assert -1 not in places and places == sorted(places)


def test_module_charts_share_pages(index):
    pages = pdf_text(index / "index.pdf").split("\f")
    chart_pages = [p for p in pages if any(f"{m}\n" in p for m in MODULE_ORDER)
                   and "文件目录" not in p and "岗位职责" not in p]
    assert 1 <= len(chart_pages) <= 4  # nine small charts, not nine pages
