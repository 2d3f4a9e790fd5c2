"""Plain text, one finding per line: file:line:col: JKnnn [level] message (rule-name)."""
from __future__ import annotations

NAME = "text"
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _DIM = "\033[0m", "\033[2m"
_LEVEL_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def render(result, lang: str, colour: bool = False) -> str:
    lines = []
    for f in result.findings:
        level = f.level if lang == "en" else _LEVEL_ZH.get(f.level, f.level)
        if colour:
            level = f"{_COLOURS.get(f.level, '')}{level}{_RESET}"
        field = f" {f.path}:" if f.path else ""
        line = f"{f.location()}:{field} {f.code} [{level}] {f.message.text(lang)}"
        if f.rule:
            line += f" ({_DIM}{f.rule}{_RESET})" if colour else f" ({f.rule})"
        lines.append(line)
        if f.suggestion is not None:
            lines.append(f"    {'suggestion' if lang == 'en' else '建议'}: {f.suggestion.text(lang)}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary(result, lang: str) -> str:
    errors, warnings, infos = (result.count(level) for level in ("error", "warning", "info"))
    if lang == "en":
        return (f"{result.files} file(s) checked: {errors} error(s), {warnings} warning(s), "
                f"{infos} info")
    return f"检查了 {result.files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 个提示"


def statistics(result, lang: str) -> str:
    counts: dict[tuple[str, str], int] = {}
    for f in result.findings:
        counts[(f.code, f.rule)] = counts.get((f.code, f.rule), 0) + 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{n:6d}  {code}  {name}\n" for (code, name), n in rows)
