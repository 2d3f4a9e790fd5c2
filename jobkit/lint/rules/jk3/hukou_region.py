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
  Where someone was born or is registered says nothing about the work; a post tied to a place
  needs a workplace, not a birthplace. For hiring information the rules forbid conditions on
  household registration, region or status that restrict the movement of workers (repeated in
  2026 by the notice of five ministries on online hiring information, 《关于规范网络平台
  招聘类信息发布的通知》). A condition that shuts out rural workers (农村户口勿扰, 非农业户口)
  also runs against the Employment Promotion Law's protection of rural workers, and its message
  cites that article; other limits do not, because that article protects rural workers only.
  出生地和户籍与工作无关；岗位与某地有关时写明工作地点即可。招聘信息不得在户籍、地域、
  身份等方面设置限制人力资源流动的条件（人社部等五部门2026年《关于规范网络平台招聘类信息
  发布的通知》重申了这一点）。排斥农村劳动者的条件（农村户口勿扰、非农业户口）同时违反
  《就业促进法》对农村劳动者的保护，提示中会引用该条；其他户籍、地域限制不引用该条，因为
  它只保护农村劳动者。

Law / 法律依据:
  《网络招聘服务管理规定》（2020年人力资源社会保障部令第44号）第十五条第二款：前款网络招聘
  信息不得违反国家规定，在户籍、地域、身份等方面设置限制人力资源流动的条件。
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第三十一条：农村劳动者进城就业享有
  与城镇劳动者平等的劳动权利，不得对农村劳动者进城就业设置歧视性限制。

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
