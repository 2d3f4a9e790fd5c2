"""JK501 unknown-reference: ids that name no document, or a document of the wrong kind."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

from jobkit.config import Config
from jobkit.lint.engine import LintOptions, lint_paths

RULE = "JK501"
SPECIALIST = job("after-sales-specialist")
POLICY = "modules/after-sales/policies/after-sales-service-policy.yaml"


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_the_clean_project_has_no_unknown_reference(project):
    assert project.lint(RULE) == []


def test_a_mistyped_reports_to_is_found_with_the_closest_id(project):
    project.edit(SPECIALIST, "reports_to: after-sales-supervisor",
                 "reports_to: after-sales-supervsor")
    [found] = project.lint(RULE)
    assert found.file.endswith(SPECIALIST) and found.path == "basic.reports_to"
    assert (found.line, found.col) == project.position(SPECIALIST, "after-sales-supervsor")
    assert found.level == "error" and "after-sales-supervsor" in found.message.en
    assert found.suggestion.en == "change it to after-sales-supervisor"


@pytest.mark.parametrize("text", ["售后服务主管", "客服组长（售后）", "After-sales Supervisor"])
def test_free_text_references_are_not_checked(project, text):
    project.edit(SPECIALIST, "reports_to: after-sales-supervisor", f"reports_to: {text}")
    assert project.lint(RULE) == []


def test_list_entries_are_checked_one_by_one(project):
    project.edit(SPECIALIST, "transfer: [投诉处理专员]",
                 "transfer: [投诉处理专员, complaint-specialist]")
    [found] = project.lint(RULE)
    assert found.path == "relations.transfer[1]"
    assert (found.line, found.col) == project.position(SPECIALIST, "complaint-specialist")
    assert found.suggestion is None  # nothing close enough to offer


def test_a_job_field_naming_a_policy_says_what_it_is(project):
    project.edit(SPECIALIST, "promotion: [after-sales-supervisor]",
                 "promotion: [after-sales-service-policy]")
    [found] = project.lint(RULE)
    assert found.path == "relations.promotion[0]"
    assert "is a policy" in found.message.en and "管理制度" in found.message.zh


def test_policy_procedure_must_be_a_process(project):
    project.edit(POLICY, "procedure: repair-process", "procedure: repair-request-form")
    [found] = project.lint(RULE)
    assert found.path == "procedure" and "is a form" in found.message.en
    assert "names a process" in found.message.en


def test_policy_appendices_must_exist_and_be_forms_or_tools(project):
    project.edit(POLICY, "appendices: [repair-request-form, service-quality-checklist]",
                 "appendices: [repair-request-from, repair-process]")
    found = project.lint(RULE)
    assert [f.path for f in found] == ["appendices[0]", "appendices[1]"]
    assert found[0].suggestion.en == "change it to repair-request-form"
    assert "form or tool" in found[1].message.en and "is a process" in found[1].message.en


def test_policy_roles_written_as_ids_must_be_jobs(project):
    project.edit(POLICY, "role: field-service-supervisor", "role: field-service-lead")
    [found] = project.lint(RULE)
    assert found.path == "responsibilities[2].role"
    assert (found.line, found.col) == project.position(POLICY, "field-service-lead")
    assert found.suggestion.en == "change it to field-service-supervisor"


def test_linting_one_file_resolves_against_the_whole_project(project):
    assert project.lint(RULE, project.path(SPECIALIST)) == []
    project.edit(SPECIALIST, "reports_to: after-sales-supervisor", "reports_to: after-sales-boss")
    [found] = project.lint(RULE, project.path(SPECIALIST))
    assert found.path == "basic.reports_to"


def test_loose_files_outside_a_project_are_not_judged(project):
    project.remove("jobkit.yaml")
    path = project.path(SPECIALIST)
    result = lint_paths([path], Config(), LintOptions(select=(RULE,)))
    assert result.findings == []
