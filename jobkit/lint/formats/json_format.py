"""JSON: every finding with position, rule, level and message in both languages."""
from __future__ import annotations

import json

from jobkit import __version__

NAME = "json"


def finding_dict(finding, lang: str) -> dict:
    return {
        "file": finding.file,
        "line": finding.line,
        "column": finding.col,
        "end_line": finding.end_line,
        "end_column": finding.end_col,
        "path": finding.path,
        "rule": finding.code,
        "name": finding.rule,
        "level": finding.level,
        "message": finding.message.text(lang),
        "message_zh": finding.message.zh,
        "message_en": finding.message.en,
        "suggestion": finding.suggestion.text(lang) if finding.suggestion else None,
        "fixable": bool(finding.fix),
    }


def render(result, lang: str) -> str:
    report = {
        "tool": "jobkit",
        "version": __version__,
        "files": result.files,
        "summary": {level: result.count(level) for level in ("error", "warning", "info")},
        "findings": [finding_dict(f, lang) for f in result.findings],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
