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
  Sex is not a competence. The law forbids limiting a post to men or preferring men, and
  refusing women or raising the bar for them; its own exceptions are work that national rules
  declare unsuitable for women (除国家规定的不适合妇女的工种或者岗位外) and what the state
  provides otherwise (除国家另有规定外). Cite such a rule in the same sentence and the finding
  goes away. Inviting women to apply (鼓励女性申请) is a positive measure, not a condition, and
  is not reported. The qualification field on sex and age may stay; its content may not
  discriminate.
  性别不是胜任条件。法律禁止限定男性或规定男性优先，禁止以性别为由拒绝录用妇女或提高录用
  标准；法律自身的例外是国家规定的不适合妇女的工种或者岗位，以及国家另有规定的情形。属于
  例外时，在同一句注明依据即不报告。“鼓励女性申请”之类的邀请是积极措施，不是条件，不报告。
  资格说明中的“性别、年龄特征”一栏可以保留，但内容不得含有歧视。

Law / 法律依据:
  《中华人民共和国妇女权益保障法》（2022年修订）第四十三条：用人单位在招录（聘）过程中，
  除国家另有规定外，不得实施下列行为：（一）限定为男性或者规定男性优先；……（五）其他以
  性别为由拒绝招录（聘）妇女或者差别化地提高对妇女招录（聘）标准的行为。
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十七条第二款：用人单位招用人员，
  除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女或者提高对妇女的录用
  标准。

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
