"""The management policy (管理制度), in the shape of an official document."""
from __future__ import annotations

from dataclasses import dataclass

from jobkit.model.document import Document


@dataclass(frozen=True)
class Definition:
    term: str
    meaning: str


@dataclass(frozen=True)
class Responsibility:
    role: str  # a job id or free text
    duties: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One article; items are its enumeration （一）（二）…"""

    text: str
    items: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, text: str) -> Article:
        return cls(text=text)


@dataclass(frozen=True)
class Chapter:
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, kw_only=True)
class Policy(Document):
    title: str
    issuer: str
    purpose: str
    scope: str
    interpretation: str
    effective: str  # a date written 2026-01-01 or a phrase such as 自发布之日起施行
    doc_number: str | None = None
    approved_by: str | None = None
    layout: str = "standard"  # or gbt9704: GB/T 9704 official-document layout
    basis: tuple[str, ...] = ()
    definitions: tuple[Definition, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    procedure: str | None = None
    appendices: tuple[str, ...] = ()
