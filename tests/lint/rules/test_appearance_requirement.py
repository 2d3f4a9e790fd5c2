"""JK307 appearance-requirement: looks and height in hiring conditions; not physical demands."""
from __future__ import annotations

import pytest

from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules.jk3._tables import uncovered_patterns

from jk3_probe import probe, physical

PROBE = probe("JK307")
RULE, problems, found, lint_text = PROBE.rule, PROBE.problems, PROBE.found, PROBE.lint_text


@pytest.mark.parametrize("item,words", [
    ("形象气质佳", "形象气质佳"),
    ("五官端正", "五官端正"),
    ("相貌端正", "相貌端正"),
    ("颜值高", "颜值高"),
    ("身材匀称", "身材匀称"),
    ("身高160cm以上", "身高160cm以上"),
    ("身高：女165cm以上，男175cm以上", "身高：女165cm以上，男175cm以上"),
    ("体重60公斤以下", "体重60公斤以下"),
    ("面部无明显疤痕", "面部无明显疤痕"),
])
def test_requirements_are_found(item, words, tmp_path):
    assert found(physical(item), tmp_path) == [words]


@pytest.mark.parametrize("item", [
    "能连续站立接待4小时", "能适应夜班", "视力（含矫正视力）正常", "听力和嗓音状况良好",
    "能搬运25公斤的备件", "仪表整洁，举止得体", "保持良好的职业形象", "性格开朗，气质沉稳",
])
def test_physical_demands_of_the_work_are_clean(item, tmp_path):
    assert found(physical(item), tmp_path) == []


def test_neighbouring_requirements_make_one_finding(tmp_path):
    assert found(physical("形象好、气质佳"), tmp_path) == ["形象好、气质佳"]


def test_an_interview_scorecard_is_checked_and_a_shop_checklist_is_not(tmp_path):
    interview = {"kind": "tool", "title": "客服专员面试评分表", "sections": [
        {"title": "综合印象", "items": [{"text": "形象气质佳"}, {"text": "表达清晰"}]}]}
    assert found(interview, tmp_path) == ["形象气质佳"]
    shop = {"kind": "tool", "title": "服务网点巡检表", "sections": [
        {"title": "网点环境", "items": [{"text": "门店形象良好，标识清晰"}]}]}
    assert found(shop, tmp_path / "b") == []


def test_position_level_and_message(tmp_path):
    text = BASES["job"].replace("  demographics: 不限",
                                "  demographics: 不限\n  physical: [五官端正, 能适应夜班]")
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index("  physical: [五官端正, 能适应夜班]") + 1
    assert (problem.line, problem.col, problem.end_col) == (line, 14, 18)
    assert problem.level == "warning"
    assert "《就业促进法》第二十六条" in problem.message.zh
    assert problem.suggestion is not None


def test_every_pattern_is_covered_by_the_keys():
    assert uncovered_patterns("appearance-requirement") == []
