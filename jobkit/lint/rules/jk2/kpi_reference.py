"""A duty's `kpis` name KPIs of the job, and every KPI is linked from a duty.

职责引用的考核指标必须存在，每个考核指标都应有职责引用。

What it does / 检查内容:
  Each name in a duty's `kpis` must be the `name` of a KPI under `kpis` (the finding suggests
  the closest name when it looks like a typo). Once any duty links KPIs, each KPI should be
  linked from at least one duty; a job whose duties link no KPI at all is only checked the
  first way.
  职责中 `kpis` 列出的每个名称，都必须是 `kpis` 中某个指标的 `name`（疑似笔误时提示最接近
  的名称）。只要有职责引用了指标，每个指标都应至少被一项职责引用；所有职责都不引用
  指标时，只做前一项检查。

Why / 为什么:
  KPIs come out of the job analysis together with the duties: in the job-analysis model of
  《客户服务管理体系设计全案》 (Fobook Management Consulting), the duties and tasks lead to the KPIs
  (职责任务 → KPI). A duty linked to a KPI that does not exist is a broken reference; a KPI
  that no duty produces measures work the post does not do, or a duty is missing.
  考核指标与职责一同由工作分析得出：在《客户服务管理体系设计全案》（弗布克管理咨询）的工作分析
  系统模型中，由职责任务导出 KPI。
  引用不存在的指标是失效的引用；没有任何职责对应的指标，要么考核了本岗位不做的工作，
  要么漏写了职责。

Example / 示例:

```yaml fail
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
    time_pct: 100
    kpis: [投诉登记准时率]
kpis:
  - {name: 投诉登记及时率, target: ">=98%", weight: 100, period: 月度}
```

```yaml pass
duties:
  - title: 投诉受理
    statement: 受理客户经电话、邮件和在线渠道提交的投诉并登记分类
    standard: 登记信息完整，分类准确率不低于98%
    deadline: 接到投诉后30分钟内
    time_pct: 100
    kpis: [投诉登记及时率]
kpis:
  - {name: 投诉登记及时率, target: ">=98%", weight: 100, period: 月度}
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk2._shared import did_you_mean
from jobkit.problems import Message

ID = "JK203"
NAME = "kpi-reference"
LEVEL = "warning"
KINDS = ("job",)


def _key(name: str) -> str:
    """Names compare without spaces and case: '客户 满意度' is '客户满意度'."""
    return "".join(name.split()).casefold()


def check(ctx):
    job = ctx.model
    names = [k.name for k in job.kpis]
    known = {_key(n) for n in names}
    linked: set[str] = set()
    any_link = False
    for d, duty in enumerate(job.duties):
        for r, ref in enumerate(duty.kpis):
            any_link = True
            linked.add(_key(ref))
            if _key(ref) not in known:
                guess = did_you_mean(ref, names)
                if guess:
                    linked.add(_key(guess))  # one typo, one finding: the KPI it meant is linked
                yield _unknown(ctx, ("duties", d, "kpis", r), ref, names, guess)
    if not any_link:
        return
    for index, name in enumerate(names):
        if _key(name) not in linked:
            yield ctx.finding(
                ("kpis", index, "name"),
                Message(f"没有任何职责引用考核指标“{name}”；请在对应职责的 kpis 中列出它，"
                        "或删除与本岗位职责无关的指标。",
                        f"no duty links the KPI '{name}'; list it under the kpis of the duty it "
                        "measures, or remove it if it measures no duty of this post"))


def _unknown(ctx, path: tuple, ref: str, names: list[str], guess: str | None):
    if not names:
        zh = f"职责引用了考核指标“{ref}”，但本岗位没有 kpis；请在 kpis 中定义该指标。"
        en = f"the duty links the KPI '{ref}' but the job has no kpis; define it under kpis"
    elif guess:
        zh = f"考核指标“{ref}”不存在，是否应为“{guess}”？请改为 kpis 中已有的名称，或在 kpis 中增加该指标。"
        en = (f"there is no KPI '{ref}'; did you mean '{guess}'? Use a name from kpis, or add "
              "the KPI there")
    else:
        zh = f"考核指标“{ref}”不存在；请改为 kpis 中已有的名称，或在 kpis 中增加该指标。"
        en = f"there is no KPI '{ref}'; use a name from kpis, or add the KPI there"
    suggestion = Message(guess, guess) if guess else None
    return ctx.finding(path, Message(zh, en), length=len(ref), suggestion=suggestion)
