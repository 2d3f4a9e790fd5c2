"""The time shares (`time_pct`) of a job's duties add up to 100.

各项职责的时间占比（`time_pct`）合计应为 100。

What it does / 检查内容:
  When at least one duty gives `time_pct`, every duty should give one (the finding names those
  without, at the first of them), and the total must be 100 within `lint.time_share_tolerance`
  points (default 5; the finding is at the first duty's `time_pct`). A job whose duties give no
  time shares is not checked.
  只要有一项职责写了 `time_pct`，所有职责都应写（结果列出缺少的职责，位置在第一项缺少的
  职责）；合计应为 100，允许 `lint.time_share_tolerance` 个百分点的误差（默认 5；位置在第一
  项职责的 `time_pct`）。所有职责都未写时间占比时不检查。

Why / 为什么:
  A job description's work content usually states, for each activity, the share of working
  time it takes (时间百分比). Shares describe how a whole working time is divided; if they do
  not add up to 100, at least one of them is wrong.
  岗位说明书的工作内容通常为每项活动注明所占的时间百分比。时间占比描述全部工作时间的分配，
  合计不等于 100，说明至少有一项不对。

Example / 示例:

```yaml fail
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 30}
  - {title: 结案回访, statement: 回访已结案的投诉客户, time_pct: 10}
```

```yaml pass
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 30}
  - {title: 结案回访, statement: 回访已结案的投诉客户, time_pct: 20}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties
from jobkit.problems import Message

ID = "JK108"
NAME = "time-share-total"
LEVEL = "warning"
KINDS = ("job",)


def _number(value: float) -> str:
    return f"{value:g}"


def check(ctx):
    listed = list(duties(ctx))
    given = [d.time_pct for _, d in listed if d.time_pct is not None]
    if not given:
        return
    tolerance = ctx.config.lint.time_share_tolerance
    missing = [i for i, d in listed if d.time_pct is None]
    total = sum(given)
    if missing:
        names = "、".join(f"第{i + 1}项“{listed[i][1].title}”" for i in missing)
        names_en = ", ".join(f"{i + 1} ({listed[i][1].title})" for i in missing)
        yield ctx.finding(
            ("duties", missing[0]),
            Message(f"部分职责没有时间占比：{names}；请为每项职责填写 time_pct，合计为 100。",
                    f"duties without a time share: {names_en}; give every duty a `time_pct`, "
                    "adding up to 100"))
        if total <= 100 + tolerance:
            return  # the total is not meaningful until every share is given
    elif abs(total - 100) <= tolerance:
        return
    first = next(i for i, d in listed if d.time_pct is not None)
    yield ctx.finding(
        ("duties", first, "time_pct"),
        Message(f"各项职责的时间占比合计为 {_number(total)}%，应为 100%"
                f"（允许 ±{_number(tolerance)}）；请调整 time_pct。",
                f"the duties' time shares add up to {_number(total)}%, not 100% "
                f"(±{_number(tolerance)} allowed): adjust `time_pct`"))
