"""Build plain data and a source map from YAML parse events, safely and without recursion.

PyYAML's own composers recurse (a crash or RecursionError on deep nesting), keep the last of two
duplicate keys, expand aliases without limit and read scalars with YAML 1.1 rules (`NO` → False,
`0755` → 493). So jobkit consumes libyaml's event stream itself, with an explicit stack, and
resolves plain scalars with the YAML 1.2 core schema.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import yaml

from jobkit.load.decode import escape_offset, find_unfit_character
from jobkit.load.sourcemap import SourceMap, Span
from jobkit.problems import Message

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_MAX_DIGITS = 3000  # a longer integer stays text: Python prints no int past 4300 digits
_STR_TAGS = {"tag:yaml.org,2002:str", "!!str"}
_COLLECTION_TAGS = {None, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!"}


@dataclass(frozen=True)
class Limits:
    """Caps that keep hostile or accidental input from costing time or memory."""

    max_file_bytes: int = 1 << 20
    max_depth: int = 64
    max_aliases: int = 100
    max_nodes: int = 20_000  # values after alias expansion; a job description has ~200


class ComposeFailure(Exception):
    """The stream cannot become a document; index points into the text."""

    def __init__(self, code: str, message: Message, index: int) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message
        self.index = index


@dataclass
class _Frame:
    container: dict | list
    path: tuple
    start: int
    anchor: str | None
    size: int = 1
    key: str | None = None  # mapping: the key waiting for its value
    key_start: int = 0
    key_index: dict = field(default_factory=dict)  # mapping: key → index of its first use


@dataclass
class Composed:
    data: object
    source_map: SourceMap
    plain_text: dict[tuple, str]  # paths of plain scalars read as non-strings → text as typed


_MAYBE_NOT_TEXT = frozenset("~nNtTfF0123456789-+.")


def resolve_plain(text: str) -> object:
    """The value of a plain scalar under the YAML 1.2 core schema."""
    if text and text[0] not in _MAYBE_NOT_TEXT:
        return text  # the common case, Chinese text: no pattern can match
    if _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if len(text) > _MAX_DIGITS:
        return text  # no document counts that high, and str() of it would fail
    if _INT10.fullmatch(text):
        return int(text)
    if _INT8.fullmatch(text):
        return int(text[2:], 8)
    if _INT16.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def _wide(char: str) -> bool:
    """Chinese characters and punctuation, which are written without spaces between them."""
    code = ord(char)
    return (0x3000 <= code <= 0x303F or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xFF00 <= code <= 0xFFEF or 0x2018 <= code <= 0x201D)


def unfold_cjk(value: str, source: str) -> str:
    """Undo the space YAML folding puts where a line break fell between two Chinese characters.

    `summary: >-` over two lines joins them with a space: right for English, a stray gap in
    Chinese (CSS drops such breaks for the same reason). Spaces typed within a line stay.
    """
    lines = source.split("\n")
    position = 0
    for before, after in zip(lines, lines[1:]):
        before, after = before.rstrip(), after.strip()
        if not (before and after and _wide(before[-1]) and _wide(after[0])):
            continue
        join = value.find(before[-1] + " " + after[0], position)
        if join >= 0:
            value = value[:join + 1] + value[join + 2:]
            position = join + 1
    return value


# libyaml follows YAML 1.1, where NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR break lines;
# in YAML 1.2 (and in editors) they are text. The parser reads stand-ins of the same length,
# so lines and columns match the editor's and the values keep the characters as typed.
_YAML11_BREAKS = "\x85\u2028\u2029"
_STAND_INS = "\U0010fff0\U0010fff1\U0010fff2"  # private use: never in a real document
_TO_STAND_IN = str.maketrans(_YAML11_BREAKS, _STAND_INS)
_FROM_STAND_IN = str.maketrans(_STAND_INS, _YAML11_BREAKS)


def _parser_text(text: str) -> tuple[str, dict | None]:
    """The text the parser reads, and the table that restores values (None: nothing to do)."""
    if not any(char in text for char in _YAML11_BREAKS) or \
            any(char in text for char in _STAND_INS):
        return text, None
    return text.translate(_TO_STAND_IN), _FROM_STAND_IN


class _Composer:
    def __init__(self, text: str, limits: Limits) -> None:
        self.text = text
        self.parser_text, self.restore = _parser_text(text)
        self.limits = limits
        self.source_map = SourceMap(text)
        self.plain_text: dict[tuple, str] = {}
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[object, int]] = {}
        self.open_anchors: set[str] = set()
        self.aliases = 0
        self.nodes = 0
        self.documents = 0
        self.root: object = None
        self.has_root = False

    def run(self, loader: type | None = None) -> Composed:
        handlers = {
            yaml.DocumentStartEvent: self.on_DocumentStartEvent,
            yaml.ScalarEvent: self.on_ScalarEvent,
            yaml.SequenceStartEvent: self.on_SequenceStartEvent,
            yaml.MappingStartEvent: self.on_MappingStartEvent,
            yaml.SequenceEndEvent: self.on_SequenceEndEvent,
            yaml.MappingEndEvent: self.on_MappingEndEvent,
            yaml.AliasEvent: self.on_AliasEvent,
        }
        parser = (loader or _Loader)(self.parser_text)
        try:
            get_event, end = parser.get_event, yaml.StreamEndEvent
            while True:  # get_event directly: yaml.parse adds two Python calls per event
                event = get_event()
                kind = type(event)
                if kind is end:
                    break
                handler = handlers.get(kind)
                if handler is not None:
                    handler(event)
        finally:
            parser.dispose()
        return Composed(self.root, self.source_map, self.plain_text)

    # -- events -------------------------------------------------------------------------
    def on_DocumentStartEvent(self, event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise ComposeFailure(
                "multiple-documents",
                Message("一个文件只能包含一个 YAML 文档（发现第二个 ---）；请拆分为多个文件。",
                        "a file must hold one YAML document (found a second ---); split it"),
                event.start_mark.index)

    def on_ScalarEvent(self, event) -> None:
        # The hot path: most events are scalars, so this avoids every call it can.
        tag, style, text = event.tag, event.style or None, event.value
        start, end = event.start_mark.index, event.end_mark.index
        if self.restore is not None:
            text = text.translate(self.restore)
        if tag is not None:
            self._check_tag(tag, start, scalar=True)
        if style in ("|", ">"):
            start = self._block_content_start(start, end)
        elif style == '"' and "\\" in self.text[start:end]:
            self._check_escapes(text, start, end)  # raw control characters never get here
        stack = self.stack
        parent = stack[-1] if stack else None
        if parent is not None and parent.key is None and type(parent.container) is dict:
            self._take_key(parent, text, start)
            return
        value = text
        if style is None and tag is None:
            value = resolve_plain(text)
            if type(value) is not str:
                self._check_number(value, text, start)
                self.plain_text[self._child_path()] = text
        if type(value) is str and style != "|" and " " in value and \
                "\n" in self.text[start:end]:
            value = unfold_cjk(value, self.text[start:end])
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._attach(value, Span(start, end, style), 1, 1)

    def on_SequenceStartEvent(self, event) -> None:
        self._open([], event)

    def on_MappingStartEvent(self, event) -> None:
        self._open({}, event)

    def on_SequenceEndEvent(self, event) -> None:
        self._close(event)

    def on_MappingEndEvent(self, event) -> None:
        self._close(event)

    def on_AliasEvent(self, event) -> None:
        index = event.start_mark.index
        name = event.anchor
        if name in self.open_anchors:
            raise ComposeFailure(
                "alias-cycle",
                Message(f"别名 *{name} 引用了包含它自身的锚点（循环引用）。",
                        f"alias *{name} refers to an anchor that contains it (a cycle)"), index)
        if name not in self.anchors:
            raise ComposeFailure(
                "undefined-alias",
                Message(f"别名 *{name} 没有对应的锚点 &{name}。",
                        f"alias *{name} has no anchor &{name}"), index)
        self.aliases += 1
        value, size = self.anchors[name]
        if self.aliases > self.limits.max_aliases or self.nodes + size > self.limits.max_nodes:
            raise ComposeFailure(
                "alias-limit",
                Message(f"别名过多或展开过大（上限 {self.limits.max_aliases} 个别名、"
                        f"{self.limits.max_nodes} 个值）；请直接写出内容。",
                        f"too many aliases or too large an expansion (limits: "
                        f"{self.limits.max_aliases} aliases, {self.limits.max_nodes} values); "
                        f"write the content out"), index)
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.key is None:
            self._complex_key(index)
        self._attach(value, Span(index, event.end_mark.index), size, size)

    # -- helpers ------------------------------------------------------------------------
    def _open(self, container: dict | list, event) -> None:
        index = event.start_mark.index
        self._check_tag(event.tag, index, scalar=False)
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.key is None:
            self._complex_key(index)
        if len(self.stack) >= self.limits.max_depth:
            raise ComposeFailure(
                "too-deep",
                Message(f"嵌套层次超过 {self.limits.max_depth} 层。",
                        f"nesting is deeper than {self.limits.max_depth} levels"), index)
        if event.anchor:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(container, self._child_path(), index, event.anchor))

    def _close(self, event) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self._attach(frame.container, Span(frame.start, event.end_mark.index), frame.size, 1)

    def _child_path(self) -> tuple:
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if isinstance(parent.container, list):
            return parent.path + (len(parent.container),)
        return parent.path + (parent.key,)

    def _attach(self, value: object, span: Span, size: int, new_nodes: int) -> None:
        """Place a finished value in its parent; size counts its values, aliases expanded."""
        # The hottest function of loading: written to do each step once.
        nodes = self.nodes = self.nodes + new_nodes
        if nodes > self.limits.max_nodes:
            raise ComposeFailure(
                "too-large",
                Message(f"文档包含的值超过 {self.limits.max_nodes} 个。",
                        f"the document holds more than {self.limits.max_nodes} values"), span.start)
        stack = self.stack
        if not stack:
            self.root, self.has_root = value, True
            self.source_map.spans[()] = span
            return
        parent = stack[-1]
        parent.size += size
        container = parent.container
        if type(container) is list:
            self.source_map.spans[parent.path + (len(container),)] = span
            container.append(value)
        else:
            key = parent.key
            container[key] = value
            self.source_map.spans[parent.path + (key,)] = Span(span.start, span.end, span.style,
                                                               parent.key_start)
            parent.key = None

    def _take_key(self, frame: _Frame, key: str, start: int) -> None:
        first = frame.key_index.get(key)
        if first is not None:
            first_line, _ = self.source_map.line_col(first)
            line, _ = self.source_map.line_col(start)
            raise ComposeFailure(
                "duplicate-key",
                Message(f"键 “{key}” 重复：第 {first_line} 行与第 {line} 行；请删除或合并其中一个。",
                        f"duplicate key '{key}' on lines {first_line} and {line}; "
                        f"remove or merge one"), start)
        frame.key_index[key] = start
        frame.key, frame.key_start = key, start

    def _complex_key(self, index: int) -> None:
        raise ComposeFailure(
            "complex-key",
            Message("映射的键必须是简单文本，不能是列表、映射或别名。",
                    "a mapping key must be plain text, not a list, mapping or alias"), index)

    def _check_tag(self, tag: str | None, index: int, scalar: bool) -> None:
        allowed = tag in _STR_TAGS if scalar else tag in _COLLECTION_TAGS
        if tag is None or tag == "!" or allowed:
            return
        raise ComposeFailure(
            "tag",
            Message(f"不允许使用 YAML 标签 {tag}：jobkit 只读取文本、数字、列表和映射。",
                    f"YAML tag {tag} is not allowed: jobkit reads only text, numbers, "
                    f"lists and mappings"), index)

    def _check_number(self, value: object, text: str, start: int) -> None:
        """No document has a use for .nan, .inf or 1e309 (they print as "nan%")."""
        if type(value) is float and not math.isfinite(value):
            raise ComposeFailure(
                "not-a-number",
                Message(f"数值 {text} 不是有限的数；如要写成文字，请加引号。",
                        f"{text} is not a finite number; quote it to write it as text"), start)

    def _check_escapes(self, value: str, start: int, end: int) -> None:
        char = find_unfit_character(value)
        if char is None:
            return
        index = start + escape_offset(self.text[start:end], char)
        raise ComposeFailure(
            "control-character",
            Message(f"包含转义写成的控制字符或无效字符 U+{ord(char):04X}，文档中不能使用；"
                    f"请删除这个转义。",
                    f"an escape spells the control or invalid character U+{ord(char):04X}, "
                    f"which no document can hold; remove the escape"), index)

    def _block_content_start(self, start: int, end: int) -> int:
        newline = self.text.find("\n", start, end)
        if newline < 0:
            return start
        index = newline + 1
        while index < end and self.text[index] in " \r\n":
            index += 1
        return index if index < end else start


def compose(text: str, limits: Limits) -> Composed:
    """Parse one YAML document into data plus source map; raise ComposeFailure or YAMLError."""
    try:
        return _Composer(text, limits).run()
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in (exc.problem or ""):
            raise
    # libyaml 0.2.6 has a nesting cap of its own (1000), and its scanner reads ahead, so it
    # can stop before jobkit's limit is reached in the event stream. PyYAML's pure-Python
    # parser has no such cap: parse again with it, so the error is always jobkit's, at the
    # first level past jobkit's limit, whatever libyaml is installed.
    return _Composer(text, limits).run(yaml.SafeLoader)
