"""One context builder for all output formats: what a template needs, worked out in Python."""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date

from jobkit.model import Document, Form, Job, Plan, Policy, Process, Tool
from jobkit.render import kinds, numbers
from jobkit.render.labels import labels


@dataclass(frozen=True)
class Index:
    """Titles of every document in the project, to show titles where the user wrote ids."""

    titles: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    supervisors: dict[str, str] = field(default_factory=dict)  # job id → its reports_to

    def title(self, ref: str) -> str:
        return self.titles.get(ref, ref)

    def next_supervisor(self, job_id: str, reports_to: str | None) -> str:
        """The title of the supervisor's supervisor (间接上级) when the project knows it."""
        above = self.supervisors.get(reports_to or "")
        return self.title(above) if above and above not in (job_id, reports_to) else ""


@dataclass(frozen=True)
class PageMeta:
    """What every output format puts around the content: header, title, numbers, dates."""

    title: str
    lang: str
    organization: str
    doc_number: str = ""
    effective: str = ""
    author: str = ""
    logo: str = ""  # the organisation's logo as a data: URI, or ""
    subject: str = ""  # what kind of document, and whose: 岗位说明书 · 某某公司
    layout: str = "standard"  # gbt9704: a policy set as an official document (GB/T 9704)


def subject_of(kind: str, lang: str, organization: str) -> str:
    return " · ".join(x for x in (labels(lang)[kind], organization) if x)


