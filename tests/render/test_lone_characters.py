"""No printed line of the published example holds one lone Chinese character, nor of a copy
whose texts are longer (lines then end elsewhere: text the layout has not been tuned on)."""
from __future__ import annotations

import pytest

from conftest import REPO, require_tool, run_jobkit
from render_helpers import lone_character_lines
from stretched import stretched_copy

EXAMPLE = REPO / "examples" / "customer-service"


def published_pdfs(project, out):
    require_tool("pdftotext")
    done = run_jobkit("pack", str(project), "-o", str(out), "-f", "pdf")
    assert done.code == 0, done.err
    pdfs = sorted(out.rglob("*.pdf"))
    assert len(pdfs) > 60  # every document of the nine modules and the index
    return pdfs


def lone_lines(pdfs, out):
    return {str(p.relative_to(out)): found for p in pdfs if (found := lone_character_lines(p))}


def test_the_example_has_no_line_of_one_lone_character(published_example):
    require_tool("pdftotext")
    pdfs = sorted(published_example.rglob("*.pdf"))
    assert len(pdfs) > 60
    assert lone_lines(pdfs, published_example) == {}


@pytest.mark.parametrize("extra", [1])
def test_longer_texts_have_no_line_of_one_lone_character(tmp_path, extra):
    project = stretched_copy(EXAMPLE, tmp_path / "project", extra)
    out = tmp_path / "out"
    assert lone_lines(published_pdfs(project, out), out) == {}
