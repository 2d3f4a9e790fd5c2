"""Gendered job words and pronouns in an English document (salesman, chairman, he/she).

英文文档（lang: en）中带性别的职位词和代词。

What it does / 检查内容:
  In documents with `lang: en` only, finds gendered job words (salesman, chairman, foreman,
  repairman, waitress, hostess …), gendered compounds (manpower, man-hours, "man the hotline")
  and gendered pronouns (he, she, his, her, him, he/she, his or her) in every prose field, and
  suggests the neutral word: salesperson, chair, supervisor, workforce, person-hours, staff,
  they, their, them. Chinese documents are left to JK301 and the JK1xx rules.
  只检查 `lang: en` 的文档：在所有文字字段中查找带性别的职位词（salesman、chairman、foreman、
  repairman、waitress、hostess……）、复合词（manpower、man-hours、man the hotline）和
  性别代词（he、she、his、her、him、he/she、his or her），并建议中性词：salesperson、chair、
  supervisor、workforce、person-hours、staff、they、their、them。中文文档由 JK301 等规则检查。

Why / 为什么:
  A job description is about the post, not a person, and a gendered title tells half the
  applicants that the post is not meant for them, against the equal employment of women and
  men. Inclusive-language guidance for job advertisements recommends neutral titles and
  singular "they". Warning level: the wording is a style choice, not a condition.
  岗位说明书写的是岗位而不是人；带性别的职位名称等于告诉一半的求职者此岗位不面向他们，
  有悖男女平等就业。招聘广告的包容性用语指南建议使用中性职位名称和单数 they。级别为警告：
  改写属于用语选择，不是录用条件。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十七条第一款：国家保障妇女享有
  与男子平等的劳动权利。

Example / 示例:

```yaml fail
lang: en
summary: The salesman answers product questions and records each order.
```

```yaml pass
lang: en
summary: The salesperson answers product questions and records each order.
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK308"
NAME = "gendered-wording-en"
LEVEL = "warning"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
