"""`basic.subordinates` and `relations.supervises` tell the same story about who reports here.

所辖人员与“监督谁”应一致，不能自相矛盾。

What it does / 检查内容:
  Within one job description it reports:
  - posts under `basic.subordinates` while `relations` is written but `supervises` is empty;
  - posts under `relations.supervises` while `basic.subordinates` is empty;
  - when both lists use job ids: an id in one list but not in the other;
  - the job itself, or a post it reports to (`reports_to`, `supervised_by`), listed among the
    posts it manages;
  - a bare number under `subordinates` (such as `6人`): write the posts; the number of people
    in THIS post is `headcount` (定员人数), which is not the number of subordinates and is
    therefore not compared with them.
  在同一份岗位说明书中报告：写了所辖人员但 `relations` 中“监督谁”为空；写了“监督谁”
  但所辖人员为空；两者都用岗位 id 时，只出现在其中一方的 id；把本岗位自身或其上级
  （`reports_to`、`supervised_by`）列为下属；所辖人员只写了人数（如“6人”）——这里应写
  岗位名称，而 `headcount`（定员人数）是本岗位自身的编制人数，不是下属人数，因此不与
  下属比较。

Why / 为什么:
  A job description usually records the post's subordinates in two places: as 所辖人员 in the
  basic information and as 监督谁 in the work relations, two views of the same reporting line.
  When they disagree, readers cannot tell whether the post manages anyone, and the
  organisation chart and span-of-control checks built from them go wrong.
  岗位说明书通常在基本资料中写所辖人员，在工作关系中写监督谁，两处描述的是同一条汇报线。
  两者不一致时，读者无法判断本岗位是否管理他人，据此生成的组织图和管理幅度检查也会出错。

Example / 示例:

```yaml fail
id: complaint-supervisor
basic:
  title: 投诉主管
  reports_to: customer-service-manager
  subordinates: [complaint-specialist]
relations:
  supervised_by: [customer-service-manager]
  supervises: []
```

```yaml pass
id: complaint-supervisor
basic:
  title: 投诉主管
  reports_to: customer-service-manager
  subordinates: [complaint-specialist]
relations:
  supervised_by: [customer-service-manager]
  supervises: [complaint-specialist]
```
"""
from __future__ import annotations

import re

from jobkit.problems import Message

ID = "JK204"
NAME = "headcount-subordinates"
LEVEL = "warning"
KINDS = ("job",)

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_BARE_COUNT = re.compile(r"^\s*(共|约|下辖|管理)?\s*[0-9０-９一二三四五六七八九十两百]+\s*(人|名|个人|位)?\s*$")


def check(ctx):
    job = ctx.model
    subordinates = job.basic.subordinates
    supervises = job.relations.supervises
    above = _above(job)
    yield from _bare_counts(ctx, subordinates)
    yield from _self_and_superiors(ctx, job, above)
    if subordinates and not supervises and "relations" in ctx.data:
        yield ctx.finding(
            ("basic", "subordinates"),
            Message("所辖人员列出了下属岗位，但 relations.supervises（监督谁）为空；"
                    "请在 supervises 中列出同样的岗位，或删除不属于本岗位管理的所辖人员。",
                    "basic.subordinates lists posts but relations.supervises is empty; list the "
                    "same posts under supervises, or remove the subordinates this post does not "
                    "manage"))
    elif supervises and not subordinates:
        yield ctx.finding(
            ("relations", "supervises"),
            Message("relations.supervises（监督谁）列出了岗位，但 basic.subordinates（所辖人员）为空；"
                    "请在所辖人员中列出这些下属岗位；若只是业务上的检查而非管理关系，请改写在 relations.internal。",
                    "relations.supervises lists posts but basic.subordinates is empty; list these "
                    "posts as subordinates, or, if this is checking work rather than managing "
                    "people, describe it under relations.internal"))
    elif subordinates and supervises:
        # bare counts and posts above this one are reported already: no second finding
        posts = [e for e in subordinates if not _BARE_COUNT.match(e) and e not in above]
        yield from _id_differences(ctx, subordinates, posts,
                                   [e for e in supervises if e not in above], supervises)


def _bare_counts(ctx, subordinates):
    for index, entry in enumerate(subordinates):
        if _BARE_COUNT.match(entry):
            yield ctx.finding(
                ("basic", "subordinates", index),
                Message(f"所辖人员“{entry}”只是人数；请写出所管理的岗位（如“投诉处理专员”或其岗位 id）。"
                        "本岗位自身的编制人数写在 headcount。",
                        f"subordinate '{entry}' is only a number; name the posts managed (a title "
                        "or a job id). The number of people in this post itself is headcount"))


def _above(job) -> set[str]:
    """The job itself and the posts it reports to: none of them can be below it."""
    above = {job.id, *job.relations.supervised_by}
    if job.basic.reports_to:
        above.add(job.basic.reports_to)
    return above


def _self_and_superiors(ctx, job, above: set[str]):
    lists = (("basic", "subordinates", job.basic.subordinates),
             ("relations", "supervises", job.relations.supervises))
    for field, key, entries in lists:
        for index, entry in enumerate(entries):
            if entry == job.id:
                zh, en = "本岗位不能把自己列为下属", "a post cannot manage itself"
            elif entry in above:
                zh = "该岗位是本岗位的上级，不能同时列为下属"
                en = "that post is above this one, so it cannot also be below it"
            else:
                continue
            yield ctx.finding(
                (field, key, index),
                Message(f"“{entry}”：{zh}；请从 {field}.{key} 中删除。",
                        f"'{entry}': {en}; remove it from {field}.{key}"))


def _id_differences(ctx, subordinates, posts, supervised, supervises):
    """Compare the lists only where both name posts by id: titles and ids cannot be matched."""
    if not (posts and all(_ID.match(e) for e in posts + supervised)):
        return
    for index, entry in enumerate(subordinates):
        if entry in posts and entry not in supervises:
            yield ctx.finding(
                ("basic", "subordinates", index),
                Message(f"所辖人员中的“{entry}”没有出现在 relations.supervises（监督谁）中；请在两处列出相同的下属岗位。",
                        f"subordinate '{entry}' is missing from relations.supervises; list the "
                        "same posts in both places"))
    for index, entry in enumerate(supervises):
        if entry in supervised and entry not in subordinates:
            yield ctx.finding(
                ("relations", "supervises", index),
                Message(f"监督谁中的“{entry}”不在 basic.subordinates（所辖人员）中；请在两处列出相同的下属岗位。",
                        f"supervised post '{entry}' is missing from basic.subordinates; list the "
                        "same posts in both places"))
