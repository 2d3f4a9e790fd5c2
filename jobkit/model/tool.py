"""The working tool (执行工具): checklists, scorecards and matrices."""
from __future__ import annotations

from dataclasses import dataclass, field

from jobkit.model.document import Document


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

    def column_sources(self) -> tuple[str, ...]:
        """For a checklist or scorecard whose `columns` lay out its items (one of them names
        the item), the field each column shows; empty for the standard layout and matrices."""
        if self.tool_type == "matrix":
            return ()
        sources = tuple(column_source(c) for c in self.columns)
        return sources if "text" in sources else ()

    def value_columns(self) -> int:
        """How many of an item's `values` the printed table has room for."""
        if self.tool_type == "matrix":
            return len(self.columns)
        return sum(1 for source in self.column_sources() if source == "")
