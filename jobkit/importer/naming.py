"""Ids for imported jobs (from the job code, else the title in pinyin) and the module a job
most likely belongs to."""
from __future__ import annotations

import re

ID_MAX = 64
# Words of a title or department that point to one of the nine modules (first match wins).
_MODULE_CUES = (
    ("complaint", r"投诉"),
    ("call-center", r"呼叫|坐席|座席|热线|话务|call.?cent"),
    ("after-sales", r"售后|维修|安装|服务网点|after.?sales"),
    ("credit", r"信用|账款|应收|催收|credit"),
    ("key-account", r"大客户|重点客户|key.?account"),
    ("information", r"客户信息|信息管理|数据|档案|information"),
    ("quality", r"质检|质量|品质|quality"),
    ("survey", r"调研|调查|市场研究|客户开发|survey|research"),
    ("relationship", r"客户关系|会员|忠诚|relationship"),
)


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value[:ID_MAX].rstrip("-")


def pinyin_slug(title: str) -> str:
    """客服专员 → kefuzhuanyuan; Latin letters and figures kept, other marks dropped."""
    from pypinyin import lazy_pinyin  # its dictionary loads in ~0.1 s: only when importing

    syllables = lazy_pinyin(title, errors=lambda chars: [c for c in chars])
    return slug("".join(syllables))


def job_id(code: str | None, title: str, taken: set[str]) -> str:
    base = slug(str(code)) if code else ""
    if not base or not base[0].isalnum():
        base = pinyin_slug(title) or "job"
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = base[:ID_MAX - len(suffix)] + suffix
        number += 1
    taken.add(candidate)
    return candidate


def guess_module(title: str, department: str) -> str | None:
    for text in (title, department):
        for module, cue in _MODULE_CUES:
            if text and re.search(cue, text, re.IGNORECASE):
                return module
    return None
