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
  Marriage and children say nothing about the work, and asking about them is how applicants,
  women above all, are sorted out. The law forbids asking or investigating a woman applicant's
  marriage and childbearing beyond basic personal data, making marriage or childbearing (or a
  promise about them) a condition of hiring, and such clauses in the labour contract. The law
  admits exceptions only where the state provides otherwise (除国家另有规定外). Welcoming the
  married (欢迎已婚已育女性) is still reported: it is the preference employers use to screen.
  婚育状况与工作无关，询问婚育正是筛掉求职者（尤其是女性）的常见做法。法律禁止在个人基本
  信息之外询问或调查女性求职者的婚育情况，禁止把限制结婚、生育或婚育状况作为录用条件，
  也禁止在劳动合同中规定这类内容；例外只限国家另有规定的情形。“欢迎已婚已育女性”仍会
  报告：这正是用人单位用来筛选的偏好。

Law / 法律依据:
  《中华人民共和国妇女权益保障法》（2022年修订）第四十三条：用人单位在招录（聘）过程中，
  除国家另有规定外，不得实施下列行为：……（二）除个人基本信息外，进一步询问或者调查女性
  求职者的婚育情况；……（四）将限制结婚、生育或者婚姻、生育状况作为录（聘）用条件。
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十七条第三款：用人单位录用女职工，
  不得在劳动合同中规定限制女职工结婚、生育的内容。

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
