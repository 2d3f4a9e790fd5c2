"""A job has 3 to 12 duties.

一个岗位的职责以 3 至 12 项为宜。

What it does / 检查内容:
  Reports a job with fewer than 3 duties (catch-all duties such as 领导交办的其他工作 do not
  count) or more than 12 duties. The finding is at `duties`.
  职责少于 3 项（“领导交办的其他工作”等兜底职责不计入）或多于 12 项时，在 `duties` 处报告。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): duties are the major areas
  of the work, designed class by class around the job's goals, not a list of tasks. One or two
  duties leave areas out or lump them together; more than a dozen means tasks have been listed
  instead of areas.
  《客户服务管理体系设计全案》（弗布克管理咨询）：岗位职责是围绕工作目标逐类设计的主要工作领域，
  而不是任务清单。只有一两项说明有遗漏或合并过度；超过十二项，说明列的是任务而不是领域。

Example / 示例:

```yaml fail
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 60}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 40}
```

```yaml pass
duties:
  - {title: 投诉受理, statement: 受理并登记客户投诉, time_pct: 50}
  - {title: 投诉处理, statement: 调查核实投诉并答复客户, time_pct: 30}
  - {title: 结案回访, statement: 回访已结案的投诉客户, time_pct: 20}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk1._shared import duties, is_catch_all
from jobkit.problems import Message

ID = "JK115"
NAME = "duty-count"
LEVEL = "warning"
KINDS = ("job",)

MINIMUM = 3
MAXIMUM = 12


def check(ctx):
    listed = [d for _, d in duties(ctx)]
    real = [d for d in listed if not is_catch_all(d, ctx.words)]
    if len(real) < MINIMUM:
        yield ctx.finding(
            ("duties",),
            Message(f"只有 {len(real)} 项职责（不含兜底职责），少于 {MINIMUM} 项；"
                    "请检查是否遗漏了主要工作领域。",
                    f"only {len(real)} duties (catch-alls aside), fewer than {MINIMUM}: check "
                    "for missing areas of work"))
    elif len(listed) > MAXIMUM:
        yield ctx.finding(
            ("duties",),
            Message(f"共有 {len(listed)} 项职责，多于 {MAXIMUM} 项；请把细小任务合并到所属的"
                    "工作领域中。",
                    f"{len(listed)} duties, more than {MAXIMUM}: merge small tasks into the "
                    "areas of work they belong to"))
