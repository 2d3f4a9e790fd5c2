"""JK303 pregnancy-test: pregnancy tests as a condition of hiring; not antenatal benefits."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, physical

PROBE = probe("JK303")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("item,words", [
    ("入职体检合格（含妊娠检查）", "妊娠检查"),
    ("入职前须提供孕检报告", "孕检报告"),
    ("提供未孕证明", "未孕证明"),
    ("上岗前进行早孕检测", "早孕检测"),
    ("需做妊娠测试", "妊娠测试"),
])
def test_tests_in_qualifications_are_found(item, words, tmp_path):
    assert found(physical(item), tmp_path) == [words]


def test_a_hiring_policy_is_checked_and_prohibitions_are_clean(tmp_path):
    change = {"kind": "policy", "title": "新员工入职管理办法", "chapters": [{"title": "入职体检",
              "articles": ["新员工入职前须提交含妊娠检查项目的体检报告。",
                           "入职体检不得包含妊娠检查，公司不要求应聘者提供未孕证明。"]}]}
    assert found(change, tmp_path) == ["妊娠检查"]


def test_antenatal_benefits_are_not_hiring_conditions(tmp_path):
    change = {"kind": "policy", "title": "女职工劳动保护规定", "chapters": [{"title": "孕期保护",
              "articles": ["怀孕女职工在劳动时间内进行产前检查，孕检时间计入劳动时间。",
                           "女职工凭医院证明享受孕检假。"]}]}
    assert found(change, tmp_path) == []


def test_position_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限",
                                "  demographics: 不限\n  physical: [入职体检含妊娠检查]")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  physical: [入职体检含妊娠检查]") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 19, 23)
    assert problem.path == "qualifications.physical[0]"
    assert "《妇女权益保障法》第四十三条" in problem.message.zh
    assert problem.suggestion is not None and problem.level == "error"


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("pregnancy-test") == []
