"""Helpers for the JK1xx rule tests: a small job document, linted with one rule."""
from __future__ import annotations

import textwrap
from pathlib import Path

from jobkit.config import Config, LintSettings
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.problems import Problem

HEAD = """\
kind: job
id: complaint-specialist
basic: {title: 投诉处理专员, department: 客户服务部}
"""
SUMMARY = "summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。\n"


def document(body: str, summary: str = SUMMARY, head: str = HEAD) -> str:
    """A job: head, summary, then body (duties and anything else), dedented."""
    return head + summary + textwrap.dedent(body)


def duty_list(*statements: str) -> str:
    """A duties block with one complete, clean duty per statement."""
    lines = ["duties:"]
    for number, statement in enumerate(statements, start=1):
        lines += [f"  - title: 职责{number}", f"    statement: {statement}",
                  "    standard: 记录完整，准确率不低于98%", "    deadline: 每个工作日下班前"]
    return "\n".join(lines) + "\n"


def lint(tmp_path: Path, rule: str, text: str, **settings) -> list[Problem]:
    """The findings of one rule on the document text (other rules' findings are dropped)."""
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    config = Config(lint=LintSettings(**settings)) if settings else Config()
    result = lint_paths([path], config, LintOptions(select=(rule,)))
    invalid = [f.format("en") for f in result.findings if f.code == "JK001"]
    assert not invalid, invalid
    return [f for f in result.findings if f.code == rule]


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """(line, column) where needle starts in text, 1-based, code points."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def where(findings: list[Problem]) -> list[tuple[int, int]]:
    return [(f.line, f.col) for f in findings]
