"""JK506 process-lane-owner: every swim lane names a job, a department or an outside party."""
from __future__ import annotations

import pytest
from jk5_project import Project

RULE = "JK506"
PROCESS = "modules/after-sales/processes/repair-process.yaml"
LANES = "lanes: [客户, 售后服务专员, 上门服务工程师, 技术服务主管]"


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def with_lane(project: Project, lane: str) -> None:
    project.edit(PROCESS, LANES, LANES[:-1] + f", {lane}]")


def test_the_clean_project_names_known_owners(project):
    assert project.lint(RULE) == []


def test_a_post_without_a_job_description_is_reported_with_the_closest_title(project):
    with_lane(project, "售后服务组长")
    [found] = project.lint(RULE)
    assert found.path == "lanes[4]" and found.level == "info"
    assert (found.line, found.col) == project.position(PROCESS, "售后服务组长")
    assert found.suggestion.zh == "改为“售后服务主管”"


@pytest.mark.parametrize("lane", ["相关部门", "有关人员", "其他岗位", "各部门"])
def test_vague_lanes_are_reported(project, lane):
    with_lane(project, lane)
    [found] = project.lint(RULE)
    assert "does not say who is responsible" in found.message.en


@pytest.mark.parametrize("lane", [
    "after-sales-manager",  # a job id
    "售后服务部经理",  # a job title
    "售后服务部",  # a department of a job
    "财务部",  # a job's internal contact, and a common department
    "总经办",  # from the department list, without a unit suffix
    "供应商",  # an outside party
    "备件中心",  # a unit by its name
    "质量管理部工程师",  # a department followed by a post
    "售后服务部（备件组）",  # an aside in brackets
    "江南示例家电服务有限公司",  # the organisation
    "Customer",  # English: an outside party
    "Field Service Team",  # English: a unit
])
def test_known_owners_are_not_reported(project, lane):
    with_lane(project, lane)
    assert project.lint(RULE) == []


def test_the_department_list_is_extended_in_jobkit_yaml(project):
    with_lane(project, "备件库")
    assert len(project.lint(RULE)) == 1
    project.write("jobkit.yaml", project.text("jobkit.yaml")
                  + "lint:\n  words:\n    departments: [备件库]\n")
    assert project.lint(RULE) == []


def test_a_task_split_across_words_is_not_taken_for_a_unit(project):
    with_lane(project, "投诉处理专员")  # 处 inside a title is not a unit
    assert len(project.lint(RULE)) == 1
