"""A hiring condition by household registration or birthplace (本地户口, 限本市户籍, 东北人勿扰).

以户籍、籍贯或地域限制录用。

What it does / 检查内容:
  Finds refusals and preferences by place of origin in any prose field (外地人勿扰, 河南籍免谈,
  本地人优先, 只招本市生源) and, where the text sets hiring conditions, demands for a household
  registration (本地户口, 限本市户籍, 非农业户口, 须持有本市户籍或居住证, 籍贯：…). The same
  words describing customers (为本市户籍老人提供上门服务) are left alone, and so are 户籍不限,
  a workplace (工作地点：上海) and prohibitions.
  在任何字段中查找按出身地拒绝或优先录用的说法（外地人勿扰、河南籍免谈、本地人优先、
  只招本市生源）；在招聘语境中还包括户籍要求（本地户口、限本市户籍、非农业户口、须持有
  本市户籍或居住证、籍贯：……）。描述客户的同样说法、“户籍不限”、工作地点和禁止性条文
  不报告。

Why / 为什么:
  《网络招聘服务管理规定》第十五条: hiring information must be lawful and free of
  discriminatory content; 《就业促进法》第三十一条: rural workers have equal rights when they
  seek work in towns, and no discriminatory restriction may be set on them (非农业户口). The
  2026 notice of five ministries on online recruitment (《关于规范网络平台招聘类信息发布的
  通知》) repeats that hiring information may not restrict by household registration, region or
  status. A post tied to a place needs a workplace, not a birthplace.
  《网络招聘服务管理规定》第十五条规定招聘信息应当合法，不得含有歧视性内容；《就业促进法》
  第三十一条规定不得对农村劳动者进城就业设置歧视性限制。人社部等五部门《关于规范网络平台
  招聘类信息发布的通知》重申不得在户籍、地域、身份等方面设置限制人力资源流动的条件。岗位
  与地点有关时写明工作地点即可，与出身地无关。

Example / 示例:

```yaml fail
qualifications:
  demographics: 限本市户籍
```

```yaml pass
qualifications:
  demographics: 户籍不限
environment:
  workplace: 上海市浦东新区客户服务中心
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK305"
NAME = "hukou-region"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
