"""A bracket, quotation mark or title mark without its partner.

括号、引号、书名号应成对出现：（）【】《》“”‘’「」『』〔〕〈〉。

What it does / 检查内容:
  Within each text, pairs every opening mark with its closing mark, nested marks included,
  and reports the mark that has no partner: 《劳动合同法 with no 》, a stray ）, or a
  crossing such as （《…）》. A half-width parenthesis may close a full-width one (that is
  JK401's business). When a string's curly double quotes are even in number and exactly one
  of them points the wrong way (“投诉“), the fix turns it round; otherwise the intended
  place of the missing mark is a guess, so there is no fix. An apostrophe (customer’s) is not
  a quotation mark. URLs, paths and `{{ placeholders }}` are left alone.
  在同一段文字内为每个前括号、前引号、前书名号找到对应的后半个，报告落单或交叉的标点；
  仅当双引号成对但其中一个方向打反时自动修正，其余情况无法确定应补在哪里，不自动修正。

Why / 为什么:
  GB/T 15834-2011《标点符号用法》 treats brackets, quotation marks and title marks as paired
  marks (标号): each opening mark has its closing mark. A missing half changes what a title
  or a quotation covers — 《中华人民共和国劳动合同法 第十条 no longer says where the statute's
  name ends.
  GB/T 15834-2011《标点符号用法》规定括号、引号、书名号成对使用；缺少一半会使书名或引文的
  范围不清。

Example / 示例:

```yaml fail
qualifications:
  training:
    - {subject: 《消费者权益保护法》与商品“三包”规定, hours: 8}
    - {subject: 《产品质量法》与“投诉处理规范, hours: 4}
```

```yaml pass
qualifications:
  training:
    - {subject: 《消费者权益保护法》与商品“三包”规定, hours: 8}
    - {subject: 《产品质量法》与“投诉处理规范”, hours: 4}
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK404"
NAME = "paired-marks"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_PAIRS = {"（": "）", "【": "】", "《": "》", "“": "”", "‘": "’", "「": "」", "『": "』",
          "〔": "〕", "〈": "〉", "(": ")"}
_CLOSES = {"）": "（(", ")": "（(", "】": "【", "》": "《", "”": "“", "’": "‘", "」": "「",
           "』": "『", "〕": "〔", "〉": "〈"}
_MARKS = re.compile("[（）【】《》“”‘’「」『』〔〕〈〉()]")
_QUOTES = re.compile("[“”]")
# 1）2）or 一）: a closing bracket used alone as a list number, at the start of an item
_ORDINAL = re.compile(r"(?:^|(?<=[\s；;。，,：:、]))(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})）")
_NAMES = {"（": "前括号", "）": "后括号", "【": "前方头括号", "】": "后方头括号",
          "《": "前书名号", "》": "后书名号", "〈": "前单书名号", "〉": "后单书名号",
          "“": "前引号", "”": "后引号", "‘": "前单引号", "’": "后单引号",
          "「": "前直角引号", "」": "后直角引号", "『": "前双直角引号", "』": "后双直角引号",
          "〔": "前六角括号", "〕": "后六角括号", "(": "前括号", ")": "后括号"}
_HALF = "()"  # half-width parentheses: paired here, but reported by nobody when alone (1) …)


def check(ctx):
    for path, value in ctx.strings:
        if _MARKS.search(value) is None:
            continue
        text = masked(value)
        turned = _turned_quote(text)
        if turned is not None:
            text = text[:turned] + _flip(text[turned]) + text[turned + 1:]
            yield _turned_finding(ctx, path, value, turned)
        for offset in _unpaired(text):
            yield _unpaired_finding(ctx, path, value, offset)


def _flip(quote: str) -> str:
    return "”" if quote == "“" else "“"


def _turned_quote(text: str) -> int | None:
    """The one curly double quote that points the wrong way, when that is certain."""
    quotes = [m.start() for m in _QUOTES.finditer(text)]
    if len(quotes) < 2 or len(quotes) % 2:
        return None
    wrong = [o for k, o in enumerate(quotes) if text[o] != ("“" if k % 2 == 0 else "”")]
    return wrong[0] if len(wrong) == 1 else None


def _unpaired(text: str) -> list[int]:
    """Offsets of full-width paired marks that have no partner."""
    found, stack = [], []
    ordinals = {m.end() - 1 for m in _ORDINAL.finditer(text)}
    for match in _MARKS.finditer(text):
        offset, mark = match.start(), match.group()
        if mark in _PAIRS:
            stack.append(offset)
        elif mark == "’" and not any(text[o] == "‘" for o in stack) and _apostrophe(text, offset):
            continue
        else:
            openers = _CLOSES[mark]
            depth = next((d for d in range(len(stack) - 1, -1, -1)
                          if text[stack[d]] in openers), None)
            if depth is None:
                if offset not in ordinals:
                    found.append(offset)
                continue
            found += stack[depth + 1:]  # opened inside, never closed: (《…) or “…（”
            del stack[depth:]
    found += stack
    return sorted(o for o in found if text[o] not in _HALF)


def _apostrophe(text: str, offset: int) -> bool:
    left = text[offset - 1] if offset > 0 else ""
    return left.isascii() and left.isalpha()


def _turned_finding(ctx, path, value, offset):
    mark, right = value[offset], _flip(value[offset])
    return ctx.finding(
        path,
        Message(f"引号方向打反了：这里应是{_NAMES[right]} {right}，而不是{_NAMES[mark]} {mark}。",
                f"this quotation mark points the wrong way: write '{right}', not '{mark}'"),
        offset=offset, length=1,
        suggestion=Message(f"改为 {right}", f"write '{right}'"),
        fix=edit(ctx, path, value, offset, offset + 1, right))


def _unpaired_finding(ctx, path, value, offset):
    mark = value[offset]
    if mark in _PAIRS:
        partner = _PAIRS[mark]
        zh = (f"{_NAMES[mark]} {mark} 没有对应的{_NAMES[partner]} {partner}："
              f"请在引用、书名或注释结束处补上，或删去 {mark}。")
        en = (f"'{mark}' has no matching '{partner}': add it where the span ends, "
              f"or remove '{mark}'")
    else:
        partner = _CLOSES[mark][0]
        zh = (f"{_NAMES[mark]} {mark} 前面没有对应的{_NAMES[partner]} {partner}："
              f"请补上 {partner}，或删去 {mark}。")
        en = f"'{mark}' has no matching '{partner}' before it: add one, or remove '{mark}'"
    return ctx.finding(path, Message(zh, en), offset=offset, length=1)
