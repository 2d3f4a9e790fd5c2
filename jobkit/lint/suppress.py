"""Inline suppressions: `# jobkit: disable=…`, `disable-next-line=…`, `disable-file=…`."""
from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"#\s*jobkit:\s*(disable|disable-next-line|disable-file)\s*=\s*([\w,\- ]+)")


@dataclass
class Suppression:
    """One rule token of one suppression comment, and whether it silenced anything."""

    line: int  # of the comment, 1-based
    col: int
    kind: str  # disable | disable-next-line | disable-file
    token: str  # rule id, name or id prefix
    used: bool = False

    def covers(self, line: int | None) -> bool:
        if self.kind == "disable-file":
            return True
        target = self.line if self.kind == "disable" else self.line + 1
        return line == target


def find_suppressions(text: str) -> list[Suppression]:
    if "jobkit:" not in text:
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _COMMENT.search(line)
        if match is None:
            continue
        for token in match.group(2).split(","):
            if token.strip():
                found.append(Suppression(number, match.start() + 1, match.group(1), token.strip()))
    return found
