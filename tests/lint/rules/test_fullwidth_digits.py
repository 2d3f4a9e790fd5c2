"""JK402 fullwidth-digits: full-width digits and Latin letters, and their fixes."""
from __future__ import annotations

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.load import load_text

from jk4_probe import DUTIES, HEAD, apply, lint_job

RULE = "JK402"


def lint(tmp_path, body: str):
    return lint_job(tmp_path, body, RULE)


def test_each_run_is_one_finding_at_its_column(tmp_path):
    _, found = lint(tmp_path, "summary: 在ＣＲＭ系统中登记，不低于９８％\n")
    assert [(f.line, f.col, f.end_col) for f in found] == [(4, 11, 14), (4, 23, 26)]
    assert "CRM" in found[0].message.zh and "98%" in found[1].message.en


def test_fix_writes_half_width_characters(tmp_path):
    body = "summary: 接到投诉后３０分钟内登记，评分３．５分，满意度９８％  # 注释\n"
    text, found = lint(tmp_path, body)
    after = apply(text, found)
    assert load_text(after, "x").data["summary"] == "接到投诉后30分钟内登记，评分3.5分，满意度98%"
    assert after.endswith("满意度98%  # 注释\n" + DUTIES)


def test_full_width_punctuation_and_ideographic_space_are_correct(tmp_path):
    _, found = lint(tmp_path, "summary: 受理投诉（电话、邮件），登记分类；　回访！\n")
    assert found == []


def test_no_fix_when_the_text_would_turn_into_a_number(tmp_path):
    _, found = lint(tmp_path, "summary: ２０２６\n")
    assert len(found) == 1 and found[0].fix == ()


def test_quoted_value_keeps_its_quotes(tmp_path):
    text, found = lint(tmp_path, "summary: '使用Ｅｘｃｅｌ汇总'\n")
    assert "summary: '使用Excel汇总'\n" in apply(text, found)


def test_escaped_characters_are_reported_without_a_fix(tmp_path):
    _, found = lint(tmp_path, 'summary: "登记\\uFF21类投诉"\n')
    assert len(found) == 1 and found[0].fix == ()


def test_placeholders_are_left_alone(tmp_path):
    _, found = lint(tmp_path, "summary: 您好{{ ｎａｍｅ }}，请回复\n")
    assert found == []


def test_fixes_of_all_jk4_rules_together_keep_text_text(tmp_path):
    # each fix alone is harmless; together ０ → 0 and the NBSP or ZWSP gone would leave a number
    body = "summary: 受理\nequipment: [０\u00a0, \u200b２０, 计算机]\nenvironment: {workplace: ０\u00a0\u00a0}\n"
    text = HEAD + body + DUTIES
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    found = lint_paths([path], Config(), LintOptions(select=("JK4",))).findings
    data = load_text(apply(text, found), "x").data
    assert all(isinstance(item, str) for item in data["equipment"])
    assert isinstance(data["environment"]["workplace"], str)
