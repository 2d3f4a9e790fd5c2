"""The project configuration, jobkit.yaml, found by walking up from the paths given."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from jobkit.config_checks import config_problems
from jobkit.errors import ConfigError
from jobkit.load import Limits
from jobkit.problems import Problem, json_path

CONFIG_NAMES = ("jobkit.yaml", "jobkit.yml")


@dataclass(frozen=True)
class Organization:
    name: str = ""
    short_name: str = ""
    logo: str | None = None


@dataclass(frozen=True)
class LawAdditions:
    """What jobkit.yaml adds to one JK3 rule's law table (lint.laws.<rule-name>)."""

    patterns: tuple[tuple[str, str | None], ...] = ()  # (regular expression, context)
    allow: tuple[str, ...] = ()


@dataclass(frozen=True)
class LintSettings:
    rules: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    laws: Mapping[str, LawAdditions] = field(default_factory=lambda: MappingProxyType({}))
    span_of_control: int = 8
    time_share_tolerance: float = 5
    cjk_latin_spacing: str = "off"
    fail_on: str = "error"


@dataclass(frozen=True)
class Config:
    """Settings for one project; defaults when there is no jobkit.yaml."""

    root: Path | None = None  # folder of jobkit.yaml
    file: Path | None = None
    lang: str = "zh-CN"
    organization: Organization = Organization()
    templates: Path | None = None
    reference_docx: Path | None = None
    limits: Limits = Limits()
    lint: LintSettings = LintSettings()


def find_config(start: Path) -> Path | None:
    """The nearest jobkit.yaml in start's folder or above it."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
    return None


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """Read the configuration that applies to start (or the explicit file); raise ConfigError."""
    from jobkit.validate import check_file  # validation pulls in jsonschema: only when needed

    path = explicit or find_config(start or Path.cwd())
    if path is None:
        return Config()
    checked = check_file(path, Limits())
    if checked.problems:
        raise ConfigError(str(path), checked.problems)
    problems = _law_problems(checked.loaded) + \
        config_problems(checked.loaded, path.parent.resolve())
    if problems:
        raise ConfigError(str(path), problems)
    return _build(path, checked.loaded.data)


def _law_problems(loaded) -> list[Problem]:
    """Patterns under lint.laws that are not regular expressions, at their positions."""
    laws = loaded.data.get("lint", {}).get("laws", {})
    if not laws:
        return []
    from jobkit.lint.rules.jk3._tables import pattern_error  # only when there are additions

    problems = []
    for name, value in laws.items():
        for key in ("patterns", "allow"):
            for index, item in enumerate(value.get(key, ())):
                path = ("lint", "laws", name, key, index)
                if isinstance(item, dict):
                    item, path = item["pattern"], path + ("pattern",)
                error = pattern_error(name, item)
                if error:
                    line, col = loaded.source_map.position(path)
                    problems.append(Problem(loaded.file, error, line, col, json_path(path),
                                            code="law-pattern"))
    return problems


def _law_additions(value: dict) -> LawAdditions:
    patterns = tuple((item, None) if isinstance(item, str) else
                     (item["pattern"], item.get("context")) for item in value.get("patterns", ()))
    return LawAdditions(patterns, tuple(value.get("allow", ())))


def _build(path: Path, data: dict) -> Config:
    root = path.parent.resolve()
    org = data.get("organization", {})
    lint = data.get("lint", {})
    limits = data.get("limits", {})
    defaults = Limits()
    return Config(
        root=root,
        file=path,
        lang=data.get("lang", "zh-CN"),
        organization=Organization(org.get("name", ""), org.get("short_name", ""), org.get("logo")),
        templates=root / data["templates"] if "templates" in data else None,
        reference_docx=root / data["reference_docx"] if "reference_docx" in data else None,
        limits=Limits(
            max_file_bytes=limits.get("max_file_bytes", defaults.max_file_bytes),
            max_depth=limits.get("max_depth", defaults.max_depth),
            max_aliases=limits.get("max_aliases", defaults.max_aliases),
        ),
        lint=LintSettings(
            rules=MappingProxyType(dict(lint.get("rules", {}))),
            per_file_ignores=MappingProxyType(
                {glob: tuple(ids) for glob, ids in lint.get("per_file_ignores", {}).items()}),
            words=MappingProxyType({k: tuple(v) for k, v in lint.get("words", {}).items()}),
            laws=MappingProxyType({name: _law_additions(value)
                                   for name, value in lint.get("laws", {}).items()}),
            span_of_control=lint.get("span_of_control", 8),
            time_share_tolerance=lint.get("time_share_tolerance", 5),
            cjk_latin_spacing=lint.get("cjk_latin_spacing", "off"),
            fail_on=lint.get("fail_on", "error"),
        ),
    )
