"""JK204 headcount-subordinates: subordinates and relations.supervises agree; headcount is the
number of people in this post and is not compared with them."""
from __future__ import annotations

import textwrap

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths


def lint(tmp_path, basic: str, relations: str = ""):
    text = ("kind: job\nid: complaint-supervisor\nbasic:\n  title: 投诉主管\n"
            "  department: 客户服务部\n" + textwrap.indent(textwrap.dedent(basic), "  ")
            + "summary: 管理投诉处理组，对投诉处理时效和质量负责。\n"
            "duties:\n  - {title: 团队管理, statement: 安排投诉处理组排班并考核组员}\n"
            + textwrap.dedent(relations))
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK204",))).findings
    assert all(f.code == "JK204" for f in findings), [f.format("en") for f in findings]
    return findings


def test_matching_lists_are_clean(tmp_path):
    assert lint(tmp_path, """\
          subordinates: [complaint-specialist, complaint-analyst]
          headcount: 2
        """, """\
        relations:
          supervised_by: [customer-service-manager]
          supervises: [complaint-analyst, complaint-specialist]
        """) == []


def test_headcount_is_not_compared_with_the_number_of_subordinates(tmp_path):
    assert lint(tmp_path, """\
          subordinates: [投诉处理专员]
          headcount: 3
        """, """\
        relations:
          supervises: [投诉处理专员]
        """) == []


def test_subordinates_with_empty_supervises(tmp_path):
    found = lint(tmp_path, """\
          subordinates: [complaint-specialist]
        """, """\
        relations:
          supervised_by: [customer-service-manager]
        """)
    assert [(f.line, f.col, f.path) for f in found] == [(6, 17, "basic.subordinates")]


def test_subordinates_without_any_relations_section_are_not_checked(tmp_path):
    assert lint(tmp_path, """\
          subordinates: [complaint-specialist]
        """) == []


def test_supervises_without_subordinates(tmp_path):
    found = lint(tmp_path, """\
          subordinates: []
        """, """\
        relations:
          supervises: [complaint-specialist]
        """)
    assert [(f.line, f.path) for f in found] == [(11, "relations.supervises")]
    assert "relations.internal" in found[0].message.zh


def test_ids_missing_on_either_side(tmp_path):
    found = lint(tmp_path, """\
          subordinates: [complaint-specialist, complaint-analyst]
        """, """\
        relations:
          supervises: [complaint-specialist, after-sales-specialist]
        """)
    assert [f.path for f in found] == ["basic.subordinates[1]", "relations.supervises[1]"]
    assert found[0].col == 40


def test_titles_and_ids_are_not_compared(tmp_path):
    assert lint(tmp_path, """\
          subordinates: [投诉处理专员]
        """, """\
        relations:
          supervises: [complaint-specialist]
        """) == []


def test_itself_or_its_superior_as_subordinate(tmp_path):
    found = lint(tmp_path, """\
          reports_to: customer-service-manager
          subordinates: [complaint-specialist, customer-service-manager]
        """, """\
        relations:
          supervises: [complaint-specialist, complaint-supervisor]
        """)
    messages = [(f.path, f.message.en.split(";")[0]) for f in found]
    assert len(messages) == 2  # not reported again as missing from the other list
    assert ("basic.subordinates[1]", "'customer-service-manager': that post is above this one, "
            "so it cannot also be below it") in messages
    assert ("relations.supervises[1]",
            "'complaint-supervisor': a post cannot manage itself") in messages


def test_a_bare_number_of_subordinates(tmp_path):
    found = lint(tmp_path, """\
          subordinates: [6人]
          headcount: 1
        """, """\
        relations:
          supervises: [投诉处理专员]
        """)
    assert [(f.path, "headcount" in f.message.en) for f in found] == [
        ("basic.subordinates[0]", True)]
