"""Where each value of a document came from: JSON path → line and column in the source text."""
from __future__ import annotations

from bisect import bisect_right
import re
from typing import NamedTuple

_NEWLINE = re.compile("\n")
_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}  # hex digits after \x, \u, \U in double quotes


class Span(NamedTuple):
    """The source extent of one value (indexes into the decoded text, code points)."""

    start: int  # index of the value's first character (for block scalars: of its content)
    end: int
    style: str | None = None  # YAML scalar style: None plain, "'", '"', "|", ">"
    key_start: int | None = None  # index of the mapping key naming this value, if any


class SourceMap:
    """Maps path tuples such as ('duties', 2, 'statement') to source positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: dict[tuple, Span] = {}
        self._line_starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def add(self, path: tuple, span: Span) -> None:
        self.spans[path] = span

    def line_col(self, index: int) -> tuple[int, int]:
        """1-based (line, column) of a text index; columns count code points."""
        line = bisect_right(self._line_starts, index) - 1
        return line + 1, index - self._line_starts[line] + 1

    def span(self, path: tuple) -> Span | None:
        """The span of the path, or of its nearest ancestor present in the map."""
        path = tuple(path)
        while path not in self.spans and path:
            path = path[:-1]
        return self.spans.get(path)

    def position(self, path: tuple, offset: int = 0, value: str | None = None) -> tuple[int, int]:
        """Line and column of the value at path, or of the character value[offset] in it."""
        span = self.span(path)
        if span is None:
            return 1, 1
        if offset <= 0 or value is None:
            return self.line_col(span.start)
        return self.line_col(self.char_index(span, value, offset))

    def key_position(self, path: tuple) -> tuple[int, int]:
        """Line and column of the key that names the value at path (else of the value)."""
        span = self.spans.get(tuple(path))
        if span is not None and span.key_start is not None:
            return self.line_col(span.key_start)
        return self.position(path)

    def char_index(self, span: Span, value: str, offset: int) -> int:
        """Find the source index of value[offset].

        Folding, indentation and quoting change only whitespace and quote characters, so the
        other characters of a value appear in its source one for one, in order: count them.
        """
        wanted = sum(1 for char in value[:offset] if not char.isspace())
        text, src = self.text, span.start
        if span.style in ("'", '"'):
            src += 1  # past the opening quote
        while src < span.end and wanted > 0:
            char = text[src]
            if char.isspace():
                src += 1
                continue
            if char == "\\" and span.style == '"':
                # an escape sequence stands for one character of the value
                src += 1 + _ESCAPE_DIGITS.get(text[src + 1: src + 2], 0)
            elif char == "'" and span.style == "'" and text[src + 1: src + 2] == "'":
                src += 1
            src += 1
            wanted -= 1
        while src < span.end and text[src].isspace():
            src += 1
        return src
