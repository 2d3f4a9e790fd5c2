"""JK404 paired-marks: brackets, quotes and title marks without a partner."""
from __future__ import annotations

import pytest

from jobkit.load import load_text

from jk4_probe import lint_job

RULE = "JK404"


def lint(tmp_path, body: str):
    return lint_job(tmp_path, body, RULE)


def test_an_unclosed_title_mark_is_reported_without_a_fix(tmp_path):
    _, found = lint(tmp_path, "summary: 依据《劳动合同法第十条处理\n")
    assert [(f.line, f.col) for f in found] == [(4, 12)]
    assert "》" in found[0].message.zh and found[0].fix == ()


def test_a_stray_closing_mark_and_an_open_bracket_are_reported(tmp_path):
    _, found = lint(tmp_path, "summary: 依据《劳动合同法》第十条）和【附件一\n")
    assert [f.col for f in found] == [22, 24]
    assert "（" in found[0].message.zh and "】" in found[1].message.zh


def test_crossed_marks_are_reported(tmp_path):
    _, found = lint(tmp_path, "summary: （见《投诉管理制度）》\n")
    assert [f.col for f in found] == [12, 20]


def test_a_quotation_mark_turned_the_wrong_way_is_fixed(tmp_path):
    text, found = lint(tmp_path, "summary: 执行商品“三包“规定  # 注释\n")
    assert [(f.col, f.fix != ()) for f in found] == [(17, True)]
    (start, end, replacement), = found[0].fix
    after = text[:start] + replacement + text[end:]
    assert "summary: 执行商品“三包”规定  # 注释\n" in after
    assert load_text(after, "x").data["summary"] == "执行商品“三包”规定"


def test_several_turned_quotes_are_reported_without_guessing(tmp_path):
    _, found = lint(tmp_path, "summary: 针对”岗位“，而非针对”个人“\n")
    assert found and all(f.fix == () for f in found)


@pytest.mark.parametrize("value", [
    "依据《中华人民共和国消费者权益保护法》和商品“三包”规定",
    "“首问负责”是指‘谁接待、谁负责’的原则（见【附件一】）",
    "1）受理投诉；2）登记分类；一）回访",
    "see the customer’s request and ‘Service first’ (SLA)",
    "1)受理 2)登记",
    "详见https://example.com/a)b",
    "「客户至上」与『服务第一』〔2026〕〈试行〉",
])
def test_paired_marks_list_numbers_and_apostrophes_are_fine(tmp_path, value):
    _, found = lint(tmp_path, f"summary: '{value}'\n")
    assert found == []


def test_a_half_width_parenthesis_may_close_a_full_width_one(tmp_path):
    _, found = lint(tmp_path, "summary: 登记（CRM)系统\n")
    assert found == []


def test_each_text_is_checked_on_its_own(tmp_path):
    body = "summary: 依据《投诉管理制度\nenvironment: {workplace: 客服中心》}\n"
    _, found = lint(tmp_path, body)
    assert [(f.line, f.path) for f in found] == [(4, "summary"), (5, "environment.workplace")]
