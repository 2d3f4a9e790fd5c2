"""An approved job description has all four parts filled in.

已批准（approved）的岗位说明书不应有空缺的部分。

What it does / 检查内容:
  For `status: approved`, reports each of the sections summary (工作概要), duties (工作职责),
  qualifications (资格说明) and environment (工作环境) that is missing, empty, holds only empty
  entries, or (summary) only a placeholder such as `……` or `待定`. Drafts and documents under
  review are not checked: they may be incomplete on purpose.
  对 `status: approved` 的文档，逐一报告工作概要、工作职责、资格说明、工作环境中缺失、
  为空、只有空条目，或（工作概要）只写了“……”“待定”等占位内容的部分。草稿和审阅中的
  文档不检查，它们本来就可以未完成。

Why / 为什么:
  In common job-analysis practice a job description has four parts: basic information, job
  description, qualifications and working environment. An approved document is used for
  recruitment, training and appraisal; a missing part leaves those without a basis.
  按照工作分析的通常做法，岗位说明书包括基本资料、工作描述、资格说明和工作环境四个部分。
  已批准的文档会用于招聘、培训和考核，缺少任何一部分，这些工作就失去了依据。

Example / 示例:

```yaml fail
status: approved
environment: null
```

```yaml pass
status: approved
environment:
  workplace: 客户服务中心办公室
  schedule: 做五休二，节假日轮班
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk2._shared import is_placeholder
from jobkit.problems import Message

ID = "JK206"
NAME = "approved-complete"
LEVEL = "warning"
KINDS = ("job",)

_SECTIONS = (
    ("summary", "工作概要", "summary"),
    ("duties", "工作职责", "duties"),
    ("qualifications", "资格说明", "qualifications"),
    ("environment", "工作环境", "working environment"),
)


def _empty(value: object) -> bool:
    """Missing, blank, a placeholder, or a container whose entries are all empty."""
    if value is None:
        return True
    if isinstance(value, str):
        # 无 ("none") answers a question such as hazards; it is content, not a gap
        return value.strip() not in ("无", "没有") and is_placeholder(value)
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(_empty(v) for v in value)
    return False  # numbers and booleans are content


def check(ctx):
    data = ctx.data
    if data.get("status") != "approved":
        return
    for key, zh, en in _SECTIONS:
        value = data.get(key)
        if not _empty(value):
            continue
        where = (key,) if key in data else ("status",)
        state_zh, state_en = ("缺失", "missing") if key not in data else ("为空", "empty")
        yield ctx.finding(
            where,
            Message(f"文档状态为已批准，但{zh}（{key}）{state_zh}；请补写{zh}，或把 status 改回 draft。",
                    f"the document is approved but its {en} ({key}) is {state_en}; fill it in, "
                    "or set status back to draft"))
