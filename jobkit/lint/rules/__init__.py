"""The rule table: every rule of every family, in id order."""
from __future__ import annotations

from functools import lru_cache

from jobkit.lint.rule import Rule
from jobkit.lint.rules import jk0, jk1, jk2, jk3, jk4, jk5


@lru_cache(maxsize=None)
def all_rules() -> tuple[Rule, ...]:
    modules = (*jk0.MODULES, *jk1.MODULES, *jk2.MODULES, *jk3.MODULES, *jk4.MODULES,
               *jk5.MODULES)
    return tuple(sorted((Rule.from_module(m) for m in modules), key=lambda r: r.id))


def find_rule(token: str) -> Rule | None:
    """The rule with this id or name."""
    for rule in all_rules():
        if token in (rule.id, rule.name) or token.upper() == rule.id:
            return rule
    return None
