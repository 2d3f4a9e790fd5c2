"""`jobkit render` to PDF and HTML: all the text, Simplified Chinese faces, safe and repeatable."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from conftest import MINIMAL_POLICY, REPO, require_tool
from jobkit.load import load_text
from render_helpers import pdf_fonts, pdf_text, squash

EXAMPLE = REPO / "examples" / "customer-service"
JOB = EXAMPLE / "modules" / "complaint" / "jobs" / "complaint-specialist.yaml"
POLICY = EXAMPLE / "modules" / "complaint" / "policies" / "complaint-policy.yaml"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from conftest import run_jobkit

    out = tmp_path_factory.mktemp("out")
    result = run_jobkit("render", "-f", "pdf", "-f", "html", "-o", str(out), str(JOB), str(POLICY))
    assert result.code == 0, result.text
    return out


def test_every_duty_and_field_of_the_job_is_in_the_pdf(rendered):
    data = load_text(JOB.read_text("utf-8"), "job").data
    text = squash(pdf_text(rendered / "complaint-specialist.pdf"))
    wanted = [data["basic"]["title"], data["summary"]]
    for duty in data["duties"]:
        wanted += [duty["title"], duty["statement"], duty.get("standard", ""), duty.get("deadline", "")]
    wanted += [k["name"] for k in data.get("kpis", [])]
    for piece in wanted:
        assert squash(piece) in text, piece
    assert "第1页共" in text


def test_every_article_and_chapter_of_the_policy_is_in_the_pdf(rendered):
    data = load_text(POLICY.read_text("utf-8"), "policy").data
    text = squash(pdf_text(rendered / "complaint-policy.pdf"))
    assert squash(data["title"]) in text and "第一章总则" in text and "附则" in text
    for chapter in data["chapters"]:
        assert squash(chapter["title"]) in text
        for article in chapter["articles"]:
            body = article if isinstance(article, str) else article["text"]
            assert squash(body) in text, body
            for item in ([] if isinstance(article, str) else article.get("items", [])):
                assert squash(item) in text
    # articles are numbered continuously across chapters: 第一条 … without gaps
    numbers = re.findall(r"第([一二三四五六七八九十百]+)条", pdf_text(rendered / "complaint-policy.pdf"))
    assert numbers[:3] == ["一", "二", "三"] and len(numbers) == len(set(numbers))


def test_pdf_and_html_carry_author_subject_and_tags(rendered):
    info = subprocess.run([require_tool("pdfinfo"), str(rendered / "complaint-policy.pdf")],
                          capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    policy = load_text(POLICY.read_text("utf-8"), "policy").data
    assert fields["Title"].strip() == policy["title"]
    assert fields["Author"].strip() == policy["issuer"]  # the department that issues it
    assert fields["Subject"].strip().startswith("管理制度 · ")
    assert fields["Tagged"].strip() == "yes"
    html = (rendered / "complaint-policy.html").read_text("utf-8")
    assert f'<meta name="author" content="{policy["issuer"]}">' in html
    assert '<meta name="description" content="管理制度 · ' in html


def test_body_text_lines_up_with_the_header(rendered):
    """No stray body margin: the text's left edge is the header's (the page's margin)."""
    box = subprocess.run([require_tool("pdftotext"), "-bbox", "-f", "1", "-l", "1",
                          str(rendered / "complaint-policy.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    words = [(float(x), float(y)) for x, y in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"', box)]
    header = min(x for x, y in words if y < 60)
    body = min(x for x, y in words if y > 100)
    assert abs(body - header) < 0.5, (header, body)


def test_pdf_embeds_only_simplified_chinese_faces(rendered):
    for name in ("complaint-specialist.pdf", "complaint-policy.pdf"):
        fonts = pdf_fonts(rendered / name)
        assert fonts and any("CJK-SC" in f for f in fonts), fonts
        assert not any(re.search(r"CJK-(JP|KR|TC|HK)", f) for f in fonts), fonts


def test_html_is_a_complete_page_with_the_same_content(rendered):
    html = (rendered / "complaint-specialist.html").read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in html
    page = lxml.html.document_fromstring(html)
    assert page.findtext(".//title") == "投诉处理专员"
    assert [h.text_content() for h in page.iter("h1")] == ["投诉处理专员岗位说明书"]


INJECTED = """\
kind: job
id: injected
basic:
  title: "<script>alert(1)</script>{{ 7 * 7 }}"
  department: '{% for x in range(3) %}循环{% endfor %}'
summary: <img src="file:///etc/passwd"> and <a href="file:///etc/passwd">link</a>
duties:
  - title: 职责
    statement: "{{ config.__class__ }} 保持原样 0755"
"""


def test_markup_and_template_syntax_in_user_text_stay_text(tmp_path, jobkit):
    source = tmp_path / "injected.yaml"
    source.write_text(INJECTED, encoding="utf-8")
    result = jobkit("render", "-f", "pdf", "-f", "html", "-o", str(tmp_path / "out"), str(source))
    assert result.code == 0, result.text
    html = (tmp_path / "out" / "injected.html").read_text("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    text = pdf_text(tmp_path / "out" / "injected.pdf")
    assert "{{ 7 * 7 }}" in text and "49" not in text
    assert "{% for x in range(3) %}循环{% endfor %}" in text
    assert squash("{{ config.__class__ }} 保持原样 0755") in squash(text)


@pytest.mark.parametrize("breaker", ["\n", "\\", '"', "'", "</style>", "\r", "\f"])
def test_header_values_cannot_break_out_of_the_page_style(tmp_path, jobkit, breaker):
    """doc_number and the organisation go into @page CSS: no character may end the string."""
    number = f"A{breaker};}}}} body{{display:none}} @page{{@top-right{{content:x"
    quoted = json.dumps(number, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    source = tmp_path / "policy.yaml"
    source.write_text(MINIMAL_POLICY + f"doc_number: {quoted}\n", encoding="utf-8")
    result = jobkit("render", "-f", "pdf", "-o", str(tmp_path / "out"), str(source))
    if breaker in "\r\f":  # control characters never get that far
        line = MINIMAL_POLICY.count("\n") + 1
        assert result.code == 2 and f"{source}:{line}:15:" in result.err, result.text
        return
    assert result.code == 0, result.text
    text = squash(pdf_text(tmp_path / "out" / "complaint-policy.pdf"))
    assert squash("投诉统一登记") in text  # the body is still shown
    assert squash("body{display:none}") in text  # the value printed as text in the header


def test_templates_cannot_read_files_outside_the_project(tmp_path, jobkit):
    project = tmp_path / "p"
    shutil.copytree(REPO / "templates", project / "my-templates",
                    ignore=shutil.ignore_patterns("project", "skeletons"))
    job_template = project / "my-templates" / "job" / "job.html"
    job_template.write_text(job_template.read_text("utf-8").replace(
        "{% block content %}",
        '{% block content %}<img src="file:///etc/passwd" alt="x">'
        '<link rel="attachment" href="file:///etc/passwd">'
        '<img src="https://example.com/tracker.png" alt="y">', 1), encoding="utf-8")
    (project / "jobkit.yaml").write_text("templates: my-templates\n", encoding="utf-8")
    shutil.copy(JOB, project / "job.yaml")
    result = jobkit("render", "-f", "pdf", "-o", str(project / "out"), str(project / "job.yaml"),
                    cwd=project)
    assert result.code == 0, result.text
    pdf = (project / "out" / "complaint-specialist.pdf").read_bytes()
    assert b"root:x:0:0" not in pdf and b"/EmbeddedFile" not in pdf
    assert "投诉处理专员" in pdf_text(project / "out" / "complaint-specialist.pdf")


def test_same_input_and_source_date_epoch_give_identical_pdf(tmp_path, jobkit):
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    for name in ("a", "b"):
        assert jobkit("render", "-f", "pdf", "-o", str(tmp_path / name), str(POLICY), env=env).code == 0
    assert (tmp_path / "a" / "complaint-policy.pdf").read_bytes() == \
        (tmp_path / "b" / "complaint-policy.pdf").read_bytes()


def test_english_documents_get_english_labels(tmp_path, jobkit):
    text = JOB.read_text("utf-8").replace("kind: job\n", "kind: job\nlang: en\n", 1)
    source = tmp_path / "en.yaml"
    source.write_text(text, encoding="utf-8")
    assert jobkit("render", "-f", "html", "-o", str(tmp_path / "out"), str(source)).code == 0
    html = (tmp_path / "out" / "complaint-specialist.html").read_text("utf-8")
    assert 'lang="en"' in html and "Basic information" in html and "Duties" in html
    assert "基本资料" not in html


def test_output_folder_safety(tmp_path, jobkit):
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "complaint-specialist.html"
    mine.write_text("my own notes", encoding="utf-8")
    refused = jobkit("render", "-f", "html", "-o", str(out), str(JOB))
    assert refused.code == 2 and "--force" in refused.err
    assert mine.read_text("utf-8") == "my own notes"
    assert jobkit("render", "-f", "html", "-o", str(out), "--force", str(JOB)).code == 0
    assert mine.read_text("utf-8").startswith("<!DOCTYPE html>")
    again = jobkit("render", "-f", "html", "-o", str(out), str(JOB))  # now jobkit's own file
    assert again.code == 0
    assert oct(mine.stat().st_mode & 0o777) != "0o600"


def test_one_bad_document_does_not_stop_the_others(tmp_path, jobkit):
    shutil.copy(JOB, tmp_path / "good.yaml")
    (tmp_path / "bad.yaml").write_text("kind: job\nid: bad\nbasic: {title: x}\n", encoding="utf-8")
    result = jobkit("render", "-f", "html", "-o", str(tmp_path / "out"), str(tmp_path / "good.yaml"),
                    str(tmp_path / "bad.yaml"))
    assert result.code == 2 and "bad.yaml" in result.err
    assert (tmp_path / "out" / "complaint-specialist.html").exists()
    assert not (tmp_path / "out" / "bad.html").exists()


def test_a_broken_override_template_fails_its_documents_only(tmp_path, jobkit):
    project = tmp_path / "p"
    (project / "my-templates" / "job").mkdir(parents=True)
    (project / "my-templates" / "job" / "job.html").write_text(
        "{% extends 'base.html' %}{% block content %}{{ doc.basic.title }{% endblock %}",
        encoding="utf-8")
    (project / "jobkit.yaml").write_text("templates: my-templates\n", encoding="utf-8")
    shutil.copy(JOB, project / "job.yaml")
    shutil.copy(POLICY, project / "policy.yaml")
    result = jobkit("render", "-f", "html", "-o", str(project / "out"), str(project / "job.yaml"),
                    str(project / "policy.yaml"), cwd=project)
    assert result.code == 3 and "job.yaml" in result.err and "Traceback" not in result.err
    assert (project / "out" / "complaint-policy.html").is_file()
    assert not (project / "out" / "complaint-specialist.html").exists()


def test_css_strings_escape_every_character_that_could_end_them():
    """Defence in depth: values reach the CSS even if loading ever let one of these through."""
    from jobkit.render.environment import css_string
    value = 'a\rb\fc\nd\\e"f\'g<h>i&j\x7fk\u2028l'
    literal = str(css_string(value))
    assert re.fullmatch(r'"(?:[^"\\\r\n\f<>&\']|\\[0-9A-F]{1,6} )*"', literal), literal
