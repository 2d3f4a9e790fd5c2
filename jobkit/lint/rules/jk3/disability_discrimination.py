"""A hiring condition that shuts out people with disabilities (不招残疾人, 身体无残疾, 肢体健全).

拒绝或排斥残疾人的录用条件。

What it does / 检查内容:
  Finds refusals of people with disabilities in any prose field (不招残疾人, 残疾人勿扰, 谢绝
  残障人士) and, where the text sets hiring conditions, demands for a body without disability
  (身体无残疾, 无生理缺陷, 肢体健全, 四肢健全, 非残疾人). Abilities the work really needs are
  fine: 听力和嗓音状况良好, 能连续操作电脑2小时, 持有C1驾驶证. So are accessibility wording
  (残疾人专用通道), prohibitions and a requirement whose sentence cites the rule that sets it.
  在任何字段中查找拒绝残疾人的说法（不招残疾人、残疾人勿扰、谢绝残障人士）；在招聘语境中
  还包括要求身体无残疾的说法（身体无残疾、无生理缺陷、肢体健全、四肢健全、非残疾人）。
  工作确实需要的能力（听力和嗓音状况良好、能连续操作电脑2小时、持有C1驾驶证）、无障碍
  设施的说法、禁止性条文和同一句注明依据的要求不报告。

Why / 为什么:
  The law forbids discriminating against people with disabilities in hiring. Write what the
  work demands as an ability, so that anyone able to do it can apply; an ability the work
  really needs is not reported. Inviting people with disabilities (欢迎残障人士应聘) is a
  positive measure and is not reported either.
  法律禁止在招用中歧视残疾人。请把工作的要求写成能力，能胜任的人都可以应聘；工作确实需要
  的能力不报告。“欢迎残障人士应聘”是积极措施，同样不报告。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十九条第二款：用人单位招用人员，
  不得歧视残疾人。
  《中华人民共和国残疾人保障法》（2008年修订，2018年修正）第三十八条第二款：在职工的招用、
  转正、晋级、职称评定、劳动报酬、生活福利、休息休假、社会保险等方面，不得歧视残疾人。

Example / 示例:

```yaml fail
qualifications:
  physical: [身体健康，肢体健全]
```

```yaml pass
qualifications:
  physical: [能连续佩戴耳麦通话2小时]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK309"
NAME = "disability-discrimination"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
