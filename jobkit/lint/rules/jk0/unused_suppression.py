"""A `# jobkit: disable=…` comment that silences nothing, or names no rule.

一条 `# jobkit: disable=…` 注释没有屏蔽任何结果，或写了不存在的规则。

What it does / 检查内容:
  Reports each rule named in a `disable`, `disable-next-line` or `disable-file` comment that
  matched no finding, and each name that is not a rule id, rule name or id prefix.
  报告没有屏蔽任何结果、或不是规则编号/名称/编号前缀的屏蔽注释。

Why / 为什么:
  A stale suppression hides the next real problem on that line; a misspelt one hides nothing
  and gives false confidence. Remove it.
  过期的屏蔽会掩盖该行以后出现的真实问题；拼错的屏蔽什么也屏蔽不了。请删除它。

Example / 示例:

```yaml fail
summary: 受理客户投诉并跟踪处理结果，对投诉处理时效和客户满意度负责。  # jobkit: disable=JK109
```

```yaml pass
summary: 受理客户投诉并跟踪处理结果，对投诉处理时效和客户满意度负责。
```
"""
from __future__ import annotations

ID = "JK002"
NAME = "unused-suppression"
LEVEL = "warning"
KINDS = ()


def check(doc):
    """Produced by the engine after suppressions are applied; nothing to check here."""
    return ()
