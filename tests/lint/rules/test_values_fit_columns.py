"""JK209 values-fit-columns: every value of a tool item has a column that prints it."""
from __future__ import annotations

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

HEAD = """\
kind: tool
id: quality-tool
title: 服务质量工具
tool_type: {tool_type}
"""


def lint(tmp_path, tool_type: str, body: str):
    path = tmp_path / "tool.yaml"
    path.write_text(HEAD.format(tool_type=tool_type) + body, encoding="utf-8")
    findings = lint_paths([path], Config(), LintOptions(select=("JK209",))).findings
    assert all(f.code == "JK209" for f in findings), [f.format("en") for f in findings]
    return findings


MATRIX = """\
columns: [目标值, 预警值, 责任岗位]
sections:
  - title: 响应效率
    items:
      - {text: 20秒接通率, values: [≥85%, 低于80%, 呼叫中心主管]}
      - {text: 来电放弃率, values: [≤5%]}
"""


def test_a_matrix_row_may_fill_its_columns_or_leave_some_blank(tmp_path):
    assert lint(tmp_path, "matrix", MATRIX) == []


def test_a_matrix_value_beyond_the_last_column_is_reported_where_it_is(tmp_path):
    body = MATRIX.replace("呼叫中心主管]", "呼叫中心主管, 日报]")
    findings = lint(tmp_path, "matrix", body)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.path == "sections[0].items[0].values[3]"
    assert (finding.line, finding.col) == (9, body.splitlines()[4].index("日报") + 1)
    assert "日报" in finding.format("zh-CN") and "20秒接通率" in finding.format("en")


def test_named_columns_take_values_only_where_they_show_no_item_field(tmp_path):
    body = """\
columns: [检查项目, 检查标准, 记录, 检查人]
sections:
  - title: 受理
    items:
      - {text: 是否按时响应, criteria: 30分钟内, values: [记录编号, 张三]}
      - {text: 登记是否完整, criteria: 要素齐全, values: [记录编号, 张三, 多余]}
"""
    findings = lint(tmp_path, "checklist", body)
    assert [f.path for f in findings] == ["sections[0].items[1].values[2]"]


def test_the_standard_layout_prints_no_values(tmp_path):
    body = """\
sections:
  - title: 受理
    items:
      - {text: 是否按时响应, score: 10, values: [备注]}
"""
    findings = lint(tmp_path, "scorecard", body)
    assert [f.path for f in findings] == ["sections[0].items[0].values[0]"]
    assert "0" in findings[0].format("en")
