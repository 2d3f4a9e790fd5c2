"""A duty's `title` is a few key words (投诉受理), not a sentence.

职责标题应是几个关键词（如“投诉受理”），而不是一句话。

What it does / 检查内容:
  Reports a Chinese duty `title` that holds clause punctuation (，。；：！？), is longer than
  12 characters, opens with 负责, or chains actions with 并, 并且, 以及 or 然后. Titles such as
  投诉受理登记, 客户信用档案建立与维护 or 回款跟踪 pass.
  中文职责标题含有分句标点（，。；：！？）、超过 12 个字、以“负责”开头，或用“并、并且、
  以及、然后”串联多个动作时报告。“投诉受理登记”“客户信用档案建立与维护”“回款跟踪”等
  标题没有问题。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): each duty first names its
  content in a few key words, then says how the work is done and what result it reaches. The
  title is what a reader scans; the sentence belongs in `statement`.
  《客户服务管理体系设计全案》（弗布克管理咨询）：每项职责先用几个关键词点明内容，再写清怎么做、
  要达到什么结果。标题供读者快速浏览，完整的句子应写在 `statement` 中。

Example / 示例:

```yaml fail
duties:
  - title: 受理客户的各类投诉，并在系统中登记
    statement: 受理客户经电话和在线渠道提交的投诉并在工单系统中登记分类
```

```yaml pass
duties:
  - title: 投诉受理登记
    statement: 受理客户经电话和在线渠道提交的投诉并在工单系统中登记分类
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk1._shared import cjk_length, duties, has_cjk
from jobkit.problems import Message

ID = "JK104"
NAME = "duty-title-keywords"
LEVEL = "warning"
KINDS = ("job",)

MAX_LENGTH = 12
_PUNCTUATION = re.compile(r"[，。；：！？,;:!?]|\.(?!\d)")
_CHAIN = re.compile(r"并且|然后|以及|(?<![合归兼吞])并(?![购表网列])")


def _problem(title: str) -> tuple[int, Message] | None:
    match = _PUNCTUATION.search(title)
    if match:
        return match.start(), Message("标题中有分句标点，像一句话",
                                      "the title holds clause punctuation, like a sentence")
    if cjk_length(title) > MAX_LENGTH:
        return 0, Message(f"标题有 {cjk_length(title)} 个字，超过 {MAX_LENGTH} 个",
                          f"the title has {cjk_length(title)} characters, more than {MAX_LENGTH}")
    if title.lstrip().startswith("负责"):
        return title.index("负责"), Message("标题以“负责”开头，像一句话",
                                            "the title opens with 负责, like a sentence")
    match = _CHAIN.search(title)
    if match:
        return match.start(), Message(f"标题用“{match.group()}”串联了几个动作",
                                      f"the title chains actions with {match.group()}")
    return None


def check(ctx):
    for index, duty in duties(ctx):
        title = duty.title or ""
        if not has_cjk(title):
            continue
        found = _problem(title)
        if found is None:
            continue
        offset, why = found
        yield ctx.finding(
            ("duties", index, "title"),
            Message(f"{why.zh}；职责标题应是几个关键词，例如“投诉受理登记”，"
                    "详细内容写在 statement 中。",
                    f"{why.en}; a duty title is a few key words, e.g. 投诉受理登记, and the "
                    "details go in `statement`"),
            offset=offset)
