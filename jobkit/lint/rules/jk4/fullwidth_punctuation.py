"""Half-width punctuation in Chinese text: use the full-width mark.

中文语句中应使用全角标点，而不是半角的 , . : ; ? ! ( )。

What it does / 检查内容:
  Reports a half-width `,` `.` `:` `;` `?` `!` `(` `)` written next to Chinese and offers the
  full-width mark （，。：；？！（））, dropping the spaces typed around it. `, : ; ? !` count
  as Chinese when a Chinese character or mark stands next to them (spaces aside); `.` only
  after a Chinese character, a Chinese closing mark or `%`, and not before Latin letters or
  digits (so 报告.docx, e.g. and 1.受理 stay); `( )` when the bracketed words are Chinese,
  when Chinese comes right before them, as in 客户关系管理(CRM), or right after them with no
  Latin word before, as in (1)受理 — not in Office (Excel) 和 or f(x). A half-width mark
  paired with a full-width one, as in （CRM), is made full-width too. Numbers (3.5, 1,000),
  times (9:30), ratios (3:1), versions, Latin text, URLs, e-mail addresses, paths and
  `{{ placeholders }}` are left as they are. Repeated marks such as `!!` are left to JK403.
  In an English document (`lang: en`) only marks written between two Chinese characters
  are reported.
  报告与中文相邻的半角标点并给出全角写法，同时去掉标点两侧多余的空格；数字、时间、比例、
  版本号、西文语句、网址、邮箱、路径和 `{{ 占位符 }}` 不受影响；英文文档只检查两侧都是
  中文的标点。

Why / 为什么:
  GB/T 15834-2011《标点符号用法》 defines the marks of Chinese text as full-width; half-width
  marks from an English keyboard look cramped in Chinese print and break line-end rules.
  GB/T 15834-2011《标点符号用法》规定中文使用全角标点；半角标点在中文排版中挤在一起，
  也会影响避头尾等排版规则。

Example / 示例:

```yaml fail
summary: 受理并处理客户投诉,对投诉处理时效和客户满意度负责.
```

```yaml pass
summary: 受理并处理客户投诉（含CRM系统工单），处理时限为9:00-18:00内2小时，满意度目标4.5分。
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.common import (FULLWIDTH, MARK_CLASS, excerpt, has_chinese,
                                           is_chinese, next_visible)
from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK401"
NAME = "fullwidth-punctuation"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_CANDIDATE = re.compile(r"[,.:;?!]")
_ANY_MARK = re.compile(r"[,.:;?!()]")
_PARENS = re.compile(r"[()（）]")
_DOT_BEFORE = "）》」』】〕"  # closing marks after which "." ends a Chinese sentence
_NUMBER_CHARS = frozenset("0123456789.,%")


def check(ctx):
    for path, value in ctx.strings:
        if _ANY_MARK.search(value) is None or not has_chinese(value):
            continue  # most Chinese text has no half-width mark at all: cheap way out
        text = masked(value)
        for offset in _marks(text, english=ctx.lang == "en"):
            yield _finding(ctx, path, value, offset)


def _marks(text: str, english: bool = False) -> list[int]:
    """Offsets of the half-width marks that stand in Chinese text.

    In an English document (lang: en) a mark counts only between Chinese on both sides:
    in "Contact 客服部, then …" the comma belongs to the English sentence.
    """
    found = [m.start() for m in _CANDIDATE.finditer(text)
             if _is_chinese_mark(text, m.start(), english)]
    found += _chinese_parens(text, english)
    return sorted(found)


def _neighbours(text: str, offset: int) -> tuple[str, str, str, str]:
    """(left, left past spaces, right, right past spaces) of text[offset]."""
    left = text[offset - 1] if offset > 0 else ""
    right = text[offset + 1] if offset + 1 < len(text) else ""
    return left, next_visible(text, offset - 1, -1), right, next_visible(text, offset + 1, 1)


def _is_chinese_mark(text: str, offset: int, english: bool) -> bool:
    mark = text[offset]
    left, before, right, after = _neighbours(text, offset)
    if mark in MARK_CLASS and ((left and left in MARK_CLASS[mark])
                               or (right and right in MARK_CLASS[mark])):
        return False  # a repeated mark: JK403
    if mark == ".":
        if left == "." or right == ".":
            return False  # an ellipsis typed as dots: JK403
        if english:
            return is_chinese(left) and is_chinese(right)
        ends_sentence = not after or is_chinese(after)
        if left == "%":
            return ends_sentence and is_chinese(_before_number(text, offset - 1))
        return (is_chinese(left) or left in _DOT_BEFORE) and ends_sentence
    if left.isdigit() and right.isdigit() and left.isascii() and right.isascii():
        return False  # 1,000  9:30  3:1
    if english:
        return is_chinese(left) and is_chinese(right)
    return is_chinese(before) or is_chinese(after)


def _before_number(text: str, end: int) -> str:
    """The character before the number that ends at text[end] (98% → what precedes 98)."""
    start = end
    while start >= 0 and text[start] in _NUMBER_CHARS:
        start -= 1
    return next_visible(text, start, -1)


def _chinese_parens(text: str, english: bool) -> list[int]:
    """Half-width parentheses of pairs that are Chinese (by content, neighbours or partner)."""
    found, stack = [], []
    for match in _PARENS.finditer(text):
        offset, mark = match.start(), match.group()
        if mark in "(（":
            stack.append(offset)
            continue
        if not stack:
            continue  # an unpaired ")" as in 1) is left alone
        opening = stack.pop()
        half = [o for o in (opening, offset) if text[o] in "()"]
        if len(half) == 1 or (half and _chinese_pair(text, opening, offset, english)):
            found += half
    return found


def _chinese_pair(text: str, opening: int, closing: int, english: bool) -> bool:
    inside = text[opening + 1:closing]
    before = next_visible(text, opening - 1, -1)
    after = next_visible(text, closing + 1, 1)
    if english:
        return (is_chinese(text[opening - 1:opening])
                and is_chinese(text[closing + 1:closing + 2]))
    if has_chinese(inside) or is_chinese(before):
        return True
    # (1)受理 yes, but Office (Excel) 和 or f(x)，: the bracket belongs to the Latin word
    return is_chinese(after) and not (before.isascii() and before.isalnum())


def _finding(ctx, path, value, offset):
    mark = value[offset]
    full = FULLWIDTH[mark]
    start, end = _with_spaces(value, offset)
    fix = edit(ctx, path, value, start, end, full) or edit(ctx, path, value, offset,
                                                          offset + 1, full)
    shown = excerpt(value, start, end, full)
    return ctx.finding(
        path,
        Message(f"中文语句中的半角“{mark}”应改为全角“{full}”。",
                f"use the full-width '{full}' instead of the half-width '{mark}' in Chinese text"),
        offset=offset, length=1,
        suggestion=Message(f"改为：{shown}", f"write: {shown}"), fix=fix)


def _with_spaces(value: str, offset: int) -> tuple[int, int]:
    """The mark with the plain spaces typed around it (full-width marks need none)."""
    start, end = offset, offset + 1
    while start > 0 and value[start - 1] == " ":
        start -= 1
    while end < len(value) and value[end] == " ":
        end += 1
    return start, end
