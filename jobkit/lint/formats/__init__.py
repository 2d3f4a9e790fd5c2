"""Report formats for lint findings: one module per format, each with NAME and render()."""
from __future__ import annotations

import os

from jobkit.lint.formats import github, json_format, rdjson, sarif, text

FORMATTERS = {module.NAME: module for module in (text, json_format, github, sarif, rdjson)}
FORMAT_NAMES = (*FORMATTERS, "auto")


def pick(name: str):
    """The formatter for --format; auto means github inside GitHub Actions, else text."""
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return FORMATTERS[name]
