"""Every rule's documentation holds a failing and a passing example, and both are true."""
from __future__ import annotations

import re

import pytest

from jobkit.lint.examples import run_example
from jobkit.lint.rules import all_rules

RULES = all_rules()


def test_rule_ids_and_names_are_unique_and_well_formed():
    ids = [r.id for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(ids)) == len(ids) and len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"JK\d{3}", rule.id), rule.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name), rule.name
        assert rule.level in ("error", "warning", "info"), rule.id
        assert rule.scope in ("document", "project"), rule.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_documentation_is_bilingual_with_both_examples(rule):
    assert re.search("[\u4e00-\u9fff]", rule.doc), "Chinese documentation"
    assert "Why" in rule.doc and "What it does" in rule.doc
    verdicts = [verdict for verdict, _ in rule.examples()]
    assert "fail" in verdicts and "pass" in verdicts


EXAMPLES = [(rule, verdict, text) for rule in RULES for verdict, text in rule.examples()]


@pytest.mark.parametrize("rule,verdict,text", EXAMPLES,
                         ids=[f"{r.id}-{v}{i}" for i, (r, v, _) in enumerate(EXAMPLES)])
def test_documented_example_behaves_as_documented(rule, verdict, text, tmp_path):
    found = run_example(rule, text, tmp_path)
    if verdict == "fail":
        assert found, f"{rule.id} failing example raised nothing"
    else:
        assert not found, [f.format("en") for f in found]


def test_docs_rules_md_is_generated_from_the_rules():
    from conftest import REPO
    from jobkit.lint.command import rules_markdown

    page = (REPO / "docs" / "rules.md").read_text("utf-8")
    assert page == rules_markdown(), "regenerate: jobkit rules --markdown > docs/rules.md"
