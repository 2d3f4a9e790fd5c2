"""The JK3xx scan: find a table's patterns in every prose string, and the context that excuses them.

Each rule has a table `jobkit/data/law/<rule-name>.yaml` (see _tables.py): the article cited,
a message, a suggestion and a list of patterns.

A match is not reported when it is
- inside a phrase the table allows (性别不限, 户籍不限 …);
- inside a quoted statute title (《妇女权益保障法》);
- preceded, in its clause, by a prohibition (不得、禁止、严禁 … 设置性别限制), or is an item of
  an enumeration introduced by one (禁止下列行为：…);
- in a sentence that talks about discrimination itself (……属于就业歧视, 以……为由);
- a context-dependent phrase outside a hiring context (本市户籍 describing customers);
- for rules a law may justify, in a sentence that cites its legal ground (依据《……》);
- for rules about a group, in a clause that invites it (鼓励女性申请, 欢迎残障人士应聘): a
  positive measure sets no condition, unless the clause also restricts (欢迎女性，限30岁以下).
"""
from __future__ import annotations

import re
from typing import Iterator

from jobkit.lint.rules.jk3._tables import Entry, Table, cues, table
from jobkit.problems import Message, Problem

_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
_QUOTED = re.compile(r"“[^“”\n]{1,40}”|「[^「」\n]{1,40}」|『[^『』\n]{1,40}』|\"[^\"\n]{1,40}\"")
_INTRO = re.compile(r"(?:下列|以下|如下|这些)[^。；;]{0,16}[：:]")
_JOINERS = frozenset(" \t：:、，,/／和及与且")
_MASK = "\ufffc"  # neither a letter, a digit nor a space: no pattern matches across it
_MAX_GAP = 2  # hits of one rule this close together are one finding ("形象好、气质佳")
_JOB_HIRING_SECTIONS = frozenset({"qualifications", "basic"})
_LABEL_LENGTH = 24


def scan(ctx, name: str) -> Iterator[Problem]:
    """The findings of table NAME in every prose string of the document."""
    law = table(name, ctx.config.lint.laws.get(name))
    if law.lang and ctx.lang != law.lang:
        return
    quick = law.quick
    if not quick.search(ctx.prose):  # one search for the whole document, usually the last
        return
    for path, text in ctx.strings:
        if quick.search(text):
            yield from _scan_text(ctx, law, path, text)


def _scan_text(ctx, law: Table, path: tuple, text: str) -> Iterator[Problem]:
    # the title's words are no condition; its marks stay, for 依据《……》 (offsets stay valid)
    masked = _TITLE.sub(lambda m: "《" + _MASK * (len(m.group()) - 2) + "》", text)
    allowed = [m.span() for m in law.allow.finditer(masked)] if law.allow else []
    hits = []
    for entry in law.entries:
        for match in entry.regex.finditer(masked):
            span = match.span()
            if span[0] == span[1] or any(a < span[1] and span[0] < b for a, b in allowed):
                continue
            if law.age_limits and _lawful_age(match, law.age_limits):
                continue
            if _reportable(ctx, law, entry, path, masked, span):
                hits.append((span[0], span[1], entry))
    for start, end, entry in _merge(hits, masked):
        yield _finding(ctx, law, entry, path, text, start, end)


def _merge(hits: list, text: str) -> list:
    """Overlapping hits reduced to the first and longest; near neighbours joined into one."""
    merged: list = []
    for start, end, entry in sorted(hits, key=lambda h: (h[0], -h[1])):
        if merged and start < merged[-1][1]:
            continue
        gap = text[merged[-1][1]:start] if merged else None
        if gap is not None and len(gap) <= _MAX_GAP and set(gap) <= _JOINERS:
            merged[-1] = (merged[-1][0], end, merged[-1][2])
        else:
            merged.append((start, end, entry))
    return merged


def _around(text: str, index: int, ends: re.Pattern) -> tuple[int, int]:
    """Start and end of the sentence or clause around index."""
    start = 0
    for match in ends.finditer(text, 0, index):
        start = match.end()
    after = ends.search(text, index)
    return start, after.start() if after else len(text)


def _reportable(ctx, law: Table, entry: Entry, path: tuple, text: str, span) -> bool:
    start, end = span
    s0, s1 = _around(text, start, _SENTENCE_END)
    sentence = text[s0:s1]
    if law.context_words and _excused(ctx, path, text, start, end, s0, sentence):
        return False
    if entry.context and not _in_context(ctx, path, text, sentence, entry.context):
        return False
    if law.welcome and _invites(text, start):
        return False
    return not (law.justifiable and cues().justification.search(sentence))


