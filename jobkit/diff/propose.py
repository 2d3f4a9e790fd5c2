"""The revision entry a change calls for: the next version, today, who, and what changed."""
from __future__ import annotations

import re
from pathlib import Path

from jobkit.diff.compare import DocumentDiff
from jobkit.diff.describe import headline
from jobkit.gitrun import run_git
from jobkit.yaml_text import scalar

SUMMARY_MAX = 120  # characters; the rest is counted, not listed


def next_version(data: dict) -> str:
    """1.0 → 1.1, 2.9 → 2.10, 3 → 3.1; 1.0 when the document has no version yet."""
    revisions = data.get("revisions") or []
    current = str(revisions[-1].get("version")) if revisions else str(data.get("version") or "")
    match = re.fullmatch(r"(.*?)(\d+)", current)
    if not match:
        return "1.0"
    head, last = match.groups()
    return f"{head}{int(last) + 1}" if "." in current else f"{current}.1"


def author(folder: Path) -> str | None:
    """git's user.name where the document lives (a repository may set its own)."""
    done = run_git(folder, "config", "user.name", timeout=30) if folder.is_dir() else None
    if done is None:
        return None
    return done.stdout.decode("utf-8", "replace").strip() or None


def proposal(diff: DocumentDiff, data: dict, today: str, lang: str, folder: Path) -> dict:
    said = [headline(change, diff.kind, lang) for change in diff.changes]
    sep = "; " if lang == "en" else "；"
    summary, count = "", 0
    for text in said:
        if len(summary) + len(text) > SUMMARY_MAX and summary:
            break
        summary = f"{summary}{sep}{text}" if summary else text
        count += 1
    if count < len(said):
        rest = len(said) - count
        summary += f" and {rest} more" if lang == "en" else f"等，另有 {rest} 处改动"
    entry = {"version": next_version(data), "date": today}
    who = author(folder)
    if who:
        entry["author"] = who
    entry["summary"] = summary
    return entry


def as_yaml(diff: DocumentDiff, entry: dict, lang: str) -> str:
    head = (f"# {diff.id}: add to revisions" if lang == "en" else
            f"# {diff.id}：在 revisions 中添加")
    lines = [head, "  - " + f"version: {scalar(str(entry['version']))}"]
    for key in ("date", "author", "summary"):
        if key in entry:
            lines.append(f"    {key}: {scalar(entry[key]) if key != 'date' else entry[key]}")
    return "\n".join(lines) + "\n"
