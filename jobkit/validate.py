"""Check documents against the JSON Schemas and report every problem of every file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jobkit.errors import InputError
from jobkit.load import Limits, Loaded, load_file
from jobkit.problems import Message, Problem, json_path
from jobkit.schema import CONFIG, KINDS, prepare, quick_check, validator
from jobkit.schema_errors import did_you_mean, schema_problems

from jobkit.config import CONFIG_NAMES


@dataclass
class Checked:
    """One file after loading and schema validation."""

    file: str
    kind: str | None
    loaded: Loaded | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def schema_name(loaded: Loaded, path: Path) -> tuple[str | None, list[Problem]]:
    """Which schema applies: 'config' for jobkit.yaml, else the document's kind."""
    if path.name in CONFIG_NAMES:
        return CONFIG, []
    kind = loaded.data.get("kind")
    listed = "、".join(KINDS)
    if kind is None:
        return None, [Problem(loaded.file, Message(
            f"缺少 kind：文档第一行应写明类型，{listed} 之一。",
            f"missing kind: the document must say what it is, one of {', '.join(KINDS)}"),
            1, 1, "kind", "schema/kind")]
    if kind not in KINDS:
        guess = did_you_mean(kind, KINDS)
        hint_zh, hint_en = (f"，是不是想写 {guess}？", f"; did you mean '{guess}'?") if guess else ("", "")
        line, col = loaded.source_map.position(("kind",))
        return None, [Problem(loaded.file, Message(
            f"未知的文档类型 kind: {kind}，应为 {listed} 之一{hint_zh}",
            f"unknown kind '{kind}'; expected one of {', '.join(KINDS)}{hint_en}"),
            line, col, "kind", "schema/kind")]
    return kind, []


def check_loaded(loaded: Loaded, path: Path) -> Checked:
    """Validate a loaded document; the data is made to say what the user typed first."""
    name, problems = schema_name(loaded, path)
    if name is None:
        return Checked(loaded.file, None, loaded, problems)
    for date_path, value in prepare(loaded.data, loaded.plain_text, name, loaded.text):
        line, col = loaded.source_map.position(date_path)
        problems.append(Problem(loaded.file, Message(
            f"{value} 不是有效的日期。", f"'{value}' is not a calendar date"),
            line, col, json_path(date_path), "schema/date"))
    quick = quick_check(name)
    if quick is None or not quick(loaded.data):  # only an invalid document needs jsonschema
        problems.extend(schema_problems(validator(name).iter_errors(loaded.data), loaded))
    problems.sort(key=Problem.sort_key)
    return Checked(loaded.file, name if name != CONFIG else None, loaded, problems)


def check_file(path: Path, limits: Limits, display: str | None = None) -> Checked:
    """Load and validate one file; never raises for a problem in the file itself."""
    name = display or str(path)
    try:
        loaded = load_file(path, limits, name)
    except InputError as exc:
        return Checked(name, None, None, exc.problems)
    return check_loaded(loaded, path)
