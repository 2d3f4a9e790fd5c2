"""One broken file is reported once, at its own line, and causes no findings in the others."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).parent / "projects" / "after-sales"
ENGINEER = "modules/after-sales/jobs/field-engineer.yaml"
SUPERVISOR = "modules/after-sales/jobs/field-service-supervisor.yaml"

BREAKAGES = {
    # a misspelt key: the file loads but fails the schema
    "misspelt-key": lambda text: text.replace("  department:", "  departmnt:", 1),
    # a duplicate key: the file does not load at all
    "duplicate-key": lambda text: text + "summary: 又写了一遍\n",
    # a syntax error: only the top-level lines can still be read
    "syntax-error": lambda text: text.replace("  department: 售后服务部", "  department: [售后服务部"),
}


@pytest.fixture
def project(tmp_path) -> Path:
    copy = tmp_path / "after-sales"
    shutil.copytree(PROJECT, copy)
    return copy


def broken(project: Path, how: str) -> None:
    path = project / ENGINEER
    path.write_text(BREAKAGES[how](path.read_text("utf-8")), "utf-8")


def findings(jobkit, cwd: Path, *paths: str) -> list[tuple[str, str]]:
    result = jobkit("lint", "--format", "json", "--lang", "en", *paths, cwd=cwd)
    assert "Traceback" not in result.err
    return [(f["file"], f["rule"]) for f in json.loads(result.out)["findings"]]


@pytest.mark.parametrize("how", sorted(BREAKAGES))
def test_a_broken_job_is_reported_once_and_only_in_its_own_file(jobkit, project, how):
    broken(project, how)
    found = findings(jobkit, project, ".")
    assert found and set(found) == {(ENGINEER, "JK001")}, found


@pytest.mark.parametrize("how", sorted(BREAKAGES))
def test_references_to_a_broken_job_still_resolve_when_one_file_is_linted(jobkit, project, how):
    broken(project, how)
    assert findings(jobkit, project, SUPERVISOR) == []
    assert findings(jobkit, project, SUPERVISOR) == []  # again, from the project cache


def test_a_broken_job_does_not_make_the_pack_incomplete(jobkit, project):
    broken(project, "duplicate-key")
    result = jobkit("pack", "--lang", "en", ".", "-o", str(project.parent / "out"), cwd=project)
    assert result.code == 2
    assert f"{ENGINEER}:" in result.text and "duplicate key 'summary'" in result.text
    for rule in ("JK501", "JK506", "JK507"):
        assert rule not in result.text
    assert not (project.parent / "out").exists()


def test_a_reference_to_a_missing_job_is_still_reported(jobkit, project):
    (project / ENGINEER).unlink()
    assert (SUPERVISOR, "JK501") in findings(jobkit, project, ".")
