"""A Draft written as job YAML: fields in the order of formats.md, guesses marked with a
comment on their line, and a head comment saying where the file came from."""
from __future__ import annotations

from jobkit.yaml_text import scalar

ORDER = ("kind", "id", "lang", "module", "status", "version", "effective_date", "basic", "summary",
         "duties", "relations", "equipment", "qualifications", "environment", "kpis", "revisions",
         "approval", "notes")
_SUB_ORDER = {
    "basic": ("title", "code", "department", "reports_to", "grade", "pay", "subordinates",
              "headcount", "nature", "occupation_code"),
    "duty": ("title", "statement", "standard", "deadline", "time_pct", "authority", "outputs",
             "essential", "kpis"),
    "qualifications": ("education", "training", "experience", "abilities", "skills",
                       "languages", "certificates", "personality", "interests", "physical",
                       "demographics"),
    "environment": ("workplace", "hazards", "occupational_diseases", "schedule", "balance",
                    "comfort"),
    "relations": ("supervised_by", "supervises", "promotion", "transfer", "internal",
                  "external"),
    "kpi": ("name", "definition", "target", "weight", "period"),
    "revision": ("version", "date", "author", "summary"),
    "approval": ("prepared", "reviewed", "approved"),
}
GUESS = "推测 / guessed"


def _ordered(mapping: dict, order: tuple[str, ...]) -> list[tuple[str, object]]:
    known = [(k, mapping[k]) for k in order if k in mapping]
    return known + [(k, v) for k, v in mapping.items() if k not in order]


def _sub_order(path: tuple) -> tuple[str, ...]:
    if path and path[-1] in _SUB_ORDER:
        return _SUB_ORDER[path[-1]]
    if len(path) == 2 and path[0] in ("duties", "kpis", "revisions"):
        return _SUB_ORDER[{"duties": "duty", "kpis": "kpi", "revisions": "revision"}[path[0]]]
    return ()


def to_yaml(data: dict, guessed: dict[tuple, str], head: list[str]) -> str:
    lines = [f"# {line}" for line in head]
    _mapping(data, (), 0, ORDER, guessed, lines)
    return "\n".join(lines) + "\n"


def _comment(path: tuple, guessed: dict[tuple, str]) -> str:
    return f"  # {GUESS}: {guessed[path]}" if path in guessed else ""


def _mapping(mapping: dict, path: tuple, indent: int, order, guessed, lines, first=None) -> None:
    pad = " " * indent
    for number, (key, value) in enumerate(_ordered(mapping, order)):
        lead = first if first is not None and number == 0 else pad
        here = path + (key,)
        if isinstance(value, dict) and value:
            lines.append(f"{lead}{key}:{_comment(here, guessed)}")
            _mapping(value, here, indent + 2, _sub_order(here), guessed, lines)
        elif isinstance(value, list) and value:
            lines.append(f"{lead}{key}:{_comment(here, guessed)}")
            _sequence(value, here, indent + 2, guessed, lines)
        else:
            lines.append(f"{lead}{key}: {scalar(value)}{_comment(here, guessed)}")


def _sequence(items: list, path: tuple, indent: int, guessed, lines) -> None:
    pad = " " * indent
    for number, item in enumerate(items):
        here = path + (number,)
        if isinstance(item, dict) and item:
            _mapping(item, here, indent + 2, _sub_order(here), guessed, lines,
                     first=f"{pad}- ")
        else:
            lines.append(f"{pad}- {scalar(item)}{_comment(here, guessed)}")
