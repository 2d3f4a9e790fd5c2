"""A pregnancy test as a condition of hiring or starting work (妊娠检查, 孕检, 未孕证明).

把妊娠检查作为录用、入职条件或入职体检项目。

What it does / 检查内容:
  Finds pregnancy tests where the text is about hiring or starting work — a job's qualifications,
  or a sentence or document about 招聘/应聘/录用/入职/上岗: 妊娠检查, 妊娠测试, 孕检, 验孕,
  早孕检测, "pregnancy test" — and a demanded 未孕证明 anywhere. Antenatal check-ups of
  employees (女职工孕检假, 产前检查时间计入劳动时间) are a benefit, not a hiring condition, and
  prohibitions (入职体检不得包含妊娠检查) are fine.
  在招聘或入职语境中（岗位资格说明，或句子、文档涉及招聘、应聘、录用、入职、上岗）查找
  妊娠检查、妊娠测试、孕检、验孕、早孕检测；任何地方要求“未孕证明”都报告。女职工孕期
  产前检查等福利性规定不是录用条件，不报告；禁止性条文也不报告。

Why / 为什么:
  A pregnancy test before hiring serves only to refuse pregnant women. The law names it: a
  pregnancy test may not be part of the pre-employment medical, except where the state
  provides otherwise (除国家另有规定外).
  入职前的妊娠检查只会被用来拒绝怀孕的女性。法律明确规定不得将妊娠测试作为入职体检项目，
  国家另有规定的除外。

Law / 法律依据:
  《中华人民共和国妇女权益保障法》（2022年修订）第四十三条：用人单位在招录（聘）过程中，
  除国家另有规定外，不得实施下列行为：……（三）将妊娠测试作为入职体检项目。

Example / 示例:

```yaml fail
qualifications:
  physical: [入职体检合格（含妊娠检查）]
```

```yaml pass
qualifications:
  physical: [入职体检合格]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK303"
NAME = "pregnancy-test"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
