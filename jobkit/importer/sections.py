"""The text under a section heading (一、岗位职责, 任职资格 …) read into the section's fields."""
from __future__ import annotations

import re

from jobkit.importer.draft import Draft
from jobkit.importer.values import items, number
from jobkit.importer.duties import duties_from_lines
from jobkit.importer.vocabulary import field_of

_LABELLED = re.compile(r"^(?:[（(]?\d{1,2}[)）.．、]|[①-⑳]|[•●○■◆·\-])?\s*([^：:，。；]{1,12})[：:]\s*(.*)$")
_ITEM = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）.．、]|[①-⑳]|[•●○■◆·\-–—])\s*")
# What a line of 任职要求 is about, by the words it holds (first match wins).
_QUALIFICATION_CUES = (
    ("qualifications.education", r"博士|硕士|研究生|本科|大专|专科|中专|高中|学历"),
    ("qualifications.experience", r"[\d一二两三四五六七八九十]+\s*年(?:以上|及以上)?.*经验|经验|工作年限"),
    ("qualifications.certificates", r"证书|资格证|执业资格|持证|驾照|驾驶证|持.{0,6}证"),
    ("qualifications.training", r"培训|学时"),
    ("qualifications.languages", r"英语|外语|普通话|日语"),
    ("qualifications.demographics", r"年龄|性别|周岁"),
    ("qualifications.physical", r"身体|健康|体能|视力|听力"),
    ("qualifications.skills", r"熟练|熟悉|掌握|精通|会使用|操作|知识|技能"),
    ("qualifications.abilities", r"能力"),
    ("qualifications.interests", r"爱好|兴趣"),
    ("qualifications.personality", r"性格|耐心|细致|责任心|品行|踏实|积极|亲和|抗压|吃苦"),
)


def read_section(section: str, lines: list[str], draft: Draft) -> None:
    lines = [line for line in lines if line.strip()]
    if not lines:
        return
    if section == "duties":
        start = len(draft.data.get("duties", []))
        draft.data.setdefault("duties", []).extend(duties_from_lines(lines, draft, start))
    elif section == "summary":
        draft.assign("summary", "\n".join(lines))
    elif section == "equipment":
        draft.assign("equipment", "\n".join(lines))
    elif section == "kpis":
        for line in lines:
            for text in items(_ITEM.sub("", line)):
                draft.data.setdefault("kpis", []).append(_kpi(text))
    elif section == "qualifications":
        _qualifications(lines, draft)
    else:
        _labelled(section, lines, draft)


_KPI = re.compile(r"^(?P<name>.+?)\s*(?P<target>(?:[≥≤>＞<＜=]|不低于|不高于|不少于|不超过|达到)?\s*"
                  r"[\d.]+\s*(?:%|％|分|天|小时|个|件|次|家|条)?)?\s*"
                  r"(?:[（(]\s*权重\s*[:：]?\s*(?P<weight>\d+(?:\.\d+)?)\s*[%％]\s*[)）])?$")


def _kpi(text: str) -> dict:
    """客户满意度≥90%（权重40%） → name, target, weight."""
    match = _KPI.match(text.strip())
    kpi = {"name": (match.group("name") if match else text).strip()}
    if match and match.group("target"):
        kpi["target"] = match.group("target").replace(" ", "")
    if match and match.group("weight"):
        kpi["weight"] = number(match.group("weight"))
    return kpi


def _labelled(section: str, lines: list[str], draft: Draft) -> None:
    """Lines written "label：value"; others go to the section's free-text field or the notes."""
    for line in lines:
        key, text = label_value(line)
        if key:
            draft.assign(key, text, line.split("：")[0])
        elif section == "environment" and not draft.get("environment.workplace"):
            draft.assign("environment.workplace", _ITEM.sub("", line))
            draft.guess(("environment", "workplace"),
                        "原文未分项，整段放在工作场所 / the source does not divide it")
        else:
            draft.note(_section_name(section), line)


def _qualifications(lines: list[str], draft: Draft) -> None:
    for line in lines:
        key, text = label_value(line)
        if key:
            draft.assign(key, text, line.split("：")[0])
            continue
        for text in _requirements(_ITEM.sub("", line).strip().rstrip("；;。")):
            field = _cue(text)
            if field is None:
                draft.note("任职资格", text)
                continue
            before = draft.get(field)
            draft.assign(field, text)
            if draft.get(field) != before:
                draft.guess(tuple(field.split(".")), "按内容归入此项 / placed here by its wording")


def _cue(text: str) -> str | None:
    return next((field for field, cue in _QUALIFICATION_CUES if re.search(cue, text)), None)


def _requirements(line: str) -> list[str]:
    """中专以上学历，持电工证 → two requirements; a clause with no word of its own (市场营销专业
    after 大专以上学历) stays with the one before it."""
    pieces: list[str] = []
    for clause in (c.strip() for c in re.split(r"[，；;]", line)):
        if not clause:
            continue
        cue = _cue(clause)
        if pieces and (cue is None or cue == _cue(pieces[-1]) == "qualifications.education"):
            pieces[-1] += "，" + clause
        else:
            pieces.append(clause)
    return pieces


def label_value(line: str) -> tuple[str | None, str]:
    match = _LABELLED.match(line.strip())
    if not match:
        return None, ""
    key = field_of(match.group(1))
    if key is None or key in ("duties", "kpis", "relations", "qualifications", "environment"):
        return None, ""
    return key, match.group(2)


def _section_name(section: str) -> str:
    return {"relations": "工作关系", "environment": "工作环境", "basic": "基本资料"}.get(
        section, section)
