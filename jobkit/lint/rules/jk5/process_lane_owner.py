"""A process swim lane names no job, department or outside party that the project knows.

流程泳道写的既不是项目中的岗位，也不是已知的部门或外部当事方。

What it does / 检查内容:
  Each entry of a process's `lanes` should name who does the steps in it. A lane is known
  when it is the title or id of a job in the project, the department of a job, a party in a
  job's `relations.internal / external`, a department named as the owner, issuer or
  interpreting department of a document, a role in a policy's `responsibilities`, the
  organisation itself (pack.yaml, jobkit.yaml), a common department or outside party (客户,
  供应商, 合作伙伴 …: the word list `departments`, extendable in jobkit.yaml under
  `lint.words.departments`), a unit name ending in 部、中心、室、科、处、组 or 委员会 (in
  English: Department, Team, Centre, Office …), or a department followed by a post
  (技术支持部工程师). A vague lane (相关部门, 有关人员, 其他岗位,
  各部门) is always reported.
  流程的每条泳道应写明谁负责其中的步骤。泳道是项目中岗位的职位名称或 id、岗位的所属部门、
  岗位内外部联系中的当事方、文档的负责/制定/解释部门、制度职责分工中的角色、本组织名称、
  常见部门或外部当事方（客户、供应商、合作伙伴等，词表 `departments`，可在 jobkit.yaml 的
  `lint.words.departments` 中追加），或以部、中心、室、科、处、组、委员会结尾的单位名称
  （部门后也可接岗位，如“技术支持部工程师”）时视为已知。“相关部门”
  “有关人员”“其他岗位”“各部门”这类含糊的泳道一律报告。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting) lays out a process as a
  swim-lane flowchart with a step table (步骤、责任岗位、工作内容、输出、时限); both exist to
  show who is responsible for each step. A lane that matches no job or department is often a
  post whose job description has not been written yet, a renamed post, or a typo; a vague
  lane leaves the step without an owner.
  《客户服务管理体系设计全案》（弗布克管理咨询）用泳道流程图和步骤表（步骤、责任岗位、工作
  内容、输出、时限）描述流程，其作用是说明每一步由谁负责。对不上任何岗位或部门的泳道，
  往往是尚未编写岗位说明书的岗位、改过名的岗位或笔误；含糊的泳道则使步骤没有责任人。

Example / 示例:

```yaml fail
# file: modules/complaint/processes/complaint-process.yaml
kind: process
lanes: [客户, 投诉处理专员, 客服主管]
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {title: 投诉处理专员}
```

```yaml pass
# file: modules/complaint/processes/complaint-process.yaml
kind: process
lanes: [客户, 投诉处理专员, 客服主管]
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {title: 投诉处理专员}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 客服主管, reports_to: 客户服务部经理}
```
"""
from __future__ import annotations

import difflib
import re
from typing import Iterator

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import by_file, cached, job
from jobkit.problems import Message, Problem

ID = "JK506"
NAME = "process-lane-owner"
LEVEL = "info"
KINDS = ("process",)
SCOPE = "project"

_VAGUE = re.compile(r"^(相关|有关|其他|其它|各)")
_UNIT = re.compile(r"(部|部门|中心|室|科|处|组|委员会|\b(department|dept|team|center|centre"
                   r"|office|committee|division|unit))$", re.I)
_UNIT_BEFORE_POST = re.compile(r"..(部|中心|委员会)$")  # 处、组 would split 投诉处理专员
_ASIDE = re.compile(r"[（(].*?[)）]")  # 客户服务部（投诉组）: judge the part outside brackets


def check(project: ProjectContext) -> Iterator[Problem]:
    for doc in by_file(project.of_kind("process")):
        for index, lane in enumerate(doc.model.lanes):  # type: ignore[attr-defined]
            problem = _judge(project, doc, index, lane)
            if problem is not None:
                yield problem


def _judge(project: ProjectContext, doc: DocumentContext, index: int,
           lane: str) -> Problem | None:
    name = _ASIDE.sub("", lane).strip() or lane.strip()
    if _VAGUE.match(name):
        return doc.finding(("lanes", index), Message(
            f"泳道“{lane}”没有指明责任方：请写出具体的岗位或部门。",
            f"lane “{lane}” does not say who is responsible: name the job or department"),
            length=len(lane))
    if _known(project, name):
        return None
    guess = difflib.get_close_matches(name, sorted(_names(project)["titles"]), n=1, cutoff=0.5)
    return doc.finding(("lanes", index), Message(
        f"泳道“{lane}”不是项目中的岗位，也不是已知的部门或外部当事方：请改用岗位的职位"
        "名称或部门名称，或为该岗位编写岗位说明书；确为部门或当事方的，可加入 jobkit.yaml "
        "的 lint.words.departments。",
        f"lane “{lane}” is neither a job of the project nor a known department or outside "
        "party: use a job title or department, write the job description of this post, or "
        "add the name to lint.words.departments in jobkit.yaml"),
        length=len(lane),
        suggestion=Message(f"改为“{guess[0]}”", f"change it to “{guess[0]}”") if guess else None)


def _known(project: ProjectContext, name: str) -> bool:
    names = _names(project)
    name = name.lower()  # English lanes: Customer, customer
    if name in names["jobs"] or name in names["units"] or _UNIT.search(name):
        return True
    for end in range(2, len(name) - 1):  # a unit followed by a post: 技术支持部工程师
        unit = name[:end]
        if unit in names["units"] or _UNIT_BEFORE_POST.search(unit):
            return True
    return False


def _names(project: ProjectContext) -> dict[str, frozenset[str]]:
    """jobs and units in lower case for matching; titles as written for suggestions."""
    return cached(project, "lane_names", lambda: _collect(project))


def _collect(project: ProjectContext) -> dict[str, frozenset[str]]:
    """Job titles and ids; every department, unit and party the project mentions."""
    titles: set[str] = set()
    units: set[str] = set()
    for doc in project.documents:
        model = doc.model
        if doc.kind == "job":
            titles.update((job(doc).basic.title, model.id))
            units.add(job(doc).basic.department)
            relations = job(doc).relations
            units.update(c.party for c in (*relations.internal, *relations.external))
        elif doc.kind == "policy":
            units.update((model.issuer, model.interpretation))  # type: ignore[attr-defined]
            units.update(r.role for r in model.responsibilities)  # type: ignore[attr-defined]
        elif doc.kind == "pack":
            org = model.organization  # type: ignore[attr-defined]
            units.update(n for n in (org.name, org.short_name) if n)
        owner = getattr(model, "owner", None)
        if isinstance(owner, str):
            units.add(owner)
    titles.update(t for doc in project.broken if doc.kind == "job" for t in (doc.title, doc.id)
                  if t)  # invalid jobs (JK001) still name their lanes
    org = project.config.organization
    units.update(n for n in (org.name, org.short_name) if n)
    words = project.documents[0].words if project.documents else None
    if words is not None:
        units.update(words["departments"])
    return {"titles": frozenset(t.strip() for t in titles),
            "jobs": frozenset(t.strip().lower() for t in titles),
            "units": frozenset(u.strip().lower() for u in units if u)}
