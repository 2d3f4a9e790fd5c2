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
