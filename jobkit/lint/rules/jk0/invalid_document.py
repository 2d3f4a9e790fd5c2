"""The file cannot be read, is not valid YAML, or does not match its JSON Schema.

文件无法读取、不是合法的 YAML，或不符合对应的 JSON Schema。

What it does / 检查内容:
  Every problem `jobkit validate` reports — encoding, syntax, duplicate keys, unknown or
  missing fields, wrong types — is reported by `jobkit lint` too, with the rest of the
  findings. Other rules do not run on such a document. Exit code 2.
  `jobkit validate` 报告的所有问题（编码、语法、重复键、未知或缺少的字段、类型错误）
  也会作为检查结果报告；这类文档不再运行其他规则，退出码为 2。

Why / 为什么:
  A document that cannot be read cannot be checked, rendered or published.
  无法读取的文档既不能检查，也不能发布。

Example / 示例:

```yaml fail
duties:
  - title: 投诉受理
    statment: 受理客户投诉并登记分类
```

```yaml pass
duties:
  - title: 投诉受理
    statement: 受理客户经电话和在线渠道提交的投诉并登记分类
    standard: 登记信息完整
    deadline: 接到投诉后30分钟内
    time_pct: 100
```
"""
from __future__ import annotations

ID = "JK001"
NAME = "invalid-document"
LEVEL = "error"
KINDS = ()


def check(doc):
    """Produced by the engine from load and schema problems; nothing to check here."""
    return ()
