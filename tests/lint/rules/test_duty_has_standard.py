"""JK102 duty-has-standard: a standard, or a measurable phrase in the statement."""
from __future__ import annotations

from jk1_job import document, lint, position, where


def duty(statement: str, standard: str | None = None) -> str:
    extra = f"\n            standard: {standard}" if standard is not None else ""
    return document(f"""\
        duties:
          - title: 投诉回访
            statement: {statement}{extra}
            deadline: 结案后3个工作日内
        """)


def test_a_duty_with_a_standard_passes(tmp_path):
    assert lint(tmp_path, "JK102", duty("回访已结案的投诉客户", "回访率100%")) == []


def test_a_measurable_statement_needs_no_standard_field(tmp_path):
    for statement in ("回访全部已结案的投诉客户", "回访已结案客户，回访率不低于95%",
                      "回访已结案客户并完整记录评价", "按公司服务标准回访已结案客户"):
        assert lint(tmp_path, "JK102", duty(statement)) == [], statement


def test_a_duty_without_a_standard_is_reported_at_its_statement(tmp_path):
    text = duty("回访已结案的投诉客户")
    found = lint(tmp_path, "JK102", text)
    assert where(found) == [position(text, "回访已结案")]
    assert found[0].path == "duties[0].statement" and "standard" in found[0].message.zh


def test_a_catch_all_duty_is_not_checked(tmp_path):
    assert lint(tmp_path, "JK102", duty("完成领导交办的其他工作")) == []
