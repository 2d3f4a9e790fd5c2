"""JK106 duty-too-long: one statement packing several duties."""
from __future__ import annotations

from jk1_job import document, duty_list, lint, position, where


def test_three_clauses_are_fine(tmp_path):
    statement = "跟踪处理进度，按约定时间向客户通报进展，并以电话或书面形式答复最终处理结果"
    text = document(duty_list(statement))
    assert lint(tmp_path, "JK106", text) == []


def test_many_action_clauses_are_reported_from_the_fourth(tmp_path):
    statement = "受理客户投诉，登记投诉信息，调查投诉原因，拟订处理方案，答复客户"
    text = document(duty_list(statement))
    found = lint(tmp_path, "JK106", text)
    assert where(found) == [position(text, "拟订处理方案")]
    assert "5 个动作分句" in found[0].message.zh


def test_connectors_split_clauses_too(tmp_path):
    statement = "受理客户投诉并且登记信息，同时调查原因以及拟订方案"
    assert len(lint(tmp_path, "JK106", document(duty_list(statement)))) == 1


def test_noun_clauses_do_not_count(tmp_path):
    statement = "回访已结案客户，重大投诉客户，满意度低于60分的客户，记录回访结果"
    assert lint(tmp_path, "JK106", document(duty_list(statement))) == []


def test_a_very_long_statement_is_reported(tmp_path):
    statement = "受理客户经400热线、在线客服、电子邮件、微信公众号、官方微博和门店转交的投诉" * 3
    found = lint(tmp_path, "JK106", document(duty_list(statement)))
    assert len(found) == 1 and "超过 80 个" in found[0].message.zh
