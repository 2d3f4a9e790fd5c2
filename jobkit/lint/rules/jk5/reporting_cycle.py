"""The reporting lines (`reports_to`) between jobs go round in a circle.

岗位之间的直接上级关系（`reports_to`）形成了循环。

What it does / 检查内容:
  Follows `basic.reports_to` from job to job (a job id, or the title of exactly one job of
  the project) and reports each loop once, at the `reports_to` of the loop's first job in
  file order, listing the whole loop. A job that reports to itself is a loop of one.
  沿 `basic.reports_to`（岗位 id，或项目中唯一岗位的职位名称）逐级向上查找，每个循环
  报告一次，位置在循环中按文件名排第一的岗位的 `reports_to`，并列出整个循环。
  岗位以自身为直接上级也算循环。

Why / 为什么:
  Reporting lines form the command chain of the organisation: each job description names the
  post's direct superior, and together these links make the line of command. In a loop
  nobody is at the top, the organisation chart cannot be drawn and escalation never ends.
  直接上级关系构成组织的指挥链：每份岗位说明书写明直接上级，这些关系合起来就是直线指挥
  系统。出现循环时没有最终负责人，组织图无法绘制，问题升级也没有终点。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: complaint-specialist}
```

```yaml pass
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理}
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import jobs
from jobkit.problems import Message, Problem

ID = "JK502"
NAME = "reporting-cycle"
LEVEL = "error"
KINDS = ("job",)
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    index = jobs(project)
    done: set[int] = set()  # jobs already walked: each loop is found once
    for start in index.docs:
        trail: list[DocumentContext] = []
        position: dict[int, int] = {}
        doc: DocumentContext | None = start
        while doc is not None and id(doc) not in done and id(doc) not in position:
            position[id(doc)] = len(trail)
            trail.append(doc)
            doc = index.boss(doc)
        if doc is not None and id(doc) in position:
            yield _report(trail[position[id(doc)]:], project)
        done.update(position)


def _report(loop: list[DocumentContext], project: ProjectContext) -> Problem:
    # on a member being linted (the others may only be context), then the first by file name
    first = min(range(len(loop)), key=lambda i: (not project.is_linted(loop[i]), loop[i].file))
    loop = loop[first:] + loop[:first]  # start the listing where the finding is
    names = " → ".join(doc.model.id for doc in (*loop, loop[0]))
    doc = loop[0]
    value = doc.model.basic.reports_to or ""  # type: ignore[attr-defined]
    if len(loop) == 1:
        message = Message(f"岗位以自身为直接上级（{names}）：请改为实际的上级岗位。",
                          f"the job reports to itself ({names}): name its actual superior")
    else:
        message = Message(
            f"直接上级关系形成循环：{names}。请确定哪个岗位处于最上层，并修改其 reports_to。",
            f"reporting lines go round in a circle: {names}; decide which job is at the top "
            "and change its reports_to")
    return doc.finding(("basic", "reports_to"), message, length=len(value))
