"""JK508 module-folder: module and kind match modules/<module>/<dimension>/ and the pack."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

RULE = "JK508"
ENGINEER = job("field-engineer")


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def move(project: Project, old: str, new: str) -> str:
    project.write(new, project.text(old))
    project.remove(old)
    return new


def test_the_clean_project_is_filed_correctly(project):
    assert project.lint(RULE) == []


def test_a_job_in_the_policies_folder(project):
    name = move(project, ENGINEER, "modules/after-sales/policies/field-engineer.yaml")
    [found] = project.lint(RULE)
    assert found.path == "kind" and found.level == "error"
    assert (found.line, found.col) == project.position(name, "job")
    assert "move it to jobs/" in found.message.en


def test_a_folder_that_is_no_dimension(project):
    move(project, ENGINEER, "modules/after-sales/job/field-engineer.yaml")
    [found] = project.lint(RULE)
    assert found.path == "kind" and "not one of the six dimension folders" in found.message.en


def test_module_differs_from_the_folder(project):
    project.edit("pack.yaml", "modules: [after-sales]", "modules: [after-sales, complaint]")
    project.edit(ENGINEER, "module: after-sales", "module: complaint")
    [found] = project.lint(RULE)
    assert found.path == "module"
    assert (found.line, found.col) == project.position(ENGINEER, "complaint")
    assert found.suggestion.en == "module: after-sales"


def test_module_not_among_the_modules_of_the_pack(project):
    name = move(project, ENGINEER, "modules/complaint/jobs/field-engineer.yaml")
    project.edit(name, "module: after-sales", "module: complaint")
    [found] = project.lint(RULE)
    assert found.path == "module" and "pack.yaml" in found.message.en
    assert "not among the modules of the pack" in found.message.en


def test_a_folder_module_not_in_the_pack_without_module_field(project):
    name = move(project, ENGINEER, "modules/complaint/jobs/field-engineer.yaml")
    project.edit(name, "module: after-sales\n", "")
    [found] = project.lint(RULE)
    assert found.path == "id" and "complaint" in found.message.en


def test_documents_outside_modules_folders_only_need_a_pack_module(project):
    move(project, ENGINEER, "drafts/field-engineer.yaml")
    assert project.lint(RULE) == []


def test_linting_a_sub_folder_uses_the_project_root(project):
    move(project, ENGINEER, "modules/after-sales/tools/field-engineer.yaml")
    [found] = project.lint(RULE, project.path("modules/after-sales/tools"))
    assert found.path == "kind"


def test_a_modules_folder_is_recognised_without_a_project_file(project):
    project.remove("jobkit.yaml")
    project.remove("pack.yaml")
    move(project, ENGINEER, "modules/after-sales/forms/field-engineer.yaml")
    folder = project.path("modules/after-sales/forms")
    result = lint_paths([folder], Config(), LintOptions(select=(RULE,)))
    assert [f.path for f in result.findings] == ["kind"]
