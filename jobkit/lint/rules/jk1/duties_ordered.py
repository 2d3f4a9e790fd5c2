"""Duties are listed by importance: essential ones first, larger time shares before smaller.

职责按重要性排列：必要职责在前，时间占比大的在前。

What it does / 检查内容:
  Reports a duty marked `essential: false` that comes before an essential duty. Among the
  essential duties, and among the non-essential ones, duties with a `time_pct` should run from
  large to small: a difference up to `lint.time_share_tolerance` points (default 5) is allowed.
  The duties that break the order are reported — the fewest that, moved, would restore it.
  Catch-all duties (领导交办的其他工作) are left out. Level info: time share is a proxy for
  importance, not the same thing.
  标记为 `essential: false` 的职责排在必要职责之前时报告。在必要职责之间、非必要职责之间，
  写了 `time_pct` 的职责应按时间占比从大到小排列，允许 `lint.time_share_tolerance` 个百分点
  （默认 5）的差异。报告打乱顺序的职责（移动最少的那几项即可恢复顺序）。兜底职责不参与
  比较。级别为提示：时间占比只是重要性的近似。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): duties are listed in order of the
  importance of the work. A reader, an appraiser and a recruiter read the first duties first.
  《客户服务管理体系设计全案》（弗布克管理咨询）：职责按工作内容的重要程度排列。读者、考核者和招聘者
  都先看前几项。

Example / 示例:

```yaml fail
duties:
  - {title: 资料归档, statement: 整理投诉资料并归档, time_pct: 10, essential: false}
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 40}
```

```yaml pass
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 40}
  - {title: 资料归档, statement: 整理投诉资料并归档, time_pct: 10, essential: false}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties, is_catch_all
from jobkit.problems import Message

ID = "JK107"
NAME = "duties-ordered"
LEVEL = "info"
KINDS = ("job",)


def _pct(value: float) -> str:
    return f"{value:g}%"


def _out_of_order(shares: list[float], tolerance: float) -> set[int]:
    """Positions outside the longest run that descends within tolerance: the ones to move."""
    best = [1] * len(shares)
    previous = [-1] * len(shares)
    for j in range(len(shares)):
        for i in range(j):
            if shares[j] <= shares[i] + tolerance and best[i] + 1 > best[j]:
                best[j], previous[j] = best[i] + 1, i
    if not shares:
        return set()
    keep, at = set(), max(range(len(shares)), key=lambda k: (best[k], -k))
    while at >= 0:
        keep.add(at)
        at = previous[at]
    return set(range(len(shares))) - keep


def check(ctx):
    listed = [(i, d) for i, d in duties(ctx) if not is_catch_all(d, ctx.words)]
    essential_after = {i for i, d in listed if d.essential}
    for index, duty in listed:
        if not duty.essential and any(j > index for j in essential_after):
            later = min(j for j in essential_after if j > index)
            path = ("duties", index, "essential")
            yield ctx.finding(
                path if "essential" in ctx.data["duties"][index] else ("duties", index),
                Message(f"非必要职责“{duty.title}”排在必要职责“{ctx.model.duties[later].title}”"
                        "之前；请把必要职责排在前面。",
                        f"non-essential duty '{duty.title}' comes before essential duty "
                        f"'{ctx.model.duties[later].title}': list essential duties first"))
    tolerance = ctx.config.lint.time_share_tolerance
    for essential in (True, False):
        group = [(i, d) for i, d in listed if d.essential == essential and d.time_pct is not None]
        moved = _out_of_order([d.time_pct for _, d in group], tolerance)
        for position in sorted(moved):
            index, duty = group[position]
            bigger = [d for _, d in group[position + 1:] if d.time_pct > duty.time_pct + tolerance]
            other = bigger[0] if bigger else next(
                d for _, d in reversed(group[:position]) if d.time_pct + tolerance < duty.time_pct)
            where_zh = "之前" if bigger else "之后"
            where_en = "before" if bigger else "after"
            yield ctx.finding(
                ("duties", index, "time_pct"),
                Message(f"职责“{duty.title}”（{_pct(duty.time_pct)}）排在占比"
                        f"{'更高' if bigger else '更低'}的“{other.title}”（{_pct(other.time_pct)}）"
                        f"{where_zh}；职责应按重要性排列，时间占比大的在前。",
                        f"duty '{duty.title}' ({_pct(duty.time_pct)}) comes {where_en} "
                        f"'{other.title}' ({_pct(other.time_pct)}): list duties by importance, "
                        "larger time shares first"))
