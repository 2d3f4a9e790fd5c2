"""JK112 catch-all-last: a catch-all duty comes last."""
from __future__ import annotations

from jk1_job import document, duty_list, lint, position, where


def test_a_catch_all_in_the_middle_is_reported_at_the_phrase(tmp_path):
    text = document(duty_list("受理客户投诉", "完成领导交办的其他工作", "回访投诉客户"))
    found = lint(tmp_path, "JK112", text)
    assert where(found) == [position(text, "领导交办")]
    assert found[0].path == "duties[1].statement" and "最后" in found[0].message.zh


def test_catch_alls_at_the_end_pass(tmp_path):
    text = document(duty_list("受理客户投诉", "回访投诉客户", "完成上级交办的其他任务",
                              "承担主管临时交办的工作"))
    assert lint(tmp_path, "JK112", text) == []


def test_a_catch_all_title_counts(tmp_path):
    text = document("""\
        duties:
          - {title: 交办事项, statement: 完成部门安排的工作}
          - {title: 投诉受理, statement: 受理客户投诉}
        """)
    found = lint(tmp_path, "JK112", text)
    assert found[0].path == "duties[0].title"


def test_a_duty_mentioning_other_departments_is_no_catch_all(tmp_path):
    text = document(duty_list("协调其他部门处理投诉", "受理客户投诉"))
    assert lint(tmp_path, "JK112", text) == []
