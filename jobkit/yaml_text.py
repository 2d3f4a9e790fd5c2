"""YAML text written for people to keep editing: one scalar a line, quoted only where needed."""
from __future__ import annotations

import yaml


def scalar(value) -> str:
    """One YAML scalar on one line, quoted only when YAML needs it (dates stay dates)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = yaml.safe_dump(value, allow_unicode=True, width=10 ** 9, default_style=None)
    text = text.removesuffix("\n...\n").rstrip("\n")
    return text
