"""A policy with layout: gbt9704 is set as an official document (GB/T 9704-2012): margins
37/35/28/26 mm, 22 lines a page of 16 pt text, page numbers as — 1 —, no running head; in
the PDF and in Word alike."""
from __future__ import annotations

import re
import subprocess
from xml.etree import ElementTree

import docx
import pytest
from docx.shared import Mm, Pt

from conftest import REPO, require_tool
from render_helpers import pdf_text, rendered_into

POLICY = REPO / "examples" / "customer-service" / "modules" / "complaint" / "policies" / \
    "complaint-policy.yaml"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("gbt9704")
    text = POLICY.read_text("utf-8").replace("\nissuer:", "\nlayout: gbt9704\nissuer:", 1)
    assert "layout: gbt9704" in text
    (out / "policy.yaml").write_text(text, encoding="utf-8")
    return rendered_into(out / "out", out / "policy.yaml")


def test_pdf_pages_are_numbered_with_dashes_and_carry_no_running_head(rendered):
    pages = pdf_text(rendered / "complaint-policy.pdf").split("\f")
    assert re.search(r"—\s*1\s*—", pages[0]) and re.search(r"—\s*2\s*—", pages[1])
    assert "第 1 页" not in pages[0] and "华东示例电器股份有限公司\n" not in pages[1]


def test_pdf_body_has_22_lines_a_page_in_the_official_text_block(rendered):
    tool = require_tool("pdftotext")
    xml = subprocess.run([tool, "-f", "2", "-l", "2", "-bbox-layout",
                          str(rendered / "complaint-policy.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    lines = [line for line in root.iter(XHTML + "line")]
    tops = sorted({round(float(line.get("yMin"))) for line in lines})
    body = [y for y in tops if y < 297 / 25.4 * 72 - 35 / 25.4 * 72]  # above the bottom margin
    pitch = (body[-1] - body[0]) / (len(body) - 1)
    assert pitch == pytest.approx(10.227 / 25.4 * 72, abs=1.5)  # 225 mm ÷ 22 lines
    assert len(body) <= 22
    left = min(float(line.get("xMin")) for line in lines)
    assert left == pytest.approx(28 / 25.4 * 72, abs=2)


def test_docx_has_the_same_margins_text_and_page_numbers(rendered):
    document = docx.Document(str(rendered / "complaint-policy.docx"))
    section = document.sections[0]
    assert [round(m / Mm(1)) for m in (section.top_margin, section.bottom_margin,
                                       section.left_margin, section.right_margin)] == [37, 35, 28, 26]
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(16) and normal.paragraph_format.line_spacing == Pt(28.9)
    assert section.footer.paragraphs[0].text == "— 1 —"
    assert not "".join(p.text for p in section.header.paragraphs).strip()
