"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards."""
from __future__ import annotations

import json
from pathlib import Path

from jobkit import __version__
from jobkit.lint.rules import find_rule

NAME = "sarif"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/jobkit/jobkit"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _rule_entry(rule) -> dict:
    lines = rule.doc.splitlines()
    chinese = lines[2] if len(lines) > 2 and lines[2].strip() else rule.summary
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {chinese}".strip()},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": _LEVELS[rule.level]},
        "properties": {"tags": [rule.id[:3] + "xx"]},
    }


def _location(finding, root: Path) -> dict:
    path = Path(finding.file)
    artifact: dict = {"uri": path.as_posix(), "uriBaseId": "SRCROOT"}
    if path.is_absolute():
        try:
            artifact["uri"] = path.relative_to(root).as_posix()
        except ValueError:
            artifact = {"uri": path.as_uri()}
    physical: dict = {"artifactLocation": artifact}
    if finding.line is not None:
        region = {"startLine": finding.line, "startColumn": finding.col or 1}
        if finding.end_line is not None:
            region.update(endLine=finding.end_line, endColumn=finding.end_col)
        physical["region"] = region
    location: dict = {"physicalLocation": physical}
    if finding.path:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.path, "kind": "member"}]
    return location


def render(result, lang: str, root: Path | None = None) -> str:
    root = (root or Path.cwd()).resolve()
    used = sorted({f.code for f in result.findings} | set(result.rules))
    rules = [r for r in (find_rule(code) for code in used) if r is not None]
    index = {rule.id: i for i, rule in enumerate(rules)}
    results = []
    for f in result.findings:
        entry = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVELS[f.level],
            "message": {"text": f.message.text(lang)
                        + (f" ({f.suggestion.text(lang)})" if f.suggestion else "")},
            "locations": [_location(f, root)],
        }
        results.append(entry)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "jobkit", "version": __version__,
                                "informationUri": INFO_URI, "rules": [_rule_entry(r) for r in rules]}},
            "originalUriBaseIds": {"SRCROOT": {"uri": root.as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
