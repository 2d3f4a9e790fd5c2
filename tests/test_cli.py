"""The command line as a whole: help in both languages, exit codes, a light start-up."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import jobkit as jobkit_package
from conftest import MINIMAL_JOB, REPO

COMMANDS = ["validate", "schema", "init", "new"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_in_chinese_and_english(jobkit, command):
    args = ([command] if command else []) + ["--help"]
    result = jobkit(*args)
    assert result.code == 0
    assert any("\u4e00" <= char <= "\u9fff" for char in result.out), result.out
    english = {None: "YAML", "validate": "Check files", "schema": "Print the JSON Schema",
               "init": "Scaffold a project", "new": "skeleton"}[command]
    assert english in result.out


def test_version(jobkit):
    result = jobkit("--version")
    assert result.code == 0 and "0.1.0" in result.out


def test_unknown_command_and_option_exit_2_without_traceback(jobkit):
    for args in (["frobnicate"], ["validate", "--colour", "x"], ["validate"]):
        result = jobkit(*args)
        assert result.code == 2, args
        assert "Traceback" not in result.text


def test_validate_does_not_import_the_rendering_stack(tmp_path):
    job = tmp_path / "job.yaml"
    job.write_text("kind: job\nid: x\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from jobkit.cli import main\n"
        "try:\n"
        f"    main(['validate', {str(job)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('weasyprint', 'docx', 'jinja2') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_tests_run_against_the_installed_package_not_the_source_tree():
    installed = Path(jobkit_package.__file__).resolve()
    assert REPO / "jobkit" not in installed.parents, installed


def test_lint_never_writes_its_report_over_an_input(jobkit, write, tmp_path):
    job = write("jobs/job.yaml", MINIMAL_JOB)
    for target in (job, tmp_path / "jobs" / ".." / "jobs" / "job.yaml"):
        result = jobkit("lint", "--lang", "en", "-o", str(target), str(tmp_path / "jobs"))
        assert result.code == 2 and "is one of the files to check" in result.err, result.text
        assert job.read_text("utf-8") == MINIMAL_JOB


@pytest.mark.parametrize("target,words", [
    ("/nonexistent-folder/report.sarif", "does not exist"),
    ("/proc/jobkit-report.sarif", "cannot write the report"),
])
def test_lint_report_that_cannot_be_written_is_a_clear_error(jobkit, write, target, words):
    if not Path("/proc/version").exists() and target.startswith("/proc"):
        pytest.skip("needs /proc")
    job = write("job.yaml", MINIMAL_JOB)
    result = jobkit("lint", "--lang", "en", "-f", "sarif", "-o", target, str(job))
    assert result.code == 2, result.text
    assert words in result.err and "Traceback" not in result.text
    assert not Path("/nonexistent-folder").exists()
