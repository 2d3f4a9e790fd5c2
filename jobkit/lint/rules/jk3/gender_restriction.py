"""A hiring condition that limits the post to one sex (限男, 男性优先, 性别：女).

招聘条件中限定性别或规定某一性别优先。

What it does / 检查内容:
  Looks in every prose field of every document — `qualifications.demographics` above all, but
  also the summary, abilities, physical demands, form notes and policy articles — for phrases
  that make sex a condition: 限男/限女, 男性优先/女士优先, 仅招男性, 要求女性, 性别：男,
  女性勿扰, 不招女生, 适合男性, and English "male only", "female preferred". 性别不限, 男女不限,
  无性别要求 are fine, and so are prohibitions (招聘中不得设置性别限制), enumerations under a
  prohibition (禁止下列行为：……), sentences about discrimination itself and quoted statute
  titles. The patterns are data: `jobkit/data/law/gender-restriction.yaml`.
  检查所有文档的所有文字字段（尤其是资格说明中的性别、年龄特征，也包括工作概要、能力、
  体能要求、表单备注、制度条文），找出把性别作为条件的说法：限男/限女、男性优先/女士优先、
  仅招男性、要求女性、性别：男、女性勿扰、不招女生、适合男性等。“性别不限”“男女不限”
  “无性别要求”、禁止性条文（招聘中不得设置性别限制）、禁止性列举的各项、讨论歧视本身的
  句子和书名号中的法规名称都不报告。匹配模式是数据文件，可自行扩充。

Why / 为什么:
  《妇女权益保障法》第四十三条 forbids limiting a post to men or giving men priority in hiring;
  《就业促进法》第二十七条 forbids refusing women or raising the bar for them, except for work
  that national rules declare unsuitable for women (cite that rule in the same sentence and the
  finding goes away). Seed 000 lists "sex and age characteristics" among the qualification
  fields; the field stays, but its content must not discriminate.
  《妇女权益保障法》第四十三条禁止在招录中限定男性或规定男性优先；《就业促进法》第二十七条
  规定除国家规定的不适合妇女的工种或岗位外，不得以性别为由拒绝录用妇女或提高录用标准
  （如属此类岗位，请在同一句注明依据）。种子文档 000 把“性别、年龄特征”列为资格说明的
  字段，字段可以保留，但内容不得含有歧视。

Example / 示例:

```yaml fail
qualifications:
  demographics: 限男性，能适应夜间轮班
```

```yaml pass
qualifications:
  demographics: 性别不限
  physical: [能适应夜间轮班]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK301"
NAME = "gender-restriction"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
