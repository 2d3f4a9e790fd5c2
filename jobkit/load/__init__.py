"""Read a YAML file safely: strict UTF-8, one document, limits, positions for every value."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from jobkit.errors import InputError
from jobkit.load.compose import ComposeFailure, Limits, compose
from jobkit.load.decode import DecodeFailure, decode, find_control_character
from jobkit.load.reading import UnfitFile, read_input
from jobkit.load.sourcemap import SourceMap, Span
from jobkit.problems import Message, Problem

__all__ = ["Limits", "Loaded", "SourceMap", "Span", "load_file", "load_text"]


@dataclass(frozen=True)
class Loaded:
    """A parsed document: its data, where each value came from, and the text as typed."""

    file: str  # the name used in messages
    text: str
    data: dict
    source_map: SourceMap
    plain_text: dict[tuple, str]


def load_file(path: Path, limits: Limits = Limits(), display: str | None = None) -> Loaded:
    """Read and parse one file; raise InputError with a positioned Problem if it cannot be."""
    name = display or str(path)
    try:
        data = read_input(path, limits.max_file_bytes)
    except UnfitFile as exc:
        raise _fail(name, exc.code, exc.message, 1, 1) from None
    except OSError as exc:
        raise _fail(name, "unreadable", Message(
            f"无法读取文件：{exc.strerror}。", f"cannot read the file: {exc.strerror}")) from None
    try:
        text = decode(data)
    except DecodeFailure as exc:
        raise _fail(name, "encoding", exc.message, exc.line, exc.col) from None
    return load_text(text, name, limits)


def load_text(text: str, name: str, limits: Limits = Limits()) -> Loaded:
    """Parse decoded text into a Loaded document; raise InputError on any problem."""
    control = find_control_character(text)
    if control is not None:
        line, col, char = control
        raise _fail(name, "control-character", Message(
            f"包含不可见的控制字符 U+{ord(char):04X}；请删除它。",
            f"contains the control character U+{ord(char):04X}; remove it"), line, col)
    try:
        composed = compose(text, limits)
    except ComposeFailure as exc:
        line, col = SourceMap(text).line_col(exc.index)
        raise _fail(name, exc.code, exc.message, line, col) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(name, text, exc) from None
    except yaml.YAMLError as exc:
        raise _fail(name, "syntax", Message(f"YAML 语法错误：{exc}", f"YAML syntax error: {exc}"))
    data = composed.data
    if data is None or data == "":
        raise _fail(name, "empty", Message(
            "文件为空：应是一个以 kind: 开头的 YAML 映射。",
            "the file is empty: expected a YAML mapping starting with kind:"), 1, 1)
    if not isinstance(data, dict):
        kind = "列表" if isinstance(data, list) else "单个值"
        kind_en = "a list" if isinstance(data, list) else "a single value"
        line, col = composed.source_map.position(())
        raise _fail(name, "not-a-mapping", Message(
            f"文件顶层是{kind}，应为映射（key: value）。",
            f"the top level is {kind_en}; expected a mapping (key: value)"), line, col)
    return Loaded(name, text, data, composed.source_map, composed.plain_text)


def _syntax_error(name: str, text: str, exc: yaml.MarkedYAMLError) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    lines = SourceMap(text)  # from the index: libyaml counts NEL and U+2028 as line breaks
    line, col = lines.line_col(mark.index) if mark else (None, None)
    problem = exc.problem or ""
    if mark is not None and _tab_at(text, mark.index):
        return _fail(name, "tab", Message(
            "用制表符（Tab）缩进了：YAML 只能用空格缩进。",
            "a tab is used for indentation: YAML indents with spaces only"), line, col)
    detail = "; ".join(part for part in (exc.context, problem) if part)
    opened_zh, opened_en = _unclosed(exc, lines)
    return _fail(name, "syntax", Message(
        f"YAML 语法错误：{detail}。{opened_zh}常见原因：缩进不一致、冒号后缺空格、引号未闭合。",
        f"YAML syntax error: {detail}{opened_en}"), line, col)


# What libyaml was reading when it stopped → how a person names the construct (zh, en).
_CONSTRUCTS = {
    "flow sequence": ("方括号 [", "flow sequence"),
    "flow mapping": ("花括号 {", "flow mapping"),
    "quoted scalar": ("引号", "quoted text"),
}


def _unclosed(exc: yaml.MarkedYAMLError, lines: SourceMap) -> tuple[str, str]:
    """Where the construct the parser was inside began, when that is not where it stopped."""
    start, stop = exc.context_mark, exc.problem_mark
    if start is None or stop is None or start.index == stop.index:
        return "", ""
    line, col = lines.line_col(start.index)
    at, zh_at = f"{line}:{col}", f"第 {line} 行第 {col} 列"
    for construct, (zh, en) in _CONSTRUCTS.items():
        if construct in (exc.context or ""):
            return f"{zh_at}开始的{zh}没有闭合。", f" (the {en} opened at {at} is not closed)"
    return f"出错的结构从{zh_at}开始。", f" (the construct began at {at})"


def _tab_at(text: str, index: int) -> bool:
    """Whether libyaml stopped at a tab in a line's indentation (its message does not say so)."""
    line_start = text.rfind("\n", 0, index) + 1
    indentation = text[line_start:index + 1]
    return "\t" in indentation and not indentation.strip(" \t")


def _fail(name: str, code: str, message: Message, line: int | None = None,
          col: int | None = None) -> InputError:
    return InputError([Problem(name, message, line, col, code="load/" + code)])
