"""Spans the typography rules never touch: URLs, e-mail addresses, paths, placeholders, code.

`masked(text)` returns the text with every such span overwritten by a private-use character,
so offsets stay the same and no rule sees a mark, digit or letter inside them.
"""
from __future__ import annotations

import re
from functools import lru_cache

MASK = "\ue000"  # private use: neither Chinese, Latin, punctuation nor space

# The characters a URL may hold (RFC 3986), ASCII only: a URL ends at the first Chinese
# character, full-width mark, space or invisible character (which JK405 may still remove).
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]"
_PARTS = (
    r"\{\{.*?\}\}",  # Jinja/Mustache placeholders {{ name }}
    r"\{%.*?%\}",
    r"\$\{[^{}\n]*\}",  # ${name}
    r"\{[A-Za-z_][\w.]*\}",  # {name}
    r"`[^`\n]+`",  # inline code
    # URLs: scheme://… or www.… (Python's \b would not do: Chinese counts as a word character)
    rf"(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://|(?<![A-Za-z0-9.-])www\.){_URL_CHARS}+",
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",  # e-mail addresses
    # Windows paths: X:\… or \\server\…; Chinese folder names are common there.
    r"(?:(?<![A-Za-z0-9])[A-Za-z]:\\|\\\\[\w.$-]+\\)[^\s\"'<>|*?，。；：！？（）【】《》“”‘’、,;]*",
    # POSIX paths: /a/b, ./a, ~/a; Latin segments only, so 男/女 or 次/月 are not paths.
    r"(?<![A-Za-z0-9_/.:\\-])(?:~|\.{1,2})?/(?:[A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]+/?",
    r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);",  # HTML entities
)
_PROTECTED = re.compile("|".join(_PARTS))
_URL_TAIL = ".,;:!?"


def _trim(text: str, start: int, end: int) -> int:
    """Trailing sentence punctuation and an unbalanced ')' are not part of a URL."""
    while end > start:
        last = text[end - 1]
        if last in _URL_TAIL:
            end -= 1
        elif last == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1
        else:
            break
    return end


@lru_cache(maxsize=4096)
def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every protected span of text."""
    spans = []
    for match in _PROTECTED.finditer(text):
        start, end = match.span()
        if "/" in match.group() or match.group().startswith("www."):
            end = _trim(text, start, end)
        if end > start:
            spans.append((start, end))
    return tuple(spans)


@lru_cache(maxsize=4096)
def masked(text: str) -> str:
    """text with every protected span replaced by MASK characters (same length)."""
    spans = protected_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(MASK * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)
