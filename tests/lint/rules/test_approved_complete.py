"""JK206 approved-complete: an approved job has summary, duties, qualifications, environment."""
from __future__ import annotations

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: job
id: complaint-specialist
status: {status}
basic: {{title: 投诉处理专员, department: 客户服务部}}
summary: {summary}
duties:
  - {{title: 投诉受理, statement: 受理客户投诉并登记分类}}
"""
QUALIFICATIONS = "qualifications:\n  abilities: [沟通表达能力]\n"
ENVIRONMENT = "environment:\n  workplace: 客户服务中心座席区\n  hazards: 无\n"


def lint(tmp_path, tail: str, status: str = "approved", summary: str = "受理并处理客户投诉。"):
    path = tmp_path / "job.yaml"
    path.write_text(HEAD.format(status=status, summary=summary) + tail, encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK206",))).findings
    assert all(f.code == "JK206" for f in findings), [f.format("en") for f in findings]
    return findings


def test_complete_approved_document_is_clean(tmp_path):
    assert lint(tmp_path, QUALIFICATIONS + ENVIRONMENT) == []


def test_drafts_may_be_incomplete(tmp_path):
    assert lint(tmp_path, "", status="draft") == []
    assert lint(tmp_path, "", status="review") == []


def test_missing_sections_are_reported_at_the_status(tmp_path):
    found = lint(tmp_path, QUALIFICATIONS)
    assert [(f.line, f.col, f.path) for f in found] == [(3, 9, "status")]
    assert "工作环境（environment）缺失" in found[0].message.zh


def test_sections_with_only_empty_entries_are_empty(tmp_path):
    found = lint(tmp_path, "qualifications:\n  abilities: []\n  training: []\n" + ENVIRONMENT)
    assert [(f.line, f.path) for f in found] == [(9, "qualifications")]
    assert "为空" in found[0].message.zh


def test_none_is_an_answer_not_a_gap(tmp_path):
    assert lint(tmp_path, QUALIFICATIONS + "environment:\n  hazards: 无\n") == []


def test_placeholder_summary(tmp_path):
    found = lint(tmp_path, QUALIFICATIONS + ENVIRONMENT, summary="'……'")
    assert [f.path for f in found] == ["summary"]
