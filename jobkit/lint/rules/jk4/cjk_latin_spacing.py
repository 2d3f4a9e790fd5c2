"""Spacing between Chinese and Latin words: one house style (off unless configured).

中文与西文之间是否加空格：按 jobkit.yaml 的 lint.cjk_latin_spacing 统一（默认不检查）。

What it does / 检查内容:
  Off by default. With `lint: {cjk_latin_spacing: require}` in jobkit.yaml, a Latin word
  (a run of letters and digits with at least one letter: CRM, Excel, Node.js, 10GB, C++)
  written right against a Chinese character gets a space: 使用CRM系统 → 使用 CRM 系统.
  Numbers are not required to take spaces, because Chinese quantities join their measure
  word or unit (30分钟, 2026年, 第3条, 98%); a single letter or a letter with one digit that
  forms a word with the Chinese next to it (U盘, B超, X光, A4纸) is left alone too; no space
  is asked for next to full-width punctuation. With `forbid`, the spaces typed between a
  Chinese character and a Latin letter or digit are reported and removed (使用 CRM 系统 →
  使用CRM系统); a space that only comes from a folded YAML line is not reported. URLs,
  e-mail addresses, paths and `{{ placeholders }}` are never spaced or unspaced.
  默认关闭。设为 require 时，中文与西文单词（含字母的字母数字串）之间须有空格；数字与
  量词、单位（30分钟、2026年、98%）不要求空格，U盘、A4纸 这类词也不要求。设为 forbid 时，
  中文与西文字母或数字之间的空格应删除。

Why / 为什么:
  GB/T 15834-2011 does not settle this, and Chinese house styles differ: many technical and
  product writers put a space between Chinese and Latin words for legibility, while many
  official documents write them solid. Either is fine; mixing both in one document is not.
  GB/T 15834-2011 未作规定，各单位体例不同：技术写作多在中西文之间加空格，公文多不加。
  两者皆可，但同一套文件应统一。

Example / 示例:

```yaml fail
# file: jobkit.yaml
lint:
  cjk_latin_spacing: require
# file: modules/complaint/jobs/example.yaml
kind: job
equipment: [计算机, 耳麦, CRM系统]
```

```yaml pass
# file: jobkit.yaml
lint:
  cjk_latin_spacing: require
# file: modules/complaint/jobs/example.yaml
kind: job
equipment: [计算机, 耳麦, CRM 系统, U盘, A4纸]
```
"""
from __future__ import annotations

import re

from jobkit.lint.rules.jk4.common import excerpt, has_chinese, is_han
from jobkit.lint.rules.jk4.protect import masked
from jobkit.lint.rules.jk4.source import edit
from jobkit.problems import Message

ID = "JK406"
NAME = "cjk-latin-spacing"
LEVEL = "info"
KINDS = ()
FIXABLE = True

_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.+#&/-]*[A-Za-z0-9+#])?")
_COMPOUND = re.compile(r"[A-Za-z][0-9]?")  # U盘, B超, A4纸: one word with the Chinese
_SPACES = re.compile(" +")


def enabled(config) -> bool:
    return config.lint.cjk_latin_spacing != "off"


def check(ctx):
    mode = ctx.config.lint.cjk_latin_spacing
    for path, value in ctx.strings:
        if not has_chinese(value):
            continue
        text = masked(value)
        if mode == "require":
            yield from _require(ctx, path, value, text)
        elif mode == "forbid":
            yield from _forbid(ctx, path, value, text)


def _require(ctx, path, value, text):
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if not any(c.isalpha() for c in word) or _COMPOUND.fullmatch(word):
            continue
        if start > 0 and is_han(text[start - 1]):
            yield _missing(ctx, path, value, start, start, " " + value[start], word)
        if end < len(text) and is_han(text[end]):
            yield _missing(ctx, path, value, end - 1, end, value[end - 1] + " ", word)


def _missing(ctx, path, value, at, offset, replacement, word):
    shown = excerpt(value, at, at + 1, replacement)
    return ctx.finding(
        path,
        Message(f"中文与西文“{word}”之间应加一个空格（本项目约定 cjk_latin_spacing: require）。",
                f"put a space between Chinese and '{word}' (cjk_latin_spacing: require)"),
        offset=offset, length=1,
        suggestion=Message(f"改为：{shown}", f"write: {shown}"),
        fix=edit(ctx, path, value, at, at + 1, replacement))


def _forbid(ctx, path, value, text):
    source = ctx.loaded.text
    for match in _SPACES.finditer(text):
        start, end = match.span()
        if not _between_chinese_and_latin(text, start, end):
            continue
        fix = edit(ctx, path, value, start, end, "")
        if not fix and _folded(ctx, path, value, start, end, source):
            continue  # the space is a YAML line fold, not typed: nothing to remove
        shown = excerpt(value, start, end, "")
        yield ctx.finding(
            path,
            Message("中文与西文、数字之间不加空格（本项目约定 cjk_latin_spacing: forbid）。",
                    "no space between Chinese and Latin letters or digits "
                    "(cjk_latin_spacing: forbid)"),
            offset=start, length=end - start,
            suggestion=Message(f"改为：{shown}", f"write: {shown}"), fix=fix)


def _between_chinese_and_latin(text: str, start: int, end: int) -> bool:
    left = text[start - 1] if start > 0 else ""
    right = text[end] if end < len(text) else ""
    latin_left = bool(left) and left.isascii() and (left.isalnum() or left in "%+#")
    latin_right = right.isascii() and right.isalnum()
    return (is_han(left) and latin_right) or (latin_left and is_han(right))


def _folded(ctx, path, value, start, end, source) -> bool:
    """Whether a line break stands in the source between value[start-1] and value[end]."""
    source_map = ctx.loaded.source_map
    span = source_map.spans.get(tuple(path))
    if span is None:
        return True
    left = source_map.char_index(span, value, start - 1)
    right = source_map.char_index(span, value, end)
    return "\n" in source[left:right]
