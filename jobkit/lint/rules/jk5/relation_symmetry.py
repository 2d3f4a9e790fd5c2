"""Two jobs tell different stories about who supervises or manages whom.

两个岗位对“谁监督谁、谁管理谁”的描述不一致。

What it does / 检查内容:
  Holds the relation fields of each pair of jobs against each other (a reference counts when
  it is a job id or the title of exactly one job):
  - A `relations.supervises` B → B names A in `relations.supervised_by`, or reports to A
    (directly or through its superiors);
  - B `relations.supervised_by` A → A names B in `supervises` or `basic.subordinates`
    (or names a job between them);
  - A `basic.reports_to` B → B names A in `basic.subordinates`;
  - B `basic.subordinates` A → A reports to B, directly or through a job in between (a
    unit's 所辖人员 may count everyone in it); a job with no `reports_to` and no other line
    up to B is reported too.
  The finding is on the job that is missing the mention, with the entry to add. A list that
  is absent, or that holds free text (一线客服人员) that may mean the job in other words, is not
  judged; an explicit empty list `[]` is.
  逐对比较岗位的关系字段（写岗位 id 或项目中唯一的职位名称均可识别）：A 监督 B，则 B 的
  `supervised_by` 应写 A，或 B 直接或间接向 A 汇报；B 受 A 监督，则 A 的 `supervises` 或
  `subordinates` 应写 B；A 的直接上级是 B，则 B 的 `subordinates` 应写 A；B 的所辖人员
  有 A，则 A 应直接或经中间岗位向 B 汇报，未写 `reports_to` 且无其他关系通向 B 的也报告。结果报告在缺少
  记载的一方，并给出应补充的内容。
  未填写的列表、含有无法识别的文字的列表不作判断；明确写成 `[]` 的列表参与判断。

Why / 为什么:
  A job description names the post's superior (直接上级), its subordinates (所辖人员) and
  who supervises it and whom it supervises (受谁监督/监督谁); when the two ends of a line
  disagree, the organisation chart depends on which file is read, and
  appraisal and escalation go to the wrong person.
  岗位说明书通常写明直接上级、所辖人员，以及受谁监督、监督谁。两端记载不一致时，
  组织图取决于读的是哪个文件，考核和升级也会找错人。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理, subordinates: [complaint-trainer]}
# file: modules/complaint/jobs/complaint-trainer.yaml
kind: job
id: complaint-trainer
basic: {title: 投诉培训专员, reports_to: complaint-supervisor}
```

```yaml pass
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervisor}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic:
  title: 投诉主管
  reports_to: 客户服务部经理
  subordinates: [complaint-specialist, complaint-trainer]
# file: modules/complaint/jobs/complaint-trainer.yaml
kind: job
id: complaint-trainer
basic: {title: 投诉培训专员, reports_to: complaint-supervisor}
```
"""
from __future__ import annotations

from typing import Iterator

from jobkit.lint.context import DocumentContext, ProjectContext
from jobkit.lint.rules.jk5._project import Jobs, existing_path, given, job, jobs
from jobkit.problems import Message, Problem

ID = "JK503"
NAME = "relation-symmetry"
LEVEL = "warning"
KINDS = ("job",)
SCOPE = "project"


def check(project: ProjectContext) -> Iterator[Problem]:
    index = jobs(project)
    for doc in index.docs:
        model = job(doc)
        for other in _resolved(index, model.relations.supervises, doc):
            yield from _supervises(index, doc, other)
        for other in _resolved(index, model.relations.supervised_by, doc):
            yield from _supervised_by(index, doc, other)
        boss = index.boss(doc)
        if boss is not None and boss is not doc:
            yield from _reports_to(index, doc, boss)
        for other in _resolved(index, model.basic.subordinates, doc):
            yield from _subordinate(index, doc, other)


