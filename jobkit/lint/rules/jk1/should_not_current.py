"""Describe what the post should do, not its current state (目前, 暂时, 现阶段, 暂由 …).

描述岗位应该做的工作，而不是现状（目前、暂时、现阶段、暂由……）。

What it does / 检查内容:
  In the `summary` and the duties (title, statement, standard, deadline), outside quotation
  marks, reports the words of current-state.txt (现阶段, 眼下, 暂由, 现在正在 …) wherever they
  stand, and those of jk1-current-state-weak.txt (目前, 暂时, 现在, 正在, 尚未 …) when they open
  a clause or are followed by 主要, 还, 暂, 由, 仍, 只, 兼 … (目前主要负责, 暂时由主管兼任).
  They are fine when they describe the object of the work: 告知客户目前的处理进度, 对暂时无法
  解决的故障, 跟进尚未结案的投诉.
  在 `summary` 和各项职责（标题、描述、标准、期限）中（引号内除外），current-state.txt 中的
  词（现阶段、眼下、暂由、现在正在……）在任何位置都报告；jk1-current-state-weak.txt 中的词
  （目前、暂时、现在、正在、尚未……）位于分句开头，或后接“主要、还、暂、由、仍、只、兼”
  等时报告（目前主要负责、暂时由主管兼任）。描述工作对象时没有问题：告知客户目前的处理
  进度、对暂时无法解决的故障、跟进尚未结案的投诉。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting), among its cautions for
  writing duties: describe the work the post should do, not what happens to be done at
  present. A description of the present state is out of date the day the organisation changes.
  《客户服务管理体系设计全案》（弗布克管理咨询）在编写注意事项中提出：写岗位应该做的工作，而不是
  眼下正在做的工作。描述现状的文字在组织调整的当天就过时了。

Example / 示例:

```yaml fail
summary: 目前主要负责受理客户投诉，暂由客服主管兼管投诉回访。
```

```yaml pass
summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责。
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk1._shared import duties, inside, quoted_spans
from jobkit.lint.text import find_words
from jobkit.problems import Message

ID = "JK111"
NAME = "should-not-current"
LEVEL = "warning"
KINDS = ("job",)

_STATE_AFTER = re.compile(r"主要|还|暂|正在|由|仍|尚|只|仅|兼|负责|承担|没有")
_CLAUSE_START = re.compile(r"(?:^|[，。；：、,;:\s（(]|本岗位|该岗位|本职位|岗位)$")
_FIELDS = ("title", "statement", "standard", "deadline")


def _current(text: str, words):
    strong = list(find_words(text, words["current-state"]))
    weak = list(find_words(text, words["jk1-current-state-weak"]))
    if not strong and not weak:
        return
    quotes = quoted_spans(text)
    strong = [(o, w) for o, w in strong if not inside(o, quotes)]
    yield from strong
    taken = [(o, o + len(w)) for o, w in strong]
    for offset, word in weak:
        if inside(offset, quotes) or inside(offset, taken):
            continue
        after = text[offset + len(word):]
        if _STATE_AFTER.match(after):
            yield offset, word
        elif _CLAUSE_START.search(text[max(0, offset - 3):offset]) and "的" not in after[:6]:
            yield offset, word


def _texts(ctx):
    yield ("summary",), ctx.model.summary or ""
    for index, duty in duties(ctx):
        for field in _FIELDS:
            yield ("duties", index, field), getattr(duty, field) or ""


def check(ctx):
    for path, text in _texts(ctx):
        for offset, word in _current(text, ctx.words):
            yield ctx.finding(
                path,
                Message(f"“{word}”描述的是现状；岗位说明书写岗位应该做的工作，请删去或改写为常态职责。",
                        f"'{word}' describes the current state: write what the post should do, "
                        "as a standing duty"),
                offset=offset, length=len(word))
