"""The engine: invalid input, selection, configuration, suppressions and exit codes."""
from __future__ import annotations

import json

from conftest import MINIMAL_JOB


def lint_json(jobkit, *args, cwd=None):
    result = jobkit("lint", "--format", "json", "--lang", "en", *args, cwd=cwd)
    return result, json.loads(result.out) if result.out.strip() else None


def test_invalid_documents_are_findings_and_exit_2(jobkit, write, tmp_path):
    write("good.yaml", MINIMAL_JOB)
    write("bad.yaml", MINIMAL_JOB.replace("statement:", "statment:", 1))
    result, report = lint_json(jobkit, str(tmp_path))
    assert result.code == 2
    invalid = [f for f in report["findings"] if f["rule"] == "JK001"]
    assert invalid and all(f["file"].endswith("bad.yaml") for f in invalid)
    assert {f["line"] for f in invalid} == {9, 8}
    assert "Traceback" not in result.err


def test_unknown_rule_names_are_usage_errors(jobkit, write):
    path = write("job.yaml", MINIMAL_JOB)
    for option in ("--select", "--ignore"):
        result = jobkit("lint", option, "JK999,no-such-rule", str(path))
        assert result.code == 2 and "unknown rule" in result.err


def test_unknown_rule_in_configuration_is_reported(jobkit, write, tmp_path):
    write("jobkit.yaml", "lint:\n  rules:\n    no-such-rule: warning\n")
    path = write("job.yaml", MINIMAL_JOB)
    result = jobkit("lint", str(path), cwd=tmp_path)
    assert result.code == 2 and "no-such-rule" in result.err


def test_unused_and_unknown_suppressions_are_reported(jobkit, write):
    path = write("job.yaml", MINIMAL_JOB.replace(
        "summary: 受理并处理客户投诉，对处理结果和客户满意度负责。",
        "summary: 受理并处理客户投诉，对处理结果和客户满意度负责。  # jobkit: disable=JK001,nonsense"))
    result, report = lint_json(jobkit, "--select", "JK002", str(path))
    found = {(f["line"], f["rule"], "not a rule" in f["message"]) for f in report["findings"]}
    assert found == {(6, "JK002", False), (6, "JK002", True)}
    assert result.code == 0  # warnings do not reach the default --fail-on error


def test_fail_on_levels(jobkit, write):
    path = write("job.yaml", MINIMAL_JOB + "# jobkit: disable-file=JK001\n")
    assert jobkit("lint", "--select", "JK002", str(path)).code == 0
    assert jobkit("lint", "--select", "JK002", "--fail-on", "warning", str(path)).code == 1
    assert jobkit("lint", "--select", "JK002", "--fail-on", "never", str(path)).code == 0


def test_levels_and_per_file_ignores_from_configuration(jobkit, write, tmp_path):
    write("jobkit.yaml", "lint:\n  rules:\n    unused-suppression: error\n"
                         "  per_file_ignores:\n    'legacy/*.yaml': [JK002]\n")
    noisy = MINIMAL_JOB + "# jobkit: disable-file=JK001\n"
    write("docs/job.yaml", noisy)
    write("legacy/old.yaml", noisy)
    result, report = lint_json(jobkit, "--select", "JK002", str(tmp_path), cwd=tmp_path)
    files = {(f["file"], f["level"]) for f in report["findings"]}
    assert files == {("docs/job.yaml", "error")}
    assert result.code == 1


def test_statistics_and_summary_go_to_stderr(jobkit, write):
    path = write("job.yaml", "kind: job\nid: x\n")
    result = jobkit("lint", "--statistics", "--lang", "en", str(path))
    assert "JK001  invalid-document" in result.err
    assert "1 file(s) checked" in result.err


def test_rules_lists_and_explains(jobkit):
    listing = jobkit("rules")
    assert listing.code == 0 and "JK001  invalid-document" in listing.out
    explained = jobkit("rules", "unused-suppression")
    assert explained.code == 0 and "```yaml fail" in explained.out and "Why" in explained.out
    assert jobkit("rules", "JK999").code == 2


def test_linting_one_file_resolves_and_reports_against_the_whole_project(jobkit, write, tmp_path):
    write("jobkit.yaml", "lang: en\n")
    write("a.yaml", MINIMAL_JOB)
    write("b.yaml", MINIMAL_JOB)  # the same id as a.yaml
    for name in ("a.yaml", "b.yaml"):
        result, report = lint_json(jobkit, "--select", "JK509", name, cwd=tmp_path)
        assert [(f["file"], f["rule"]) for f in report["findings"]] == [(name, "JK509")], name


def test_parallel_document_rules_give_the_same_findings(monkeypatch, tmp_path):
    from pathlib import Path

    from jobkit.config import Config
    from jobkit.lint import parallel
    from jobkit.lint.engine import lint_paths

    corpus = Path(__file__).parent / "corpus"
    for index, source in enumerate(sorted(corpus.rglob("*.yaml"))[:8]):
        (tmp_path / f"{index}-{source.name}").write_text(source.read_text("utf-8"), "utf-8")
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", 10**9)
    serial = lint_paths([tmp_path], Config()).findings
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", 1)
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert parallel.worker_count(8) == 2
    assert lint_paths([tmp_path], Config()).findings == serial
    assert serial  # the corpus has defects: the comparison means something
