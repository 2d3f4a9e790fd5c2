"""Chinese numerals for article, chapter and enumeration numbers (第十二条, （三）)."""
from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999)."""
    if n < 0 or n > 9999:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += _DIGITS[digit] + unit
        elif out and not out.endswith("零") and n % value:
            out += "零"
    return out


def article(n: int, lang: str = "zh-CN") -> str:
    return f"Article {n}" if lang == "en" else f"第{chinese_number(n)}条"


def chapter(n: int, lang: str = "zh-CN") -> str:
    return f"Chapter {n}" if lang == "en" else f"第{chinese_number(n)}章"


def item(n: int, lang: str = "zh-CN") -> str:
    return f"({n})" if lang == "en" else f"（{chinese_number(n)}）"


def section(n: int, lang: str = "zh-CN") -> str:
    return f"{n}. " if lang == "en" else f"{chinese_number(n)}、"
