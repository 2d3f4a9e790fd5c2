"""JK403 repeated-punctuation: marks typed twice, dot ellipses, and their fixes."""
from __future__ import annotations

import pytest

from jk4_probe import fixed_value as probe_fixed_value, lint_job


RULE = "JK403"


def lint(tmp_path, body: str):
    return lint_job(tmp_path, body, RULE)


def fixed_value(tmp_path, body: str) -> str:
    return probe_fixed_value(tmp_path, body, RULE)


def test_runs_are_reported_at_their_first_mark(tmp_path):
    _, found = lint(tmp_path, "summary: 立即上报！！登记，，完成。。\n")
    assert [(f.line, f.col, f.end_col) for f in found] == [(4, 14, 16), (4, 18, 20), (4, 22, 24)]


@pytest.mark.parametrize("value,expected", [
    ("立即上报！！！", "立即上报！"),
    ("立即上报!!!", "立即上报！"),
    ("是否升级？？", "是否升级？"),
    ("登记，，分类", "登记，分类"),
    ("登记,，分类", "登记，分类"),
    ("电话、、邮件", "电话、邮件"),
    ("回访客户。。", "回访客户。"),
    ("电话、邮件。。。", "电话、邮件……"),
    ("电话、邮件...", "电话、邮件……"),
    ("电话、邮件......等渠道", "电话、邮件……等渠道"),
])
def test_fix_leaves_one_mark_or_an_ellipsis(tmp_path, value, expected):
    assert fixed_value(tmp_path, f"summary: '{value}'\n") == expected


@pytest.mark.parametrize("value", [
    "电话、邮件……等渠道", "投诉处理——从受理到回访", "真的要升级吗？！", "Great!!! Really??",
    "第1..10条", "see https://example.com/a..b", "what?!",
])
def test_correct_chinese_marks_and_latin_text_stay(tmp_path, value):
    _, found = lint(tmp_path, f"summary: '{value}'\n")
    assert found == []


def test_two_dots_are_reported_without_a_fix(tmp_path):
    _, found = lint(tmp_path, "summary: 回访客户..然后归档\n")
    assert len(found) == 1 and found[0].fix == ()
    assert "……" in found[0].message.zh
