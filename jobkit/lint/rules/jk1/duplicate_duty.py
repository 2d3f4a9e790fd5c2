"""Two duties of one job say the same thing (same title, or statements alike at 85% or more).

同一岗位的两项职责内容重复（标题相同，或描述的相似度达到 85%）。

What it does / 检查内容:
  Compares every pair of duties of a job. Reports the later duty when both have the same title
  (spaces and punctuation aside), or when their statements, with punctuation, spaces and a
  leading 负责 removed, are at least 85% alike (difflib ratio).
  两两比较同一岗位的职责：标题相同（忽略空格和标点），或描述在去掉标点、空格和开头的
  “负责”后相似度达到 85%（difflib 比例）时，报告后出现的那一项。

Why / 为什么:
  《客户服务管理体系设计全案》 (Fobook Management Consulting): duties are designed area by
  area, each a distinct part of the work. A repeated duty double-counts time shares and
  appraisal weight and hides a missing area.
  《客户服务管理体系设计全案》（弗布克管理咨询）：职责按工作大类逐类设计，每项是不同的工作领域。
  重复的职责会重复计算时间占比和考核权重，还可能掩盖遗漏的领域。

Example / 示例:

```yaml fail
duties:
  - {title: 投诉受理, statement: 受理客户经电话和在线渠道提交的投诉并登记分类}
  - {title: 投诉登记, statement: 受理客户经电话和在线渠道提交的投诉，登记并分类}
```

```yaml pass
duties:
  - {title: 投诉受理, statement: 受理客户经电话和在线渠道提交的投诉并登记分类}
  - {title: 结案回访, statement: 回访已结案的投诉客户并记录满意度评分}
```
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from jobkit.lint.rules.jk1._shared import duties
from jobkit.problems import Message

ID = "JK113"
NAME = "duplicate-duty"
LEVEL = "warning"
KINDS = ("job",)

THRESHOLD = 0.85
_NOISE = re.compile(r"[\s\W_]+")


def normalise(text: str | None) -> str:
    return _NOISE.sub("", text or "").removeprefix("负责")


def _pairs(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _alike(a: str, b: str, pairs_a: frozenset, pairs_b: frozenset) -> bool:
    if len(a) < 4 or len(b) < 4:
        return a == b and bool(a)
    if 2 * min(len(a), len(b)) < THRESHOLD * (len(a) + len(b)):
        return False  # the ratio cannot reach the threshold
    if 2 * len(pairs_a & pairs_b) < 0.5 * (len(pairs_a) + len(pairs_b)):
        return False  # few character pairs in common: the ratio cannot be high
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= THRESHOLD


def check(ctx):
    listed = []
    for i, duty in duties(ctx):
        statement = normalise(duty.statement)
        listed.append((i, duty, normalise(duty.title), statement, _pairs(statement)))
    for later, (j, duty, title, statement, pairs) in enumerate(listed):
        for i, earlier, other_title, other_statement, other_pairs in listed[:later]:
            if title and title == other_title:
                yield ctx.finding(
                    ("duties", j, "title"),
                    Message(f"职责标题“{duty.title}”与第{i + 1}项重复；"
                            "请合并这两项，或改写以区分。",
                            f"duty title '{duty.title}' repeats duty {i + 1}: merge the two or "
                            "tell them apart"))
                break
            if _alike(statement, other_statement, pairs, other_pairs):
                yield ctx.finding(
                    ("duties", j, "statement"),
                    Message(f"这项职责与第{i + 1}项“{earlier.title}”内容基本相同；"
                            "请合并，或写明区别。",
                            f"this duty says nearly the same as duty {i + 1} ('{earlier.title}'): "
                            "merge them or make the difference clear"))
                break
