"""JK309 disability-discrimination: refusing people with disabilities; not real abilities."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, physical

PROBE = probe("JK309")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("item,words", [
    ("身体健康，肢体健全", "肢体健全"),
    ("四肢健全", "四肢健全"),
    ("身体无残疾", "身体无残疾"),
    ("无生理缺陷", "无生理缺陷"),
    ("不招残疾人", "不招残疾人"),
    ("残障人士勿扰", "残障人士勿扰"),
])
def test_exclusions_are_found(item, words, tmp_path):
    assert found(physical(item), tmp_path) == [words]


@pytest.mark.parametrize("item", [
    "身体健康", "听力和嗓音状况良好", "能连续操作电脑和耳麦2小时", "持有C1驾驶证",
    "视力（含矫正视力）正常，无色盲", "无职业禁忌证", "欢迎退役军人和残疾人士应聘",
])
def test_abilities_are_clean(item, tmp_path):
    assert found(physical(item), tmp_path) == []


def test_refusals_anywhere_and_accessibility_wording(tmp_path):
    assert found({"summary": "受理客户投诉并登记分类，不招残疾人。"}, tmp_path) == ["不招残疾人"]
    change = {"summary": "引导残疾人客户使用无障碍通道办理业务，对引导及时率负责。",
              "environment": {"workplace": "营业厅一楼，设残疾人专用通道"}}
    assert found(change, tmp_path / "b") == []


def test_prohibitions_are_clean(tmp_path):
    change = {"kind": "policy", "title": "招聘管理制度", "chapters": [{"title": "公平招聘",
              "articles": ["招聘中不得歧视残疾人，不得以肢体健全作为录用条件。"]}]}
    assert found(change, tmp_path) == []


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限",
                                "  demographics: 不限\n  physical: [能适应轮班, 肢体健全]")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  physical: [能适应轮班, 肢体健全]") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 21, 25)
    assert "《就业促进法》第二十九条" in problem.message.zh and "art. 29" in problem.message.en
    assert problem.suggestion is not None and problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("disability-discrimination") == []


@pytest.mark.parametrize("item,words", [
    ("欢迎残障人士应聘", []), ("鼓励残疾人报名", []),
    ("欢迎应聘，残疾人勿扰", ["残疾人勿扰"]),
])
def test_an_invitation_is_a_positive_measure_not_a_condition(item, words, tmp_path):
    assert found(physical(item), tmp_path) == words
