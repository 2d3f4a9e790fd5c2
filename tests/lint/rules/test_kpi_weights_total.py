"""JK202 kpi-weights-total: KPI weights add up to 100, and all or none are given."""
from __future__ import annotations

import textwrap

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: job
id: complaint-specialist
basic: {title: 投诉处理专员, department: 客户服务部}
summary: 受理并处理客户投诉，对处理时效和客户满意度负责。
duties:
  - {title: 投诉受理, statement: 受理客户投诉并登记分类}
"""


def lint(tmp_path, kpis: str):
    path = tmp_path / "job.yaml"
    path.write_text(HEAD + textwrap.dedent(kpis), encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK202",))).findings
    assert all(f.code == "JK202" for f in findings), [f.format("en") for f in findings]
    return findings


def test_weights_adding_up_to_100_are_clean(tmp_path):
    assert lint(tmp_path, """\
        kpis:
          - {name: 投诉登记及时率, weight: 33.3}
          - {name: 投诉按时办结率, weight: 33.3}
          - {name: 投诉客户满意度, weight: 33.4}
        """) == []


def test_kpis_without_any_weight_are_not_checked(tmp_path):
    assert lint(tmp_path, """\
        kpis:
          - {name: 投诉登记及时率, target: ">=98%"}
          - {name: 投诉按时办结率, target: ">=95%"}
        """) == []


def test_a_wrong_total_is_reported_with_the_difference(tmp_path):
    found = lint(tmp_path, """\
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 投诉按时办结率, weight: 50}
        """)
    assert [(f.line, f.col, f.path) for f in found] == [(8, 3, "kpis")]
    assert "合计为 90" in found[0].message.zh and "还差 10" in found[0].message.zh
    over = lint(tmp_path, """\
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 投诉按时办结率, weight: 70.5}
        """)
    assert "110.5" in over[0].message.zh and "10.5 over" in over[0].message.en


def test_missing_weights_are_named_and_the_total_waits(tmp_path):
    found = lint(tmp_path, """\
        kpis:
          - {name: 投诉登记及时率, weight: 40}
          - {name: 投诉按时办结率}
          - name: 投诉客户满意度
            target: ">=90分"
        """)
    assert [(f.line, f.col) for f in found] == [(9, 12), (10, 11)]
    assert "投诉按时办结率" in found[0].message.zh and "投诉客户满意度" in found[1].message.zh
