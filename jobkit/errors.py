"""The exception tree of jobkit; the CLI turns each into an exit code in one place."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobkit.problems import Problem

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_RENDER = 3


class JobkitError(Exception):
    """Anything a user can cause; never shown as a traceback."""

    exit_code = EXIT_INPUT


class UsageError(JobkitError):
    """A bad option, argument or combination of them."""


class ConfigError(JobkitError):
    """jobkit.yaml cannot be read or is invalid."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class InputError(JobkitError):
    """A document cannot be read, parsed or validated."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message.en for p in problems))
        self.problems = problems


class RenderError(JobkitError):
    """A valid document failed to render."""

    exit_code = EXIT_RENDER
