"""A height or looks requirement the work does not justify (形象气质佳, 身高160cm以上, 五官端正).

与工作无关的身高、相貌、身材要求。

What it does / 检查内容:
  Where the text sets hiring conditions (a job's qualifications, or a sentence or document about
  招聘/应聘/面试 — an interview scorecard too), finds requirements on looks (形象气质佳, 五官端正,
  相貌端正, 颜值高, 身材匀称), height (身高160cm以上, 女165cm以上) and weight, and "no visible
  scars or tattoos". Physical demands of the work itself are not appearance and are left alone:
  长时间站立, 能适应夜班, 视力正常, 听力和嗓音良好, 能搬运25公斤货物; so are 仪表整洁,
  a shop's or brand's 形象良好, and a requirement whose sentence cites the standard that sets it.
  Warning: some work has a statutory physical standard.
  在招聘语境中（岗位资格说明，或句子、文档涉及招聘、应聘、面试，包括面试评分表）查找
  对相貌（形象气质佳、五官端正、相貌端正、颜值高、身材匀称）、身高（身高160cm以上）、
  体重和“无纹身疤痕”的要求。工作本身的体能要求（长时间站立、能适应夜班、视力正常、
  听力和嗓音良好、能搬运25公斤货物）、仪表整洁、门店或品牌形象以及同一句注明标准依据的
  要求不报告。级别为警告：少数工作有法定的身体条件标准。

Why / 为什么:
  Looks and height do not predict how well someone handles a complaint. Such conditions shut
  out applicants for reasons unrelated to the work, often act as a hidden sex or age filter,
  and go against the fair hiring conditions the Employment Promotion Law asks for; no statute
  names appearance, hence the warning level. Physical demands mean what the work asks of the
  body (sight, hearing, exertion), not how it looks: write those as abilities.
  相貌和身高与处理投诉的能力无关。这类条件以与工作无关的理由排斥求职者，还常常变相限制
  性别和年龄，有悖《就业促进法》要求的公平就业条件；法律没有直接列出外貌，所以级别为警告。
  体能要求指工作对视觉、听觉、体力的要求，而不是外貌，请写成能力。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第二十六条：用人单位招用人员、职业
  中介机构从事职业中介活动，应当向劳动者提供平等的就业机会和公平的就业条件，不得实施就业
  歧视。

Example / 示例:

```yaml fail
qualifications:
  physical: [形象气质佳, 身高160cm以上]
```

```yaml pass
qualifications:
  physical: [能连续站立接待4小时, 仪表整洁]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK307"
NAME = "appearance-requirement"
LEVEL = "warning"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
