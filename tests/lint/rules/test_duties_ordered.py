"""JK107 duties-ordered: essential duties first, larger time shares first."""
from __future__ import annotations

from jk1_job import document, lint, position, where


def value_at(text: str, key_and_value: str) -> tuple[int, int]:
    """Where the value of 'key: value' starts."""
    line, col = position(text, key_and_value)
    return line, col + key_and_value.index(": ") + 2


def duties(*rows: tuple) -> str:
    lines = ["duties:"]
    for number, (pct, essential) in enumerate(rows, start=1):
        lines.append(f"  - {{title: 职责{number}, statement: 受理客户投诉{number}, time_pct: {pct}"
                     + ("" if essential else ", essential: false") + "}")
    return document("\n".join(lines) + "\n")


def test_descending_shares_pass_within_tolerance(tmp_path):
    assert lint(tmp_path, "JK107", duties((40, True), (30, True), (33, True), (5, False))) == []


def test_a_non_essential_duty_before_an_essential_one_is_reported(tmp_path):
    text = duties((10, False), (50, True), (40, True))
    found = lint(tmp_path, "JK107", text)
    assert where(found) == [value_at(text, "essential: false")]
    assert "非必要职责“职责1”" in found[0].message.zh and found[0].level == "info"


def test_the_one_duty_out_of_place_is_reported(tmp_path):
    text = duties((10, True), (40, True), (30, True), (20, True))
    found = lint(tmp_path, "JK107", text)
    assert where(found) == [value_at(text, "time_pct: 10")]
    assert "职责1" in found[0].message.zh and "更高" in found[0].message.zh


def test_a_share_too_large_for_its_place_is_reported(tmp_path):
    text = duties((40, True), (20, True), (35, True), (5, True))
    found = lint(tmp_path, "JK107", text)
    assert where(found) == [value_at(text, "time_pct: 35")]
    assert "排在占比更低的“职责2”（20%）之后" in found[0].message.zh


def test_the_tolerance_is_configurable(tmp_path):
    text = duties((30, True), (20, True), (28, True))
    assert len(lint(tmp_path, "JK107", text)) == 1
    assert lint(tmp_path, "JK107", text, time_share_tolerance=10) == []


def test_catch_all_and_missing_shares_are_left_out(tmp_path):
    text = document("""\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉, time_pct: 50}
          - {title: 其他, statement: 完成领导交办的其他工作, time_pct: 1, essential: false}
          - {title: 投诉处理, statement: 处理客户投诉}
          - {title: 回访, statement: 回访投诉客户, time_pct: 40}
        """)
    assert lint(tmp_path, "JK107", text) == []
