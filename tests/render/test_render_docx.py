"""`jobkit render -f docx`: editable Word files with real styles, all the text, repeatable."""
from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import REPO, require_tool, run_jobkit
from jobkit.load import load_text
from render_helpers import pdf_text, squash

EXAMPLE = REPO / "examples" / "customer-service" / "modules" / "complaint"
JOB = EXAMPLE / "jobs" / "complaint-specialist.yaml"
POLICY = EXAMPLE / "policies" / "complaint-policy.yaml"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx")
    result = run_jobkit("render", "-f", "docx", "-o", str(out), str(JOB), str(POLICY))
    assert result.code == 0, result.text
    return out


@pytest.fixture(scope="module")
def libreoffice_text(rendered):
    """What LibreOffice reads from each DOCX (converted to plain text in one batch)."""
    soffice = require_tool("soffice")
    subprocess.run([soffice, "--headless", "--convert-to", "txt:Text", "--outdir",
                    str(rendered / "txt"), *map(str, sorted(rendered.glob("*.docx")))],
                   check=True, capture_output=True, timeout=180)
    return {p.stem: p.read_text("utf-8-sig") for p in (rendered / "txt").glob("*.txt")}


def test_job_text_is_all_in_libreoffices_reading(libreoffice_text):
    data = load_text(JOB.read_text("utf-8"), "job").data
    text = squash(libreoffice_text["complaint-specialist"])
    for duty in data["duties"]:
        for key in ("title", "statement", "standard", "deadline"):
            assert squash(duty.get(key, "")) in text, duty.get(key)
    assert squash(data["summary"]) in text


def test_policy_articles_are_all_in_libreoffices_reading(libreoffice_text):
    data = load_text(POLICY.read_text("utf-8"), "policy").data
    text = squash(libreoffice_text["complaint-policy"])
    assert squash(data["title"]) in text and "第一章总则" in text
    for chapter in data["chapters"]:
        assert squash(chapter["title"]) in text
        for article in chapter["articles"]:
            assert squash(article if isinstance(article, str) else article["text"]) in text


def test_headings_use_real_word_styles(rendered):
    document = docx.Document(str(rendered / "complaint-policy.docx"))
    styles = {p.style.name: p.text for p in document.paragraphs if p.text}
    assert styles["Title"] == "客户投诉管理制度"
    chapter_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapter_headings[0].startswith("第一章") and chapter_headings[-1].endswith("附则")
    job = docx.Document(str(rendered / "complaint-specialist.docx"))
    assert [p.text for p in job.paragraphs if p.style.name == "Heading 1"][:3] == [
        "一、基本资料", "二、工作概要", "三、工作职责"]
    duties = job.tables[1]
    # four columns on portrait A4: the duty with its work, its standard with deadline and
    # authority, its share of the time
    assert [c.text for c in duties.rows[0].cells] == ["序号", "职责与工作内容", "完成标准与期限",
                                                      "时间占比"]
    work = [p.text for p in duties.rows[1].cells[1].paragraphs]
    assert len(work) >= 2 and work[0] and work[1]
    assert any(p.text.startswith("完成期限：") for r in duties.rows[1:]
               for p in r.cells[2].paragraphs)


def test_styles_name_simplified_chinese_east_asian_faces(rendered):
    with zipfile.ZipFile(rendered / "complaint-specialist.docx") as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="Noto Serif CJK SC"' in styles or 'w:eastAsia="Noto Sans CJK SC"' in styles
    assert 'w:eastAsia="zh-CN"' in styles
    assert "CJK JP" not in styles and "CJK KR" not in styles and "CJK TC" not in styles


