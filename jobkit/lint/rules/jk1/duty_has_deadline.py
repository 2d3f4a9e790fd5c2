"""Each duty says by when or how often: a `deadline`, or a time phrase in the statement.

每项职责应写明完成期限或频率：填写 `deadline`，或在职责描述中写出时间要求。

What it does / 检查内容:
  Reports a duty whose `deadline` is missing or empty and whose `statement` holds no time
  phrase: a figure with a unit of time (30分钟内, 3个工作日, 48小时), a fixed frequency
  (每日, 每周一, 每月5日前, 月度, 季度), a point in the calendar (月末, 次日, 当日) or a reference
  to a set time limit (在制度规定的时限内). 及时 and 定期 alone do not count: they do not say
  when. A catch-all duty (领导交办的其他工作) is not checked.
  `deadline` 缺失或为空、且 `statement` 中没有时间要求时报告。时间要求包括带时间单位的数字
  （30分钟内、3个工作日、48小时）、固定频率（每日、每周一、每月5日前、月度、季度）、日历
  节点（月末、次日、当日）或对既定时限的引用（在制度规定的时限内）。单独的“及时”“定期”
  不算，因为没有说明何时。兜底职责不检查。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): a duty is made of the action, its
  completion standard and its deadline. A duty without a time frame cannot be checked for
  timeliness.
  《客户服务管理体系设计全案》（弗布克管理咨询）：每项职责由行动、完成标准和完成期限组成。没有期限，
  就无法衡量是否按时完成。

Example / 示例:

```yaml fail
duties:
  - title: 投诉回访
    statement: 及时回访已结案的投诉客户
    standard: 回访率100%，满意度评分如实记录
```

```yaml pass
duties:
  - title: 投诉回访
    statement: 回访已结案的投诉客户
    standard: 回访率100%，满意度评分如实记录
    deadline: 结案后3个工作日内
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties_lacking, has_time
from jobkit.problems import Message

ID = "JK103"
NAME = "duty-has-deadline"
LEVEL = "warning"
KINDS = ("job",)


def check(ctx):
    for index in duties_lacking(ctx, "deadline", has_time):
        yield ctx.finding(
            ("duties", index, "statement"),
            Message("这项职责没有完成期限或频率：请填写 deadline，例如“接到投诉后30分钟内”"
                    "或“每月5日前”。",
                    "this duty has no deadline or frequency: add `deadline`, e.g. "
                    "接到投诉后30分钟内 (within 30 minutes of receipt) or 每月5日前 "
                    "(by the 5th of each month)"))
