"""Each duty says how well it must be done: a `standard`, or a measurable phrase in the statement.

每项职责应写明完成标准：填写 `standard`，或在职责描述中写出可衡量的要求。

What it does / 检查内容:
  Reports a duty whose `standard` is missing or empty and whose `statement` holds nothing
  measurable: no figure, rate or percentage, no threshold (不低于, 不超过, 以内), no named
  criterion (准确, 完整, 齐全, 无差错, 符合…标准, 满意度). A catch-all duty (领导交办的其他工作)
  is not checked.
  `standard` 缺失或为空、且 `statement` 中没有任何可衡量内容（数字、比率、百分比，不低于、
  不超过、以内等阈值，准确、完整、齐全、无差错、符合……标准、满意度等）时报告。兜底职责
  （领导交办的其他工作）不检查。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): a duty is made of the action, its
  completion standard and its deadline. Without a standard the duty cannot be appraised, and
  appraisal is one of the main uses of a job description.
  《客户服务管理体系设计全案》（弗布克管理咨询）：每项职责一般由行动、完成标准和完成期限组成。
  没有标准，职责就无法考核，而考核正是岗位说明书的主要用途之一。

Example / 示例:

```yaml fail
duties:
  - title: 投诉回访
    statement: 回访已结案的投诉客户
    deadline: 结案后3个工作日内
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

from jobkit.lint.rules.jk1._shared import MEASURE, duties_lacking
from jobkit.problems import Message

ID = "JK102"
NAME = "duty-has-standard"
LEVEL = "warning"
KINDS = ("job",)


def check(ctx):
    for index in duties_lacking(ctx, "standard", MEASURE.search):
        yield ctx.finding(
            ("duties", index, "statement"),
            Message("这项职责没有完成标准：请填写 standard，写明做到什么程度，"
                    "例如“登记信息完整，分类准确率不低于98%”。",
                    "this duty has no completion standard: add `standard` saying how well it "
                    "must be done, e.g. 登记信息完整，分类准确率不低于98%"))
