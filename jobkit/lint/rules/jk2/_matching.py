"""Text matching for JK201: directing phrases in duties, requirement groups, exclusions."""
from __future__ import annotations

import re
from functools import lru_cache

from jobkit.lint.rules.jk2._shared import Group, parse_groups, terms_pattern

_BREAK = "，。；：、,.;:！？!?（）()《》\"“”\\s"
# A clause that says the post is directed, not directing: 在主管指导下, 接受考核, 配合管理.
_PASSIVE = re.compile(r"(在(?!线)|受(?!理)|由(?!于)|被|经过|接受|配合|服从|听从|协助)[^" + _BREAK + r"]{0,12}$")


@lru_cache(maxsize=64)
def split_list(words: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words, exclusions): entries starting with '!' are look-alikes to blank out first."""
    include = tuple(sorted(w for w in words if not w.startswith("!")))
    exclude = tuple(sorted(w[1:] for w in words if w.startswith("!") and len(w) > 1))
    return include, exclude


def blank(text: str, phrases: tuple[str, ...], ignore_case: bool = False) -> str:
    """text with each listed phrase replaced by spaces of the same length (offsets stay)."""
    pattern = terms_pattern(phrases, ignore_case)
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=16)
def _directing_pattern(verbs: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern | None:
    if not verbs or not nouns:
        return None
    verb = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf"(?P<verb>{verb})[^{_BREAK}]{{0,8}}?(?:{noun})"  # 管理客服团队, 考核下属专员
        rf"|(?:{noun})(?:的[^{_BREAK}]{{0,3}}?)?(?P<after>{verb})")  # 团队管理, 团队的日常管理


def directing_phrase(text: str, verbs: frozenset[str],
                     nouns: frozenset[str]) -> tuple[int, int] | None:
    """(offset, length) of the first phrase in text where the post directs people, if any."""
    verb_words, verb_exclusions = split_list(verbs)
    noun_words, _ = split_list(nouns)
    pattern = _directing_pattern(verb_words, noun_words)
    if pattern is None:
        return None
    cleaned = blank(text, verb_exclusions)
    for match in pattern.finditer(cleaned):
        verb_start = match.start("verb") if match.group("verb") else match.start("after")
        if _PASSIVE.search(cleaned[:verb_start]):
            continue
        return match.start(), match.end() - match.start()
    return None


@lru_cache(maxsize=32)
def _groups(lines: frozenset[str]) -> tuple[tuple[Group, ...], tuple[str, ...]]:
    include, exclude = split_list(lines)
    return parse_groups(frozenset(include)), exclude


@lru_cache(maxsize=32)
def _any_trigger(lines: frozenset[str]) -> re.Pattern | None:
    """One pattern for every trigger of every group: most texts call for nothing."""
    groups, _ = _groups(lines)
    return terms_pattern(tuple(t for group in groups for t in group.triggers))


def requirement_hits(text: str, lines: frozenset[str]):
    """(offset, words found, group) for each requirement group of the list that text calls for."""
    groups, exclusions = _groups(lines)
    screen = _any_trigger(lines)
    if screen is None or not screen.search(text):
        return
    text = blank(text, exclusions)
    for group in groups:
        match = terms_pattern(group.triggers).search(text)
        if match:
            yield match.start(), match.group(), group


def mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether text contains one of the words (case-insensitive; Latin as whole words)."""
    pattern = terms_pattern(tuple(words), True)
    return pattern is not None and pattern.search(text) is not None
