"""A reference written as an id names no document of the project, or one of the wrong kind.

引用写成了 id，但项目中没有这个文档，或文档类型不对。

What it does / 检查内容:
  Checks the fields that point at other documents: in a job, `basic.reports_to`,
  `basic.subordinates` and `relations.supervised_by / supervises / promotion / transfer`
  (other jobs); in a policy, `responsibilities[].role` (a job), `procedure` (a process) and
  `appendices` (forms or tools). These fields accept a job id or free text, so only values
  written as an id (lower-case letters, digits and hyphens, e.g. `complaint-supervisor`) are
  checked; free text such as 客户服务部经理 is left alone. An id that exists nowhere gets the
  closest existing id as a suggestion; an id of the wrong kind is named with its kind.
  The project is every document under the folders linted and under the folder of
  jobkit.yaml, so linting one file still sees the others. Files linted on their own, with no
  jobkit.yaml above them, are not enough to call an id unknown and are not judged. A
  document that is itself invalid (JK001) still counts when its kind and id can be read.
  检查指向其他文档的字段：岗位的 `basic.reports_to`、`basic.subordinates` 和
  `relations.supervised_by / supervises / promotion / transfer`（应为岗位）；制度的
  `responsibilities[].role`（岗位）、`procedure`（流程）和 `appendices`（表单或工具）。
  这些字段既可写 id 也可写文字，因此只检查写成 id 形式（小写字母、数字和连字符）的值；
  “客户服务部经理”这样的文字不检查。找不到的 id 会给出最接近的现有 id；类型不对的
  会说明它实际是什么文档。项目包括所检查的文件夹和 jobkit.yaml 所在文件夹中的全部文档。

Why / 为什么:
  A broken reference becomes a dangling cross-reference in the rendered pack: a policy whose
  procedure or appendix cannot be found, an organisation chart with a missing superior. A job
  description names its superior, its subordinates and its working relations, and
  《客户服务管理体系设计全案》 (Fobook Management Consulting) has a policy name its procedure and
  appendices. Ids are usually mistyped or renamed.
  断开的引用会使生成的文档出现找不到的交叉引用：制度的实施程序或附录缺失、组织图中
  上级岗位缺失。岗位说明书通常写明直接上级、所辖人员和工作关系；《客户服务管理体系设计全案》
  （弗布克管理咨询）要求制度写明实施程序，并附流程图或附录。

Example / 示例:

```yaml fail
# file: modules/complaint/jobs/complaint-specialist.yaml
kind: job
basic: {reports_to: complaint-supervsior}
# file: modules/complaint/jobs/complaint-supervisor.yaml
kind: job
id: complaint-supervisor
basic: {title: 投诉主管, reports_to: 客户服务部经理}
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
from jobkit.lint.rules.jk5._project import (
    by_file, did_you_mean, first_by_id, given, kind_name, looks_like_id)
from jobkit.problems import Message, Problem

ID = "JK501"
NAME = "unknown-reference"
LEVEL = "error"
KINDS = ("job", "policy")
SCOPE = "project"

JOB = ("job",)
JOB_LISTS = (("basic", "subordinates"), ("relations", "supervised_by"),
             ("relations", "supervises"), ("relations", "promotion"),
             ("relations", "transfer"))


def check(project: ProjectContext) -> Iterator[Problem]:
    if not project.roots:  # loose files without a project: the rest of it is unknown
        return
    known = first_by_id(project)
    broken = project.broken_by_id()
    guesses: dict[tuple, str | None] = {}
    for doc in by_file(project.documents):
        for path, value, kinds in _references(doc):
            if value in broken and value not in known and broken[value].kind in kinds:
                continue  # an invalid document, reported once in its own file (JK001)
            if looks_like_id(value):
                problem = _judge(doc, path, value, kinds, known, guesses)
                if problem is not None:
                    yield problem


def _references(doc: DocumentContext) -> Iterator[tuple[tuple, str, tuple[str, ...]]]:
    """(path, value, kinds it may name) for each reference field the document gives."""
    if doc.kind == "job":
        reports_to = given(doc, "basic", "reports_to")
        if isinstance(reports_to, str):
            yield ("basic", "reports_to"), reports_to, JOB
        for path in JOB_LISTS:
            yield from _items(doc, path, JOB)
    elif doc.kind == "policy":
        for index, entry in enumerate(given(doc, "responsibilities") or ()):
            if isinstance(entry, dict) and isinstance(entry.get("role"), str):
                yield ("responsibilities", index, "role"), entry["role"], JOB
        procedure = given(doc, "procedure")
        if isinstance(procedure, str):
            yield ("procedure",), procedure, ("process",)
        yield from _items(doc, ("appendices",), ("form", "tool"))


def _items(doc: DocumentContext, path: tuple, kinds: tuple[str, ...]):
    value = given(doc, *path)
    if isinstance(value, str):
        yield path, value, kinds
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield (*path, index), item, kinds


def _guess(value: str, kinds: tuple[str, ...], doc: DocumentContext,
           known: dict[str, DocumentContext], guesses: dict) -> str | None:
    """The closest id of the wanted kinds, worked out once per value: a project that repeats
    one unknown reference in many files must not pay for the search each time."""
    if (value, kinds) not in guesses:
        guesses[value, kinds] = did_you_mean(
            value, [i for i, d in known.items() if d.kind in kinds])
    guess = guesses[value, kinds]
    if guess is not None and known[guess] is doc:  # never suggest the document itself
        guess = did_you_mean(value, [i for i, d in known.items() if d.kind in kinds and d is not doc])
    return guess


def _judge(doc: DocumentContext, path: tuple, value: str, kinds: tuple[str, ...],
           known: dict[str, DocumentContext], guesses: dict) -> Problem | None:
    wanted_zh = "或".join(kind_name(k)[0] for k in kinds)
    wanted_en = " or ".join(kind_name(k)[1] for k in kinds)
    target = known.get(value)
    if target is None:
        guess = _guess(value, kinds, doc, known, guesses)
        suggestion = Message(f"改为 {guess}", f"change it to {guess}") if guess else None
        text_zh, text_en = ("，或直接写职位名称", " or write the title as text") if kinds == JOB \
            else ("", "")
        return doc.finding(path, Message(
            f"项目中没有 id 为 {value} 的{wanted_zh}：请改为现有文档的 id{text_zh}。",
            f"no {wanted_en} with id {value} in the project: use an existing id{text_en}"),
            length=len(value), suggestion=suggestion)
    if target.kind not in kinds:
        actual_zh, actual_en = kind_name(target.kind)
        return doc.finding(path, Message(
            f"{value} 是{actual_zh}（{target.file}），这里应引用{wanted_zh}。",
            f"{value} is a {actual_en} ({target.file}); this field names a {wanted_en}"),
            length=len(value))
    return None
