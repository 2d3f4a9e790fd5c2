"""Each change said in words, in Chinese or English: 职责“投诉受理”的时间占比 20% → 30%."""
from __future__ import annotations

from jobkit.diff.compare import Change
from jobkit.render.numbers import chinese_number

# What one item of a list is called.
NOUNS = {
    "duties": ("职责", "duty"), "kpis": ("考核指标", "KPI"), "steps": ("步骤", "step"),
    "items": ("检查项", "item"), "sections": ("部分", "section"), "fields": ("栏目", "field"),
    "phases": ("阶段", "phase"), "organization": ("角色", "role"), "budget": ("预算项", "budget item"),
    "risks": ("风险", "risk"), "definitions": ("术语", "term"),
    "responsibilities": ("职责分工", "responsibility"), "internal": ("内部联系", "internal contact"),
    "external": ("外部联系", "external contact"), "training": ("培训", "training"),
    "chapters": ("章", "chapter"), "articles": ("条", "article"), "revisions": ("修订", "revision"),
}
_PERCENT = {"time_pct", "weight"}
_SHORT = 40  # a text longer than this is shown on lines of its own


# Fields named as the printed document names them (时间占比, not the schema's 时间百分比).
PRINTED = {"time_pct", "statement", "standard", "deadline", "authority", "outputs", "target",
           "weight", "period", "definition"}


def field_label(kind: str, path: tuple, lang: str) -> str:
    """The name of a field at a path (list items written as 0): as the document prints it, or
    as the schema calls it."""
    key = str(path[-1])
    if key in PRINTED:
        from jobkit.render.labels import labels

        return labels(lang)[key]
    if lang == "en":
        return key.replace("_", " ")
    from jobkit.schema import schemas_at

    try:
        schemas = schemas_at(kind, path)
    except (KeyError, ValueError, OSError):
        return key
    return next((s["title"] for s in schemas if s.get("title")), key)


def where(kind: str, path: tuple, lang: str) -> str:
    """职责“投诉受理”的工作内容 / duty “投诉受理”: statement."""
    parts, generic = [], []
    index = 0
    while index < len(path):
        key = path[index]
        generic.append(key)
        if key in NOUNS and index + 1 < len(path):
            zh, en = NOUNS[key]
            name = path[index + 1]
            parts.append(f"{zh}“{name}”" if lang != "en" else f"{en} “{name}”")
            generic.append(0)
            index += 2
            continue
        parts.append(field_label(kind, tuple(generic), lang))
        index += 1
    if lang == "en":
        return ": ".join(parts)
    out = parts[0] if parts else ""
    for part in parts[1:]:
        out += ("的" if out.endswith("”") else " · ") + part
    return out


def value(path: tuple, item, lang: str) -> str:
    if item is None:
        return ""
    if isinstance(item, bool):
        return ("是" if item else "否") if lang != "en" else ("yes" if item else "no")
    if isinstance(item, (int, float)) and path and path[-1] in _PERCENT:
        return f"{item:g}%"
    if isinstance(item, list):
        return ("、" if lang != "en" else ", ").join(value(path, x, lang) for x in item)
    if isinstance(item, dict):
        return ("，" if lang != "en" else ", ").join(f"{k}: {value((k,), v, lang)}"
                                                    for k, v in item.items())
    return str(item)


def headline(change: Change, kind: str, lang: str) -> str:
    en = lang == "en"
    path = change.path
    listed = len(path) >= 2 and path[-2] in NOUNS
    here = where(kind, path, lang)
    if change.action == "renumbered":
        (old_first, old_last), (new_first, new_last) = change.old, change.new
        if old_first == old_last:
            return f"{old_first} renumbered {new_first} (text unchanged)" if en else \
                f"{old_first}改为{new_first}（内容未变）"
        return (f"{old_first}–{old_last} renumbered {new_first}–{new_last} (text unchanged)"
                if en else f"{old_first}至{old_last}依次改为{new_first}至{new_last}（内容未变）")
    if path and path[0] == "chapters" and len(path) == 2 and change.action in ("added",
                                                                                 "removed"):
        label = change.new if change.action == "added" else change.old
        count = change.position[1] if change.action == "added" else change.position[0]
        return (f"chapter {label} {change.action} ({count} articles)" if en else
                f"{'新增' if change.action == 'added' else '删除'}{label}（{count}条）")
    if path and path[0] == "articles":
        label = path[1]
        if change.action == "reworded":
            old_label = _article_label(change.position[0], lang)
            moved = "" if old_label == label else (f" (was {old_label})" if en else
                                                   f"（原{old_label}）")
            return f"{label}{moved} reworded" if en else f"{label}{moved}改写"
        return f"{label} {change.action}" if en else \
            f"{'新增' if change.action == 'added' else '删除'}{label}"
    if change.action == "swapped":
        noun = NOUNS.get(path[-2], ("", ""))[1 if en else 0]
        i, j = change.position
        return (f"{noun}s “{change.new}” and “{change.old}” swapped places ({i} and {j})" if en
                else f"{noun}“{change.new}”与“{change.old}”互换位置（第{i}项和第{j}项）")
    if change.action == "moved":
        i, j = change.position
        return f"{here} moved from {i} to {j}" if en else f"{here}从第{i}项移到第{j}项"
    if change.action == "renamed":
        noun = NOUNS[path[-2]][1 if en else 0]
        return f"{noun} “{change.old}” renamed “{change.new}”" if en else \
            f"{noun}“{change.old}”改名为“{change.new}”"
    if change.action in ("added", "removed"):
        verb = (change.action if en else {"added": "新增", "removed": "删除"}[change.action])
        if listed:
            return f"{here} {verb}" if en else f"{verb}{here}"
        shown = value(path, change.new if change.action == "added" else change.old, lang)
        short = f": {shown}" if len(shown) <= _SHORT else ""
        return f"{here} {verb}{short}" if en else f"{here}：{verb}{short.replace(': ', ' ')}"
    if change.action == "changed" or change.action == "reworded":
        old, new = value(path, change.old, lang), value(path, change.new, lang)
        if change.action == "changed" and len(old) + len(new) <= _SHORT * 2:
            return f"{here}: {old} → {new}" if en else f"{here}：{old} → {new}"
        return f"{here} reworded" if en else f"{here}改写"
    return f"{here} {change.action}"


def details(change: Change, lang: str) -> tuple[str, str] | None:
    """The old and the new text, when the headline does not show them."""
    path = change.path
    if change.action == "reworded" or (
            change.action == "changed" and
            len(value(path, change.old, lang)) + len(value(path, change.new, lang)) > _SHORT * 2):
        return value(path, change.old, lang), value(path, change.new, lang)
    if change.action in ("added", "removed") and path and path[0] == "articles":
        return (value(path, change.old, lang), value(path, change.new, lang))
    return None


def _article_label(number: int, lang: str) -> str:
    return f"Article {number}" if lang == "en" else f"第{chinese_number(number)}条"
