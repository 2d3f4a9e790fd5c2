"""The Word file carries the PDF's page frame: the organisation on the left of the head and
the document number at the right margin, a footer whose page count is right before Word
recounts, and a policy's articles indented and set apart as in the PDF."""
from __future__ import annotations

import subprocess

import docx
import pytest

from conftest import REPO, require_tool
from render_helpers import rendered_into

POLICY = REPO / "examples" / "customer-service" / "modules" / "complaint" / "policies" / \
    "complaint-policy.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return rendered_into(tmp_path_factory.mktemp("frame"), POLICY)


def test_the_head_has_the_organisation_left_and_the_number_at_the_right_margin(rendered):
    document = docx.Document(str(rendered / "complaint-policy.docx"))
    head = document.sections[0].header.paragraphs[0]
    organisation, number = head.text.split("\t")
    assert organisation == "华东示例电器股份有限公司" and number == "示电客〔2026〕3号"
    stops = head.paragraph_format.tab_stops
    assert len(stops) == 1 and stops[0].alignment == docx.enum.text.WD_TAB_ALIGNMENT.RIGHT
    section = document.sections[0]
    assert abs(stops[0].position - (section.page_width - section.left_margin
                                    - section.right_margin)) < 20


def test_the_footer_shows_the_page_count_before_word_recounts(rendered):
    tool = require_tool("pdfinfo")
    info = subprocess.run([tool, str(rendered / "complaint-policy.pdf")], capture_output=True,
                          text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    footer = docx.Document(str(rendered / "complaint-policy.docx")).sections[0].footer
    assert pages > 1 and footer.paragraphs[0].text == f"第 1 页 共 {pages} 页"


def test_articles_are_indented_two_characters_and_set_apart(rendered):
    document = docx.Document(str(rendered / "complaint-policy.docx"))
    articles = [p for p in document.paragraphs if p.text.startswith("第一条")]
    assert articles and articles[0].style.name == "Article"
    style = articles[0].style.element.pPr
    indent = style.find(f"{W}ind")
    assert indent is not None and indent.get(f"{W}firstLineChars") == "200"
    assert int(style.find(f"{W}spacing").get(f"{W}after")) > 0
    items = [p for p in document.paragraphs if p.style.name == "Article Item"]
    assert items and items[0].style.element.pPr.find(f"{W}ind").get(f"{W}firstLineChars") == "200"
