"""Shared helpers of the JK4xx rule tests: lint a small job, apply the fixes found."""
from __future__ import annotations

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.load import load_text

HEAD = "kind: job\nid: complaint-specialist\nbasic: {title: 投诉处理专员, department: 客户服务部}\n"
DUTIES = "duties:\n  - {title: 投诉受理, statement: 受理客户投诉并登记分类}\n"


def lint_job(tmp_path, body: str, rule: str, config: Config | None = None):
    """(source text, findings of the rule) for a job whose other fields are body."""
    text = HEAD + body + ("" if "duties:" in body else DUTIES)
    path = tmp_path / "job.yaml"
    path.write_text(text, encoding="utf-8")
    findings = lint_paths([path], config or Config(), LintOptions(select=(rule,))).findings
    return text, [f for f in findings if f.code == rule]


def apply(text: str, findings) -> str:
    """The source with every fix applied (fixes must not overlap)."""
    edits = sorted({edit for f in findings for edit in f.fix}, reverse=True)
    for (start, end, replacement), following in zip(edits, [None, *edits]):
        assert following is None or end <= following[0], "fixes overlap"
        text = text[:start] + replacement + text[end:]
    return text


def fixed_value(tmp_path, body: str, rule: str, key: str = "summary",
                config: Config | None = None):
    """The value at key after the rule's fixes."""
    text, findings = lint_job(tmp_path, body, rule, config)
    return load_text(apply(text, findings), "x").data[key]