def format_date(value: date | str | None, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value  # a phrase such as 自发布之日起施行, as typed
    if lang == "en":
        return value.strftime("%d %B %Y").lstrip("0")
    return f"{value.year}年{value.month}月{value.day}日"


def _article(number: int, heading: str, text: str, items=(), lang: str = "zh-CN") -> dict:
    return {"label": numbers.article(number, lang), "heading": heading, "text": text,
            "enumeration": [(numbers.item(i, lang), item) for i, item in enumerate(items, 1)]}


def _clauses(duties, L: dict) -> str:
    """Each duty a clause of its own (归口管理……；制订……。), not nouns run together with 、."""
    return L["clause_sep"].join(d.rstrip("。；;.， ") for d in duties) + L["period_mark"]


def policy_chapters(policy: Policy, index: Index) -> list[dict]:
    """Chapters with articles numbered continuously: 总则 from the normative fields, the
    user's chapters, then 附则 with procedure, appendices, interpretation and effective date."""
    lang, L = policy.lang, labels(policy.lang)
    counter = iter(range(1, 10_000))
    general = [_article(next(counter), L["purpose"], policy.purpose, lang=lang)]
    if policy.basis:
        general.append(_article(next(counter), L["basis"], L["basis_sentence"].format(
            items=L["list_sep"].join(policy.basis)), lang=lang))
    general.append(_article(next(counter), L["scope"], policy.scope, lang=lang))
    if policy.definitions:
        general.append(_article(next(counter), L["definitions"], L["definitions_sentence"],
                                [f"{d.term}{L['colon']}{d.meaning}" for d in policy.definitions],
                                lang))
    if policy.responsibilities:
        general.append(_article(
            next(counter), L["responsibilities"], L["responsibilities_sentence"],
            [f"{index.title(r.role)}{L['colon']}{_clauses(r.duties, L)}"
             for r in policy.responsibilities], lang))
    chapters = [{"title": L["general"], "articles": general}]
    for chapter in policy.chapters:
        chapters.append({"title": chapter.title, "articles": [
            _article(next(counter), "", a.text, a.items, lang) for a in chapter.articles]})
    closing = []
    if policy.procedure:
        closing.append(_article(next(counter), L["procedure"], L["procedure_sentence"].format(
            title=_quoted(index.title(policy.procedure), lang)), lang=lang))
    if policy.appendices:
        titles = L["list_sep"].join(_quoted(index.title(a), lang) for a in policy.appendices)
        closing.append(_article(next(counter), L["appendices"],
                                L["appendices_sentence"].format(titles=titles), lang=lang))
    closing.append(_article(next(counter), L["interpretation"],
                            L["interpretation_sentence"].format(who=policy.interpretation),
                            lang=lang))
    closing.append(_article(next(counter), L["effective"], _effective(policy.effective, L, lang),
                            lang=lang))
    chapters.append({"title": L["supplementary"], "articles": closing})
    for number, chapter in enumerate(chapters, 1):
        chapter["label"] = numbers.chapter(number, lang)
    return chapters


def _quoted(title: str, lang: str) -> str:
    return f"“{title}”" if lang == "en" else f"《{title}》"


def _effective(effective: str, L: dict, lang: str) -> str:
    try:
        day = date.fromisoformat(effective)
    except ValueError:
        return L["effective_phrase"].format(phrase=effective.rstrip("。."))
    return L["effective_date_sentence"].format(date=format_date(day, lang))


def page_meta(document: Document, organization: str) -> PageMeta:
    lang = document.lang
    if isinstance(document, Policy):
        effective = format_date(document.effective, lang)
        return PageMeta(document.title, lang, organization, document.doc_number or "", effective,
                        document.issuer, subject=subject_of(document.kind, lang, organization),
                        layout=document.layout)
    title = document.title if not isinstance(document, Job) else document.basic.title
    number = document.number or "" if isinstance(document, Form) else ""
    return PageMeta(title, lang, organization, number, format_date(document.effective_date, lang),
                    subject=subject_of(document.kind, lang, organization))


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def series(values, lang: str = "zh-CN") -> str:
    """Items joined with 、 (", " in English), or with ； ("; ") when an item holds that mark
    itself (万用表、绝缘电阻表 as one item): a reader, and jobkit import, can tell where each
    item ends."""
    L = labels(lang)
    values = [str(v) for v in values]
    inner = "," if lang.startswith("en") else "、"
    return (L["clause_sep"] if any(inner in v for v in values) else L["list_sep"]).join(values)


def _joined(values, L: dict) -> str:
    return series(values, "en" if L["list_sep"] == ", " else "zh-CN")


def _experience(experience, L: dict) -> str:
    """5年以上家电安装维修服务经验 / at least 5 years of …, as a person writes it."""
    field = (experience.field or "").strip()
    if not experience.years:
        return field
    if not field:
        return L["experience_years"].format(years=_number(experience.years))
    if re.search(r"[，；,;]", field):  # a field with a clause of its own stays as typed
        return L["experience_years_then"].format(years=_number(experience.years), field=field)
    suffix = L["experience_noun"]
    if suffix and field.endswith(suffix):
        field = field[:-len(suffix)]
    return L["experience_in"].format(years=_number(experience.years), field=field)


def job_texts(job: Job, index: Index) -> dict[str, dict[str, str]]:
    """Display text of each filled field of the grid-like parts; the template picks which
    fields to show and in what order."""
    L, b, q, e = labels(job.lang), job.basic, job.qualifications, job.environment
    pay = b.pay
    if pay is not None and not isinstance(pay, str):
        span = _number(pay.min) + (f"–{_number(pay.max)}" if pay.max is not None else "")
        unit_gap = "" if pay.currency in ("元", "万元") else " "  # 3000–5000元/月, 5,000 CNY
        pay = f"{span}{unit_gap}{pay.currency}" + (f"{L['per']}{L[pay.period]}"
                                                   if pay.period else "")
    basic = {
        "title": b.title, "code": b.code or "", "department": b.department,
        "reports_to": index.title(b.reports_to) if b.reports_to else "",
        "reports_to_next": index.next_supervisor(job.id, b.reports_to),
        "grade": b.grade or "", "pay": pay or "",
        "subordinates": _joined([index.title(s) for s in b.subordinates], L),
        "headcount": _number(b.headcount), "nature": b.nature or "",
        "occupation_code": b.occupation_code or "",
    }
    qualifications = {
        "education": (", " if job.lang == "en" else "，").join(
            x for x in (q.education.level, q.education.major) if x)
        if q.education else "",
        "training": _joined([t.subject + (L["hours_note"].format(hours=_number(t.hours))
                                          if t.hours is not None else "")
                             for t in q.training], L),
        "experience": _experience(q.experience, L) if q.experience else "",
        **{key: _joined(getattr(q, key), L) for key in (
            "abilities", "skills", "languages", "certificates", "personality", "interests",
            "physical")},
        "demographics": q.demographics or "",
    }
    environment = {key: (value if isinstance(value, str) else _joined(value, L))
                   for key, value in vars(e).items() if value is not None}
    r = job.relations
    relations = {key: _joined([index.title(x) for x in getattr(r, key)], L)
                 for key in ("supervised_by", "supervises", "promotion", "transfer")}
    parts = {"basic": basic, "qualifications": qualifications, "environment": environment,
             "relations": relations}
    return {name: {k: v for k, v in part.items() if v} for name, part in parts.items()}


def template_context(document: Document, index: Index, organization: str) -> dict:
    """Everything the template of a kind uses."""
    context = {"doc": document, "L": labels(document.lang), "index": index,
               "meta": page_meta(document, organization), "lang": document.lang}
    if isinstance(document, Policy):
        context["chapters"] = policy_chapters(document, index)
    if isinstance(document, Job):
        context["texts"] = job_texts(document, index)
    if isinstance(document, Process):
        context.update(kinds.process_context(document, index))
    elif isinstance(document, Tool):
        context.update(kinds.tool_context(document, context["L"]))
    elif isinstance(document, Form):
        context.update(kinds.form_context(document))
    elif isinstance(document, Plan):
        context.update(kinds.plan_context(document))
    return context
