"""Helpers the JK1xx rules share: duties, word lists, time and measure phrases, quotes."""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from jobkit.lint.text import word_pattern

# Clause breaks inside a statement (the enumeration comma 、 does not end a clause).
CLAUSE_BREAK = re.compile(r"[，。；：,;:！？!?\n]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# A figure with a unit of time, a fixed frequency, or a named point in the calendar.
_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半]+)"
TIME_PHRASE = re.compile(
    rf"{_NUM}\s*(?:个)?\s*(?:分钟|小时|个?工作日|天|日|周|星期|个?月|季度|年)"
    r"|\d+\s*(?:时|点|号)|\d+[:：]\d+"
    r"|每(?:个)?(?:日|天|周|星期|月|季度?|年|半年|班|工作日|次|批)"
    r"|[当次同隔]日|当天|当班|当周|当月|即时|立即|实时|即日"
    r"|[月季年周](?:初|中|末|底)|(?:年|季|月|周)内|(?:月|季|年|日|周)(?:报|度)"
    r"|周[一二三四五六日]|工作日内"
    r"|(?:规定|约定|要求|承诺|制度)的?(?:时限|期限|时间|日期|周期)")

# A completion standard: a figure, a rate, a threshold or a named criterion.
MEASURE = re.compile(
    r"\d|[零一二两三四五六七八九十百千万]+(?:个|次|项|份|元|天|件|户|家|分)|[%％‰]"
    r"|率|不低于|不少于|不高于|不超过|不多于|不得|以内|以上|以下|达到|达标|符合|满足"
    r"|准确|完整|齐全|无误|差错|遗漏|全部|覆盖|一致|合格|考核通过|验收"
    r"|满意度|评分|得分|分数|标准|可追溯|书面记录|闭环")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def cjk_length(text: str) -> int:
    """Letters, digits and Chinese characters: punctuation and spaces do not count."""
    return sum(1 for char in text if char.isalnum())


def has_time(text: str | None) -> bool:
    return bool(text) and bool(TIME_PHRASE.search(text))


def duties(ctx) -> Iterator[tuple[int, object]]:
    """(index, duty) of a job's duties."""
    return enumerate(getattr(ctx.model, "duties", ()) or ())


def duties_lacking(ctx, field: str, stated) -> Iterator[int]:
    """Indexes of the duties that give neither `field` nor, as stated(statement) tells, its
    content in the statement; catch-all duties aside."""
    for index, duty in duties(ctx):
        if (getattr(duty, field) or "").strip() or is_catch_all(duty, ctx.words):
            continue
        if not stated(duty.statement or ""):
            yield index


def first_clause_end(text: str, start: int = 0) -> int:
    match = CLAUSE_BREAK.search(text, start)
    return match.start() if match else len(text)


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty clause of text."""
    spans, start = [], 0
    for match in CLAUSE_BREAK.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", '"': '"'}
_QUOTE_OPEN = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks included: “…”, 「…」, 《…》, "…"."""
    spans = []
    match = _QUOTE_OPEN.search(text)
    while match:
        end = text.find(_QUOTE_PAIRS[match.group()], match.end())
        if end < 0:
            break
        spans.append((match.start(), end + 1))
        match = _QUOTE_OPEN.search(text, end + 1)
    return spans


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def is_catch_all(duty, words) -> bool:
    """A catch-all duty such as 完成领导交办的其他工作 (phrases of catch-all.txt)."""
    pattern = word_pattern(words["catch-all"])
    if pattern is None:
        return False
    return bool(pattern.search(duty.statement or "") or pattern.search(duty.title or ""))


@dataclass(frozen=True)
class Lexicon:
    """The word lists the verb analysis needs, merged with the project's additions."""

    verbs: frozenset[str]
    noun_heads: frozenset[str]
    nominal: frozenset[str]
    adverbial: re.Pattern
    prepositions: frozenset[str]


_TIME_ADVERBIAL = (
    r"(?:\d+\s*[×xX*]\s*)?\d+\s*(?:个)?(?:小时|分钟|天|日|工作日|周|月)(?:内|以内|之内)?"
    r"|每(?:个)?(?:日|天|周|星期|月|季度?|年|半年|班|工作日)(?:\d+日|[一二三四五六日])?"
    r"(?:[初中末底])?(?:前|后|内)?"
    r"|[于在]?(?:每月|每周|每季度?|每年)?\d+(?:日|号)(?:前|后)?")


@lru_cache(maxsize=8)
def _lexicon(verbs: frozenset, core: frozenset, heads: frozenset, nominal: frozenset,
             adverbials: frozenset, prepositions: frozenset) -> Lexicon:
    words = "|".join(re.escape(w) for w in sorted(adverbials, key=len, reverse=True))
    # (?!度): 按月 is an adverbial, but not the start of 按月度 (月度/季度/年度 are nouns here)
    pattern = re.compile(rf"(?:{_TIME_ADVERBIAL}{'|' + words if words else ''})(?!度)[\s，,、]*")
    return Lexicon(verbs | core, heads, nominal, pattern, prepositions)


_BY_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def lexicon(words) -> Lexicon:
    """The lexicon of one project's word lists, built once per Words object.

    Kept per Words object because comparing a fresh 13,000-word set with a cached one (as an
    lru_cache key would) costs more than the lookup saves.
    """
    found = _BY_WORDS.get(words)
    if found is None:
        found = _BY_WORDS[words] = _lexicon(
            words["verbs"], words["verbs-core"], words["jk1-verbs-noun-heads"],
            words["jk1-verbs-nominal"], words["jk1-adverbials"], words["jk1-prepositions"])
    return found
