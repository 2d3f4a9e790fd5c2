"""A policy states its purpose, basis, scope, interpreting department and effective date for real.

管理制度应写明目的、依据、适用范围、解释部门和施行日期等规范性条款。

What it does / 检查内容:
  The schema already requires `purpose`, `scope`, `interpretation` and `effective`, so this rule
  looks at what they say. It reports a clause that is only a placeholder (`……`, `待定`, `TBD`,
  `XXX`, `另行通知`), a purpose too thin to state a goal (fewer than 8 characters), a missing
  or placeholder `basis` (unless the purpose itself cites one: 根据《…》, 依据有关法律法规),
  and an `effective` date that contradicts `effective_date`.
  Schema 已要求 `purpose`、`scope`、`interpretation`、`effective` 四个字段存在，本规则检查
  其内容：只有占位符（“……”“待定”“TBD”“XXX”“另行通知”）的条款；过于单薄、说不清目的
  的 purpose（少于 8 个字）；缺少 `basis` 或 `basis` 只有占位内容（purpose 中已写明
  “根据《…》”“依据有关法律法规”的除外）；`effective` 写的日期与 `effective_date` 不一致。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting) requires a policy to state its
  normative clauses — purpose, basis, scope, interpreting department and effective date —
  because they decide who must follow it, on what authority, from when, and who settles
  disputes over its meaning. A clause written as 待定 leaves all of that open.
  《客户服务管理体系设计全案》（弗布克管理咨询）要求制度写明制定目的、依据、适用范围、解释部门、
  施行日期等规范性条款：它们决定谁必须遵守、凭什么、从何时起、由谁解释。写成“待定”的
  条款等于没有规定。

Example / 示例:

```yaml fail
purpose: 待定
basis: null
```

```yaml pass
purpose: 规范客户投诉的受理、调查、处理和回访，缩短处理时间，提高客户满意度。
basis: [《中华人民共和国消费者权益保护法》, 公司《客户服务管理办法》]
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk2._shared import as_date, content_length, is_placeholder
from jobkit.problems import Message

ID = "JK207"
NAME = "policy-normative-clauses"
LEVEL = "warning"
KINDS = ("policy",)

_MIN_PURPOSE = 8
# A purpose such as "根据《消费者权益保护法》……制定本制度" already states the basis.
_BASIS_IN_TEXT = re.compile(r"(根据|依据|依照|按照|遵照|贯彻|落实)[^。；]{0,40}(《|法律|法规|规定|条例|办法|标准|文件|精神)")

_CLAUSES = (
    ("purpose", "制定目的", "purpose"),
    ("scope", "适用范围", "scope"),
    ("interpretation", "解释部门", "interpreting department"),
    ("effective", "施行日期", "effective date"),
)


def check(ctx):
    policy = ctx.model
    for key, zh, en in _CLAUSES:
        text = getattr(policy, key)
        if not isinstance(text, str):
            continue  # a YAML date, e.g. effective: 2026-01-01
        if is_placeholder(text):
            yield _placeholder(ctx, (key,), text, zh, en)
        elif key == "purpose" and content_length(text) < _MIN_PURPOSE:
            yield ctx.finding(
                ("purpose",),
                Message(f"制定目的“{text}”过于简略；请写明本制度要解决的问题和要达到的目标，"
                        "例如“规范客户投诉的受理和处理，缩短处理时间，提高客户满意度”。",
                        f"the purpose '{text}' is too thin; say which problem the policy solves "
                        "and what it aims to achieve"))
    yield from _basis(ctx, policy)
    yield from _effective_dates(ctx, policy)


def _placeholder(ctx, path: tuple, text: str, zh: str, en: str):
    return ctx.finding(
        path,
        Message(f"{zh}只写了占位内容“{text.strip()}”；请写出实际内容后再发布。",
                f"the {en} is only a placeholder ('{text.strip()}'); write the actual clause "
                "before the policy is issued"),
        length=len(text))


def _basis(ctx, policy):
    for index, entry in enumerate(policy.basis):
        if is_placeholder(entry):
            yield _placeholder(ctx, ("basis", index), entry, "制定依据", "basis")
    if policy.basis or _BASIS_IN_TEXT.search(policy.purpose):
        return
    yield ctx.finding(
        ("purpose",),
        Message("制度没有写明制定依据（basis）；请列出所依据的法律法规或上级制度，"
                "例如“《中华人民共和国消费者权益保护法》”或“公司《客户服务管理办法》”。",
                "the policy states no basis; list the laws, regulations or company rules it "
                "rests on under basis"))


def _effective_dates(ctx, policy):
    """`effective: 2026-03-01` and `effective_date: 2026-04-01` cannot both be true."""
    written = as_date(ctx.data.get("effective"))
    if written is None or policy.effective_date is None or written == policy.effective_date:
        return
    yield ctx.finding(
        ("effective",),
        Message(f"施行日期 {written.isoformat()} 与 effective_date {policy.effective_date.isoformat()} "
                "不一致；请统一为同一日期。",
                f"the effective date {written.isoformat()} contradicts effective_date "
                f"{policy.effective_date.isoformat()}; make them the same"))
