"""Decode a file's bytes strictly as UTF-8 and explain, when that fails, what the bytes look like."""
from __future__ import annotations

import codecs
import re

from jobkit.problems import Message

# C0 controls except tab, LF and CR; DEL; C1 controls except NEL; non-characters.
# YAML forbids them, and in a job description they are always an accident of copy and paste.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ufffe\uffff]")
_CJK = re.compile("[\u4e00-\u9fff]")
# What a double-quoted scalar can spell as an escape ("\x00", "\e", "\ud800", "\uFFFE") but
# XML, and so DOCX, cannot hold: C0 controls but tab and line feed, DEL, C1 controls, lone
# surrogates, non-characters.
_UNFIT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", re.DOTALL)
_SHORT_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "r": "\r",
                  "v": "\v", "N": "\x85", "t": "\t", "n": "\n"}


class DecodeFailure(Exception):
    """The bytes are not UTF-8 text; carries the position of the first bad byte."""

    def __init__(self, message: Message, line: int, col: int) -> None:
        super().__init__(message.en)
        self.message = message
        self.line = line
        self.col = col


def decode(data: bytes) -> str:
    """Return the text of a UTF-8 file (a BOM is dropped); raise DecodeFailure otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeFailure(
            Message("文件是 UTF-16 编码，请另存为 UTF-8。",
                    "the file is UTF-16 encoded; save it as UTF-8"), 1, 1)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(data, exc.start)
        guess_zh, guess_en, iconv = _guess_encoding(data)
        byte = f"0x{data[exc.start]:02X}"
        raise DecodeFailure(
            Message(
                f"文件不是 UTF-8 编码（看起来是 {guess_zh}），第一个无效字节 {byte}；"
                f"请转换为 UTF-8，例如 iconv -f {iconv} -t UTF-8。",
                f"the file is not UTF-8 (it looks like {guess_en}); first invalid byte {byte}; "
                f"convert it, e.g. iconv -f {iconv} -t UTF-8",
            ),
            line,
            col,
        ) from None


def find_control_character(text: str) -> tuple[int, int, str] | None:
    """Return (line, col, char) of the first forbidden control character, if any."""
    match = _CONTROL.search(text)
    if match is None:
        return None
    start = match.start()
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, col, match.group()


def find_unfit_character(value: str) -> str | None:
    """The first character of a decoded value that no document may hold, if any."""
    match = _UNFIT.search(value)
    return match.group() if match else None


def escape_offset(source: str, char: str) -> int:
    """Where in a double-quoted scalar's source the escape that spells char begins (0 if none)."""
    for match in _ESCAPE.finditer(source):
        code = match.group(1)
        spelt = chr(int(code[1:], 16)) if len(code) > 1 else _SHORT_ESCAPES.get(code)
        if spelt == char:
            return match.start()
    return 0


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def _guess_encoding(data: bytes) -> tuple[str, str, str]:
    """Name the likely encoding (Chinese label, English label, iconv name)."""
    for codec, label in (("gb18030", "GBK/GB18030"), ("big5", "Big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _CJK.search(text):
            return label, label, codec.upper()
    return "未知的单字节编码（Latin-1？）", "an unknown single-byte encoding (Latin-1?)", "LATIN1"
