"""JK406 cjk-latin-spacing: off by default; require or forbid a space between 中文 and Latin."""
from __future__ import annotations

import pytest

from jobkit.config import Config, LintSettings

from jk4_probe import fixed_value as probe_fixed_value, lint_job

RULE = "JK406"


def lint(tmp_path, body: str, mode: str):
    return lint_job(tmp_path, body, RULE, Config(lint=LintSettings(cjk_latin_spacing=mode)))


def fixed_value(tmp_path, body: str, mode: str) -> str:
    return probe_fixed_value(tmp_path, body, RULE,
                             config=Config(lint=LintSettings(cjk_latin_spacing=mode)))


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
