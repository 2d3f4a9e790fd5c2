"""JK310 infectious-disease-carrier: refusing carriers, HBV tests; not vaccination or cited law."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, physical

PROBE = probe("JK310")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("item,words", [
    ("身体健康，无乙肝等传染病", "无乙肝"),
    ("无传染病", "无传染病"),
    ("乙肝两对半检查正常", "乙肝两对半检查正常"),
    ("入职体检含乙肝五项", "乙肝五项"),
    ("乙肝携带者勿扰", "乙肝携带者勿扰"),
    ("HIV检测阴性", "HIV检测阴性"),
])
def test_exclusions_are_found(item, words, tmp_path):
    assert found(physical(item), tmp_path) == [words]


@pytest.mark.parametrize("item", ["身体健康", "能适应轮班", "持有效健康证明", "无职业禁忌证"])
def test_health_without_carrier_status_is_clean(item, tmp_path):
    assert found(physical(item), tmp_path) == []


def test_refusal_anywhere(tmp_path):
    assert found({"summary": "受理客户投诉并登记分类，乙肝携带者勿扰。"}, tmp_path) == ["乙肝携带者勿扰"]


def test_vaccination_privacy_and_prohibitions_are_clean(tmp_path):
    change = {"kind": "policy", "title": "员工健康管理规定", "chapters": [{"title": "健康管理",
              "articles": ["公司每年为员工免费接种乙肝疫苗。",
                           "入职体检不得包含乙肝五项检查，不得以是乙肝病原携带者为由拒绝录用。"]}]}
    assert found(change, tmp_path) == []


def test_the_law_for_food_handling_work_justifies(tmp_path):
    text = "依据《中华人民共和国食品安全法》，直接接触入口食品的岗位须无传染病"
    assert found(physical(text), tmp_path) == []


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限",
                                "  demographics: 不限\n  physical: [身体健康，无乙肝]")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  physical: [身体健康，无乙肝]") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 19, 22)
    assert "《就业促进法》第三十条" in problem.message.zh and "art. 30" in problem.message.en
    assert "易使传染病扩散" in problem.message.zh
    assert problem.suggestion is not None and problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("infectious-disease-carrier") == []


@pytest.mark.parametrize("item,words", [
    ("欢迎乙肝携带者应聘", []),
    ("欢迎应聘，乙肝携带者勿扰", ["乙肝携带者勿扰"]),
])
def test_an_invitation_is_a_positive_measure_not_a_condition(item, words, tmp_path):
    assert found(physical(item), tmp_path) == words
