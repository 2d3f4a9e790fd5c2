"""JK113 duplicate-duty: two duties of one job that say the same thing."""
from __future__ import annotations

from jk1_job import document, duty_list, lint, position, where


def test_near_identical_statements_are_reported_at_the_later(tmp_path):
    text = document(duty_list("受理客户经电话和在线渠道提交的投诉并登记分类", "回访投诉客户",
                              "负责受理客户经电话和在线渠道提交的投诉，登记并分类"))
    found = lint(tmp_path, "JK113", text)
    assert where(found) == [position(text, "负责受理客户")]
    assert "第1项" in found[0].message.zh


def test_the_same_title_is_reported(tmp_path):
    text = document("""\
        duties:
          - {title: 投诉受理, statement: 受理客户经电话提交的投诉}
          - {title: 投诉 受理, statement: 受理门店转交的书面投诉并补录工单}
        """)
    found = lint(tmp_path, "JK113", text)
    assert found[0].path == "duties[1].title"


def test_different_duties_pass(tmp_path):
    text = document(duty_list("受理客户经电话提交的投诉并登记分类",
                              "受理客户经电话提交的咨询并解答",
                              "回访已结案的投诉客户并记录满意度评分"))
    assert lint(tmp_path, "JK113", text) == []
