"""JK502 reporting-cycle: reports_to lines that go round in a circle."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK502"
MANAGER = job("after-sales-manager")
ENGINEER = job("field-engineer")


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_the_clean_project_has_no_cycle(project):
    assert project.lint(RULE) == []


def test_a_cycle_is_reported_once_at_its_first_file(project):
    project.edit(MANAGER, "reports_to: 分管副总经理", "reports_to: field-engineer")
    [found] = project.lint(RULE)  # the specialist's chain runs into the loop: still one finding
    assert found.file.endswith(MANAGER) and found.path == "basic.reports_to"
    assert (found.line, found.col) == project.position(MANAGER, "field-engineer")
    assert found.level == "error"
    assert ("after-sales-manager → field-engineer → field-service-supervisor → "
            "after-sales-manager") in found.message.en


def test_titles_count_as_references(project):
    project.edit(MANAGER, "reports_to: 分管副总经理", "reports_to: 上门服务工程师")
    [found] = project.lint(RULE)
    assert "field-engineer" in found.message.zh


def test_a_job_reporting_to_itself(project):
    project.edit(ENGINEER, "reports_to: field-service-supervisor", "reports_to: field-engineer")
    [found] = project.lint(RULE)
    assert found.file.endswith(ENGINEER) and "reports to itself" in found.message.en


def test_two_separate_cycles_are_two_findings(project):
    project.edit(ENGINEER, "reports_to: field-service-supervisor", "reports_to: field-engineer")
    project.edit(job("after-sales-specialist"), "reports_to: after-sales-supervisor",
                 "reports_to: after-sales-specialist")
    assert len(project.lint(RULE)) == 2


def test_free_text_at_the_top_ends_the_chain(project):
    project.edit(MANAGER, "reports_to: 分管副总经理", "reports_to: 总经理")
    assert project.lint(RULE) == []
