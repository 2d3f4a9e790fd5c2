"""The document's periodic review is overdue: `last_reviewed` + `review_cycle_months` has passed.

文档已超过复核周期，应重新复核。

What it does / 检查内容:
  For a document with both `last_reviewed` and `review_cycle_months` (today job descriptions;
  any kind that gains these fields is checked the same way), reports when the review date plus
  the cycle lies before today. Archived documents are not checked. "Today" is the system date;
  set the environment variable `JOBKIT_TODAY=2026-11-23` to check against a fixed date (tests,
  reproducible CI runs).
  文档同时写了 `last_reviewed`（最近复核日期）和 `review_cycle_months`（复核周期，月）时
  （目前为岗位说明书；其他类型增加这两个字段后同样检查），若最近复核日期加上周期早于
  今天，即报告。已归档（archived）的文档不检查。“今天”取系统日期；设置环境变量
  `JOBKIT_TODAY=2026-11-23` 可按固定日期检查（用于测试或可重复的 CI）。

Why / 为什么:
  A job description is not written once and for all: it is revised as the work changes, as
  《客户服务管理体系设计全案》 (Fobook Management Consulting) notes in its cautions for
  writing duties. A document past its review date may describe work that is no longer done,
  and recruitment, training and appraisal built on it inherit the error.
  岗位说明书不是一劳永逸的，应随工作变化不断修订，《客户服务管理体系设计全案》（弗布克管理咨询）
  的编写注意事项也指出了这一点。超过复核期的文档可能描述已不存在的工作，据此进行的招聘、
  培训和考核也会随之出错。

Example / 示例:

```yaml fail
last_reviewed: 2020-03-01
review_cycle_months: 12
```

```yaml pass
status: archived
last_reviewed: 2020-03-01
review_cycle_months: 12
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk2._shared import add_months, as_date, today
from jobkit.problems import Message

ID = "JK205"
NAME = "review-overdue"
LEVEL = "info"
KINDS = ()  # every kind whose document carries last_reviewed and review_cycle_months


def check(ctx):
    data = ctx.data
    reviewed = as_date(data.get("last_reviewed"))
    cycle = data.get("review_cycle_months")
    if reviewed is None or not isinstance(cycle, int) or isinstance(cycle, bool) or cycle < 1:
        return
    if data.get("status") == "archived":
        return
    due = add_months(reviewed, cycle)
    now = today()
    if due >= now:
        return
    late = (now - due).days
    yield ctx.finding(
        ("last_reviewed",),
        Message(f"最近复核日期为 {reviewed.isoformat()}，按 {cycle} 个月的周期应在 {due.isoformat()} 前复核，"
                f"已逾期 {late} 天；请复核本文档内容，并更新 last_reviewed。",
                f"last reviewed {reviewed.isoformat()}; with a {cycle}-month cycle the review was "
                f"due by {due.isoformat()}, {late} days ago; review the document and update "
                "last_reviewed"))
