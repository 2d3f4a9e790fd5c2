"""JK406 cjk-latin-spacing: off by default; require or forbid a space between 中文 and Latin."""
from __future__ import annotations

import pytest

from jobkit.config import Config, LintSettings
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.load import load_text

RULE = "JK406"
HEAD = "kind: job\nid: complaint-specialist\nbasic: {title: 投诉处理专员, department: 客户服务部}\n"
DUTIES = "duties:\n  - {title: 投诉受理, statement: 受理客户投诉并登记分类}\n"


def lint(tmp_path, body: str, mode: str):
    text = HEAD + body + ("" if "duties:" in body else DUTIES)
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    config = Config(lint=LintSettings(cjk_latin_spacing=mode))
    findings = lint_paths([path], config, LintOptions()).findings
    return text, [f for f in findings if f.code == RULE]


def fixed_value(tmp_path, body: str, mode: str) -> str:
    text, found = lint(tmp_path, body, mode)
    for start, end, replacement in sorted({e for f in found for e in f.fix}, reverse=True):
        text = text[:start] + replacement + text[end:]
    return load_text(text, "x").data["summary"]


def test_off_by_default(tmp_path):
    _, found = lint(tmp_path, "summary: 使用CRM系统，在 Excel 中汇总\n", "off")
    assert found == []


def test_require_reports_both_sides_of_a_latin_word(tmp_path):
    _, found = lint(tmp_path, "summary: 使用CRM系统登记\n", "require")
    assert [(f.line, f.col) for f in found] == [(4, 12), (4, 15)]
    assert "CRM" in found[0].message.zh


def test_require_fix_inserts_the_spaces(tmp_path):
    body = "summary: 使用CRM系统和Excel表格，用Node.js开发，10GB存储，C++语言\n"
    assert fixed_value(tmp_path, body, "require") == (
        "使用 CRM 系统和 Excel 表格，用 Node.js 开发，10GB 存储，C++ 语言")


@pytest.mark.parametrize("value", [
    "接到投诉后30分钟内登记，2026年起执行，第3条，满意度98%以上",
    "使用U盘、A4纸，B超和X光检查",
    "在 CRM 系统中登记（CRM），“SLA”达标",
    "访问https://example.com查看，或发邮件至kefu@example.com，{{ name }}先生",
])
def test_require_leaves_numbers_compounds_punctuation_and_links(tmp_path, value):
    _, found = lint(tmp_path, f"summary: '{value}'\n", "require")
    assert found == []


def test_forbid_reports_and_removes_typed_spaces(tmp_path):
    body = "summary: 使用 CRM 系统，30 分钟内登记，花费 5000 元  # 注释\n"
    text, found = lint(tmp_path, body, "forbid")
    # a space has no column of its own in the engine's mapping: the next character's is shown
    assert [(f.line, f.col) for f in found] == [(4, 13), (4, 17), (4, 23), (4, 32), (4, 37)]
    assert fixed_value(tmp_path, body, "forbid") == "使用CRM系统，30分钟内登记，花费5000元"


def test_forbid_ignores_folded_line_breaks_and_links(tmp_path):
    body = "summary: >-\n  请使用\n  CRM系统，访问 https://example.com 查看\n"
    _, found = lint(tmp_path, body, "forbid")
    assert found == []


def test_forbid_leaves_spaces_at_the_edges_and_between_latin_words(tmp_path):
    _, found = lint(tmp_path, "summary: ' 受理投诉，使用 Microsoft Excel'\n", "forbid")
    assert [f.col for f in found] == [20]
