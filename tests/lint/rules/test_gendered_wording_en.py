"""JK308 gendered-wording-en: gendered job words and pronouns, in lang: en documents only."""
from __future__ import annotations

import pytest
import yaml

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.lint.examples import BASES, write_example
from jobkit.lint.rules import find_rule
from jobkit.lint.rules.jk3._tables import table

RULE = find_rule("JK308")


def problems(change: dict, tmp_path) -> list:
    """The rule's findings on the base document (of change's kind) with change merged on."""
    write_example(RULE, yaml.safe_dump(change, allow_unicode=True), tmp_path)
    result = lint_paths([tmp_path], Config(), LintOptions())
    assert not [p for p in result.findings if p.code == "JK001"], "the example is valid"
    return [p for p in result.findings if p.code == RULE.id]


def found(change: dict, tmp_path) -> list[str]:
    """The offending words of each finding."""
    return [p.message.zh.split("”")[0].lstrip("“") for p in problems(change, tmp_path)]


def demographics(text: str) -> dict:
    return {"qualifications": {"demographics": text}}


def physical(*items: str) -> dict:
    return {"qualifications": {"physical": list(items)}}


def lint_text(text: str, tmp_path) -> list:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    return [p for p in lint_paths([path], Config(), LintOptions()).findings if p.code == RULE.id]


def english(summary: str) -> dict:
    return {"lang": "en", "summary": summary}


@pytest.mark.parametrize("text,words", [
    ("The salesman answers product questions.", ["salesman"]),
    ("Our salesmen visit key accounts.", ["salesmen"]),
    ("The chairman of the service committee approves refunds.", ["chairman"]),
    ("The foreman assigns repair jobs.", ["foreman"]),
    ("Plan the manpower for the sales season.", ["manpower"]),
    ("Budget 120 man-hours for the migration.", ["man-hours"]),
    ("Agents man the hotline in two shifts.", ["man"]),
    ("The repairman visits the customer.", ["repairman"]),
    ("The hostess greets visitors.", ["hostess"]),
    ("He or she escalates the complaint.", ["He or she"]),
    ("The agent updates his/her case notes.", ["his/her"]),
    ("The agent closes the case when he has called back.", ["he"]),
    ("The supervisor coaches her team.", ["her"]),
])
def test_gendered_words_are_found(text, words, tmp_path):
    assert found(english(text), tmp_path) == words


@pytest.mark.parametrize("text", [
    "The salesperson answers product questions and records each order.",
    "The agent logs each call and tells the customer their case number.",
    "The chair of the service committee approves refunds.",
    "Shepherd the customer through the return process; the theme is manageable.",
    "Staff the hotline in two shifts and plan the workforce for the season.",
])
def test_neutral_wording_is_clean(text, tmp_path):
    assert found(english(text), tmp_path) == []


def test_chinese_documents_are_left_to_other_rules(tmp_path):
    change = {"summary": "受理客户投诉（如 salesman 转交的投诉），对处理时效负责。"}
    assert found(change, tmp_path) == []


def test_position_level_and_suggestion(tmp_path):
    summary = "summary: The agent answers calls and passes orders to the salesman."
    text = BASES["job"].replace("kind: job\n", "kind: job\nlang: en\n").replace(
        "summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。", summary)
    [problem] = lint_text(text, tmp_path)
    line = text.splitlines().index(summary)
    assert (problem.line, problem.col, problem.end_col) == (line + 1, 59, 67)
    assert problem.level == "warning"
    assert problem.suggestion is not None and problem.suggestion.en == "salesperson"
    assert "art. 27" in problem.message.en


def test_without_keys_every_pattern_screens_for_itself():
    law = table("gendered-wording-en")
    assert all(entry.source in law.quick_source for entry in law.entries)
