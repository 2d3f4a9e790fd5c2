"""Helpers the JK2xx rules share: placeholders, did-you-mean, requirement groups, dates."""
from __future__ import annotations

import difflib
import os
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

# Text that stands in for content still to be written: ……, 待定, TBD, XXX, 略 and the like.
_PLACEHOLDER = re.compile(
    r"^[\s。．.…·\-—_＿～~？?]*$"  # only dots, dashes or question marks
    r"|^\s*(待定|待补充|待完善|待填写|待明确|另行通知|另定|暂无|略|无|空|同上|见附件|"
    r"TBD|TBC|TODO|N/?A|XXX*|xxx*|〇〇+|○○+|某某+)\s*[。.]?\s*$"
    r"|[…]{1,}\s*$|\.{3,}\s*$|^(待定|TBD|TODO)[，,:：]"
    , re.I)


def is_placeholder(text: str | None) -> bool:
    """Whether text is empty or only a placeholder such as ……, 待定, TBD or XXX."""
    if text is None:
        return True
    stripped = text.strip()
    return not stripped or bool(_PLACEHOLDER.search(stripped))


def content_length(text: str) -> int:
    """Number of letters, digits and Chinese characters (punctuation and spaces left out)."""
    return sum(1 for char in text if char.isalnum())


def did_you_mean(name: str, candidates: list[str] | tuple[str, ...]) -> str | None:
    """The candidate closest to name, if one is close enough to be a likely typo."""
    matches = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.5)
    return matches[0] if matches else None


class Group(NamedTuple):
    """A requirement: words in a duty that call for it, and words in qualifications meeting it."""

    triggers: tuple[str, ...]
    accepted: tuple[str, ...]


@lru_cache(maxsize=32)
def parse_groups(lines: frozenset[str]) -> tuple[Group, ...]:
    """Parse lines 'trigger|trigger = accepted|accepted' (no '=': both sides the same).

    The first accepted word is the one a message suggests. Triggers do not count as accepted
    unless listed: "can drive a car" in the abilities is not a driving licence.
    """
    groups = []
    for line in sorted(lines):
        left, _, right = line.partition("=")
        triggers = tuple(w.strip() for w in left.split("|") if w.strip())
        accepted = tuple(w.strip() for w in (right or left).split("|") if w.strip())
        if triggers:
            groups.append(Group(triggers, accepted))
    return tuple(groups)


_GAP = r"[^，。；：、,.;:！？!?（）()《》\s]{0,6}?"  # "…" in a term: a few characters, same clause


def _term_pattern(term: str) -> str:
    """A term as a regex; Latin terms must not sit inside a longer Latin word (BI ≠ BIOS);
    "…" stands for up to six characters of the same clause (驾驶…车 matches 驾驶公司服务车)."""
    escaped = _GAP.join(re.escape(part) for part in term.split("…"))
    if re.match(r"[A-Za-z0-9]", term):
        escaped = r"(?<![A-Za-z])" + escaped
    if re.search(r"[A-Za-z0-9]$", term):
        escaped += r"(?![A-Za-z])"
    return escaped


@lru_cache(maxsize=256)
def terms_pattern(terms: tuple[str, ...], ignore_case: bool = False) -> re.Pattern | None:
    """One regex for all terms, longest first."""
    if not terms:
        return None
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(_term_pattern(t) for t in ordered), re.I if ignore_case else 0)


_QUOTED_TITLE = re.compile(r"《[^《》]*》")


def mask_titles(text: str) -> str:
    """Blank out quoted titles 《…》 (same length), so words inside them are not matched."""
    return _QUOTED_TITLE.sub(lambda m: " " * len(m.group()), text)


# --- dates -----------------------------------------------------------------------------

TODAY_VARIABLE = "JOBKIT_TODAY"


def today() -> date:
    """Today's date, or the date in $JOBKIT_TODAY (YYYY-MM-DD) so that tests are repeatable."""
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return date.today()


def as_date(value: object) -> date | None:
    """A date from a YAML date or a YYYY-MM-DD string; None otherwise."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def add_months(start: date, months: int) -> date:
    """start moved on by whole months; the 31st becomes the last day of a shorter month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    days = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(start.day, days))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