def _excused(ctx, path: tuple, text: str, start: int, end: int, s0: int, sentence: str) -> bool:
    """A prohibition or a mention rather than a condition."""
    c = cues()
    c0, _ = _around(text, start, _CLAUSE_END)
    if c.negation.search(text, c0, start) or c.mention.search(sentence):
        return True
    before = text[s0:start]
    intro = _INTRO.search(before)
    if intro and c.negation.search(before, 0, intro.end()):
        return True  # 招聘信息不得包含下列内容：限男性……
    quotes = _QUOTED.finditer(text, s0, s0 + len(sentence))
    if c.negation.search(sentence) and any(q.start() <= start and end <= q.end() for q in quotes):
        return True  # “男性优先”等说法均不得出现
    return _under_prohibition(ctx, path)


def _invites(text: str, start: int) -> bool:
    """The clause welcomes the group (欢迎乙肝携带者应聘) and sets no limit on anyone."""
    c = cues()
    c0, c1 = _around(text, start, _CLAUSE_END)
    return bool(c.welcome.search(text, c0, start)) and not c.restrictive.search(text, c0, c1)


def _under_prohibition(ctx, path: tuple) -> bool:
    """An item of an enumeration whose lead text forbids (禁止下列行为：)."""
    if len(path) < 2 or path[-2] != "items" or not isinstance(path[-1], int):
        return False
    try:
        lead = ctx.value_at(path[:-2] + ("text",))
    except (KeyError, IndexError, TypeError):
        return False
    return isinstance(lead, str) and bool(cues().negation.search(lead))


def _in_context(ctx, path: tuple, text: str, sentence: str, kind: str) -> bool:
    """Whether the text sets conditions for applicants (hiring) or for starting work (screening).

    A job's qualifications and basic data do; elsewhere the sentence or the heading above it
    (a chapter, section or phase title) needs a cue (招聘、应聘……), while a short label or item
    (应聘登记表's 婚姻状况) may take it from the document's title.
    """
    if ctx.kind == "job" and path and path[0] in _JOB_HIRING_SECTIONS:
        return True
    cue = cues().screening if kind == "screening" else cues().hiring
    if cue.search(sentence) or cue.search(_headings(ctx, path)):
        return True
    return _label_like(text) and bool(cue.search(_document_title(ctx)))


def _label_like(text: str) -> bool:
    """A short entry, not a sentence: a form label, a checklist item, a table cell."""
    core = text.strip().rstrip("。；;")
    return len(core) <= _LABEL_LENGTH and not _SENTENCE_END.search(core)


def _headings(ctx, path: tuple) -> str:
    """The titles or names of the mappings that contain the string (chapter, section, phase)."""
    found = []
    for depth in range(1, len(path) - 1):
        try:
            value = ctx.value_at(path[:depth])
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(value, dict):
            found += [value[k] for k in ("title", "name") if isinstance(value.get(k), str)]
    return " ".join(found)


def _document_title(ctx) -> str:
    data = ctx.data
    parts = [data.get("title"), data.get("purpose")]
    if isinstance(data.get("basic"), dict):
        parts.append(data["basic"].get("title"))
    return " ".join(p for p in parts if isinstance(p, str))


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _number(text: str | None) -> int | None:
    """An age written 35 or 三十五."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    tens, _, units = text.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)


def _lawful_age(match: re.Match, limits: tuple[int, int]) -> bool:
    """A limit inside the lawful working-age range: 年满18周岁, 60周岁以下."""
    groups = match.groupdict()
    lower, upper = _number(groups.get("lower")), _number(groups.get("upper"))
    if lower is None and upper is None:
        return False
    return (lower is None or lower <= limits[0]) and (upper is None or upper >= limits[1])


def _fill(template: Message, words: str, law: Message) -> Message:
    return Message(template.zh.replace("{match}", words).replace("{law}", law.zh),
                   template.en.replace("{match}", words).replace("{law}", law.en))


def _finding(ctx, law: Table, entry: Entry, path: tuple, text: str, start: int,
             end: int) -> Problem:
    words = text[start:end]
    suggestion = entry.suggestion or law.suggestion
    return ctx.finding(
        path, _fill(entry.message or law.message, words, law.law), offset=start,
        length=end - start, suggestion=_fill(suggestion, words, law.law) if suggestion else None)
