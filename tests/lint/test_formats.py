"""Report formats: text, JSON, GitHub annotations, SARIF 2.1.0 and rdjson."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import require_shared
from jobkit.lint.engine import LintResult
from jobkit.lint.formats import FORMATTERS, pick
from jobkit.lint.rules import find_rule
from jobkit.problems import Message, Problem

TEXT = "kind: job\nsummary: 客户“投诉”,处理\n"


def sample_result() -> LintResult:
    findings = [
        Problem("jobs/a.yaml", Message("中文消息：有逗号, 和百分号 100%", "message, with: 100%\nline"),
                2, 15, "summary", "JK001", "error", "invalid-document", 2, 16,
                Message("改为全角逗号", "use a full-width comma"), ((24, 25, "，"),)),
        Problem("jobs/a.yaml", Message("多余的屏蔽", "unused"), 1, 1, "", "JK002", "warning",
                "unused-suppression"),
    ]
    return LintResult(findings, 1, 0, {"JK002": find_rule("JK002")}, {"jobs/a.yaml": TEXT},
                      {"jobs/a.yaml": Path("jobs/a.yaml")})


def test_text_lists_position_rule_level_and_suggestion():
    out = FORMATTERS["text"].render(sample_result(), "en")
    assert "jobs/a.yaml:2:15: summary: JK001 [error] message, with: 100%" in out
    assert "suggestion: use a full-width comma" in out
    assert "JK001 [错误]" in FORMATTERS["text"].render(sample_result(), "zh-CN")


def test_json_has_both_languages():
    report = json.loads(FORMATTERS["json"].render(sample_result(), "zh-CN"))
    first = report["findings"][0]
    assert (first["line"], first["column"], first["rule"], first["level"]) == (2, 15, "JK001",
                                                                              "error")
    assert first["message_en"].startswith("message") and first["fixable"] is True
    assert report["summary"] == {"error": 1, "warning": 1, "info": 0}


def test_github_commands_are_well_formed_and_escaped():
    lines = FORMATTERS["github"].render(sample_result(), "en").splitlines()
    assert lines[0].startswith("::error file=jobs/a.yaml,line=2,col=15,endColumn=16,"
                               "title=JK001 invalid-document::")
    message = lines[0].split("::", 2)[2]
    assert "%0A" in message and "100%25" in message and "\n" not in message
    assert lines[1].startswith("::warning ")
    from jobkit.lint.formats.github import escape_property
    assert escape_property("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A"


def test_auto_is_github_inside_actions(monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert pick("auto").NAME == "github"
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert pick("auto").NAME == "text"


def test_sarif_validates_against_the_official_schema():
    from jsonschema import validators

    schema = json.loads((require_shared() / "ref" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    log = json.loads(FORMATTERS["sarif"].render(sample_result(), "en"))
    validators.validator_for(schema)(schema).validate(log)
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert ids == ["JK001", "JK002"]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["name"]
    result = run["results"][0]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "jobs/a.yaml", "uriBaseId": "SRCROOT"}
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"].endswith("/")


def test_rdjson_counts_columns_in_utf8_bytes_and_carries_suggestions():
    report = json.loads(FORMATTERS["rdjson"].render(sample_result(), "en"))
    first = report["diagnostics"][0]
    # "summary: 客户“投诉" — 14 code points before column 15, of which 5 are 3-byte characters
    assert first["location"]["range"]["start"] == {"line": 2, "column": 14 + 2 * 5 + 1}
    assert first["severity"] == "ERROR" and first["code"]["value"] == "JK001"
    suggestion = first["suggestions"][0]
    assert suggestion["text"] == "，"
    assert suggestion["range"]["start"]["line"] == 2


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "rdjson"])
def test_cli_writes_each_format(jobkit, write, tmp_path, fmt):
    path = write("job.yaml", "kind: job\nid: x\n")
    result = jobkit("lint", "--format", fmt, str(path))
    assert result.code == 2, result.text  # invalid document: exit 2, findings still reported
    assert "JK001" in result.out
    if fmt in ("json", "sarif", "rdjson"):
        json.loads(result.out)
