"""Fields every document kind shares."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Revision:
    """One entry of the revision history (修订记录)."""

    version: str
    date: date
    author: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class SignOff:
    name: str | None = None
    date: date | None = None


@dataclass(frozen=True)
class Approval:
    """编制 / 审核 / 批准: who signed, and when."""

    prepared: SignOff | None = None
    reviewed: SignOff | None = None
    approved: SignOff | None = None


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
    revisions: tuple[Revision, ...] = ()
    approval: Approval | None = None
