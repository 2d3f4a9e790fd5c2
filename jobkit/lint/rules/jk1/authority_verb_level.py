"""Approving verbs fit the post's level: no 审批/批准/签发/决定 without authority; managers direct.

动词与岗位层级相符：无权限的岗位不写“审批、批准、签发、决定”；管理岗位应有指挥类动词。

What it does / 检查内容:
  A post has authority when it has subordinates (`basic.subordinates` or `relations.supervises`)
  or when the duty's `authority` says 决策, 审批, 批准, 决定, 签发, 审定 or 核准. In a post
  without either, reports an approving verb of jk1-approving-verbs.txt in a duty's statement
  (审批, 批准, 签发, 审定, 决定 …) — unless the approval is someone else's: 报主管审批, 提交经理
  批准, 经主管审定后, 协助审批, 跟踪审批进度, 决定是否…. The other way round, a post with
  subordinates whose duties hold no directing verb of jk1-directing-verbs.txt at all (指导,
  安排, 监督, 考核 …) is reported at `duties`. Level info: authority is often implicit.
  岗位有下属（`basic.subordinates` 或 `relations.supervises`），或职责的 `authority` 写明决策、
  审批、批准、决定、签发、审定、核准时，视为有相应权限。两者皆无的岗位，职责描述中出现
  jk1-approving-verbs.txt 中的审批类动词（审批、批准、签发、审定、决定……）时报告——由他人
  审批的除外：报主管审批、提交经理批准、经主管审定后、协助审批、跟踪审批进度、决定是否
  ……。反之，有下属的岗位，所有职责中都没有 jk1-directing-verbs.txt 中的指挥类动词（指导、
  安排、监督、考核……）时，在 `duties` 处报告。级别为提示：权限常常是隐含的。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting) groups duty verbs by level: approving
  and deciding (批准、决定、审批、签发) are a superior's acts (上级行为), a subordinate checks,
  collects and submits (检查、核对、收集、提交: 下级行为). A post's duties go with the authority
  it has been given: a post that may not approve should not be written as approving.
  《客户服务管理体系设计全案》（弗布克管理咨询）按层级区分职责动词：批准、决定、审批、签发是上级
  行为，检查、核对、收集、提交是下级行为。岗位的职责与其被授予的权限相对应，没有审批权的
  岗位，职责中不应写成由本岗位审批。

Example / 示例:

```yaml fail
duties:
  - title: 补偿审批
    statement: 审批客户补偿申请并签发补偿通知
    authority: 执行
```

```yaml pass
duties:
  - title: 补偿申请
    statement: 核实客户补偿申请，拟订补偿方案报投诉主管审批
    authority: 建议
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk1._shared import duties, inside, quoted_spans
from jobkit.lint.text import find_words
from jobkit.problems import Message

ID = "JK114"
NAME = "authority-verb-level"
LEVEL = "info"
KINDS = ("job",)

_AUTHORITY = re.compile(r"决策|审批|批准|决定|签发|审定|核准|批复|签批")
# Someone else approves: 报主管审批, 提交经理批准, 经…审定, 协助审批.
_OTHERS_BEFORE = re.compile(
    r"(?:报|提交|转交|交由|由|经|送|呈|请|申请|待|获|提请|报请|协助|配合|参与|"
    r"主管|经理|总监|领导|上级|负责人|委员会)[^，。；,;]{0,8}$")
_SEGMENT_BREAK = re.compile(r"[，。；,;、]|并且|并|以及")
_NOUN_AFTER = re.compile(r"流程|单|表|结果|进度|意见|权限|手续|件|后|文件|记录|额度|标准|事项|"
                         r"通过|是否|性|书|环节|节点|人")


def _is_manager(job) -> bool:
    return bool(job.basic.subordinates) or bool(job.relations.supervises)


def _own_approvals(text: str, words):
    quotes = quoted_spans(text)
    for offset, verb in find_words(text, words["jk1-approving-verbs"]):
        before = _SEGMENT_BREAK.split(text[max(0, offset - 10):offset])[-1]
        if inside(offset, quotes) or _OTHERS_BEFORE.search(before):
            continue
        if _NOUN_AFTER.match(text, offset + len(verb)):
            continue
        yield offset, verb


def check(ctx):
    job = ctx.model
    if _is_manager(job):
        directing = ctx.words["jk1-directing-verbs"]
        texts = [f"{d.title} {d.statement}" for d in job.duties]
        if texts and not any(list(find_words(t, directing)) for t in texts):
            yield ctx.finding(
                ("duties",),
                Message("本岗位有下属，但职责中没有指导、安排、监督、考核等管理类动词；"
                        "请写明对下属工作的管理职责。",
                        "this post has subordinates but no duty directs their work (指导, 安排, "
                        "监督, 考核 …): add the duty of managing them"))
        return
    for index, duty in duties(ctx):
        if duty.authority and _AUTHORITY.search(duty.authority):
            continue
        text = duty.statement or ""
        for offset, verb in _own_approvals(text, ctx.words):
            yield ctx.finding(
                ("duties", index, "statement"),
                Message(f"本岗位没有下属，该职责的权限也不含决策或审批，却写了“{verb}”；"
                        "请改为“拟订……报……审批”等表述，或在 authority 中写明审批权限。",
                        f"'{verb}' in a post without subordinates and without approving "
                        "authority: write that the post drafts and submits for approval, or "
                        "state the authority in `authority`"),
                offset=offset, length=len(verb))
