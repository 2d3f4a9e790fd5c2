"""A duty statement opens with an action verb (verb–object), not with a noun phrase.

职责描述应以动作动词开头（动宾结构），而不是名词短语。

What it does / 检查内容:
  Reads the first clause of each duty's `statement`. Leading adverbials and time phrases
  (定期, 每月5日前, 主动, 24小时内) and a leading preposition phrase (根据…, 向客户…, 对…进行…)
  are allowed. The clause must then open with a verb of the verb lists: the core duty verbs of
  《客户服务管理体系设计全案》 (verbs-core.txt) and the broad list verbs.txt (接听, 登记,
  受理, 回访, 催收 … some 13,000 words). Reported: a noun opening (客户投诉的受理与登记);
  负责 followed by a noun instead of a verb (负责客户档案的建立与维护, 负责投诉处理工作 —
  负责受理客户投诉 is fine); and nominalised chains (投诉受理工作, 做好客户信息的维护). Where
  the structure is clear the finding suggests a rewording with the verb moved to the front.
  检查每项职责 `statement` 的第一个分句。允许以状语、时间短语（定期、每月5日前、24小时内）
  或介词短语（根据……、向客户……、对……进行……）开头，随后须是动词表中的动词：
  《客户服务管理体系设计全案》的核心职责动词（verbs-core.txt）和完整词表 verbs.txt（接听、
  登记、受理、回访、催收等约一万三千词）。报告：名词开头（客户投诉的受理与登记）；“负责”
  后接名词而非动词（负责客户档案的建立与维护、负责投诉处理工作；“负责受理客户投诉”没有
  问题）；名词化的动词串（投诉受理工作、做好客户信息的维护）。结构清楚时给出把动词移到
  开头的改写建议。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): each duty consists of
  action, completion standard and deadline, and is normally written as a verb–object phrase
  (动宾结构). A verb first says what the post does; a noun phrase only names a topic.
  《客户服务管理体系设计全案》（弗布克管理咨询）：每项职责由行动、完成标准和完成期限组成，通常写成
  动宾结构。动词开头说明岗位做什么，名词短语只说出了一个话题。

Example / 示例:

```yaml fail
duties:
  - title: 投诉受理
    statement: 客户投诉的受理与登记
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
```

```yaml pass
duties:
  - title: 投诉受理
    statement: 受理并登记客户经电话和在线渠道提交的投诉
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties, has_cjk, lexicon
from jobkit.lint.rules.jk1._verbs import analyse
from jobkit.problems import Message

ID = "JK101"
NAME = "duty-starts-with-verb"
LEVEL = "warning"
KINDS = ("job",)

_MESSAGES = {
    "noun": Message(
        "职责应以动作动词开头（动宾结构），例如“受理客户投诉”，而不是名词短语“{clause}”。",
        "start the duty with an action verb (verb–object), e.g. 受理客户投诉, not the noun "
        "phrase '{clause}'"),
    "responsible": Message(
        "“负责”之后应紧跟动作动词，说明具体做什么，例如“负责受理客户投诉”，而不是“{clause}”。",
        "after 负责 put the action verb that says what is done, e.g. 负责受理客户投诉, "
        "not '{clause}'"),
    "nominal": Message(
        "“{clause}”是名词化的写法；请把动作动词放在前面，写成动宾结构。",
        "'{clause}' is nominalised; put the action verb first (verb–object)"),
}


def check(ctx):
    lex = lexicon(ctx.words)
    for index, duty in duties(ctx):
        text = duty.statement or ""
        latin = sum(1 for char in text if char.isascii() and char.isalpha())
        chinese = sum(1 for char in text if has_cjk(char))
        if ctx.lang == "en" or chinese == 0 or latin > chinese:
            continue  # the verb lists are Chinese; a statement in English is not judged
        found = analyse(text, lex)
        if found is None:
            continue
        clause = text[found.offset:found.offset + found.length].strip()
        template = _MESSAGES[found.reason]
        suggestion = None
        if found.suggestion:
            suggestion = Message(f"改为：{found.suggestion}", f"reword: {found.suggestion}")
        yield ctx.finding(
            ("duties", index, "statement"),
            Message(template.zh.format(clause=clause), template.en.format(clause=clause)),
            offset=found.offset, length=found.length, suggestion=suggestion)
