"""Vague or unmeasurable words in duties and the summary (等等, 相关工作, 及时 without a figure).

职责和工作概要中含糊、无法衡量的词语（等等、相关工作、适当、不带数字的“及时”）。

What it does / 检查内容:
  Looks at the `summary` and at each duty's `statement`, `standard` and `deadline`, outside
  quotation marks (“”, 「」, 《》). Reports the words of vague.txt (等等, 相关工作, 其他事项,
  一些, 适当, 尽量, 酌情 …); in duties, the words of jk1-vague-unless-figure.txt (及时, 尽快,
  定期, 按时 …) when neither the same text nor the duty's `deadline` gives a figure or a
  frequency (及时 with 2小时内 is fine; the summary gives no deadlines and is left alone
  here); and 负责…工作 with no real object (负责客户回访工作) in the summary and in the later
  clauses of a statement (the first clause is JK101's). The position is the word itself.
  A catch-all duty's statement (领导交办的其他工作) is not checked.
  检查 `summary` 以及每项职责的 `statement`、`standard`、`deadline`，引号（“”「」《》）内的
  文字除外。报告 vague.txt 中的词（等等、相关工作、其他事项、一些、适当、尽量、酌情……）；
  职责中 jk1-vague-unless-figure.txt 的词（及时、尽快、定期、按时……），在同一文字和该职责
  的 `deadline` 中都没有数字或频率时报告（“及时”配合“2小时内”没有问题；工作概要不写
  期限，不检查这些词）；以及工作概要和职责后续分句中没有实际对象的“负责……工作”（负责
  客户回访工作；第一个分句由 JK101 检查）。位置为词语本身。兜底职责的描述不检查。

Why / 为什么:
  A duty in a job description should be concrete enough to act on and worded exactly, so
  that a reader can tell what is done and how well. A duty with 适当, 一些 or 及时 cannot be
  appraised.
  岗位说明书中的职责应写得具体、能照着执行，用词准确，让人看得出做什么、做到什么程度。
  含有“适当”“一些”“及时”的职责无法考核。

Example / 示例:

```yaml fail
duties:
  - title: 投诉处理
    statement: 及时处理客户投诉等相关工作
    standard: 尽量让客户满意
```

```yaml pass
duties:
  - title: 投诉处理
    statement: 调查核实客户投诉，拟订处理方案并答复客户
    standard: 客户接受率不低于85%
    deadline: 受理后48小时内
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk1._shared import (TIME_PHRASE, duties, first_clause_end, inside,
                                           is_catch_all, lexicon, quoted_spans)
from jobkit.lint.rules.jk1._verbs import analyse
from jobkit.lint.text import find_words
from jobkit.problems import Message

ID = "JK109"
NAME = "vague-wording"
LEVEL = "warning"
KINDS = ("job",)

_FIGURE = re.compile(rf"{TIME_PHRASE.pattern}|\d")
_RESPONSIBLE_WORK = re.compile(r"负责([^，。；：,;:\n]{1,24}?)(?:等?相关|等?有关|的)?"
                               r"(?:工作|事宜|事务)(?=[，。；：,;:\n]|$)")


def _vague(text: str, words, figure_elsewhere: bool):
    """(offset, word, needs_figure) of vague words outside quotes."""
    found = [(offset, word, False) for offset, word in find_words(text, words["vague"])]
    if not figure_elsewhere and not _FIGURE.search(text):
        for offset, word in find_words(text, words["jk1-vague-unless-figure"]):
            if text[offset + len(word):offset + len(word) + 1] not in ("率", "性"):  # 及时率
                found.append((offset, word, True))
    if not found:
        return
    quotes = quoted_spans(text)
    for offset, word, needs_figure in sorted(found):
        if not inside(offset, quotes):
            yield offset, word, needs_figure


def _responsible_work(text: str, lex, skip_first_clause: bool):
    """(offset, length) of 负责…工作 whose object is no real verb–object phrase."""
    start = first_clause_end(text) if skip_first_clause else 0
    quotes = quoted_spans(text)
    for match in _RESPONSIBLE_WORK.finditer(text, start):
        if not inside(match.start(), quotes) and analyse(match.group()[2:], lex) is not None:
            yield match.start(), match.end() - match.start()


def _findings(ctx, path, text, figure_elsewhere, skip_first_clause):
    for offset, word, needs_figure in _vague(text, ctx.words, figure_elsewhere):
        if needs_figure:
            message = Message(f"“{word}”没有说明多快或多久一次；"
                              "请写出时限或频率，例如“2小时内”“每月”。",
                              f"'{word}' does not say how soon or how often: give a time limit "
                              "or frequency, e.g. 2小时内 (within 2 hours), 每月 (monthly)")
        else:
            message = Message(f"“{word}”含糊、无法衡量；请写明具体的对象、数量或标准。",
                              f"'{word}' is vague and cannot be measured: name the concrete "
                              "object, quantity or standard")
        yield ctx.finding(path, message, offset=offset, length=len(word))
    for offset, length in _responsible_work(text, lexicon(ctx.words), skip_first_clause):
        yield ctx.finding(
            path,
            Message(f"“{text[offset:offset + length]}”没有说明具体做什么；请写成“动词＋对象”，"
                    "例如“回访已结案的投诉客户”。",
                    f"'{text[offset:offset + length]}' does not say what is done: write a verb "
                    "and its object instead"),
            offset=offset, length=length)


def check(ctx):
    summary = ctx.model.summary or ""
    # A summary gives no deadlines: 及时 or 定期保养 there is left to the duties' deadlines.
    yield from _findings(ctx, ("summary",), summary, True, False)
    for index, duty in duties(ctx):
        deadline_has_figure = bool(duty.deadline and _FIGURE.search(duty.deadline))
        for field in ("statement", "standard", "deadline"):
            text = getattr(duty, field) or ""
            if not text or (field == "statement" and is_catch_all(duty, ctx.words)):
                continue
            yield from _findings(ctx, ("duties", index, field), text, deadline_has_figure,
                                 field == "statement")
