"""A catch-all duty (完成领导交办的其他工作) comes last.

兜底职责（完成领导交办的其他工作）应排在最后。

What it does / 检查内容:
  A duty is a catch-all when its statement or title holds a phrase of catch-all.txt (交办的其他,
  临时交办, 领导交办, 上级交办 …). Reports a catch-all duty that is followed by a duty that is
  not one. The position is the catch-all phrase.
  职责描述或标题含有 catch-all.txt 中的短语（交办的其他、临时交办、领导交办、上级交办……）
  即为兜底职责。兜底职责之后还有其他职责时报告，位置为兜底短语本身。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): duties are ordered by importance. An
  open-ended "other tasks" duty is the least defined of all; placed in the middle, it splits
  the real duties and reads as if it mattered.
  《客户服务管理体系设计全案》（弗布克管理咨询）：职责按重要性排序。“其他交办事项”是最不明确的
  一项，放在中间会把实际职责隔开，也显得比实际更重要。

Example / 示例:

```yaml fail
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 其他工作, statement: 完成领导交办的其他工作, time_pct: 5}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 45}
```

```yaml pass
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 45}
  - {title: 其他工作, statement: 完成领导交办的其他工作, time_pct: 5}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties, is_catch_all
from jobkit.lint.text import word_pattern
from jobkit.problems import Message

ID = "JK112"
NAME = "catch-all-last"
LEVEL = "warning"
KINDS = ("job",)


def check(ctx):
    listed = list(duties(ctx))
    flags = [is_catch_all(d, ctx.words) for _, d in listed]
    pattern = word_pattern(ctx.words["catch-all"])
    for position, (index, duty) in enumerate(listed):
        if not flags[position] or all(flags[position + 1:]):
            continue
        match = pattern.search(duty.statement or "")
        path, offset, length = ("duties", index, "statement"), 0, 0
        if match:
            offset, length = match.start(), len(match.group())
        else:
            path = ("duties", index, "title")
        yield ctx.finding(
            path,
            Message(f"兜底职责“{duty.title}”应排在最后；请把它移到所有职责之后。",
                    f"the catch-all duty '{duty.title}' should come last: move it after all "
                    "other duties"),
            offset=offset, length=length)
