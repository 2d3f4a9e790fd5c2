"""JK203 kpi-reference: duties link existing KPIs, and each KPI is linked from a duty."""
from __future__ import annotations

import textwrap

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: job
id: complaint-specialist
basic: {title: 投诉处理专员, department: 客户服务部}
summary: 受理并处理客户投诉，对处理时效和客户满意度负责。
"""


def lint(tmp_path, body: str):
    path = tmp_path / "job.yaml"
    path.write_text(HEAD + textwrap.dedent(body), encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK203",))).findings
    assert all(f.code == "JK203" for f in findings), [f.format("en") for f in findings]
    return findings


def test_linked_kpis_are_clean(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉并登记分类, kpis: [投诉登记及时率]}
          - {title: 投诉处理, statement: 核实投诉事实并答复客户, kpis: [投诉按时办结率, 投诉登记及时率]}
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 投诉按时办结率, weight: 60}
        """) == []


def test_a_typo_gets_a_suggestion_and_only_one_finding(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - title: 投诉受理
            statement: 受理客户投诉并登记分类
            kpis: [投诉登记准时率]
        kpis:
          - {name: 投诉登记及时率, weight: 100}
        """)
    assert [(f.line, f.col, f.path) for f in found] == [(8, 12, "duties[0].kpis[0]")]
    assert found[0].suggestion.zh == "投诉登记及时率"
    assert (found[0].end_line, found[0].end_col) == (8, 19)


def test_a_link_without_any_kpis_says_to_define_it(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉并登记分类, kpis: [客户满意度]}
        """)
    assert len(found) == 1 and "没有 kpis" in found[0].message.zh


def test_unlinked_kpi_is_reported_once_duties_link_kpis(tmp_path):
    found = lint(tmp_path, """\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉并登记分类, kpis: [投诉登记及时率]}
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 客户满意度, weight: 60}
        """)
    assert [(f.line, f.path) for f in found] == [(9, "kpis[1].name")]


def test_unlinked_kpis_are_fine_when_no_duty_links_any(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉并登记分类}
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 客户满意度, weight: 60}
        """) == []


def test_names_compare_without_spaces_and_case(tmp_path):
    assert lint(tmp_path, """\
        duties:
          - {title: 投诉受理, statement: 受理客户投诉并登记分类, kpis: [NPS 得分]}
        kpis:
          - {name: nps得分, weight: 100}
        """) == []
