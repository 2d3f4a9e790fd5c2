"""JK111 should-not-current: what the post should do, not its current state."""
from __future__ import annotations

import pytest
from jk1_job import document, duty_list, lint, position, where


@pytest.mark.parametrize("statement,word", [
    ("目前主要负责受理客户投诉", "目前"), ("暂由客服主管兼管投诉回访", "暂由"),
    ("现阶段重点回访大客户", "现阶段"), ("受理客户投诉，现在正在试行在线受理", "现在正在"),
    ("受理投诉，暂时还兼管回访", "暂时"), ("眼下以电话回访为主", "眼下"),
])
def test_current_state_is_reported_at_the_word(tmp_path, statement, word):
    text = document(duty_list(statement))
    found = lint(tmp_path, "JK111", text)
    assert where(found) == [position(text, word)]
    assert found[0].path == "duties[0].statement"


@pytest.mark.parametrize("statement", [
    "告知客户目前的处理进度",
    "对暂时无法解决的故障，告知客户预计修复时间",
    "跟进尚未结案的投诉",
    "跟踪正在处理的工单",
    "监控当前排队量并调配座席",
    "维护目前在用的设备台账",
    "核对截至目前已到账的款项",
])
def test_the_state_of_the_work_object_passes(tmp_path, statement):
    assert lint(tmp_path, "JK111", document(duty_list(statement))) == []


def test_the_summary_is_checked(tmp_path):
    text = document(duty_list("受理客户投诉"), summary="summary: 本岗位目前由投诉专员兼任。\n")
    assert where(lint(tmp_path, "JK111", text)) == [position(text, "目前")]
