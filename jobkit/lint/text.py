"""Small text helpers the rules share: finding listed words and patterns in Chinese prose."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator


@lru_cache(maxsize=256)
def word_pattern(words: frozenset[str]) -> re.Pattern | None:
    """One regex matching any of the words, longest first; None for an empty list."""
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def find_words(text: str, words: frozenset[str]) -> Iterator[tuple[int, str]]:
    """(offset, word) for each occurrence of a listed word in text."""
    pattern = word_pattern(words)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.start(), match.group()


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def first_clause(text: str) -> str:
    """Text up to the first Chinese or Latin clause break."""
    return re.split(r"[，。；：,;:！？!?\n]", text, maxsplit=1)[0]


def any_in(text: str, needles: Iterable[str]) -> bool:
    return any(needle in text for needle in needles)
