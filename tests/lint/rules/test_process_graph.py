"""JK208 process-graph: known, unique step ids; one start; reachability; ends; decisions; lanes."""
from __future__ import annotations

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: process
id: complaint-process
title: 客户投诉处理流程
lanes: [客户, 投诉处理专员, 客服主管]
steps:
"""
GOOD = [
    "{id: s1, lane: 客户, type: start, action: 提交投诉, next: s2}",
    "{id: s2, lane: 投诉处理专员, action: 登记并分类投诉, next: s3}",
    "{id: s3, lane: 客服主管, type: decision, action: 是否需要升级处理, next: {是: s4, 否: s5}}",
    "{id: s4, lane: 客服主管, action: 审核重大投诉的处理方案, next: s5}",
    "{id: s5, lane: 投诉处理专员, type: end, action: 答复客户并归档}",
]


def lint(tmp_path, steps: list[str]):
    path = tmp_path / "process.yaml"
    path.write_text(HEAD + "".join(f"  - {s}\n" for s in steps), encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK208",))).findings
    assert all(f.code == "JK208" for f in findings), [f.format("en") for f in findings]
    return findings


def where(findings):
    return [(f.line, f.col, f.path) for f in findings]


def test_a_sound_process_is_clean(tmp_path):
    assert lint(tmp_path, GOOD) == []


def test_without_a_marked_start_the_first_step_starts(tmp_path):
    steps = [GOOD[0].replace("type: start, ", "")] + GOOD[1:]
    assert lint(tmp_path, steps) == []


def test_loops_with_an_exit_are_fine(tmp_path):
    steps = GOOD[:3] + ["{id: s4, lane: 客服主管, action: 审核处理方案, next: s2}"] + GOOD[4:]
    assert lint(tmp_path, steps) == []


def test_unknown_next_with_did_you_mean_gives_one_finding(tmp_path):
    steps = GOOD[:3] + [GOOD[3].replace("next: s5", "next: s55")] + GOOD[4:]
    found = lint(tmp_path, steps)
    assert where(found) == [(9, 53, "steps[3].next")]
    assert found[0].suggestion.zh == "s5" and (found[0].end_col == 56)


def test_unknown_branch_target_is_reported_at_the_branch(tmp_path):
    steps = GOOD[:2] + [GOOD[2].replace("否: s5", "否: x9")] + GOOD[3:]
    found = lint(tmp_path, steps)
    assert where(found) == [(8, 77, "steps[2].next.否")]
    assert found[0].suggestion is None


def test_duplicate_ids(tmp_path):
    steps = GOOD + ["{id: s4, lane: 客服主管, action: 复核处理方案, next: s5}"]
    found = lint(tmp_path, steps)
    assert where(found) == [(11, 10, "steps[5].id")]
    assert "第 4 步" in found[0].message.zh


def test_unreachable_step(tmp_path):
    steps = GOOD + ["{id: s6, lane: 客服主管, action: 复核处理方案, next: s5}"]
    found = lint(tmp_path, steps)
    assert where(found) == [(11, 10, "steps[5].id")]
    assert "无法从起点到达" in found[0].message.zh


def test_a_loop_without_exit_is_reported_once_where_it_is_entered(tmp_path):
    steps = GOOD[:3] + [
        "{id: s4, lane: 客服主管, action: 审核处理方案, next: s6}",
        "{id: s6, lane: 客服主管, action: 补充调查材料, next: s4}",
    ] + GOOD[4:]
    found = lint(tmp_path, steps)
    assert where(found) == [(9, 10, "steps[3].id")]


def test_more_than_one_start(tmp_path):
    steps = GOOD + ["{id: s6, lane: 客户, type: start, action: 来电咨询, next: s2}"]
    found = lint(tmp_path, steps)
    assert where(found) == [(11, 30, "steps[5].type")]


def test_decision_needs_two_labelled_exits_to_different_steps(tmp_path):
    one = GOOD[:2] + [GOOD[2].replace("next: {是: s4, 否: s5}", "next: s4")] + GOOD[3:]
    assert where(lint(tmp_path, one)) == [(8, 66, "steps[2].next")]
    same = GOOD[:2] + [GOOD[2].replace("否: s5", "否: s4")] + GOOD[3:]
    assert "只有一个去向“s4”" in lint(tmp_path, same)[0].message.zh
    blank = GOOD[:2] + [GOOD[2].replace("否: s5", "'': s5")] + GOOD[3:]
    assert [f.path for f in lint(tmp_path, blank)] == ["steps[2].next."]


def test_a_task_with_branches_should_be_a_decision(tmp_path):
    steps = GOOD[:2] + [GOOD[2].replace("type: decision, ", "")] + GOOD[3:]
    found = lint(tmp_path, steps)
    assert [f.path for f in found] == ["steps[2].next"]
    assert "type: decision" in found[0].message.zh


def test_an_end_step_with_next(tmp_path):
    steps = GOOD[:4] + [GOOD[4].replace("}", ", next: s2}")]
    found = lint(tmp_path, steps)
    assert [f.path for f in found] == ["steps[4].next"]


def test_lane_not_declared_with_suggestion(tmp_path):
    steps = GOOD[:3] + [GOOD[3].replace("lane: 客服主管", "lane: 客服主任")] + GOOD[4:]
    found = lint(tmp_path, steps)
    assert where(found) == [(9, 20, "steps[3].lane")]
    assert found[0].suggestion.zh == "客服主管"
