"""The JK3xx law tables: `jobkit/data/law/<rule-name>.yaml`, read and compiled on first use.

A table gives the article cited, a message and suggestion (with {match} and {law} filled in),
`keys` for a fast first screening, `define` for phrases shared by patterns (%NAME%), `allow`
for phrases that are never a condition, and the `patterns`, each optionally with its own
message, suggestion and context. `context.yaml` holds the word lists all tables share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from jobkit.config import LawAdditions
from jobkit.problems import Message

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same safe subset, in C when present
_VARIABLE = re.compile(r"%([A-Z_]+)%")
_GROUP_NAME = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class Entry:
    """One pattern of a table, compiled on first use (most documents never need it)."""

    source: str
    flags: int
    context: str | None  # None (anywhere), "hiring" or "screening"
    message: Message | None
    suggestion: Message | None

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.source, self.flags)


@lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> re.Pattern:
    return re.compile(source, flags)


@dataclass(frozen=True)
class Table:
    """One rule's law data; regular expressions are compiled on first use."""

    law: Message
    message: Message
    suggestion: Message | None
    entries: tuple[Entry, ...]
    quick_source: str  # the keys (and any pattern they miss): most strings fail this search
    allow_source: str | None
    flags: int
    justifiable: bool
    lang: str | None
    context_words: bool
    age_limits: tuple[int, int] | None
    welcome: bool  # 欢迎残障人士应聘 invites a group: a positive measure, not a condition

    @property
    def quick(self) -> re.Pattern:
        return _compiled(self.quick_source, re.I)

    @property
    def allow(self) -> re.Pattern | None:
        return _compiled(self.allow_source, self.flags) if self.allow_source else None


@dataclass(frozen=True)
class Cues:
    """The shared word lists of context.yaml, compiled."""

    hiring: re.Pattern
    screening: re.Pattern
    negation: re.Pattern
    mention: re.Pattern
    justification: re.Pattern
    welcome: re.Pattern
    restrictive: re.Pattern


def _read(name: str) -> dict:
    path = resources.files("jobkit.data").joinpath("law", f"{name}.yaml")
    return yaml.load(path.read_text("utf-8"), Loader=_LOADER) or {}


def _words(text: str) -> re.Pattern:
    """A cue list from context.yaml: folded lines joined, whitespace dropped."""
    return re.compile(re.sub(r"\s+", "", text))


@lru_cache(maxsize=None)
def cues() -> Cues:
    data = _read("context")
    return Cues(*(_words(data[key]) for key in
                  ("hiring", "screening", "negation", "mention", "justification",
                   "welcome", "restrictive")))


def _message(value: object) -> Message | None:
    if value is None:
        return None
    if isinstance(value, str):
        return Message(value, value)
    return Message(str(value["zh"]), str(value["en"]))


def _defines(data: dict) -> dict[str, str]:
    """The table's named phrases (%NAME% in its patterns)."""
    return {k: str(v) for k, v in (data.get("define") or {}).items()}


def _expand(pattern: str, define: dict[str, str]) -> str:
    for _ in range(5):  # definitions may use definitions
        if "%" not in pattern:
            break
        pattern = _VARIABLE.sub(lambda m: define[m.group(1)], pattern)
    return pattern


def _quick_source(keys: list[str], sources: list[str]) -> str:
    """The prefilter: the table's keys, plus any pattern in which no key even appears.

    Every match of a pattern contains one of the keys (the tests prove it for the shipped
    tables); a pattern added without a key still works, through its own text here.
    """
    lowered = [k.lower() for k in keys]
    parts = [re.escape(k) for k in keys]
    parts += [_GROUP_NAME.sub("(?:", s) for s in sources
              if not any(k in s.lower() for k in lowered)]
    return "|".join(f"(?:{p})" for p in parts)


@lru_cache(maxsize=None)
def table(name: str, added: LawAdditions | None = None) -> Table:
    """The table of jobkit/data/law/NAME.yaml, with what jobkit.yaml adds to it."""
    data = _read(name)
    flags = re.I if data.get("ignore_case") else 0
    define = _defines(data)
    entries = tuple(Entry(_expand(str(item["pattern"]), define), flags, item.get("context"),
                          _message(item.get("message")), _message(item.get("suggestion")))
                    for item in data["patterns"])
    allow = [_expand(str(a), define) for a in data.get("allow") or ()]
    if added is not None:
        entries += tuple(Entry(_expand(pattern, define), flags, context, None, None)
                         for pattern, context in added.patterns)
        allow += [_expand(a, define) for a in added.allow]
    limits = data.get("age_limits")
    return Table(
        law=_message(data["law"]), message=_message(data["message"]),
        suggestion=_message(data.get("suggestion")), entries=entries,
        quick_source=_quick_source([str(k) for k in data.get("keys") or ()],
                                   [e.source for e in entries]),
        allow_source="|".join(f"(?:{a})" for a in allow) or None, flags=flags,
        justifiable=bool(data.get("justifiable")), lang=data.get("lang"),
        context_words=data.get("context_words", True),
        age_limits=(limits["lower_at_most"], limits["upper_at_least"]) if limits else None,
        welcome=bool(data.get("welcome")))


def pattern_error(name: str, pattern: str) -> Message | None:
    """Why a pattern added to table NAME in jobkit.yaml cannot be used, or None."""
    data = _read(name)
    define = _defines(data)
    try:
        re.compile(_expand(pattern, define), re.I if data.get("ignore_case") else 0)
    except KeyError as exc:
        names = "、".join(f"%{k}%" for k in define) or "无 / none"
        return Message(f"%{exc.args[0]}% 不是 {name} 条文表定义的词组（可用：{names}）。",
                       f"%{exc.args[0]}% is not a phrase the {name} table defines "
                       f"(defined: {names.replace('、', ', ')})")
    except re.error as exc:
        return Message(f"不是有效的正则表达式：{exc}。普通词语直接写即可，( ) [ ] . * ? + 等符号前加 \\。",
                       f"not a valid regular expression: {exc}. Plain words need nothing; put "
                       "\\ before ( ) [ ] . * ? + and the like")
    return None


def uncovered_patterns(name: str) -> list[str]:
    """Patterns of table NAME with a match that could contain none of its keys (for the tests)."""
    from re import _constants as c, _parser  # parsing is slow: only the tests need it

    law = table(name)
    keys = [k.lower() for k in _read(name).get("keys") or ()]

    def covered(parsed, run: str = "") -> bool:  # does every match contain a key?
        for op, av in parsed:
            if op is c.LITERAL:
                run += chr(av).lower()
                if any(k in run for k in keys):
                    return True
                continue
            if op is c.IN and all(o is c.LITERAL for o, _ in av):  # [男女] from 男|女
                if all(any(k in run + chr(v).lower() for k in keys) for _, v in av):
                    return True
            elif op is c.SUBPATTERN and covered(av[-1], run):
                return True
            elif op is c.ATOMIC_GROUP and covered(av, run):
                return True
            elif op is c.BRANCH and all(covered(b, run) for b in av[1]):
                return True
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 \
                    and covered(av[2], run):
                return True
            run = ""
        return False

    return [e.source for e in law.entries if not covered(_parser.parse(e.source, e.flags))]
