"""The nine-module pack (pack.yaml): the organisation and its module list."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jobkit.model.document import Document


@dataclass(frozen=True)
class PackOrganization:
    name: str
    short_name: str | None = None
    logo: str | None = None


@dataclass(frozen=True, kw_only=True)
class Pack(Document):
    title: str
    organization: PackOrganization
    modules: tuple[str, ...]
    subtitle: str | None = None
    date: date | None = None
