"""Problems: what every stage (load, validate, lint) reports, with position and bilingual text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

LEVELS = ("error", "warning", "info")


class Message(NamedTuple):
    """One message in both languages; the formatter picks one."""

    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class Problem:
    """A finding about one file: where it is, what is wrong and how bad it is."""

    file: str
    message: Message
    line: int | None = None  # 1-based
    col: int | None = None  # 1-based, in Unicode code points
    path: str = ""  # JSON path of the field, e.g. duties[2].statement
    code: str = ""  # load/schema check name, or a lint rule id
    level: str = "error"
    rule: str = ""  # a lint rule's kebab-case name
    end_line: int | None = None
    end_col: int | None = None
    suggestion: Message | None = None  # a rewording to offer
    fix: tuple[tuple[int, int, str], ...] = ()  # safe source edits: (start, end, replacement)

    def location(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.col or 1}"

    def format(self, lang: str) -> str:
        field = f" {self.path}:" if self.path else ""
        return f"{self.location()}:{field} {self.message.text(lang)}"

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.col or 0, self.code)


def json_path(parts: tuple) -> str:
    """Render a path tuple ('duties', 2, 'statement') as duties[2].statement."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
