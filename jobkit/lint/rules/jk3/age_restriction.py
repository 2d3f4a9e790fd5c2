"""An age limit the work does not justify (35岁以下, 年龄25-35岁, 限90后).

没有岗位依据的年龄限制。

What it does / 检查内容:
  Where the text sets hiring conditions (a job's qualifications and basic data, or a sentence
  or document about 招聘/应聘/面试), finds age ranges (年龄25-35岁, 十八至三十五周岁), upper
  limits (35岁以下, 不超过40周岁) and lower limits above the legal working age (25岁以上);
  anywhere, generation labels and youth preferences (限90后, 95后优先, 年轻人优先). Limits inside
  the lawful working-age range (年满18周岁, 60周岁以下) are not reported, nor are ages of
  customers (回访60岁以上老年客户), 年龄不限, prohibitions, or a limit whose sentence cites the law
  that sets it (依据《……》). Warning: some work does have a legal age rule.
  在招聘语境中（岗位资格说明和基本资料，或句子、文档涉及招聘、应聘、面试）查找年龄区间
  （年龄25-35岁）、年龄上限（35岁以下、不超过40周岁）和高于法定就业年龄的下限（25岁以上）；
  任何地方的“限90后”“95后优先”“年轻人优先”都报告。法定就业年龄范围内的限制（年满18周岁、
  60周岁以下）、客户的年龄、“年龄不限”、禁止性条文和同一句注明法律依据的限制不报告。
  级别为警告：少数工作确有法定年龄要求。

Why / 为什么:
  Age says nothing about whether someone can do the work; an age bar shuts out experienced
  applicants and goes against the fair hiring conditions required by 《就业促进法》第二十六条.
  The legal floor is 16 (《劳动法》第十五条); 18 for some work. Seed 000 lists "sex and age
  characteristics" among the qualification fields: write the experience the post needs instead.
  年龄不能说明能否胜任工作；年龄门槛排斥有经验的求职者，有违《就业促进法》第二十六条关于
  公平就业条件的要求。法定最低就业年龄为16周岁（《劳动法》第十五条），部分工作为18周岁。
  种子文档 000 的“性别、年龄特征”字段，请改写为岗位所需的经验。

Example / 示例:

```yaml fail
qualifications:
  demographics: 年龄25-35周岁
```

```yaml pass
qualifications:
  demographics: 年满18周岁，年龄不限
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK306"
NAME = "age-restriction"
LEVEL = "warning"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
