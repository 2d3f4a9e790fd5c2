"""JK505 duplicate-duty-across-jobs: the same duty written into two jobs."""
from __future__ import annotations

import pytest
from jk5_project import Project, job

RULE = "JK505"
SPECIALIST = job("after-sales-specialist")
SUPERVISOR = job("after-sales-supervisor")
ENGINEER = job("field-engineer")
INTAKE = "受理客户经热线和在线客服提交的报修申请，登记产品型号、购买日期和故障现象并派单"
ENGINEER_DUTY = "statement: 交回更换下的旧件，在工单系统中录入维修过程和所用备件"


def other_job(job_id: str, title: str, statement: str) -> str:
    """A job of the same department with one duty of its own and the given statement."""
    return f"""\
kind: job
id: {job_id}
module: after-sales
basic: {{title: {title}, department: 售后服务部, reports_to: 售后服务部经理}}
summary: 承担售后服务部的{title}工作。
duties:
  - title: 备件盘点
    statement: 按月盘点服务网点的备件库存并核对出入库记录
    time_pct: 50
  - title: 第二项职责
    statement: {statement}
    time_pct: 50
"""


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)


def test_the_clean_project_has_no_shared_duty(project):
    assert project.lint(RULE) == []


def test_a_duty_copied_into_another_job_is_reported_on_the_later_file(project):
    project.edit(ENGINEER, ENGINEER_DUTY, "statement: 受理客户经热线、在线客服提交的报修申请；"
                 "登记产品型号、购买日期和故障现象并派单")
    [found] = project.lint(RULE)
    assert found.file.endswith(ENGINEER) and found.path == "duties[2].statement"
    assert (found.line, found.col) == project.position(ENGINEER, "受理客户经热线、")
    assert found.level == "warning"
    assert "after-sales-specialist" in found.message.en and "报修受理" in found.message.zh


def test_different_duties_with_shared_words_are_not_reported(project):
    project.edit(ENGINEER, ENGINEER_DUTY,
                 "statement: 受理客户现场提出的加装申请，登记安装位置并预约上门时间")
    assert project.lint(RULE) == []


def test_a_superiors_directing_version_of_the_duty_is_not_reported(project):
    project.edit(SUPERVISOR, "statement: 编制报修受理班组的排班表，组织新员工岗前培训和在岗辅导",
                 f"statement: 审核{INTAKE[2:]}")
    assert project.lint(RULE) == []
    project.write(job("call-agent"), other_job("call-agent", "热线座席员", f"审核{INTAKE[2:]}"))
    [found] = project.lint(RULE)  # the agent is nobody's superior: its copy is reported
    assert found.file.endswith(job("call-agent")) and found.path == "duties[1].statement"
    assert "after-sales-specialist" in found.message.en
    assert "after-sales-supervisor" in found.message.en


def test_a_shared_duty_is_marked_with_a_suppression_comment(project):
    shared = "statement: 受理客户经热线和在线客服提交的报修申请，登记产品型号、购买日期和故障现象并派单"
    project.edit(ENGINEER, f"    {ENGINEER_DUTY}",
                 f"    # jobkit: disable-next-line=duplicate-duty-across-jobs\n    {shared}")
    from jobkit.config import load_config
    from jobkit.lint.engine import LintOptions, lint_paths
    result = lint_paths([project.root], load_config(project.root),
                        LintOptions(select=(RULE, "JK002")))
    assert result.findings == []  # silenced, and the suppression counts as used


@pytest.mark.parametrize("key", ["statement: >-", "statement: |", "statement:"])
def test_text_below_its_key_is_reported_at_the_key_so_it_can_be_marked(project, key):
    project.edit(ENGINEER, ENGINEER_DUTY, f"{key}\n      {INTAKE}")
    [found] = project.lint(RULE)
    assert (found.line, found.col) == project.position(ENGINEER, f"{key}\n")
    project.edit(ENGINEER, f"    {key}\n",
                 f"    # jobkit: disable-next-line=duplicate-duty-across-jobs\n    {key}\n")
    assert project.lint(RULE) == []


def test_duplicates_inside_one_job_are_left_to_the_document_rule(project):
    project.edit(ENGINEER, ENGINEER_DUTY,
                 "statement: 按维修工单上门检测故障，更换损坏部件并测试整机运行")
    assert project.lint(RULE) == []


def test_one_finding_names_every_job_the_duty_repeats(project):
    for name in ("call-agent", "store-clerk"):
        project.write(job(name), other_job(name, "值班员", INTAKE))
    found = project.lint(RULE)
    # each copy is reported on the later file and names the earlier ones
    by_file = {f.file.rsplit("/", 1)[-1]: f for f in found if f.path == "duties[1].statement"}
    assert set(by_file) == {"call-agent.yaml", "store-clerk.yaml"}
    assert "after-sales-specialist" in by_file["call-agent.yaml"].message.en
    clerk = by_file["store-clerk.yaml"].message.en
    assert "call-agent" in clerk and "after-sales-specialist" in clerk
    # the two new jobs also share their first duty
    assert [f.path for f in found if f.path == "duties[0].statement"] == ["duties[0].statement"]
