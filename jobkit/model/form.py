"""The form (实用表单): a header grid, repeating rows, signatures and notes."""
from __future__ import annotations

from dataclasses import dataclass

from jobkit.model.document import Document


@dataclass(frozen=True)
class FormField:
    label: str
    span: int = 1
    lines: int = 1
    hint: str | None = None


@dataclass(frozen=True)
class FormTable:
    columns: tuple[str, ...]
    rows: int = 5


@dataclass(frozen=True, kw_only=True)
class Form(Document):
    title: str
    owner: str | None = None
    number: str | None = None
    purpose: str | None = None
    fields: tuple[FormField, ...] = ()
    table: FormTable | None = None
    signatures: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
