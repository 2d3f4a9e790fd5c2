"""A hiring condition on marriage, children or pregnancy (已婚已育, 限未婚, 两年内不生育).

以婚姻、生育状况作为录用条件，或询问求职者的婚育情况。

What it does / 检查内容:
  Finds conditions and questions about marriage and children in any prose field: 已婚已育,
  限未婚, 未婚者优先, 有子女者优先, 两年内不生育, 无生育计划, 孕妇勿扰, and — where the text
  sets hiring conditions (a job's qualifications, a sentence or a document about 招聘/应聘/面试)
  — bare 已婚/未婚, 婚育情况, 婚姻状况, 是否已婚 (for instance as a field of an application
  form). Customer descriptions (已婚客户) and benefits (已婚女职工……) elsewhere are not
  hiring conditions and are left alone; 婚育不限 and prohibitions (不得询问婚育情况) are fine.
  查找任何字段中关于婚育的条件和询问：已婚已育、限未婚、未婚者优先、有子女者优先、
  两年内不生育、无生育计划、孕妇勿扰；在招聘语境中（岗位资格说明，或句子、文档涉及招聘、
  应聘、面试）还包括单独的已婚/未婚、婚育情况、婚姻状况、是否已婚（如应聘登记表的栏目）。
  描述客户或员工福利的文字、“婚育不限”和禁止性条文不报告。

Why / 为什么:
  《妇女权益保障法》第四十三条 forbids asking or investigating the marriage and childbearing of
  women applicants beyond basic personal data, and making marriage or childbearing (or a promise
  not to marry or have children) a condition of hiring; 《就业促进法》第二十七条 forbids such
  clauses in labour contracts.
  《妇女权益保障法》第四十三条禁止在招录中询问或调查女性求职者的婚育情况，禁止将限制结婚、
  生育或者婚姻、生育状况作为录用条件；《就业促进法》第二十七条禁止在劳动合同中规定限制
  女职工结婚、生育的内容。

Example / 示例:

```yaml fail
qualifications:
  demographics: 已婚已育者优先
```

```yaml pass
qualifications:
  demographics: 不限
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK302"
NAME = "marriage-childbearing"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
