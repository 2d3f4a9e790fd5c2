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
  Ethnic group, race and religious belief are not competences, and the law says so in as many
  words, both for employment in general and for hiring information. Inviting applicants of
  ethnic minorities (欢迎少数民族求职者报名) is not reported: the law asks employers to give
  them due consideration.
  民族、种族和宗教信仰不是胜任条件，法律对就业和招聘信息都有明文规定。“欢迎少数民族
  求职者报名”不报告：法律要求用人单位依法对少数民族劳动者给予适当照顾。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第三条第二款：劳动者就业，不因民族、
  种族、性别、宗教信仰等不同而受歧视。第二十八条：各民族劳动者享有平等的劳动权利。用人单位
  招用人员，应当依法对少数民族劳动者给予适当照顾。
  《人力资源市场暂行条例》（2018年）第二十四条：用人单位发布或者向人力资源服务机构提供的
  单位基本情况、招聘人数、招聘条件、工作内容、工作地点、基本劳动报酬等招聘信息，应当真实、
  合法，不得含有民族、种族、性别、宗教信仰等方面的歧视性内容。

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
