"""A lint rule: a module with an id, a name, a default level, a docstring and a check."""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

LEVEL_RANK = {"info": 0, "warning": 1, "error": 2}
_EXAMPLE = re.compile(r"```yaml (fail|pass)\n(.*?)```", re.S)


@dataclass(frozen=True)
class Rule:
    """What the engine knows of a rule module."""

    id: str  # JKnnn, stable, never reused
    name: str  # kebab-case, reads after "ignore"
    level: str  # default level: error | warning | info
    scope: str  # "document": sees one model; "project": sees the whole index
    kinds: tuple[str, ...]  # document kinds it applies to (empty: all)
    check: Callable
    doc: str
    fixable: bool = False
    enabled: Callable | None = None  # enabled(config) -> bool, for rules off by default

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        return cls(
            id=module.ID, name=module.NAME, level=module.LEVEL,
            scope=getattr(module, "SCOPE", "document"), kinds=tuple(getattr(module, "KINDS", ())),
            check=module.check, doc=(module.__doc__ or "").strip(),
            fixable=getattr(module, "FIXABLE", False), enabled=getattr(module, "enabled", None),
        )

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.splitlines()[0] if self.doc else ""

    def examples(self) -> list[tuple[str, str]]:
        """(verdict, yaml) pairs from the documentation: 'fail' must raise the rule, 'pass' not."""
        return [(verdict, text) for verdict, text in _EXAMPLE.findall(self.doc)]

    def matches(self, token: str) -> bool:
        """Whether --select/--ignore/disable= token names this rule: id, name or id prefix."""
        token = token.strip()
        return token in (self.id, self.name) or (token.upper().startswith("JK")
                                                   and self.id.startswith(token.upper()))
