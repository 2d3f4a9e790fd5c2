"""GitHub Actions workflow commands: annotations on the lines of a pull request."""
from __future__ import annotations

NAME = "github"
_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message as GitHub's toolkit does (% first)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: the message escapes plus ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result, lang: str) -> str:
    lines = []
    for f in result.findings:
        props = [f"file={escape_property(f.file)}"]
        if f.line is not None:
            props.append(f"line={f.line}")
            props.append(f"col={f.col or 1}")
        if f.end_line is not None and f.end_line == f.line:
            props.append(f"endColumn={f.end_col}")
        props.append(f"title={escape_property(f'{f.code} {f.rule}'.strip())}")
        message = f.message.text(lang)
        if f.path:
            message = f"{f.path}: {message}"
        if f.suggestion is not None:
            message += f"\n{'Suggestion' if lang == 'en' else '建议'}: {f.suggestion.text(lang)}"
        lines.append(f"::{_COMMANDS[f.level]} {','.join(props)}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
