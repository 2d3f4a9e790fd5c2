"""Fields every document kind shares."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class Document:
    """The common head of every document: kind, identity, language and status."""

    kind: str
    id: str
    schema_version: int = 1
    lang: str = "zh-CN"
    module: str | None = None
    status: str = "draft"
    version: str | None = None
    effective_date: date | None = None
