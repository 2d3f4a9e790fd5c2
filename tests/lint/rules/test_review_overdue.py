"""JK205 review-overdue: last_reviewed + review_cycle_months lies before today ($JOBKIT_TODAY)."""
from __future__ import annotations

from datetime import date

import pytest

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.rules.jk2._shared import add_months

BODY = """\
basic: {title: 投诉处理专员, department: 客户服务部}
summary: 受理并处理客户投诉，对处理时效和客户满意度负责。
duties:
  - {title: 投诉受理, statement: 受理客户投诉并登记分类}
"""


def lint(tmp_path, head: str):
    path = tmp_path / "job.yaml"
    path.write_text("kind: job\nid: complaint-specialist\n" + head + BODY, encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK205",))).findings
    assert all(f.code == "JK205" for f in findings), [f.format("en") for f in findings]
    return findings


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("JOBKIT_TODAY", "2026-11-23")


def test_overdue_review_is_reported_at_last_reviewed(tmp_path):
    found = lint(tmp_path, "last_reviewed: 2025-10-31\nreview_cycle_months: 12\n")
    assert [(f.line, f.col, f.path, f.level) for f in found] == [(3, 16, "last_reviewed", "info")]
    assert "2026-10-31" in found[0].message.zh and "23 天" in found[0].message.zh


def test_due_today_is_not_yet_overdue(tmp_path):
    assert lint(tmp_path, "last_reviewed: 2025-11-23\nreview_cycle_months: 12\n") == []
    assert lint(tmp_path, "last_reviewed: '2025-11-22'\nreview_cycle_months: 12\n") != []


def test_without_a_cycle_or_when_archived_nothing_is_checked(tmp_path):
    assert lint(tmp_path, "last_reviewed: 2020-01-01\n") == []
    archived = "status: archived\nlast_reviewed: 2020-01-01\nreview_cycle_months: 6\n"
    assert lint(tmp_path, archived) == []


def test_today_comes_from_the_environment(tmp_path, monkeypatch):
    head = "last_reviewed: 2026-01-15\nreview_cycle_months: 6\n"
    monkeypatch.setenv("JOBKIT_TODAY", "2026-07-15")
    assert lint(tmp_path, head) == []
    monkeypatch.setenv("JOBKIT_TODAY", "2026-07-16")
    assert len(lint(tmp_path, head)) == 1


def test_months_end_on_the_last_day_of_shorter_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 23), 14) == date(2028, 1, 23)
