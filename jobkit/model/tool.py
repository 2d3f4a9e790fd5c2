"""The working tool (执行工具): checklists, scorecards and matrices."""
from __future__ import annotations

from dataclasses import dataclass, field

from jobkit.model.document import Document
from jobkit.model.form import FormField


@dataclass(frozen=True)
class ToolItem:
    text: str
    score: float | None = None
    criteria: str | None = None
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class ToolSection:
    title: str
    items: tuple[ToolItem, ...]


@dataclass(frozen=True)
class Scale:
    max: float | None = None
    pass_mark: float | None = field(default=None, metadata={"key": "pass"})


# Words in a user-named column that say which field of an item it shows
_COLUMN_WORDS = (("text", ("项目", "内容", "事项", "item", "check")),
                 ("score", ("分值", "满分", "标准分", "points", "weight")),
                 ("criteria", ("标准", "要求", "说明", "criteria", "standard")))


def column_source(name: str) -> str:
    """Which field of an item a user-named column shows; "" for a column of `values`."""
    lowered = name.lower()
    for source, words in _COLUMN_WORDS:
        if any(word in lowered for word in words):
            return source
    return ""


@dataclass(frozen=True, kw_only=True)
class Tool(Document):
    title: str
    tool_type: str  # checklist | scorecard | matrix
    sections: tuple[ToolSection, ...]
    owner: str | None = None
    purpose: str | None = None
    instructions: str | None = None
    columns: tuple[str, ...] = ()
    scale: Scale | None = None
    # None: what the tool type prints by default (a scorecard names who is rated and who
    # rates); () prints none
    fields: tuple[FormField, ...] | None = None
    signatures: tuple[str, ...] | None = None

    def table_columns(self) -> tuple[tuple[str | None, str], ...]:
        """For a checklist or scorecard with `columns`: (header, item field) of each printed
        column, field "" for a column filled from `values` or by hand. Every named column is
        printed; the item, its criteria and its points get a column of their own (header
        None) when no named column shows them and the items have them, so nothing written
        is left out. Empty for the standard layouts and for matrices."""
        if self.tool_type == "matrix" or not self.columns:
            return ()
        named = [(column, column_source(column)) for column in self.columns]
        shown = {source for _, source in named}
        items = [item for section in self.sections for item in section.items]
        added = [(None, field) for field, present in (
            ("criteria", any(item.criteria for item in items)),
            ("score", any(item.score is not None for item in items)))
            if present and field not in shown]
        if "text" not in shown:
            return tuple([(None, "text"), *added, *named])
        at = next(n for n, (_, source) in enumerate(named) if source == "text") + 1
        return tuple(named[:at] + added + named[at:])

    def value_columns(self) -> int:
        """How many of an item's `values` the printed table has room for."""
        if self.tool_type == "matrix":
            return len(self.columns)
        return sum(1 for _, source in self.table_columns() if source == "")
