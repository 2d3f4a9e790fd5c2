"""The JK5xx test project: a copy of tests/lint/projects/after-sales to break in each test."""
from __future__ import annotations

import shutil
from pathlib import Path

from jobkit.config import load_config
from jobkit.lint.engine import LintOptions, lint_paths
from jobkit.problems import Problem

CLEAN = Path(__file__).resolve().parents[1] / "projects" / "after-sales"
JOBS = "modules/after-sales/jobs"


class Project:
    """A writable copy of the clean project."""

    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "after-sales"
        shutil.copytree(CLEAN, self.root)

    def path(self, name: str) -> Path:
        return self.root / name

    def text(self, name: str) -> str:
        return self.path(name).read_text("utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        text = self.text(name)
        assert text.count(old) == 1, f"{old!r} must occur once in {name}"
        self.path(name).write_text(text.replace(old, new), encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def remove(self, name: str) -> None:
        self.path(name).unlink()

    def lint(self, rule: str, *paths: Path) -> list[Problem]:
        """The findings of one rule, linting the whole project or the given paths."""
        targets = list(paths) or [self.root]
        result = lint_paths(targets, load_config(targets[0]), LintOptions(select=(rule,)))
        return [f for f in result.findings if f.code == rule]

    def position(self, name: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
        """(line, column) where needle starts in the file, 1-based, code points."""
        text = self.text(name)
        index = -1
        for _ in range(occurrence):
            index = text.index(needle, index + 1)
        line = text.count("\n", 0, index) + 1
        return line, index - (text.rfind("\n", 0, index) + 1) + 1


def job(name: str) -> str:
    return f"{JOBS}/{name}.yaml"
