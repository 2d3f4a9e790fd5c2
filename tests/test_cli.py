"""The command line as a whole: help in both languages, exit codes, a light start-up."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import jobkit as jobkit_package
from conftest import REPO

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
