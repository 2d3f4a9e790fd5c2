"""Does a duty statement open with a verb? A small longest-match analysis of its first clause.

No part-of-speech tagger runs: the word lists (verbs.txt, built once from a dictionary) are
enough to tell a verb opening (受理客户投诉) from a noun opening (客户投诉的受理与登记) and
from nominalised verb chains (投诉受理工作, 负责客户档案的建立与维护).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from jobkit.lint.rules.jk1._shared import CLAUSE_BREAK, Lexicon, first_clause_end

# Verbs that only say who is responsible; the real verb must follow (负责受理 …).
RESPONSIBLE = ("负责", "分管", "主管", "承办")
# Light verbs whose object is often a nominalised verb: 做好客户信息的维护, 进行投诉的登记.
LIGHT = frozenset({"做好", "进行", "完成", "开展", "实施", "加强", "抓好", "搞好", "做"})
_TAIL_NOUN = re.compile(r"(?:等?相关|等?有关|等)?(?:工作|事宜|事务|事项|业务)$")
_CONJUNCTION = re.compile(r"以及|并且|与|和|及(?!时)|、|并|或")
# A first clause that only sets the scene: 客户来电时，… / 重大投诉发生后，…
_SCENE = re.compile(r"(?:时|后|前|期间|之际|以后|之后|之前|过程中|中|下|情况下|基础上)$")
MAX_WORD = 4
# Verbs that usually end a compound noun rather than act on what precedes them.
_COMPOUND_TAILS = frozenset({"支持", "保障", "建设", "发展", "研究", "控制", "设计"})


@dataclass(frozen=True)
class Opening:
    """Why a statement does not open with a verb, where, and a rewording when one is clear."""

    reason: str  # "noun" | "responsible" | "nominal"
    offset: int
    length: int
    suggestion: str | None = None


def verb_at(text: str, index: int, lex: Lexicon) -> str | None:
    """The longest verb of the lists at text[index:], minding 报表-like noun heads."""
    for size in range(min(MAX_WORD, len(text) - index), 0, -1):
        word = text[index:index + size]
        if word in lex.verbs:
            if size == 1 and text[index:index + 2] in lex.noun_heads:
                return None
            return word
    return None


def _preposition_at(text: str, index: int, lex: Lexicon) -> str | None:
    for size in (2, 1):
        if text[index:index + size] in lex.prepositions:
            return text[index:index + size]
    return None


def skip_adverbials(text: str, index: int, lex: Lexicon) -> int:
    """Past leading whitespace, adverbials and time phrases (定期, 每月5日前, 24小时内)."""
    while index < len(text):
        while index < len(text) and text[index].isspace():
            index += 1
        match = lex.adverbial.match(text, index)
        if not match or match.end() == index:
            return index
        verb = verb_at(text, index, lex)
        if verb and len(verb) >= len(match.group().rstrip("，,、 ")):
            return index
        index = match.end()
    return index


def tokens(text: str, lex: Lexicon) -> list[str] | None:
    """Split text into verbs and conjunctions by longest match; None if anything else is left."""
    out, index = [], 0
    while index < len(text):
        conj = _CONJUNCTION.match(text, index)
        if conj:
            out.append(conj.group())
            index = conj.end()
            continue
        verb = verb_at(text, index, lex)
        if verb is None:
            return None
        out.append(verb)
        index += len(verb)
    return out


def _verbs_only(parts: list[str] | None) -> list[str]:
    return [p for p in parts or () if not _CONJUNCTION.fullmatch(p)]


def trailing_verbs(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """(object, verbs) for 'object + verb [与 verb]' read from the right: 客户投诉 / 受理, 登记.

    No verbs when the last one usually ends a compound noun (财务管理, 技术支持, 售后服务):
    moving it to the front would make nonsense.
    """
    verbs: list[str] = []
    end = len(text)
    while end > 0:
        for size in range(min(MAX_WORD, end - 1), 1, -1):  # two characters at least
            if text[end - size:end] in lex.verbs:
                verbs.insert(0, text[end - size:end])
                end -= size
                break
        else:
            break
        conj = re.search(r"(?:以及|并且|与|和|及|、|并)$", text[:end])
        if not conj:
            break
        end = conj.start()
    if not verbs or verbs[-1] in lex.nominal or verbs[-1] in _COMPOUND_TAILS:
        return text, []
    return text[:end], verbs


def join_verbs(verbs: list[str]) -> str:
    if len(verbs) == 1:
        return verbs[0]
    return "、".join(verbs[:-1]) + "并" + verbs[-1]


def _nominal(clause: str, first: str | None, lex: Lexicon) -> tuple[str, list[str]] | None:
    """(object, verbs) when the clause is a nominalisation, else None.

    …的 + verbs (客户档案的建立与维护) after a light or noun-like opening; or a noun-like verb
    followed only by verbs (投诉受理工作, 培训组织与实施).
    """
    body = _TAIL_NOUN.sub("", clause)
    light = first is None or first in LIGHT or first in RESPONSIBLE or first in lex.nominal
    if "的" in body and light:
        head, _, tail = body.rpartition("的")
        parts = _verbs_only(tokens(tail, lex))
        if parts and (first is None or any(p not in lex.nominal for p in parts)):
            if first in LIGHT and head.startswith(first):
                head = head[len(first):]
            return head, parts
    if first is not None and first in lex.nominal:
        parts = _verbs_only(tokens(body, lex))
        if len(parts) >= 2 and parts[-1] not in lex.nominal:
            return parts[0], parts[1:]
    return None


def _suggest(obj: str, verbs: list[str], rest: str, lex: Lexicon) -> str | None:
    """verbs + object + the rest; None when the object is unclear (售后服务 is no 服务 of 售后)."""
    obj = obj.strip().removesuffix("的")
    if not obj or not verbs:
        return None
    adverb = ""
    for size in range(min(4, len(obj) - 1), 1, -1):  # 客服中心日常 + 管理 → 日常管理客服中心
        if lex.adverbial.fullmatch(obj[-size:]):
            adverb, obj = obj[-size:], obj[:-size]
            break
    return adverb + join_verbs(verbs) + obj + rest


def opens_with_verb(text: str, lex: Lexicon) -> bool:
    """A quick test, without the nominalisation checks: a verb, or a preposition and a verb."""
    start = skip_adverbials(text, 0, lex)
    verb = verb_at(text, start, lex)
    prep = _preposition_at(text, start, lex)
    if prep and (verb is None or len(prep) > len(verb)):
        return any(verb_at(text, i, lex) for i in range(start + len(prep), len(text)))
    return verb is not None


def analyse(text: str, lex: Lexicon) -> Opening | None:
    """None when the statement opens with a verb; else why not."""
    start = skip_adverbials(text, 0, lex)
    if start >= len(text):
        return None
    return _opening(text, start, lex, allow_responsible=True)


def _opening(text: str, start: int, lex: Lexicon, allow_responsible: bool) -> Opening | None:
    end = first_clause_end(text, start)
    clause = text[start:end]
    rest = text[end:]
    verb = verb_at(text, start, lex)
    prep = _preposition_at(text, start, lex)
    if prep and (verb is None or len(prep) > len(verb)):
        return _after_preposition(text, start, end, prep, lex)
    if verb is None:
        return _noun_opening(text, start, end, lex)
    if verb in RESPONSIBLE and allow_responsible:
        inner = skip_adverbials(text, start + len(verb), lex)
        found = _opening(text, inner, lex, allow_responsible=False) if inner < end else None
        if inner >= end or found is not None:
            obj, verbs = (_nominal(text[inner:end], None, lex)
                          or trailing_verbs(_TAIL_NOUN.sub("", text[inner:end]), lex))
            return Opening("responsible", start, end - start, _suggest(obj, verbs, rest, lex))
        return None
    nominal = _nominal(clause, verb, lex)
    if nominal:
        return Opening("nominal", start, end - start, _suggest(*nominal, rest, lex))
    return None


def _after_preposition(text: str, start: int, end: int, prep: str, lex: Lexicon) -> Opening | None:
    """根据年度计划制订… / 向客户解释…: fine when a verb follows in this or the next clause."""
    for index in range(start + len(prep), end):
        if verb_at(text, index, lex):
            return None
    if end < len(text):
        nxt = skip_adverbials(text, end + 1, lex)
        if nxt < len(text) and verb_at(text, nxt, lex):
            return None
    return Opening("noun", start, end - start)


def _noun_opening(text: str, start: int, end: int, lex: Lexicon) -> Opening | None:
    """A noun opening; a scene-setting first clause (客户来电时，…) passes to the next one."""
    clause = text[start:end]
    if _SCENE.search(clause) and end < len(text) and CLAUSE_BREAK.match(text, end):
        nxt = skip_adverbials(text, end + 1, lex)
        if nxt < len(text) and _opening(text, nxt, lex, allow_responsible=True) is None:
            return None
    obj, verbs = (_nominal(clause, None, lex)
                  or trailing_verbs(_TAIL_NOUN.sub("", clause), lex))
    return Opening("noun", start, end - start, _suggest(obj, verbs, text[end:], lex))
