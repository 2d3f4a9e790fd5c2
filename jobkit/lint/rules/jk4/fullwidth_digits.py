"""Full-width digits and Latin letters: write them half-width.

数字和西文字母应使用半角字符（０-９、Ａ-Ｚ、ａ-ｚ、％ → 0-9、A-Z、a-z、%）。

What it does / 检查内容:
  Reports each run of full-width digits, Latin letters and per cent signs (２０２６、ＣＲＭ、
  ９８％, and a full-width point between full-width digits as in ３．５) and offers the
  half-width characters. Full-width punctuation such as （，。） and the ideographic space
  are correct in Chinese text and are not reported. URLs, e-mail addresses, paths and
  `{{ placeholders }}` are left alone.
  报告连续的全角数字、字母和百分号并给出半角写法；全角标点和全角空格是中文的正确用法，
  不报告。

Why / 为什么:
  GB/T 15835-2011《出版物上数字用法》 and common Chinese style guides write Arabic numerals
  and Latin letters half-width; full-width ones look wide and uneven, and they defeat search,
  sorting and number checks (２０ is not 20 to a computer).
  GB/T 15835-2011《出版物上数字用法》等规范使用半角阿拉伯数字和西文字母；全角数字既不美观，
  又使检索、排序和数值校验失效。

Example / 示例:

```yaml fail
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并在ＣＲＭ系统中登记
    standard: 登记信息完整，分类准确率不低于９８％
    deadline: 接到投诉后３０分钟内
    time_pct: 100
```

```yaml pass
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并在CRM系统中登记
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
    time_pct: 100
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.common import excerpt
from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK402"
NAME = "fullwidth-digits"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_FULLWIDTH = re.compile(r"[０-９Ａ-Ｚａ-ｚ％]+(?:．[０-９]+)?")
_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def check(ctx):
    for path, value in ctx.strings:
        if _FULLWIDTH.search(value) is None:
            continue
        for match in _FULLWIDTH.finditer(masked(value)):
            start, end = match.span()
            half = value[start:end].translate(_HALF)
            shown = excerpt(value, start, end, half)
            yield ctx.finding(
                path,
                Message(f"全角字符“{match.group()}”应改为半角“{half}”。",
                        f"write '{match.group()}' with half-width characters: '{half}'"),
                offset=start, length=end - start,
                suggestion=Message(f"改为：{shown}", f"write: {shown}"),
                fix=edit(ctx, path, value, start, end, half))
