"""JK503 relation-symmetry: both ends of a reporting or supervision line must agree."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK503"
SUPERVISOR = job("after-sales-supervisor")
SPECIALIST = job("after-sales-specialist")
FIELD_LEAD = job("field-service-supervisor")
ENGINEER = job("field-engineer")

CLERK = """\
kind: job
id: warranty-clerk
module: after-sales
basic:
  title: 保修资料员
  department: 售后服务部
  reports_to: after-sales-supervisor
  headcount: 1
summary: 在售后服务主管指导下，审核保修凭证并整理保修档案，对保修资料的完整性负责。
duties:
  - title: 保修凭证审核
    statement: 核对客户提交的购机发票和保修卡，判定产品是否在保修期内
    time_pct: 60
  - title: 保修档案整理
    statement: 按月整理保修凭证和维修记录并归档
    time_pct: 40
"""


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_the_clean_project_is_symmetric(project):
    assert project.lint(RULE) == []


def test_a_job_reporting_to_a_manager_that_does_not_list_it(project):
    project.write(job("warranty-clerk"), CLERK)
    [found] = project.lint(RULE)
    assert found.file.endswith(SUPERVISOR) and found.path == "basic.subordinates"
    assert (found.line, found.col) == project.position(SUPERVISOR, "[after-sales-specialist]")
    assert found.level == "warning" and "warranty-clerk" in found.message.en
    assert found.suggestion.en == "add warranty-clerk to basic.subordinates"


def test_supervises_without_the_matching_supervised_by(project):
    project.edit(SUPERVISOR, "supervises: [after-sales-specialist]",
                 "supervises: [after-sales-specialist, field-engineer]")
    [found] = project.lint(RULE)
    assert found.file.endswith(ENGINEER) and found.path == "relations.supervised_by"
    assert found.suggestion.en == "add after-sales-supervisor to relations.supervised_by"


def test_supervised_by_without_the_matching_supervises(project):
    project.edit(SPECIALIST, "supervised_by: [after-sales-supervisor]",
                 "supervised_by: [after-sales-supervisor, field-service-supervisor]")
    [found] = project.lint(RULE)
    assert found.file.endswith(FIELD_LEAD) and found.path == "relations.supervises"
    assert (found.line, found.col) == project.position(FIELD_LEAD, "[field-engineer]", 2)
    assert "after-sales-specialist" in found.message.zh


def test_a_listed_subordinate_that_reports_elsewhere(project):
    project.edit(SUPERVISOR, "subordinates: [after-sales-specialist]",
                 "subordinates: [after-sales-specialist, field-engineer]")
    [found] = project.lint(RULE)
    assert found.file.endswith(ENGINEER) and found.path == "basic.reports_to"
    assert (found.line, found.col) == project.position(ENGINEER, "field-service-supervisor")
    assert "reports to field-service-supervisor" in found.message.en
    assert found.suggestion.en == "reports_to: after-sales-supervisor"


def test_a_listed_subordinate_without_reports_to(project):
    project.edit(ENGINEER, "  reports_to: field-service-supervisor\n", "")
    project.edit(ENGINEER, "  supervised_by: [field-service-supervisor]\n", "")
    [found] = project.lint(RULE)
    assert found.file.endswith(ENGINEER) and found.path == "basic"
    assert "reports_to is not given" in found.message.en


def test_indirect_lines_are_consistent(project):
    # the manager supervises and lists the engineers too, who report to it through their lead
    project.edit(job("after-sales-manager"),
                 "supervises: [after-sales-supervisor, field-service-supervisor]",
                 "supervises: [after-sales-supervisor, field-service-supervisor, field-engineer]")
    project.edit(job("after-sales-manager"),
                 "subordinates: [after-sales-supervisor, field-service-supervisor]",
                 "subordinates: [after-sales-supervisor, field-service-supervisor, "
                 "field-engineer]")
    assert project.lint(RULE) == []


def test_titles_resolve_like_ids(project):
    project.edit(SPECIALIST, "reports_to: after-sales-supervisor", "reports_to: 售后服务主管")
    project.edit(SUPERVISOR, "subordinates: [after-sales-specialist]",
                 "subordinates: [售后服务专员]")
    assert project.lint(RULE) == []


def test_lists_with_free_text_or_absent_lists_are_not_judged(project):
    project.edit(SUPERVISOR, "subordinates: [after-sales-specialist]",
                 "subordinates: [售后服务专员, 临时座席人员]")
    project.write(job("warranty-clerk"), CLERK)  # reports to the supervisor: may be 临时座席人员
    project.edit(ENGINEER, "  supervised_by: [field-service-supervisor]\n", "")
    project.edit(SUPERVISOR, "supervises: [after-sales-specialist]",
                 "supervises: [after-sales-specialist, field-engineer]")
    assert project.lint(RULE) == []


def test_an_explicit_empty_list_is_judged(project):
    project.edit(SPECIALIST, "supervised_by: [after-sales-supervisor]", "supervised_by: []")
    project.edit(SPECIALIST, "reports_to: after-sales-supervisor", "reports_to: 售后值班组长")
    [found] = project.lint(RULE)  # the supervisor still supervises the specialist
    assert found.file.endswith(SPECIALIST) and found.path == "relations.supervised_by"
