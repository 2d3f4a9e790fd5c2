"""Where Chinese text may not break: short labels, numbers with their units, dates and the end
of a paragraph, so that no line of a document holds one lone character.

Chinese may break between any two characters (the rule every Chinese typesetter follows), so
a narrow cell prints 序/号 and a paragraph ends with one character on a line of its own.
These functions find the stretches to keep whole; layout.py wraps them in
<span class="nowrap"> and sizes table columns so that they fit.
"""
from __future__ import annotations

import re
import unicodedata

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Marks that may not start a line: they travel with the character before them.
_CLOSING = "，。、；：！？）》」』】〕”’%％‰)…"
_NUMBER = r"\d+(?:[.,:：]\d+)*"
_UNIT = ("工作日|个工作日|小时|分钟|学时|课时|万元|元|个月|年度|年|月|周|日|天|次|人次|人|项|份|分|秒|岁"
         "|台|家|条|页|倍|级|点|号|笔|户|单|件|个|批|轮|期|名|米|公里|千米|平方米")
_NUMBER_UNIT = rf"{_NUMBER}(?:\s*[~～\-–—至到]\s*{_NUMBER})?\s*(?:[%％‰]|(?:{_UNIT})(?:/[{_HAN}])?)"
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日"
# A term in quotation marks or book-title marks reads as one word.
_QUOTED = r"《[^》]{1,12}》|“[^”]{1,10}”"
WHOLE = re.compile(rf"(?:{_DATE}|{_NUMBER_UNIT}|{_QUOTED})[{_CLOSING}]*")
_LEAD = re.compile(rf"[{_HAN}][{_CLOSING}]?\s*$")
# The last two characters with what stands between and after them (还是, 账期（天）,
# 接通率（%）, 100%并), or the last one and whatever comes before it.
TAIL = re.compile(rf"(?:[{_HAN}][^{_HAN}\s]{{0,8}}|\S)[{_HAN}][^{_HAN}\s]{{0,6}}\s*$")
HAN = re.compile(f"[{_HAN}]")
# A label this wide (in em) or less is never broken: 序号, 时间占比, 客户服务部. Longer ones
# may break (呼叫中心/系统) rather than take the room of the column beside them.
SHORT = 5.0


def width(text: str) -> float:
    """Printed width in em, erring wide: Chinese characters and the marks a Chinese face sets
    full width (≤, ×, °) are one em, Latin letters and digits a little over half."""
    total = 0.0
    for ch in text:
        if ch.isspace():
            total += 0.3
        elif unicodedata.east_asian_width(ch) in ("W", "F", "A"):
            total += 1.0
        else:
            total += 0.75 if ch.isupper() else 0.6
    return total


def keep_whole(text: str, *, at_end: bool, whole_text: str | None = None) -> list[tuple[int, int]]:
    """The stretches of text (start, end) not to break. at_end: the text ends a line (its
    block ends there or a <br> follows), so its last two characters stay together.
    whole_text: the block's whole text, when it is short enough to keep on one line."""
    if whole_text is not None and HAN.search(whole_text) and width(whole_text.strip()) <= SHORT:
        stripped = text.strip()
        if stripped:
            start = text.index(stripped)
            return [(start, start + len(stripped))]
        return []
    spans: list[tuple[int, int]] = []
    for m in WHOLE.finditer(text):
        spans = _merge(spans, _with_one_before(text, *m.span()))
    if at_end:
        tail = TAIL.search(text)
        if tail and tail.start() > 0 and text[:tail.start()].strip():
            spans = _merge(spans, (tail.start(), len(text.rstrip())))
    return spans


def _with_one_before(text: str, start: int, end: int) -> tuple[int, int]:
    """A kept stretch takes the character before it (and a comma between) along: otherwise,
    when the stretch moves to the next line, that character can be left on a line alone."""
    lead = _LEAD.search(text, 0, start)
    return (lead.start(), end) if lead else (start, end)


def _merge(spans: list[tuple[int, int]], extra: tuple[int, int]) -> list[tuple[int, int]]:
    """Add a stretch, joining it with any it overlaps."""
    start, end = extra
    kept = []
    for a, b in spans:
        if b <= start or a >= end:
            kept.append((a, b))
        else:
            start, end = min(a, start), max(b, end)
    kept.append((start, end))
    return sorted(kept)


def widest_whole(text: str, spans: list[tuple[int, int]]) -> float:
    """The narrowest a text can be set in: its widest unbreakable stretch (a kept stretch,
    a Latin word, or one character)."""
    widest = 1.0 if HAN.search(text) else 0.0
    for a, b in spans:
        widest = max(widest, width(text[a:b]))
    for word in re.findall(r"[A-Za-z0-9_.@/\-]+", text):
        widest = max(widest, min(width(word), SHORT))  # long words break (overflow-wrap)
    return widest
