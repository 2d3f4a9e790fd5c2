"""JK108 time-share-total: time shares add up to 100 within tolerance."""
from __future__ import annotations

from jk1_job import document, lint, position, where


def duties(*shares) -> str:
    lines = ["duties:"]
    for number, pct in enumerate(shares, start=1):
        share = "" if pct is None else f", time_pct: {pct}"
        lines.append(f"  - {{title: 职责{number}, statement: 受理客户投诉{number}{share}}}")
    return document("\n".join(lines) + "\n")


def test_a_total_of_100_passes_and_no_shares_is_not_checked(tmp_path):
    assert lint(tmp_path, "JK108", duties(50, 30, 20)) == []
    assert lint(tmp_path, "JK108", duties(50, 30, 17)) == []  # within 5 points
    assert lint(tmp_path, "JK108", duties(None, None, None)) == []


def test_a_wrong_total_is_reported_at_the_first_share(tmp_path):
    text = duties(50, 30, 10)
    found = lint(tmp_path, "JK108", text)
    assert where(found) == [position(text, "50}")]
    assert "合计为 90%" in found[0].message.zh and found[0].path == "duties[0].time_pct"


def test_the_tolerance_is_configurable(tmp_path):
    assert lint(tmp_path, "JK108", duties(50, 30, 10), time_share_tolerance=10) == []
    assert len(lint(tmp_path, "JK108", duties(50, 30, 17), time_share_tolerance=0)) == 1


def test_missing_shares_are_named_at_the_first_of_them(tmp_path):
    text = duties(50, None, 30, None)
    found = lint(tmp_path, "JK108", text)
    assert where(found) == [position(text, "{title: 职责2")]
    assert "第2项“职责2”、第4项“职责4”" in found[0].message.zh
    assert "2 (职责2), 4 (职责4)" in found[0].message.en


def test_missing_shares_with_a_total_already_over_100_report_both(tmp_path):
    found = lint(tmp_path, "JK108", duties(70, None, 60))
    assert len(found) == 2 and any("130%" in f.message.zh for f in found)
