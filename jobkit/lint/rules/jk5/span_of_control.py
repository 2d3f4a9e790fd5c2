"""A manager has more people reporting directly to it than the span of control allows.

一个管理岗位的直接下属人数超过了管理幅度。

What it does / 检查内容:
  Counts the people who report directly to each job: every job whose `basic.reports_to`
  names it (a job id, or the title of exactly one job), plus the jobs it lists in
  `basic.subordinates` that do not report to another job, each weighted by its
  `basic.headcount` (a post with no headcount counts as one person; headcount 0, a post not
  yet filled, counts as none). When the manager's own post has a headcount of several
  people, the reports are shared among them. More than `lint.span_of_control` people per
  manager (jobkit.yaml, default 8) is reported at the manager's `basic.subordinates`, or
  at its title.
  统计每个岗位的直接下属人数：`basic.reports_to` 指向它的岗位（岗位 id 或唯一的职位名称），
  加上它在 `basic.subordinates` 中列出、且没有向其他岗位汇报的岗位，按各岗位的
  `basic.headcount` 计人（未写定员按 1 人计，定员为 0 的空缺岗位不计）。管理岗位本身定员
  多人时，下属人数按人平均。每名管理者超过 `lint.span_of_control`（jobkit.yaml，默认 8）
  人时报告在该岗位的 `basic.subordinates` 或职位名称处。

Why / 为什么:
  The span of control is one of the basic parameters of organisation design, set together
  with authority and the line of command. A supervisor with too many direct reports cannot
  coach, check quality or appraise each of them, which is why a large service team is usually
  split into tiers or groups with their own leads. The right span depends on the work: set it
  in jobkit.yaml (a call-centre team lead may well have 12–15 agents).
  管理幅度是组织设计的基本参数之一，与职权和指挥关系一同确定。直接下属过多，主管就无法
  逐一辅导、抽查和考核，因此规模较大的客服团队通常分成若干层级或小组，各设负责人。
  合适的幅度取决于工作性质，可在 jobkit.yaml 中设置（呼叫中心班组长带 12～15 名座席
  也属常见）。

Example / 示例:

```yaml fail
# file: jobkit.yaml
lint: {span_of_control: 6}
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor, headcount: 9}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理, headcount: 1}
```

```yaml pass
# file: jobkit.yaml
lint: {span_of_control: 6}
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor, headcount: 9}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理, headcount: 2}
```
"""
from __future__ import annotations

import math
from typing import Iterator

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import existing_path, job, jobs
from jobkit.problems import Message, Problem

ID = "JK504"
NAME = "span-of-control"
LEVEL = "warning"
KINDS = ("job",)
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    span = project.config.lint.span_of_control
    index = jobs(project)
    reports: dict[int, dict[int, DocumentContext]] = {}
    for doc in index.docs:
        boss = index.boss(doc)
        if boss is not None and boss is not doc:
            reports.setdefault(id(boss), {})[id(doc)] = doc
    for boss in index.docs:
        for ref in job(boss).basic.subordinates:
            staff = index.resolve(ref)
            if staff is not None and staff is not boss and index.boss(staff) is None:
                reports.setdefault(id(boss), {})[id(staff)] = staff
    for boss in index.docs:
        staff = list(reports.get(id(boss), {}).values())
        people = sum(_people(doc) for doc in staff)
        managers = max(_people(boss), 1)
        per_manager = math.ceil(people / managers)
        if per_manager > span:
            yield _report(boss, staff, people, managers, per_manager, span)


def _people(doc: DocumentContext) -> int:
    headcount = job(doc).basic.headcount
    return 1 if headcount is None else headcount


def _report(boss: DocumentContext, staff: list[DocumentContext], people: int, managers: int,
            per_manager: int, span: int) -> Problem:
    listing = "、".join(f"{job(d).basic.title}×{_people(d)}" for d in staff)
    listing_en = ", ".join(f"{d.model.id} ×{_people(d)}" for d in staff)
    shared_zh = f"，本岗位定员 {managers} 人，平均每人 {per_manager} 人" if managers > 1 else ""
    shared_en = f", {per_manager} for each of the {managers} holders" if managers > 1 else ""
    path = existing_path(boss, ("basic", "subordinates"), ("basic", "title"))
    return boss.finding(path, Message(
        f"本岗位直接下属共 {people} 人（{listing}）{shared_zh}，超过管理幅度 {span} 人："
        "请增设主管层级或拆分团队；确属合理的，在 jobkit.yaml 中调整 lint.span_of_control。",
        f"{people} people report directly to this job ({listing_en}){shared_en}, more than the "
        f"span of control of {span}: add a supervisory level or split the team, or raise "
        "lint.span_of_control in jobkit.yaml if this span is right for the work"),
        length=len(job(boss).basic.title) if path[-1] == "title" else 0)
