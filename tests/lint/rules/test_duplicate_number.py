"""JK510 duplicate-number: one job code, 文号 or form number on two documents."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK510"
FORMS = "modules/after-sales/forms"


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def number_jobs(project, first: str, second: str) -> None:
    project.edit(job("field-engineer"), "  title: 上门服务工程师", f"  title: 上门服务工程师\n  code: {first}")
    project.edit(job("after-sales-specialist"), "basic:\n", f"basic:\n  code: {second}\n")


def test_the_clean_project_has_no_numbers_twice(project):
    assert project.lint(RULE) == []


def test_two_jobs_with_one_code_report_the_later_file_at_its_code(project):
    number_jobs(project, "SH-02", "sh - 02")  # spacing and case do not make it another number
    [found] = project.lint(RULE)
    assert found.file.endswith("field-engineer.yaml") and found.path == "basic.code"
    assert (found.line, found.col) == project.position(job("field-engineer"), "SH-02")
    assert found.level == "warning" and "after-sales-specialist.yaml" in found.message.en


def test_different_numbers_are_fine(project):
    number_jobs(project, "SH-02", "SH-03")
    assert project.lint(RULE) == []


def test_a_copied_form_keeps_its_number_until_changed(project):
    form = f"{FORMS}/repair-request-form.yaml"
    project.edit(form, "title: 报修登记表", "title: 报修登记表\nnumber: SH-BD-01")
    copy = project.text(form).replace("id: repair-request-form", "id: repair-visit-form")
    project.write(f"{FORMS}/repair-visit-form.yaml", copy)
    [found] = project.lint(RULE)
    assert found.file.endswith("repair-visit-form.yaml") and found.path == "number"
    project.edit(f"{FORMS}/repair-visit-form.yaml", "number: SH-BD-01", "number: SH-BD-02")
    assert project.lint(RULE) == []


def test_policies_compare_their_doc_numbers(project):
    policy = "modules/after-sales/policies/after-sales-service-policy.yaml"
    project.edit(policy, "title: 售后服务管理制度", "title: 售后服务管理制度\ndoc_number: 示例〔2026〕3号")
    copy = project.text(policy).replace("id: after-sales-service-policy", "id: repair-policy")
    project.write("modules/after-sales/policies/repair-policy.yaml", copy)
    [found] = project.lint(RULE)
    assert found.path == "doc_number" and found.file.endswith("repair-policy.yaml")


def test_the_same_number_on_documents_of_different_kinds_is_not_a_clash(project):
    project.edit(f"{FORMS}/repair-request-form.yaml", "title: 报修登记表",
                 "title: 报修登记表\nnumber: SH-02")
    project.edit(job("field-engineer"), "  title: 上门服务工程师", "  title: 上门服务工程师\n  code: SH-02")
    assert project.lint(RULE) == []


def test_linting_one_file_reports_that_file(project):
    number_jobs(project, "SH-02", "SH-02")
    [found] = project.lint(RULE, project.path(job("after-sales-specialist")))
    assert found.file.endswith("after-sales-specialist.yaml")
