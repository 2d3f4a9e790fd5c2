"""The typed model: frozen dataclasses built from validated data."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from conftest import MINIMAL_JOB, MINIMAL_POLICY
from jobkit.load import load_text
from jobkit.model import Article, Job, Plan, Policy, Process, Tool, build_document
from jobkit.validate import check_loaded


def model(text: str):
    loaded = load_text(text, "x.yaml")
    assert check_loaded(loaded, Path("x.yaml")).problems == []
    return build_document(loaded.data)


def test_job_is_frozen_and_typed():
    job = model(MINIMAL_JOB + "qualifications:\n  training: 岗前培训\n  education: 大专\n")
    assert isinstance(job, Job)
    assert job.title == "投诉处理专员"
    assert job.duties[0].time_pct == 60.0 and job.duties[1].essential is True
    assert job.qualifications.training[0].subject == "岗前培训"
    assert job.qualifications.education.level == "大专"
    with pytest.raises(dataclasses.FrozenInstanceError):
        job.summary = "x"


def test_pay_can_be_text_or_a_range():
    text_pay = model(MINIMAL_JOB.replace("  department: 客户服务部\n",
                                         "  department: 客户服务部\n  pay: 面议\n"))
    assert text_pay.basic.pay == "面议"
    range_pay = model(MINIMAL_JOB.replace(
        "  department: 客户服务部\n", "  department: 客户服务部\n  pay: {min: 5000, max: 7000}\n"))
    assert (range_pay.basic.pay.min, range_pay.basic.pay.currency) == (5000, "CNY")




def test_policy_articles_may_be_text_or_enumerations():
    policy = model(MINIMAL_POLICY)
    assert isinstance(policy, Policy)
    assert policy.effective == "2026-03-01"
    assert policy.chapters[0].articles == (
        Article("投诉统一登记。"), Article("登记内容包括：", ("客户信息", "投诉事项")))


def test_process_decision_exits():
    process = model("""\
kind: process
id: p
title: 流程
lanes: [专员, 主管]
steps:
  - {id: s1, lane: 专员, type: start, action: 接收, next: s2}
  - {id: s2, lane: 主管, type: decision, action: 是否通过, next: {是: s3, 否: s1}}
  - {id: s3, lane: 专员, type: end, action: 归档}
""")
    assert isinstance(process, Process)
    assert process.steps[1].exits == {"是": "s3", "否": "s1"}
    assert process.steps[0].exits == {"": "s2"} and process.steps[2].exits == {}


def test_tool_scale_pass_mark_and_plan_dates_and_totals():
    tool = model("kind: tool\nid: t\ntitle: 检查表\ntool_type: scorecard\n"
                 "sections: [{title: 受理, items: [{text: 响应及时, score: 10}]}]\n"
                 "scale: {max: 100, pass: 80}\n")
    assert isinstance(tool, Tool) and tool.scale.pass_mark == 80
    plan = model("kind: plan\nid: p\ntitle: 方案\n"
                 "phases: [{name: 调研, start: 2026-01-05, end: 2026-01-30}]\n"
                 "budget: [{item: 系统, amount: 50000}, {item: 培训, amount: 2000.5},"
                 " {item: 顾问, amount: 100, currency: USD}]\n")
    assert isinstance(plan, Plan)
    assert plan.phases[0].start == date(2026, 1, 5)
    assert plan.budget_totals() == {"CNY": 52000.5, "USD": 100.0}
