"""Safe fixes: find a value's characters in the source text and keep the YAML intact.

A fix replaces source characters that are exactly the value characters it reports, and only
when the file stays the same YAML with all of the rules' fixes applied together (the engine
applies every non-overlapping fix of a pass at once).
"""
from __future__ import annotations

from jobkit.lint.rules.jk4.common import INVISIBLE, NO_BREAK_SPACES
from jobkit.load.compose import resolve_plain

_YAML_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_BLANK = " " + NO_BREAK_SPACES + INVISIBLE  # what may vanish or become a space
# What a plain scalar may look like after every fix: JK402's half-width forms, JK405's
# deletions, and a no-break space turned into a space or deleted.
_HALF_FORMS = {**{c: c - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
                  for c in range(*r)}, 0xFF05: "%"}
_AFTER_FIXES = tuple({**_HALF_FORMS, **{ord(c): None for c in INVISIBLE},
                      **{ord(c): nbsp for c in NO_BREAK_SPACES}} for nbsp in (" ", None))
_LINE_MARKERS = ("---", "...", "%")
_NEW_HAZARDS = (": ", " #", ":\n", "\t#", ":,", ":]", ":}")


def locate(ctx, path: tuple, value: str, start: int, end: int) -> int | None:
    """Source index of value[start], if value[start:end] is typed verbatim in the source.

    Non-space characters are found by counting (SourceMap); spaces and NBSP are found next to
    the nearest non-space character. Whatever the route, the source characters must equal the
    value's, so an escape sequence or a folded line break never gets edited by mistake.
    """
    source_map = ctx.loaded.source_map
    span = source_map.spans.get(tuple(path))
    if span is None or not 0 <= start < end <= len(value):
        return None
    text = ctx.loaded.text

    def index(offset: int) -> int:
        return source_map.char_index(span, value, offset)

    anchor = next((i for i in range(start, end) if not value[i].isspace()), None)
    if anchor is not None:
        src = index(anchor) - (anchor - start)
    else:
        before = next((i for i in range(start - 1, -1, -1) if not value[i].isspace()), None)
        after = next((i for i in range(end, len(value)) if not value[i].isspace()), None)
        if before is not None:
            at = index(before)
            src = at + (start - before)
            if text[at:src] != value[before:start]:
                return None
        elif after is not None:
            at = index(after)
            src = at - (after - start)
            if src < 0 or text[src:at] != value[start:after]:
                return None
        else:
            return None
    if src < span.start or src + (end - start) > span.end:
        return None
    if text[src:src + (end - start)] != value[start:end]:
        return None
    # A space at either end of the range may be indentation or a folded line break that
    # happens to sit there: the neighbour outside the range must match too.
    if value[start] == " " and (start == 0 or text[src - 1:src] != value[start - 1]):
        return None
    if value[end - 1] == " " and (end == len(value)
                                  or text[src + end - start:src + end - start + 1] != value[end]):
        return None
    return src


def edit(ctx, path: tuple, value: str, start: int, end: int,
         replacement: str) -> tuple[tuple[int, int, str], ...]:
    """The fix replacing value[start:end], or () when it cannot be made safely in the source."""
    src = locate(ctx, path, value, start, end)
    if src is None:
        return ()
    span = ctx.loaded.source_map.spans[tuple(path)]
    if not _yaml_safe(ctx.loaded.text, span, src, src + (end - start), replacement):
        return ()
    return ((src, src + (end - start), replacement),)


def _yaml_safe(text: str, span, start: int, end: int, replacement: str) -> bool:
    """Whether the edit leaves the scalar a scalar of the same style and meaning."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith(_LINE_MARKERS, line_start):
        return False  # a line of a multi-line scalar that must not turn into --- or ...
    if span.style in ("'", '"'):
        return span.style not in replacement and "\\" not in replacement
    after = text[end:end + 1]
    if span.style in ("|", ">"):
        # indentation of a block scalar's line is syntax: keep the first content column, also
        # when another fix deletes an invisible character in front of it in the same pass,
        # and keep every line that has content non-blank
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else len(text)]
        at_line_start = not text[line_start:start].strip(_BLANK)
        return not (at_line_start and ((replacement and replacement[0] in _BLANK)
                                       or (not replacement and after in _BLANK)
                                       or not (replacement + rest).strip(_BLANK)))
    scalar = text[span.start:start] + replacement + text[end:span.end]
    return _plain_stays_text(scalar, following=text[span.end:span.end + 1])


def _plain_stays_text(scalar: str, following: str) -> bool:
    r"""Whether a plain scalar stays the same text scalar once every JK4 fix is applied.

    Fixes are planned one by one but applied together: ２０\u00a0 loses its NBSP (JK405) as ２０
    becomes 20 (JK402), and 20 reads as a number; `a:\u200b\u00a0b` becomes `a: b`, a mapping.
    So judge the scalar with all such changes made (a no-break space may become a space or go).
    """
    for table in _AFTER_FIXES:
        plain = scalar.translate(table)
        if any(hazard in plain + following for hazard in _NEW_HAZARDS):
            return False
        plain = plain.strip(" \n")
        if not plain or plain[0] in _YAML_INDICATORS:
            return False
        if any(line.lstrip(" ").startswith(("%", "#")) or line.startswith(_LINE_MARKERS)
               for line in plain.split("\n")[1:]):
            return False
        if "\n" not in plain and not isinstance(resolve_plain(plain), str):
            return False
    return True
