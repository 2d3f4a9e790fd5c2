"""JK509 duplicate-id: one id, two documents."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK509"
ENGINEER = job("field-engineer")


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_the_clean_project_has_unique_ids(project):
    assert project.lint(RULE) == []


def test_a_copied_file_is_reported_at_its_id_naming_the_first(project):
    copy = job("senior-field-engineer")
    project.write(copy, project.text(ENGINEER))
    [found] = project.lint(RULE)
    assert found.file.endswith(copy) and found.path == "id" and found.level == "error"
    assert (found.line, found.col) == project.position(copy, "field-engineer")
    assert "field-engineer.yaml" in found.message.en


def test_ids_are_unique_across_kinds(project):
    project.edit("modules/after-sales/forms/repair-request-form.yaml",
                 "id: repair-request-form", "id: repair-process")
    [found] = project.lint(RULE)
    # forms/ sorts before processes/: the process is the second file
    assert found.file.endswith("processes/repair-process.yaml")


def test_every_further_copy_is_reported(project):
    for name in ("field-engineer-a", "field-engineer-b"):
        project.write(job(name), project.text(ENGINEER))
    assert len(project.lint(RULE)) == 2
