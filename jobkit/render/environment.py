"""The sandboxed Jinja2 environment: templates from fixed names, user text never evaluated."""
from __future__ import annotations

import base64
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from jobkit.render import numbers
from jobkit.render.context import format_date, series


def shipped_templates() -> Path:
    return Path(str(resources.files("jobkit.templates")))


_CSS_BREAKS = "\n\r\f\t\x85\u2028\u2029"  # any of them would end the string or the line


def _css_char(char: str) -> str:
    if char in _CSS_BREAKS:
        return " "
    if char in '\\"\'<>&' or ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\{ord(char):X} "  # a CSS escape: the character, never syntax
    return char


def css_string(value: object) -> Markup:
    """A CSS string literal: no text can end the string, the rule or the <style> element."""
    return Markup('"' + "".join(map(_css_char, str(value))) + '"')


def number(value: object) -> str:
    """35.0 → 35, 2.5 → 2.5, 50000 → 50,000 for amounts is left to the template."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=8)
def make_environment(override: Path | None = None) -> ImmutableSandboxedEnvironment:
    """Templates of the override folder (jobkit.yaml `templates:`) win over the shipped ones."""
    folders = [str(override)] if override is not None and override.is_dir() else []
    loader = ChoiceLoader([FileSystemLoader(folders + [str(shipped_templates())])])
    env = ImmutableSandboxedEnvironment(loader=loader, autoescape=True, undefined=StrictUndefined,
                                        trim_blocks=True, lstrip_blocks=True)
    env.filters.update(css_string=css_string, number=number, cn=numbers.chinese_number,
                       section=numbers.section, date=format_date, series=series)
    return env


def read_css(override: Path | None = None) -> str:
    """The print stylesheet shared by all kinds (an override folder may replace it)."""
    if override is not None and (override / "style.css").is_file():
        return (override / "style.css").read_text("utf-8")
    return (shipped_templates() / "style.css").read_text("utf-8")


_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def logo_uri(config) -> str:
    """organization.logo of jobkit.yaml as a data: URI (checked to be inside the project)."""
    if not config.organization.logo or config.root is None:
        return ""
    path = config.root / config.organization.logo
    kind = _IMAGE_TYPES.get(path.suffix.lower())
    if kind is None or not path.is_file():
        return ""
    info = path.stat()
    return _data_uri(str(path), kind, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=4)
def _data_uri(path: str, kind: str, mtime_ns: int, size: int) -> str:
    """Read and encoded once per process, not for every document (a changed file is new)."""
    return f"data:{kind};base64,{base64.b64encode(Path(path).read_bytes()).decode('ascii')}"
