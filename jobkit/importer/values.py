"""Text from a Word cell turned into the value a jobkit field holds (lists, numbers, pay …).

Each parser returns None when the text does not have the expected shape; the caller then
keeps the text as it is (a string is valid for most fields) or in the notes.
"""
from __future__ import annotations

import re

_LIST_SEP = re.compile(r"\s*(?:[、；;，,]|\n)\s*")
_ITEM_MARK = re.compile(r"^(?:[（(]?\d{1,2}[)）.．、]|[①-⑳]|[•●○■◆\-–—·*])\s*")
LEVELS = {"博士": "博士", "硕士": "硕士", "研究生": "硕士", "本科": "本科", "大学本科": "本科",
          "学士": "本科", "大专": "大专", "专科": "大专", "大学专科": "大专", "高职": "大专",
          "中专": "中专", "职高": "中专", "技校": "中专", "高中": "高中", "初中": "初中"}
_LEVEL = re.compile(r"^(全日制)?(" + "|".join(sorted(LEVELS, key=len, reverse=True)) +
                    r")(?:及以上|以上)?(?:学历)?(?:及以上|以上)?")
_PERIODS = {"月": "month", "年": "year", "小时": "hour", "时": "hour", "天": "day", "日": "day",
            "month": "month", "year": "year", "hour": "hour", "day": "day"}
_PAY = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*(?:[-–—~～至到]\s*(\d[\d,]*(?:\.\d+)?))?\s*"
                  r"(CNY|USD|EUR|HKD|元|万元)?\s*(?:/|每|per\s*)?\s*(月|年|小时|时|天|日|month|"
                  r"year|hour|day)?$", re.IGNORECASE)
_YEARS = re.compile(r"^(\d+(?:\.\d+)?)\s*年(?:以上|及以上)(.*?)$")
_YEARS_EN = re.compile(r"^at least (\d+(?:\.\d+)?) years? of (.+)$", re.IGNORECASE)
_HOURS = re.compile(r"^(.+?)[（(]\s*(\d+(?:\.\d+)?)\s*(?:学时|课时|小时|hours?)\s*[)）]$")
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)\s*[%％]$")


def number(text: str) -> int | float | None:
    value = text.strip().replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", value):
        return None
    result = float(value)
    return int(result) if result.is_integer() else result


def percent(text: str) -> int | float | None:
    """35% or 35 → 35."""
    text = re.sub(r"^(?:约|大约|占)\s*", "", text.strip())
    match = _PERCENT.match(text)
    return number(match.group(1)) if match else number(text)


def items(text: str) -> list[str]:
    """A list typed as 甲、乙、丙 (甲；乙、丙 when an item holds 、) or one item per line."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        parts = [_ITEM_MARK.sub("", line).strip().rstrip("。；;，,") for line in lines]
    elif re.search(r"[；;]", text):
        parts = re.split(r"\s*[；;]\s*", text.strip().rstrip("。"))
    else:
        parts = _rejoin(_LIST_SEP.split(text.strip().rstrip("。")))
    return [p for p in (part.strip() for part in parts) if p]


_HOURS_END = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*(?:学时|课时|小时)\s*[)）]$")


def _rejoin(parts: list[str]) -> list[str]:
    """Undo splits inside an item where the items all close with a mark: training written
    合同、商业秘密法规（8学时）、… is one subject per （N学时）."""
    ends = [bool(_HOURS_END.search(p)) for p in parts]
    if len(parts) < 3 or sum(ends) < 2 or not ends[-1] or all(ends):
        return parts
    merged, pending = [], []
    for part, closes in zip(parts, ends):
        pending.append(part)
        if closes:
            merged.append("、".join(pending))
            pending = []
    return merged + pending


def pay(text: str) -> dict | None:
    match = _PAY.match(text.strip())
    if not match:
        return None
    low, high, currency, period = match.groups()
    value: dict = {"min": number(low)}
    if high:
        value["max"] = number(high)
    value["currency"] = (currency or "CNY").upper() if currency and currency.isascii() else \
        currency or "CNY"
    if period:
        value["period"] = _PERIODS[period.lower()]
    return value


def education(text: str) -> dict | str:
    """大专，市场营销或相关专业 → {level: 大专, major: …}; 本科及以上学历 → {level: 本科}; a level
    typed another way (中专或高中以上) is kept as typed; text with no level stays text."""
    text = text.strip().rstrip("。.")
    head, _, rest = (re.split(r"([，,；;])", text, maxsplit=1) + ["", ""])[:3]
    if head.isascii() and rest:  # Bachelor's degree, business or a related field
        return {"level": head.strip(), "major": rest.strip()}
    match = _LEVEL.fullmatch(head.strip())
    if match:
        level = LEVELS[match.group(2)]
    elif re.search("|".join(LEVELS), head):
        level = head.strip()
    else:
        return text
    value = {"level": level}
    if rest.strip():
        value["major"] = rest.strip()
    return value


_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9, "十": 10}


def _arabic_years(text: str) -> str:
    """三年以上 → 3年以上, 十年 → 10年 (the years of an experience requirement)."""
    return re.sub(r"^([一二两三四五六七八九十])(?=\s*年)", lambda m: str(_CHINESE_DIGITS[m.group(1)]),
                  text)


def experience(text: str, lang: str) -> dict | str:
    """5年以上家电维修服务经验 → {years: 5, field: 家电维修服务}; as the renderer prints it."""
    text = _arabic_years(text.strip().rstrip("。"))
    match = _YEARS_EN.match(text) if lang == "en" else _YEARS.match(text)
    if not match:
        return text
    years, field = number(match.group(1)), match.group(2).strip()
    if lang != "en":
        if field == "工作经验":
            field = ""
        elif field.endswith("经验") and not re.search(r"[，；,;]", field):
            field = field[:-2]
    elif field == "work":
        field = ""
    return {"years": years, "field": field} if field else {"years": years}


def training(text: str) -> list[dict]:
    found = []
    for item in items(text):
        match = _HOURS.match(item)
        found.append({"subject": match.group(1).strip(), "hours": number(match.group(2))}
                     if match else {"subject": item})
    return found


def contacts(text: str) -> list[dict]:
    """技术支持部：提交鉴定申请 → {party, purpose}, one per line or item."""
    found = []
    for line in re.split(r"\n|[；;](?=[^：:；;]{1,20}[：:])", text):
        line = line.strip()
        if not line:
            continue
        if not re.search(r"[：:]", line):  # 销售部、技术部、财务部: parties without a purpose
            found.extend({"party": party} for party in items(line))
            continue
        party, sep, purpose = line.partition("：") if "：" in line else line.partition(":")
        found.append({"party": party.strip(), "purpose": purpose.strip()} if sep and
                     purpose.strip() else {"party": line})
    return found


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def calendar_date(text: str) -> str | None:
    """2026年7月1日, 2026-07-01, 2026/7/1 or 1 July 2026 → 2026-07-01; None for anything else."""
    text = text.strip()
    chinese = re.fullmatch(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?", text)
    english = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", text)
    if chinese:
        year, month, day = (int(x) for x in chinese.groups())
    elif english and english.group(2).lower() in _MONTHS:
        day, year = int(english.group(1)), int(english.group(3))
        month = _MONTHS.index(english.group(2).lower()) + 1
    else:
        return None
    try:
        from datetime import date

        return date(year, month, day).isoformat()
    except ValueError:
        return None
