"""reviewdog's diagnostic format (rdjson), with suggestions for fixable findings."""
from __future__ import annotations

import json
from bisect import bisect_right

NAME = "rdjson"
_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _byte_column(line_text: str, col: int) -> int:
    """rdjson counts columns in UTF-8 bytes; jobkit counts code points."""
    return len(line_text[: col - 1].encode("utf-8")) + 1


class _Positions:
    """Line/column (bytes) of text indexes and code-point columns, per file."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def at(self, line: int, col: int) -> dict:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return {"line": line, "column": _byte_column(text, col)}

    def at_index(self, index: int) -> dict:
        line = bisect_right(self.starts, index) - 1
        return self.at(line + 1, index - self.starts[line] + 1)


def render(result, lang: str) -> str:
    positions = {name: _Positions(text) for name, text in result.sources.items()}
    diagnostics = []
    for f in result.findings:
        where = positions.get(f.file)
        diagnostic: dict = {
            "message": f.message.text(lang),
            "severity": _SEVERITY[f.level],
            "source": {"name": "jobkit"},
            "code": {"value": f.code},
            "location": {"path": f.file},
        }
        if f.line is not None:
            start = where.at(f.line, f.col or 1) if where else {"line": f.line, "column": f.col}
            span: dict = {"start": start}
            if f.end_line is not None and where:
                span["end"] = where.at(f.end_line, f.end_col)
            diagnostic["location"]["range"] = span
        if f.fix and where:
            diagnostic["suggestions"] = [
                {"range": {"start": where.at_index(s), "end": where.at_index(e)}, "text": t}
                for s, e, t in f.fix]
        diagnostics.append(diagnostic)
    report = {"source": {"name": "jobkit", "url": "https://github.com/jobkit/jobkit"},
              "diagnostics": diagnostics}
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
