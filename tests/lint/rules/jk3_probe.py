"""Shared helpers of the JK3xx rule tests: lint a base document with a change merged on."""
from __future__ import annotations

from types import SimpleNamespace

import yaml

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.examples import write_example
from jobkit.lint.rules import find_rule


def probe(rule_id: str) -> SimpleNamespace:
    """The rule, and functions returning its findings on changed base documents or on text."""
    rule = find_rule(rule_id)

    def problems(change: dict, tmp_path) -> list:
        """The rule's findings on the base document (of change's kind) with change merged on."""
        write_example(rule, yaml.safe_dump(change, allow_unicode=True), tmp_path)
        result = lint_paths([tmp_path], Config(), LintOptions())
        assert not [p for p in result.findings if p.code == "JK001"], "the example is valid"
        return [p for p in result.findings if p.code == rule.id]

    def found(change: dict, tmp_path) -> list[str]:
        """The offending words of each finding."""
        return [p.message.zh.split("”")[0].lstrip("“") for p in problems(change, tmp_path)]

    def lint_text(text: str, tmp_path) -> list:
        path = tmp_path / "doc.yaml"
        path.write_text(text, encoding="utf-8")
        return [p for p in lint_paths([path], Config(), LintOptions()).findings
                if p.code == rule.id]

    return SimpleNamespace(rule=rule, problems=problems, found=found, lint_text=lint_text)


def demographics(text: str) -> dict:
    return {"qualifications": {"demographics": text}}


def physical(*items: str) -> dict:
    return {"qualifications": {"physical": list(items)}}
