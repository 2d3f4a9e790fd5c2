"""Nothing written is lost: every text of every document of a pack is in its PDF and DOCX
(references to other documents as those documents' titles)."""
from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from conftest import REPO, run_jobkit
from jobkit.load import load_text
from render.render_helpers import pdf_text

PROJECT = REPO / "tests" / "lint" / "projects" / "after-sales"
# keys whose values are codes, not text: shown as labels, dates in words, or not at all
CODES = {"kind", "id", "module", "status", "lang", "type", "currency", "tool_type", "period",
         "effective_date", "last_reviewed", "start", "end", "next"}


def texts(value, key=None):
    if key in CODES:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from texts(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from texts(child, key)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    tables = list(document.tables)
    while tables:
        table = tables.pop()
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
                tables.extend(cell.tables)
    return squash(" ".join(parts))


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    project = tmp_path_factory.mktemp("nothing-lost") / "pack"
    shutil.copytree(PROJECT, project)
    out = project.parent / "out"
    result = run_jobkit("pack", str(project), "-o", str(out), "-f", "pdf", "-f", "docx")
    assert result.code == 0, result.text
    documents = {}
    for path in sorted((project / "modules").rglob("*.yaml")):
        data = load_text(path.read_text("utf-8"), path.name).data
        documents[data["id"]] = (path.relative_to(project).with_suffix(""), data)
    return out, documents


def expected(data: dict, documents: dict) -> list[str]:
    """The texts of a document; an id of another document stands for that one's title."""
    found = []
    for text in texts(data):
        other = documents.get(text)
        if other is not None and other[1] is not data:
            title = other[1].get("title") or other[1].get("basic", {}).get("title")
            found.append(title)
        elif other is None:
            found.append(text)
    return found


def test_every_text_is_in_the_pdf_and_the_docx(packed):
    out, documents = packed
    assert len(documents) >= 9
    for name, data in documents.values():
        pdf = squash(pdf_text(out / f"{name}.pdf"))
        word = docx_text(out / f"{name}.docx")
        for text in expected(data, documents):
            assert squash(text) in pdf, (str(name), text, "pdf")
            assert squash(text) in word, (str(name), text, "docx")
