"""JK115 duty-count: 3 to 12 duties."""
from __future__ import annotations

from jk1_job import document, duty_list, lint, position, where


def test_three_to_twelve_duties_pass(tmp_path):
    for count in (3, 12):
        text = document(duty_list(*[f"受理第{n}类投诉" for n in range(count)]))
        assert lint(tmp_path, "JK115", text) == []


def test_too_few_duties_are_reported_at_duties(tmp_path):
    text = document(duty_list("受理客户投诉", "回访投诉客户", "完成领导交办的其他工作"))
    found = lint(tmp_path, "JK115", text)
    assert where(found) == [position(text, "- title: 职责1")]
    assert "只有 2 项" in found[0].message.zh and found[0].path == "duties"


def test_too_many_duties_are_reported(tmp_path):
    found = lint(tmp_path, "JK115", document(duty_list(*[f"受理第{n}类投诉" for n in range(13)])))
    assert len(found) == 1 and "13 项" in found[0].message.zh
