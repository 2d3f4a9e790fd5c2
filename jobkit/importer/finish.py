"""Last touches on an imported job: reporting lines as job ids, and the required fields that
the source did not give filled with a marked placeholder so that the file validates."""
from __future__ import annotations

from jobkit.importer.draft import Draft

PLACEHOLDER = "待补充"
MISSING = "原文没有此项，先写“待补充” / not in the source: “待补充” (to be filled in) for now"
_REFERENCES = ("basic.reports_to", "basic.subordinates", "relations.supervised_by",
               "relations.supervises", "relations.promotion", "relations.transfer")


def link_reporting_lines(draft: Draft, titles: dict[str, str], own_id: str) -> None:
    """A title of a job imported in this run or already in the project becomes its id."""
    for path in _REFERENCES:
        value = draft.get(path)
        if isinstance(value, str):
            target = titles.get(value.strip())
            if target and target != own_id:
                draft.put(path, target)
        elif isinstance(value, list):
            draft.put(path, [titles.get(v.strip(), v) if titles.get(v.strip()) != own_id else v
                             for v in value])


def complete(draft: Draft, ident: str) -> None:
    basic = draft.data.setdefault("basic", {})
    for key in ("title", "department"):
        if not basic.get(key):
            basic[key] = PLACEHOLDER
            draft.guess(("basic", key), MISSING)
    if not draft.data.get("summary"):
        draft.data["summary"] = PLACEHOLDER
        draft.guess(("summary",), MISSING)
    if not draft.data.get("duties"):
        draft.data["duties"] = [{"title": PLACEHOLDER, "statement": PLACEHOLDER}]
        draft.guess(("duties",), MISSING)
    for section in ("relations", "qualifications", "environment"):
        if section in draft.data and not draft.data[section]:
            del draft.data[section]
    for key in ("kpis", "revisions", "approval"):
        if key in draft.data and not draft.data[key]:
            del draft.data[key]
