"""A punctuation mark typed twice or more in Chinese text: write it once.

中文标点不应连用：！！、。。、，，、？？ 写一个即可；省略号写作“……”。

What it does / 检查内容:
  Reports runs of the same mark — ！！ 。。 ，， ？？ ；； ：： 、、 and their half-width forms
  such as `!!!` and `,,` next to Chinese — and offers one full-width mark. Three or more
  periods (`...`, `......`, `。。。`) in Chinese text are an ellipsis and become “……”; two
  half-width dots are reported without a fix (an ellipsis or a period?). The correct Chinese
  ellipsis “……” and dash “——”, and the combinations ？！ and ！？, are not reported. Marks
  in Latin-only text (`Great!!!`), URLs, paths and `{{ placeholders }}` are left alone.
  报告连用的同一标点并给出单个全角标点；中文里的三个及以上句点视为省略号，改为“……”。
  正确的省略号“……”、破折号“——”以及“？！”连用不报告。

Why / 为什么:
  GB/T 15834-2011《标点符号用法》 gives each mark one form: a sentence ends with one 。！ or ？
  (the only allowed combination is ？！ and its like), and the ellipsis is “……”, two
  three-dot characters, not a row of periods. Doubled marks read as informal or as typing
  slips in a formal document.
  GB/T 15834-2011《标点符号用法》规定句末只用一个句末点号（？！连用除外），省略号为
  “……”；重复标点显得随意，也像录入错误。

Example / 示例:

```yaml fail
summary: 受理并处理客户投诉，对投诉处理时效和客户满意度负责！！
```

```yaml pass
summary: 受理并处理客户投诉（电话、邮件、在线客服……），对投诉处理时效和客户满意度负责。
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.common import excerpt, is_chinese, next_visible
from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK403"
NAME = "repeated-punctuation"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_RUN = re.compile(r"[,，]{2,}|[!！]{2,}|[?？]{2,}|[;；]{2,}|[:：]{2,}|、{2,}|。{2,}|\.{2,}")
_ONE = {",": "，", "，": "，", "!": "！", "！": "！", "?": "？", "？": "？", ";": "；",
        "；": "；", ":": "：", "：": "：", "、": "、"}
_ELLIPSIS = "……"


def check(ctx):
    for path, value in ctx.strings:
        if _RUN.search(value) is None:
            continue
        text = masked(value)
        for match in _RUN.finditer(text):
            found = _finding(ctx, path, value, text, match)
            if found is not None:
                yield found


def _replacement(run: str, chinese: bool) -> str | None:
    """The single mark for a run; '' when there is no safe one; None when it is fine."""
    if run[0] == ".":
        if not chinese:
            return None
        return _ELLIPSIS if len(run) >= 3 else ""
    if run[0] == "。":
        return _ELLIPSIS if len(run) >= 3 else "。"
    if not chinese and run.isascii():
        return None  # Great!!! in Latin text
    return _ONE[run[0]]


def _finding(ctx, path, value, text, match):
    start, end = match.span()
    run = match.group()
    left = next_visible(text, start - 1, -1)
    right = next_visible(text, end, 1)
    if run[0] in ":." and _between_digits(text, start, end):
        return None  # 1..10, 10::20: not prose punctuation
    replacement = _replacement(run, is_chinese(left) or is_chinese(right))
    if replacement is None:
        return None
    if replacement:
        shown = excerpt(value, start, end, replacement)
        message = Message(f"标点“{run}”重复，应写作“{replacement}”。",
                          f"'{run}' repeats a mark; write '{replacement}'")
        suggestion = Message(f"改为：{shown}", f"write: {shown}")
        fix = edit(ctx, path, value, start, end, replacement)
    else:
        message = Message(f"“{run}”不是中文标点：省略号写作“……”，句末写“。”。",
                          f"'{run}' is not Chinese punctuation: write '……' for an ellipsis "
                          f"or '。' to end the sentence")
        suggestion, fix = None, ()
    return ctx.finding(path, message, offset=start, length=end - start,
                       suggestion=suggestion, fix=fix)


def _between_digits(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()
