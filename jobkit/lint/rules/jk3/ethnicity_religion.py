"""A hiring condition by ethnic group, race or religion (限汉族, 不招少数民族, 无宗教信仰).

以民族、种族或宗教信仰限制录用。

What it does / 检查内容:
  Finds restrictions and preferences by ethnic group (限汉族, 汉族优先, 不招少数民族, and any of
  the 56 ethnic groups by name), race (白人优先) and religion (无宗教信仰, 不信教, 佛教徒优先,
  "Christians only") in any prose field; where the text sets hiring conditions also 民族：汉族
  and 宗教信仰：无. 民族不限, 尊重员工的宗教信仰 and prohibitions (不得以民族、宗教信仰为由
  拒绝录用) are fine, and so is preferring minority applicants (同等条件下少数民族应聘者优先):
  that is the care the law asks for (第二十八条).
  在任何字段中查找按民族（限汉族、汉族优先、不招少数民族及各民族名称）、种族（白人优先）、
  宗教信仰（无宗教信仰、不信教、佛教徒优先）限制或优先录用的说法；在招聘语境中还包括
  “民族：汉族”“宗教信仰：无”。“民族不限”、尊重宗教信仰的表述和禁止性条文不报告；
  “同等条件下少数民族应聘者优先”是法律要求的适当照顾（第二十八条），也不报告。

Why / 为什么:
  《就业促进法》第三条: workers shall not be discriminated against in employment because of
  ethnicity, race, sex or religious belief (第二十八条 adds equal rights of all ethnic groups);
  《人力资源市场暂行条例》第二十四条: hiring information must not contain discriminatory content
  on ethnicity, race, sex or religious belief.
  《就业促进法》第三条规定劳动者就业不因民族、种族、性别、宗教信仰等不同而受歧视（第二十八条
  规定各民族劳动者享有平等的劳动权利）；《人力资源市场暂行条例》第二十四条规定招聘信息不得
  含有民族、种族、性别、宗教信仰等方面的歧视性内容。

Example / 示例:

```yaml fail
qualifications:
  demographics: 限汉族
```

```yaml pass
qualifications:
  demographics: 不限
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK304"
NAME = "ethnicity-religion"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
