"""A tool item's `values` fit the columns that print them.

工具条目的 `values` 不多于可以填入的列。

What it does / 检查内容:
  An item's `values` fill the tool's columns in order: in a matrix, every column after the
  item's own; in a checklist or scorecard with `columns`, the columns that show no item field
  (a column named 项目 / 内容 shows the item, 标准 / 要求 its criteria, 分值 its points). The
  rule reports the first value that has no column to go in, including values of a tool whose
  layout prints none (no `columns`).
  条目的 `values` 依次填入工具的列：矩阵中为条目名称之后的每一列；检查表或评分表写了
  `columns` 时，为不显示条目字段的那些列（名为项目、内容的列显示条目，标准、要求显示
  其标准，分值显示分数）。本规则指出第一个没有列可填的值，包括版式根本不打印 `values`
  的工具（未写 `columns`）。

Why / 为什么:
  A value without a column is silently missing from the DOCX and the PDF: the text was written
  but nobody reading the tool will see it. Usually a column was forgotten in `columns`, or a
  value was split in two by a stray comma.
  没有列可填的值不会出现在 DOCX 和 PDF 中：内容写了，使用工具的人却看不到。通常是
  `columns` 漏写了一列，或一个值被多余的逗号拆成了两个。

Example / 示例:

```yaml fail
kind: tool
id: quality-kpi-matrix
title: 服务质量指标矩阵
tool_type: matrix
columns: [目标值, 预警值]
sections:
  - title: 响应效率
    items:
      - {text: 20秒接通率, values: [≥85%, 低于80%, 呼叫中心主管]}
```

```yaml pass
kind: tool
id: quality-kpi-matrix
title: 服务质量指标矩阵
tool_type: matrix
columns: [目标值, 预警值, 责任岗位]
sections:
  - title: 响应效率
    items:
      - {text: 20秒接通率, values: [≥85%, 低于80%, 呼叫中心主管]}
```
"""
from __future__ import annotations

from jobkit.problems import Message

ID = "JK209"
NAME = "values-fit-columns"
LEVEL = "error"
KINDS = ("tool",)


def check(ctx):
    tool = ctx.model
    room = tool.value_columns()
    for s, section in enumerate(tool.sections):
        for i, item in enumerate(section.items):
            if len(item.values) <= room:
                continue
            lost = "、".join(f"“{v}”" for v in item.values[room:])
            yield ctx.finding(
                ("sections", s, "items", i, "values", room),
                Message(f"条目“{item.text}”有 {len(item.values)} 个值，表格只有 {room} 列可填，"
                        f"{lost} 不会出现在输出中；请在 columns 中补上列，或删去多余的值。",
                        f"item '{item.text}' has {len(item.values)} values but the table has "
                        f"room for {room}; {lost} would not be printed: add the column to "
                        "`columns` or remove the extra values"))
