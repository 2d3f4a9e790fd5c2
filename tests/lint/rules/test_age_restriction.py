"""JK306 age-restriction: age limits in hiring; not the legal working age, not customers."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, demographics

PROBE = probe("JK306")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("text,words", [
    ("35岁以下", "35岁以下"),
    ("年龄25-35岁", "年龄25-35岁"),
    ("年龄：十八至三十五周岁", "年龄：十八至三十五周岁"),
    ("年龄在22～40周岁之间", "年龄在22～40周岁之间"),
    ("不超过40周岁", "不超过40周岁"),
    ("25岁以上", "25岁以上"),
    ("限90后", "限90后"),
    ("95后优先", "95后优先"),
    ("年轻人优先", "年轻人优先"),
    ("年满18周岁，45周岁以下", "45周岁以下"),
    ("Applicants under 35 years old", "under 35 years old"),
])
def test_limits_are_found(text, words, tmp_path):
    assert found(demographics(text), tmp_path) == [words]


@pytest.mark.parametrize("text", [
    "不限", "年龄不限", "年满18周岁", "年龄18周岁以上", "16周岁以上", "60周岁以下",
    "年满18周岁，未达到法定退休年龄", "性别、年龄不限",
])
def test_lawful_or_open_ages_are_clean(text, tmp_path):
    assert found(demographics(text), tmp_path) == []


def test_ages_of_customers_and_experience_are_not_limits(tmp_path):
    change = {"summary": "回访60岁以上老年客户和25-35岁的新婚家庭客户，对回访覆盖率负责。",
              "qualifications": {"experience": "3年以上客户服务经验"}}
    assert found(change, tmp_path) == []


def test_a_cited_legal_age_rule_justifies(tmp_path):
    text = "依据《机动车驾驶证申领和使用规定》，驾驶大型客车须年满22周岁"
    assert found(demographics(text), tmp_path) == []


def test_a_hiring_plan_is_checked(tmp_path):
    change = {"kind": "plan", "title": "客服中心招聘实施方案",
              "objectives": ["招聘20名客服专员，年龄30岁以下"]}
    assert found(change, tmp_path) == ["年龄30岁以下"]


def test_position_level_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限", "  demographics: 性别不限，35周岁以下")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  demographics: 性别不限，35周岁以下") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 22, 28)
    assert problem.level == "warning"
    assert "《就业促进法》第二十六条" in problem.message.zh and "art. 26" in problem.message.en
    assert problem.suggestion is not None and "年龄不限" in problem.suggestion.zh


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("age-restriction") == []
