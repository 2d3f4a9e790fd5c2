"""JK504 span-of-control: people reporting directly to one manager, against the span."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK504"
FIELD_LEAD = job("field-service-supervisor")
ENGINEER = job("field-engineer")
MANAGER = job("after-sales-manager")


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def set_span(project: Project, span: int) -> None:
    config = project.text("jobkit.yaml") + f"lint:\n  span_of_control: {span}\n"
    project.write("jobkit.yaml", config)


def test_eight_engineers_are_within_the_default_span(project):
    assert project.lint(RULE) == []


def test_one_person_more_than_the_span(project):
    project.edit(ENGINEER, "headcount: 8", "headcount: 9")
    [found] = project.lint(RULE)
    assert found.file.endswith(FIELD_LEAD) and found.path == "basic.subordinates"
    assert (found.line, found.col) == project.position(FIELD_LEAD, "[field-engineer]")
    assert found.level == "warning"
    assert "9 people" in found.message.en and "span of control of 8" in found.message.en
    assert "上门服务工程师×9" in found.message.zh


def test_the_span_comes_from_jobkit_yaml(project):
    set_span(project, 5)
    found = project.lint(RULE)
    assert sorted(f.file.rsplit("/", 1)[-1] for f in found) == [
        "after-sales-supervisor.yaml", "field-service-supervisor.yaml"]


def test_a_wide_span_allows_a_large_team(project):
    set_span(project, 40)
    project.edit(ENGINEER, "headcount: 8", "headcount: 40")
    assert project.lint(RULE) == []


def test_reports_are_shared_among_the_holders_of_the_managing_post(project):
    project.edit(ENGINEER, "headcount: 8", "headcount: 14")
    project.edit(FIELD_LEAD, "headcount: 1", "headcount: 2")
    assert project.lint(RULE) == []
    project.edit(ENGINEER, "headcount: 14", "headcount: 17")
    [found] = project.lint(RULE)
    assert "9 for each of the 2 holders" in found.message.en


def test_posts_without_headcount_count_as_one_and_vacant_posts_as_none(project):
    set_span(project, 1)
    project.edit(job("after-sales-specialist"), "headcount: 6", "headcount: 0")
    project.edit(ENGINEER, "  headcount: 8\n", "")
    [found] = project.lint(RULE)  # the manager: two supervisors, one person each
    assert found.file.endswith(MANAGER) and "2 people" in found.message.en


def test_a_manager_without_subordinates_field_is_reported_at_its_title(project):
    project.edit(ENGINEER, "headcount: 8", "headcount: 12")
    project.edit(FIELD_LEAD, "  subordinates: [field-engineer]\n", "")
    [found] = project.lint(RULE)
    assert found.path == "basic.title"
    assert (found.line, found.col) == project.position(FIELD_LEAD, "技术服务主管")
