"""What a rule sees: one document (model, text, positions) or the whole project."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from jobkit.config import Config
from jobkit.lint.salvage import Salvaged
from jobkit.lint.words import Words
from jobkit.load import Loaded
from jobkit.model import Document
from jobkit.problems import Message, Problem, json_path

# Keys whose values are identifiers or settings, not prose: text rules skip them.
NOT_PROSE = frozenset({"kind", "id", "module", "lang", "status", "schema_version", "version",
                       "tool_type", "type", "next", "procedure", "appendices", "reports_to",
                       "subordinates", "supervised_by", "supervises", "promotion", "transfer",
                       "effective_date", "last_reviewed", "start", "end", "date", "currency",
                       "period", "occupation_code", "code", "number", "doc_number", "logo"})


@dataclass
class DocumentContext:
    """One valid document, ready for document-scope rules."""

    file: str  # as messages show it
    path: Path
    loaded: Loaded
    model: Document
    config: Config
    words: Words
    lang: str = "zh-CN"

    @property
    def kind(self) -> str:
        return self.model.kind

    @property
    def data(self) -> dict:
        return self.loaded.data

    @cached_property
    def strings(self) -> list[tuple[tuple, str]]:
        """Every prose text of the document with its path, in document order."""
        found: list[tuple[tuple, str]] = []

        def walk(value: object, path: tuple) -> None:
            if isinstance(value, str):
                if not (path and isinstance(path[-1], str) and path[-1] in NOT_PROSE):
                    found.append((path, value))
            elif isinstance(value, dict):
                for key, child in value.items():
                    if key not in NOT_PROSE:
                        walk(child, path + (key,))
            elif isinstance(value, list):
                for index, child in enumerate(value):
                    walk(child, path + (index,))

        walk(self.data, ())
        return found

    @cached_property
    def prose(self) -> str:
        """All prose of the document in one string (lines apart), for a quick first screen."""
        return "\n".join(text for _, text in self.strings)

    def value_at(self, path: tuple) -> object:
        value: object = self.data
        for key in path:
            value = value[key]  # type: ignore[index]
        return value

    def source_index(self, path: tuple, offset: int = 0) -> int:
        """Index in the source text of the offset-th character of the string at path."""
        span = self.loaded.source_map.span(path)
        value = self.value_at(path)
        if span is None or not isinstance(value, str):
            return 0
        if offset <= 0:
            return span.start + (1 if span.style in ("'", '"') else 0)
        return self.loaded.source_map.char_index(span, value, offset)

    def finding(self, path: tuple, message: Message, *, offset: int = 0, length: int = 0,
                suggestion: Message | None = None,
                fix: tuple[tuple[int, int, str], ...] = ()) -> Problem:
        """A finding at path (and at value[offset] for text); the engine adds id and level."""
        source_map = self.loaded.source_map
        try:
            value = self.value_at(path)
        except (KeyError, IndexError, TypeError):
            value = None
        text = value if isinstance(value, str) else None
        if text is not None and offset > 0:
            line, col = source_map.position(path, offset, text)
        else:
            line, col = source_map.position(path)
        end_line = end_col = None
        if text is not None and length > 0:
            end_line, end_col = source_map.position(path, offset + length, text)
        return Problem(self.file, message, line, col, json_path(path), end_line=end_line,
                       end_col=end_col, suggestion=suggestion, fix=fix)


@dataclass
class ProjectContext:
    """All valid documents of the folders being linted, for project-scope rules."""

    documents: list[DocumentContext]
    config: Config
    roots: list[Path] = field(default_factory=list)  # the folders the user gave
    linted: set[str] = field(default_factory=set)  # files whose findings are reported
    cache: dict = field(default_factory=dict)  # for rules to share work within one run
    broken: list[Salvaged] = field(default_factory=list)  # invalid documents, reported by JK001

    def broken_by_id(self) -> dict[str, Salvaged]:
        """id → an invalid document: references to it are not unknown, only unchecked."""
        return {doc.id: doc for doc in self.broken}

    def is_linted(self, doc: DocumentContext) -> bool:
        """Whether findings on doc are shown (the other documents only give context)."""
        return doc.file in self.linted

    @cached_property
    def by_id(self) -> dict[str, DocumentContext]:
        return {doc.model.id: doc for doc in self.documents}

    def of_kind(self, kind: str) -> list[DocumentContext]:
        by_kind = self.cache.get("of_kind")
        if by_kind is None:
            by_kind = self.cache["of_kind"] = {}
            for doc in self.documents:
                by_kind.setdefault(doc.kind, []).append(doc)
        return list(by_kind.get(kind, ()))

    @cached_property
    def pack(self) -> DocumentContext | None:
        packs = self.of_kind("pack")
        return packs[0] if packs else None
