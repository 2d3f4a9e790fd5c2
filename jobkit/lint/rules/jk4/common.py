"""What the typography rules share: character classes, marks and message excerpts."""
from __future__ import annotations

import re
from functools import lru_cache

# Han characters (CJK Unified Ideographs, Extension A, compatibility, Extensions B–G) and
# Chinese punctuation: CJK symbols (、。《》「」【】〔〕) and full-width forms (，：；！？（）).
# Curly quotes, … and — are shared with English typography, so they do not make text Chinese.
# Plain code-point tests: a regex class this wide costs milliseconds to compile at start-up.
_HAN = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
_PUNCT = ((0x3000, 0x303F), (0xFF01, 0xFF65))

FULLWIDTH = {",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（",
             ")": "）"}
# Marks a Chinese writer may type twice: each class is one mark in either width.
MARK_CLASS = {mark: cls for cls in (",，", "!！", "?？", ";；", ":：", "、") for mark in cls}

# What JK405 reports: invisible format characters (deleted) and no-break spaces (→ space).
INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
NO_BREAK_SPACES = "\u00a0\u202f"


def is_han(char: str) -> bool:
    code = ord(char) if len(char) == 1 else -1
    return any(low <= code <= high for low, high in _HAN)


def is_chinese(char: str) -> bool:
    """A Chinese character or a Chinese (full-width) punctuation mark."""
    code = ord(char) if len(char) == 1 else -1
    return any(low <= code <= high for low, high in _HAN + _PUNCT)


@lru_cache(maxsize=1)
def _chinese_pattern() -> re.Pattern:
    ranges = "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN + _PUNCT)
    return re.compile(f"[{ranges}]")


def has_chinese(text: str) -> bool:
    return _chinese_pattern().search(text) is not None


def next_visible(text: str, index: int, step: int) -> str:
    """The first character from text[index] on (step 1) or back (step -1) that is not a space."""
    while 0 <= index < len(text) and text[index].isspace():
        index += step
    return text[index] if 0 <= index < len(text) else ""


def excerpt(text: str, start: int, end: int, replacement: str, width: int = 8) -> str:
    """A few characters around text[start:end] with the replacement in place."""
    left = text[max(0, start - width):start].rsplit("\n", 1)[-1]
    right = text[end:end + width].split("\n", 1)[0]
    return f"{left}{replacement}{right}"
