"""KPI weights of a job add up to 100.

考核指标的权重合计应为 100。

What it does / 检查内容:
  When at least one KPI under `kpis` has a `weight`, every KPI must have one and the weights
  must add up to exactly 100 (rounding differences below 0.01 are ignored). A job whose KPIs
  carry no weights at all is not checked. The finding names the KPIs without a weight, or the
  actual total and the difference to 100.
  只要 `kpis` 中有一个指标写了 `weight`，所有指标都应写权重，且合计正好为 100（忽略
  0.01 以下的舍入误差）。所有指标都未写权重时不检查。结果会指出缺少权重的指标，
  或实际合计与 100 的差额。

Why / 为什么:
  Weights decide how much each indicator counts in the appraisal; setting the indicators and
  their weights is the usual first step of an appraisal scheme. Weights that add up to 90 or
  110 make the appraisal score meaningless, and a KPI without a weight cannot be scored at all.
  权重决定各项指标在考核中的分量，建立考核体系时通常先要定下指标及其权重。合计为 90 或
  110 的权重使考核得分失去意义；没有权重的指标无法计分。

Example / 示例:

```yaml fail
kpis:
  - {name: 投诉登记及时率, target: ">=98%", weight: 40, period: 月度}
  - {name: 投诉按时办结率, target: ">=95%", weight: 50, period: 月度}
```

```yaml pass
kpis:
  - {name: 投诉登记及时率, target: ">=98%", weight: 40, period: 月度}
  - {name: 投诉按时办结率, target: ">=95%", weight: 60, period: 月度}
```
"""
from __future__ import annotations

from jobkit.problems import Message

ID = "JK202"
NAME = "kpi-weights-total"
LEVEL = "error"
KINDS = ("job",)

_TOLERANCE = 0.01


def _number(value: float) -> str:
    return f"{value:g}"


def check(ctx):
    kpis = ctx.model.kpis
    weighted = [k for k in kpis if k.weight is not None]
    if not weighted:
        return
    missing = [(index, k) for index, k in enumerate(kpis) if k.weight is None]
    for index, kpi in missing:
        yield ctx.finding(
            ("kpis", index, "name"),
            Message(f"指标“{kpi.name}”没有写权重，而其他指标写了；请补上 weight，使全部权重合计为 100。",
                    f"KPI '{kpi.name}' has no weight while the others have; add a weight so that "
                    "all weights add up to 100"))
    total = sum(k.weight for k in weighted)
    if missing or abs(total - 100) < _TOLERANCE:
        return  # with weights missing, the total is not yet meaningful
    gap = 100 - total
    direction_zh = f"还差 {_number(gap)}" if gap > 0 else f"多出 {_number(-gap)}"
    direction_en = f"{_number(gap)} short" if gap > 0 else f"{_number(-gap)} over"
    yield ctx.finding(
        ("kpis",),
        Message(f"考核指标权重合计为 {_number(total)}，{direction_zh}；请调整各指标的 weight，使合计为 100。",
                f"KPI weights add up to {_number(total)}, {direction_en}; adjust the weights so "
                "that they add up to 100"))
