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
  Age says nothing about whether someone can do the work, and an age bar shuts out experienced
  applicants. No national statute names age among the forbidden grounds, so jobkit does not
  call an age limit unlawful: it is not a competence, and it goes against the fair hiring
  conditions that the Employment Promotion Law asks of every employer. Hence the warning
  level. Limits inside the lawful working age (年满18周岁, 60周岁以下) are not reported; the
  legal floor is 16, and some work is closed to workers under 18.
  年龄不能说明能否胜任工作；年龄门槛会把有经验的求职者挡在门外。国家法律没有把年龄列为
  禁止的歧视事由，因此 jobkit 不说年龄限制“违法”：年龄不是胜任条件，不合理的年龄门槛
  有悖《就业促进法》要求用人单位提供的公平就业条件，所以级别为警告。法定就业年龄范围内的
  条件（年满18周岁、60周岁以下）不报告；最低就业年龄为16周岁，部分工作不得安排未满18周岁
  的未成年工从事。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十六条：用人单位招用人员、职业
  中介机构从事职业中介活动，应当向劳动者提供平等的就业机会和公平的就业条件，不得实施就业
  歧视。
  《中华人民共和国劳动法》（1994年通过，2018年修正）第十五条第一款：禁止用人单位招用未满
  十六周岁的未成年人。第六十四条列出不得安排未成年工（已满十六周岁未满十八周岁）从事的劳动。

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
