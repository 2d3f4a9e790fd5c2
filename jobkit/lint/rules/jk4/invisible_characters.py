r"""Invisible characters in text: zero-width, soft hyphen, direction marks, no-break space.

文字中夹有看不见的字符（零宽字符、软连字符、方向控制符、不换行空格），应删除或改为普通空格。

What it does / 检查内容:
  Reports zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside text), direction marks
  and controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the soft hyphen U+00AD, other
  invisible format characters (U+180E, U+2061–U+2064) and the no-break spaces U+00A0 and
  U+202F. The fix deletes the character; a no-break space becomes a normal space (or goes,
  at the start or end of a text, next to another space or next to full-width punctuation).
  A zero-width joiner inside an emoji sequence is left alone. Control characters such as
  U+0007 are refused when the file is read (JK001). The documentation examples write the
  character as an escape, such as "\u200b", to make it visible.
  报告零宽字符、方向控制符、软连字符等不可见字符和不换行空格；修正时删除不可见字符，
  不换行空格改为普通空格。

Why / 为什么:
  These characters come in with text copied from web pages, PDF files and chat tools. They
  cannot be seen, yet they split words for search (投诉 is not 投\u200b诉), break sorting and
  duplicate checks, and a direction control can reorder what a reader sees. GB/T 15834-2011
  knows no such characters in Chinese text.
  这些字符多来自网页、PDF 和聊天工具的复制粘贴：看不见，却会使检索、排序和重复检查失效，
  方向控制符还会打乱显示顺序。

Example / 示例:

```yaml fail
summary: "受理并处理客户投诉，\u200b对投诉处理时效和客户满意度负责。"
```

```yaml pass
summary: "受理并处理客户投诉，对投诉处理时效和客户满意度负责。"
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.common import INVISIBLE, NO_BREAK_SPACES
from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK405"
NAME = "invisible-characters"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_INVISIBLE = re.compile(f"[{INVISIBLE}{NO_BREAK_SPACES}]")
_NAMES = {
    "\u00a0": ("不换行空格", "no-break space"),
    "\u202f": ("窄不换行空格", "narrow no-break space"),
    "\u00ad": ("软连字符", "soft hyphen"),
    "\u180e": ("蒙古文元音分隔符", "Mongolian vowel separator"),
    "\u200b": ("零宽空格", "zero-width space"),
    "\u200c": ("零宽非连接符", "zero-width non-joiner"),
    "\u200d": ("零宽连接符", "zero-width joiner"),
    "\u200e": ("从左到右标记", "left-to-right mark"),
    "\u200f": ("从右到左标记", "right-to-left mark"),
    "\u2060": ("零宽不换行符", "word joiner"),
    "\ufeff": ("字节顺序标记（零宽不换行空格）", "byte order mark (zero-width no-break space)"),
    "\u202a": ("从左到右嵌入符", "left-to-right embedding"),
    "\u202b": ("从右到左嵌入符", "right-to-left embedding"),
    "\u202c": ("方向格式结束符", "pop directional formatting"),
    "\u202d": ("从左到右强制符", "left-to-right override"),
    "\u202e": ("从右到左强制符", "right-to-left override"),
    **{chr(c): ("方向隔离符", "directional isolate") for c in range(0x2066, 0x206A)},
    **{chr(c): ("不可见运算符", "invisible operator") for c in range(0x2061, 0x2065)},
}
_PUNCT = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def check(ctx):
    for path, value in ctx.strings:
        if _INVISIBLE.search(value) is None:
            continue
        text = masked(value)
        for match in _INVISIBLE.finditer(text):
            offset = match.start()
            if _in_emoji(text, offset):
                continue
            yield _finding(ctx, path, value, offset)


def _in_emoji(text: str, offset: int) -> bool:
    """A zero-width joiner between two pictographs (👩 U+200D 💻) is part of the emoji."""
    if text[offset] != "\u200d" or offset == 0 or offset + 1 >= len(text):
        return False
    return all(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF or c == "\ufe0f"
               for c in (text[offset - 1], text[offset + 1]))


def _replacement(value: str, offset: int) -> str:
    if value[offset] not in NO_BREAK_SPACES:
        return ""
    left = value[offset - 1] if offset > 0 else ""
    right = value[offset + 1] if offset + 1 < len(value) else ""
    if not left.strip() or not right.strip():
        return ""  # at an edge or next to a space: one space is enough, or none
    if _PUNCT.match(left) or _PUNCT.match(right):
        return ""  # full-width punctuation carries its own spacing: 回复，其余
    return " "


def _finding(ctx, path, value, offset):
    char = value[offset]
    code = f"U+{ord(char):04X}"
    zh_name, en_name = _NAMES.get(char, ("格式控制字符", "format character"))
    replacement = _replacement(value, offset)
    if replacement:
        zh = f"文字中有{zh_name}（{code}），请改为普通空格。"
        en = f"a {en_name} ({code}) in the text: use a normal space"
    else:
        zh = f"文字中有看不见的{zh_name}（{code}），请删除。"
        en = f"an invisible {en_name} ({code}) in the text: remove it"
    return ctx.finding(path, Message(zh, en), offset=offset, length=1,
                       fix=edit(ctx, path, value, offset, offset + 1, replacement))