def test_same_input_and_source_date_epoch_give_identical_docx(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    for name in ("a", "b"):
        result = run_jobkit("render", "-f", "docx", "-o", str(tmp_path / name), str(POLICY), env=env)
        assert result.code == 0, result.text
    first = (tmp_path / "a" / "complaint-policy.docx").read_bytes()
    assert first == (tmp_path / "b" / "complaint-policy.docx").read_bytes()
    properties = docx.Document(str(tmp_path / "a" / "complaint-policy.docx")).core_properties
    assert properties.created.year == 2026 and properties.title == "客户投诉管理制度"
    assert properties.subject.startswith("管理制度 · ") and properties.author


def test_markup_in_user_text_stays_text_in_docx(tmp_path):
    source = tmp_path / "x.yaml"
    source.write_text(
        "kind: job\nid: x\nbasic: {title: '<b>粗体</b>{{ 1 + 1 }}', department: 部门}\n"
        "summary: '<img src=\"file:///etc/passwd\">'\n"
        "duties: [{title: 职责, statement: '{% raw %}保持原样'}]\n", encoding="utf-8")
    assert run_jobkit("render", "-f", "docx", "-o", str(tmp_path / "out"), str(source)).code == 0
    document = docx.Document(str(tmp_path / "out" / "x.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "<b>粗体</b>{{ 1 + 1 }}" in text + cells
    assert '<img src="file:///etc/passwd">' in text
    assert "{% raw %}保持原样" in cells
    with zipfile.ZipFile(tmp_path / "out" / "x.docx") as archive:
        assert not [n for n in archive.namelist() if n.startswith("word/media/")]


def test_reference_docx_from_the_configuration_brands_the_output(tmp_path):
    from docx.shared import Pt

    brand = docx.Document()
    brand.styles["Title"].font.size = Pt(30)
    brand.save(str(tmp_path / "brand.docx"))
    (tmp_path / "jobkit.yaml").write_text("reference_docx: brand.docx\norganization: {name: 品牌公司}\n",
                                          encoding="utf-8")
    (tmp_path / "job.yaml").write_text(JOB.read_text("utf-8"), encoding="utf-8")
    result = run_jobkit("render", "-f", "docx", "-o", str(tmp_path / "out"),
                        str(tmp_path / "job.yaml"), cwd=tmp_path)
    assert result.code == 0, result.text
    document = docx.Document(str(tmp_path / "out" / "complaint-specialist.docx"))
    assert document.styles["Title"].font.size == Pt(30)
    assert "品牌公司" in document.sections[0].header.paragraphs[0].text


FORM = EXAMPLE / "forms" / "complaint-register.yaml"


@pytest.fixture(scope="module")
def form_docx(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("form")
    result = run_jobkit("render", "-f", "docx", "-o", str(out), str(FORM))
    assert result.code == 0, result.text
    return out / "complaint-register.docx"


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_form_rows_stay_whole_and_cells_start_at_the_top(form_docx):
    document = docx.Document(str(form_docx))
    names = {style.style_id: style.name for style in document.styles}
    assert len(document.tables) == 3
    for table in document.tables:
        for tr in table._tbl.tr_lst:
            assert tr.trPr is not None and tr.trPr.find(f"{W}cantSplit") is not None
        for tc in table._tbl.iter(f"{W}tc"):
            style = tc.find(f".//{W}pStyle")
            heading = style is not None and names.get(style.get(f"{W}val")) == "Table Heading"
            align = tc.find(f"{W}tcPr/{W}vAlign")
            assert align is not None and align.get(f"{W}val") == ("center" if heading else "top")


def test_form_hints_are_grey_and_small_as_in_the_pdf(form_docx):
    document = docx.Document(str(form_docx))
    data = load_text(FORM.read_text("utf-8"), "form").data
    hints = [field["hint"] for field in data["fields"] if field.get("hint")]
    assert hints
    def muted(run) -> bool:
        color, size = run.find(f"{W}rPr/{W}color"), run.find(f"{W}rPr/{W}sz")
        return color is not None and color.get(f"{W}val") == "888888" and \
            size is not None and size.get(f"{W}val") == "16"

    grey = ["".join(t.text or "" for r in tc.iter(f"{W}r") if muted(r) for t in r.iter(f"{W}t"))
            for t in document.tables for tc in t._tbl.iter(f"{W}tc")]
    for hint in hints:
        assert squash(hint) in [squash(text) for text in grey], hint


def test_libreoffice_keeps_the_forms_tables_apart(form_docx, tmp_path):
    soffice = require_tool("soffice")
    subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path), str(form_docx)], check=True, capture_output=True, timeout=120)
    again = docx.Document(str(tmp_path / form_docx.name))
    assert len(again.tables) == 3  # touching tables would have been joined into one
    headers = [tr for t in again.tables for tr in t._tbl.tr_lst
               if tr.trPr is not None and tr.trPr.find(f"{W}tblHeader") is not None]
    assert headers, "the log table's heading row still repeats"


def test_table_text_has_the_pdfs_size_so_sized_columns_hold_in_word(published_example, tmp_path):
    """Columns are sized for the PDF's table text; at a larger size in Word a role name such as
    售后服务工程师 would spill its last character onto a second line."""
    css = (REPO / "templates" / "style.css").read_text("utf-8")
    pdf_size = float(re.search(r"^table \{[^}]*font-size: ([\d.]+)pt", css, re.M).group(1))
    process = published_example / "modules/after-sales/processes/after-sales-process.docx"
    styles = docx.Document(str(process)).styles
    assert styles["Table Text"].font.size.pt == pdf_size
    assert styles["Table Heading"].font.size.pt == pdf_size
    soffice = require_tool("soffice")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(process)], check=True, capture_output=True, timeout=120)
    lines = pdf_text(tmp_path / "after-sales-process.pdf").splitlines()
    assert sum("售后服务工程师" in line for line in lines) >= 5  # the role of five steps
    assert not [line for line in lines if line.strip() == "师"]


def test_word_adds_no_space_between_chinese_and_figures(published_example):
    """Word puts a quarter em between 2026 and 年 unless told not to (LibreOffice does it
    regardless); the PDF prints 2026年3月2日 as written."""
    plan = published_example / "modules/after-sales/plans/after-sales-network-plan.docx"
    with zipfile.ZipFile(plan) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
    defaults = re.search(r"<w:pPrDefault>.*?</w:pPrDefault>", styles, re.S).group(0)
    for setting in ("autoSpaceDE", "autoSpaceDN"):
        assert f'<w:{setting} w:val="0"/>' in defaults
