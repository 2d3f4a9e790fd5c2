"""JK304 ethnicity-religion: ethnic group, race or religion as hiring conditions."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, demographics

PROBE = probe("JK304")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("text,words", [
    ("限汉族", "限汉族"),
    ("汉族优先", "汉族优先"),
    ("不招少数民族", "不招少数民族"),
    ("维吾尔族勿扰", "维吾尔族勿扰"),
    ("民族：汉族", "民族：汉族"),
    ("无宗教信仰", "无宗教信仰"),
    ("不信教", "不信教"),
    ("佛教徒优先", "佛教徒优先"),
    ("白人优先", "白人优先"),
    ("宗教信仰：无", "宗教信仰：无"),
    ("Christians only", "Christians only"),
])
def test_restrictions_are_found(text, words, tmp_path):
    assert found(demographics(text), tmp_path) == [words]


@pytest.mark.parametrize("text", [
    "不限", "民族不限", "民族、宗教信仰不限", "同等条件下少数民族应聘者优先",
    "尊重少数民族风俗习惯", "能用维吾尔语与客户沟通者优先",
])
def test_open_wording_and_lawful_care_are_clean(text, tmp_path):
    assert found(demographics(text), tmp_path) == []


def test_prohibitions_in_a_policy_are_clean(tmp_path):
    change = {"kind": "policy", "title": "招聘管理制度", "chapters": [{"title": "公平招聘",
              "articles": ["不得以民族、种族、宗教信仰为由拒绝录用或者提高录用标准。",
                           "公司尊重员工的宗教信仰和民族风俗习惯，不询问应聘者有无宗教信仰。"]}]}
    assert found(change, tmp_path) == []


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限", "  demographics: 性别不限，汉族优先")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  demographics: 性别不限，汉族优先") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 22, 26)
    assert "《就业促进法》第三条" in problem.message.zh
    assert "《人力资源市场暂行条例》第二十四条" in problem.message.zh
    assert problem.suggestion is not None and problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("ethnicity-religion") == []


@pytest.mark.parametrize("item,words", [
    ("欢迎少数民族求职者报名", []), ("鼓励各民族人士应聘", []),
    ("欢迎各族求职者，限汉族", ["限汉族"]),
])
def test_an_invitation_is_a_positive_measure_not_a_condition(item, words, tmp_path):
    assert found(demographics(item), tmp_path) == words