def _resolved(index: Jobs, refs: tuple[str, ...], doc: DocumentContext) -> list:
    found = (index.resolve(ref) for ref in refs)
    unique: dict[int, DocumentContext] = {}
    for other in found:
        if other is not None and other is not doc:
            unique.setdefault(id(other), other)
    return list(unique.values())


def _listed(doc: DocumentContext, *path: str) -> list | None:
    """The list as the document gives it (None when absent), a lone string as one entry."""
    value = given(doc, *path)
    return [value] if isinstance(value, str) else value


def _names(doc: DocumentContext) -> str:
    return f"{doc.model.id}（{job(doc).basic.title}）"


def _supervises(index: Jobs, boss: DocumentContext, staff: DocumentContext):
    """boss supervises staff: staff must say who supervises it, or report up to boss."""
    if index.reaches(staff, boss, index.up):
        return
    if not index.checkable(_listed(staff, "relations", "supervised_by")):
        return
    yield staff.finding(("relations", "supervised_by"), Message(
        f"{_names(boss)} 的 supervises 写了本岗位，但本岗位的 supervised_by 没有写它：请补上。",
        f"{boss.model.id} lists this job in supervises, but supervised_by does not name it: "
        "add it"), suggestion=_add("relations.supervised_by", boss))


def _supervised_by(index: Jobs, staff: DocumentContext, boss: DocumentContext):
    """staff is supervised by boss: boss must name staff among the jobs it supervises."""
    if index.reaches(boss, staff, index.down):
        return
    if not index.checkable(_listed(boss, "relations", "supervises")):
        return
    yield boss.finding(("relations", "supervises"), Message(
        f"{_names(staff)} 的 supervised_by 写了本岗位，但本岗位的 supervises 没有写它：请补上。",
        f"{staff.model.id} names this job in supervised_by, but supervises does not list it: "
        "add it"), suggestion=_add("relations.supervises", staff))


def _reports_to(index: Jobs, staff: DocumentContext, boss: DocumentContext):
    """staff reports to boss: boss must list staff among its subordinates."""
    listed = _listed(boss, "basic", "subordinates")
    if not index.checkable(listed):
        return
    if any(found is staff for found in _resolved(index, tuple(listed or ()), boss)):
        return
    yield boss.finding(("basic", "subordinates"), Message(
        f"{_names(staff)} 的直接上级是本岗位，但本岗位的 subordinates 没有列出它：请补上。",
        f"{staff.model.id} reports to this job, but subordinates does not list it: add it"),
        suggestion=_add("basic.subordinates", staff))


def _subordinate(index: Jobs, boss: DocumentContext, staff: DocumentContext):
    """boss lists staff as a subordinate: staff must report to boss."""
    reports_to = job(staff).basic.reports_to
    current = index.resolve(reports_to)
    if reports_to is not None and current is None:
        return  # free text that may name boss in other words
    if index.reaches(staff, boss, index.up):
        return  # directly, or through a job in between (所辖人员 may count the whole unit)
    if current is None:
        message = Message(
            f"{_names(boss)} 把本岗位列为所辖人员，但本岗位没有写直接上级：请补上 reports_to。",
            f"{boss.model.id} lists this job among its subordinates, but reports_to is not "
            "given: add it")
    else:
        message = Message(
            f"{_names(boss)} 把本岗位列为所辖人员，但本岗位的直接上级是 {current.model.id}："
            "请统一两处的记载。",
            f"{boss.model.id} lists this job among its subordinates, but it reports to "
            f"{current.model.id}: make the two agree")
    path = existing_path(staff, ("basic", "reports_to"), ("basic",))
    value = reports_to or ""
    yield staff.finding(path, message, length=len(value) if path[-1] == "reports_to" else 0,
                        suggestion=Message(f"reports_to: {boss.model.id}",
                                           f"reports_to: {boss.model.id}"))


def _add(field: str, other: DocumentContext) -> Message:
    return Message(f"在 {field} 中加入 {other.model.id}", f"add {other.model.id} to {field}")
