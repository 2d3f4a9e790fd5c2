"""JK103 duty-has-deadline: a deadline, or a time phrase in the statement."""
from __future__ import annotations

import pytest
from jk1_job import document, lint, position, where


def duty(statement: str, deadline: str | None = None) -> str:
    extra = f"\n            deadline: {deadline}" if deadline is not None else ""
    return document(f"""\
        duties:
          - title: 投诉回访
            statement: {statement}
            standard: 回访率100%{extra}
        """)


def test_a_duty_with_a_deadline_passes(tmp_path):
    assert lint(tmp_path, "JK103", duty("回访已结案的投诉客户", "结案后3个工作日内")) == []


@pytest.mark.parametrize("statement", [
    "结案后3个工作日内回访投诉客户", "每周回访已结案的投诉客户", "每月5日前报送回访汇总",
    "24小时内响应客户报修", "月末汇总回访数据", "当日回访重大投诉客户",
    "在制度规定的时限内回访投诉客户", "编制月度回访报告", "每周一上午召开例会"])
def test_a_time_phrase_in_the_statement_is_enough(tmp_path, statement):
    assert lint(tmp_path, "JK103", duty(statement)) == []


@pytest.mark.parametrize("statement", ["及时回访已结案的投诉客户", "定期回访重点客户",
                                       "回访已结案的投诉客户"])
def test_without_a_time_frame_the_statement_is_reported(tmp_path, statement):
    text = duty(statement)
    found = lint(tmp_path, "JK103", text)
    assert where(found) == [position(text, statement)]
    assert "deadline" in found[0].message.zh and "deadline" in found[0].message.en


def test_a_catch_all_duty_is_not_checked(tmp_path):
    assert lint(tmp_path, "JK103", duty("完成上级交办的其他任务")) == []
