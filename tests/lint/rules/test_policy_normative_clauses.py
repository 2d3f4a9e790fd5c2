"""JK207 policy-normative-clauses: purpose, basis, scope, interpretation and effective date say
something real."""
from __future__ import annotations

import pytest

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

CLAUSES = {
    "purpose": "规范客户投诉的受理、调查、处理和回访，缩短处理时间，提高客户满意度。",
    "basis": "[《中华人民共和国消费者权益保护法》]",
    "scope": "本制度适用于公司各业务线的客户投诉处理工作。",
    "interpretation": "客户服务部",
    "effective": "自发布之日起施行",
}


def lint(tmp_path, extra: str = "", **changes):
    clauses = {**CLAUSES, **changes}
    lines = ["kind: policy", "id: complaint-policy", "title: 客户投诉管理制度", "issuer: 客户服务部"]
    lines += [f"{key}: {value}" for key, value in clauses.items() if value is not None]
    path = tmp_path / "policy.yaml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK207",))).findings
    assert all(f.code == "JK207" for f in findings), [f.format("en") for f in findings]
    return findings


def test_complete_clauses_are_clean(tmp_path):
    assert lint(tmp_path) == []
    assert lint(tmp_path, effective="2026-03-01", extra="effective_date: 2026-03-01\n") == []


@pytest.mark.parametrize("key,value,line", [
    ("purpose", "待定", 5), ("scope", "'……'", 7), ("interpretation", "TBD", 8),
    ("effective", "另行通知", 9), ("scope", "XXX", 7), ("purpose", "'...'", 5)])
def test_placeholders_are_reported_at_the_clause(tmp_path, key, value, line):
    found = lint(tmp_path, **{key: value})
    assert [(f.line, f.path) for f in found] == [(line, key)]
    assert "占位" in found[0].message.zh


def test_a_purpose_too_thin_to_state_a_goal(tmp_path):
    found = lint(tmp_path, purpose="加强管理。")
    assert [(f.line, f.col, f.path) for f in found] == [(5, 10, "purpose")]
    assert lint(tmp_path, purpose="规范投诉处理，提高客户满意度。") == []


def test_missing_basis_unless_the_purpose_cites_one(tmp_path):
    found = lint(tmp_path, basis=None)
    assert [(f.path, "basis" in f.message.en) for f in found] == [("purpose", True)]
    cited = "为规范客户投诉处理，根据《中华人民共和国消费者权益保护法》，制定本制度。"
    assert lint(tmp_path, basis=None, purpose=cited) == []
    assert lint(tmp_path, basis=None, purpose="依据国家有关法律法规，规范客户投诉的受理和处理。") == []


def test_placeholder_basis_entry(tmp_path):
    found = lint(tmp_path, basis="[《中华人民共和国消费者权益保护法》, 待补充]")
    assert [f.path for f in found] == ["basis[1]"]


def test_effective_contradicting_effective_date(tmp_path):
    found = lint(tmp_path, effective="2026-03-01", extra="effective_date: 2026-04-01\n")
    assert [(f.line, f.path) for f in found] == [(9, "effective")]


def test_normal_text_ending_without_dots_is_not_a_placeholder(tmp_path):
    assert lint(tmp_path, interpretation="本制度由客户服务部负责解释", scope="全体客服人员") == []
