"""One duty statement should not pack several duties: too long, or too many action clauses.

一项职责描述不应塞进几项职责：篇幅过长，或动作分句过多。

What it does / 检查内容:
  Reports a Chinese `statement` longer than 80 characters, or one with 4 or more clauses that
  each open with a verb (clauses split at ，；。 and at 并且, 同时, 以及, 此外, 另外). Three
  clauses such as 跟踪处理进度，按约定时间通报进展，并答复最终结果 are fine.
  中文 `statement` 超过 80 个字，或有 4 个及以上以动词开头的分句（按，；。以及“并且、同时、
  以及、此外、另外”切分）时报告。“跟踪处理进度，按约定时间通报进展，并答复最终结果”
  这样的三个分句没有问题。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): each duty is one area of
  work, summed up by its title and described by an action, a standard and a deadline. A
  statement with many actions hides several duties, each of which needs its own standard,
  deadline and time share.
  《客户服务管理体系设计全案》（弗布克管理咨询）：每项职责是一个工作领域，用标题概括，用行动、标准
  和期限描述。一条描述里有许多动作，就藏着几项职责，而每项职责都应有自己的标准、期限和
  时间占比。

Example / 示例:

```yaml fail
duties:
  - title: 投诉处理
    statement: 受理客户投诉，登记投诉信息，调查投诉原因，拟订处理方案，答复客户，回访客户满意度
```

```yaml pass
duties:
  - title: 投诉处理
    statement: 调查核实投诉事实，拟订处理方案并答复客户
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk1._shared import cjk_length, duties, has_cjk, lexicon
from jobkit.lint.rules.jk1._verbs import opens_with_verb
from jobkit.problems import Message

ID = "JK106"
NAME = "duty-too-long"
LEVEL = "warning"
KINDS = ("job",)

MAX_LENGTH = 80
MAX_CLAUSES = 3
_SPLIT = re.compile(r"[，。；,;\n]|并且|同时|以及|此外|另外")


def verb_clauses(text: str, lex) -> list[int]:
    """Offsets of the clauses of text that open with a verb."""
    found, start = [], 0
    for match in [*_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip() and opens_with_verb(piece, lex):
            found.append(start + len(piece) - len(piece.lstrip()))
        if match:
            start = match.end()
    return found


def check(ctx):
    lex = lexicon(ctx.words)
    for index, duty in duties(ctx):
        text = duty.statement or ""
        if not has_cjk(text):
            continue
        length = cjk_length(text)
        if length > MAX_LENGTH:
            yield ctx.finding(
                ("duties", index, "statement"),
                Message(f"职责描述有 {length} 个字，超过 {MAX_LENGTH} 个，"
                        "可能把几项职责写在了一起；"
                        "请拆分，或把细节移到 standard 和 deadline 中。",
                        f"the statement has {length} characters, more than {MAX_LENGTH}: split it "
                        "into several duties or move details to `standard` and `deadline`"))
            continue
        starts = verb_clauses(text, lex)
        if len(starts) > MAX_CLAUSES:
            yield ctx.finding(
                ("duties", index, "statement"),
                Message(f"这条描述有 {len(starts)} 个动作分句，像是几项职责写在了一起；请拆分为"
                        "几项职责，每项一个主要动作，各自写明标准、期限和时间占比。",
                        f"this statement has {len(starts)} action clauses, like several duties "
                        "in one: split it, one main action per duty with its own standard, "
                        "deadline and time share"),
                offset=starts[MAX_CLAUSES], length=len(text) - starts[MAX_CLAUSES])
