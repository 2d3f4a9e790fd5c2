"""Turn jsonschema's errors into positioned, bilingual Problems a person can act on."""
from __future__ import annotations

import difflib
import re

from jobkit.load import Loaded
from jobkit.problems import Message, Problem, json_path

_TYPE_NAMES = {
    "string": ("文本", "text"), "integer": ("整数", "a whole number"),
    "number": ("数字", "a number"), "boolean": ("true 或 false", "true or false"),
    "array": ("列表", "a list"), "object": ("映射（key: value）", "a mapping (key: value)"),
    "null": ("空值", "empty"),
}
_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9-]{0,63}$": (
        "只能用小写字母、数字和连字符，以字母或数字开头，最长 64 个字符，例如 complaint-specialist",
        "use lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 "
        "characters, e.g. complaint-specialist"),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ("日期应写成 2026-01-01 的形式", "write dates as 2026-01-01"),
}


def did_you_mean(word: str, choices) -> str | None:
    """The closest known name to a misspelt one, if any is close enough."""
    matches = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return matches[0] if matches else None


def _actual(value: object) -> tuple[str, str]:
    if value is None:
        return "空值", "nothing (null)"
    for python_type, name in ((bool, "boolean"), (int, "integer"), (float, "number"),
                              (str, "string"), (list, "array"), (dict, "object")):
        if isinstance(value, python_type):
            return _TYPE_NAMES[name]
    return "未知类型", "an unknown type"


def _label(schema: dict) -> str:
    title = schema.get("title") if isinstance(schema, dict) else None
    return f"（{title}）" if title else ""


def _messages(error, loaded: Loaded) -> list[tuple[tuple, Message, bool]]:
    """(path, message, at_key) for one error; several for additionalProperties."""
    path = tuple(error.absolute_path)
    keyword, expected, value = error.validator, error.validator_value, error.instance
    if keyword == "required":
        name = re.search(r"'([^']+)' is a required property", error.message)
        field = name.group(1) if name else str(expected)
        label = _label(error.schema.get("properties", {}).get(field, {}))
        return [(path, Message(f"缺少必填字段 {field}{label}。",
                               f"missing required field '{field}'"), True)]
    if keyword == "additionalProperties":
        known = error.schema.get("properties", {})
        out = []
        for key in value:
            if key in known:
                continue
            guess = did_you_mean(key, known)
            hint_zh = f"，是不是想写 {guess}？" if guess else f"；可用的字段：{', '.join(known)}"
            hint_en = f"; did you mean '{guess}'?" if guess else f"; known fields: {', '.join(known)}"
            out.append((path + (key,), Message(f"未知字段 {key}{hint_zh}",
                                               f"unknown field '{key}'{hint_en}"), True))
        return out
    if keyword == "type":
        want_zh, want_en = _TYPE_NAMES.get(expected, (expected, expected))
        got_zh, got_en = _actual(value)
        if value is None:
            return [(path, Message(f"值为空，应填写{want_zh}。",
                                   f"the value is empty; expected {want_en}"), True)]
        if expected == "string" and isinstance(value, (bool, int, float)):
            value = str(value).lower() if isinstance(value, bool) else value
            return [(path, Message(f"应为{want_zh}，实际是{got_zh}；要写成文字请加引号，如 \"{value}\"。",
                                   f"expected {want_en}, got {got_en}; to write it as text, "
                                   f"quote it: \"{value}\""), False)]
        return [(path, Message(f"应为{want_zh}，实际是{got_zh}。",
                               f"expected {want_en}, got {got_en}"), False)]
    if keyword in ("enum", "const"):
        options = expected if keyword == "enum" else [expected]
        guess = did_you_mean(value, options)
        listed = "、".join(str(o) for o in options)
        hint_zh, hint_en = (f"，是不是想写 {guess}？", f"; did you mean '{guess}'?") if guess else ("", "")
        return [(path, Message(f"取值 {value!s} 无效，应为 {listed} 之一{hint_zh}",
                               f"invalid value '{value!s}'; expected one of "
                               f"{', '.join(map(str, options))}{hint_en}"), False)]
    if keyword == "pattern":
        hint = _PATTERN_HINTS.get(expected, (f"应匹配 {expected}", f"must match {expected}"))
        return [(path, Message(f"格式不正确：{value}；{hint[0]}。",
                               f"bad format: '{value}'; {hint[1]}"), False)]
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound_zh = {"minimum": "不小于", "maximum": "不大于", "exclusiveMinimum": "大于",
                    "exclusiveMaximum": "小于"}[keyword]
        bound_en = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than",
                    "exclusiveMaximum": "less than"}[keyword]
        return [(path, Message(f"数值 {value} 超出范围：应{bound_zh} {expected}。",
                               f"{value} is out of range: must be {bound_en} {expected}"), False)]
    if keyword in ("minItems", "minProperties"):
        return [(path, Message(f"至少需要 {expected} 项。", f"needs at least {expected} entries"), False)]
    if keyword in ("maxItems", "maxProperties"):
        return [(path, Message(f"最多 {expected} 项。", f"allows at most {expected} entries"), False)]
    if keyword == "minLength":
        return [(path, Message("不能为空文本。", "must not be empty text"), False)]
    if keyword == "maxLength":
        return [(path, Message(f"文本过长：最多 {expected} 个字符。",
                               f"text too long: at most {expected} characters"), False)]
    if keyword == "uniqueItems":
        return [(path, Message("列表中有重复项。", "the list has duplicate entries"), False)]
    if keyword in ("anyOf", "oneOf"):
        return _alternatives(error, loaded)
    return [(path, Message(f"不符合格式要求：{error.message}", error.message), False)]


def _alternatives(error, loaded: Loaded) -> list[tuple[tuple, Message, bool]]:
    """For 'text or mapping' fields, explain the branch that matches what the user wrote."""
    here = tuple(error.absolute_path)
    wrong_branch = [sub for sub in error.context
                    if sub.validator == "type" and tuple(sub.absolute_path) == here]
    inside_branch = [sub for sub in error.context if sub not in wrong_branch]
    if inside_branch:
        out = []
        for sub in inside_branch:
            out.extend(_messages(sub, loaded))
        return out
    wanted = dict.fromkeys(_TYPE_NAMES.get(sub.validator_value, (sub.validator_value,) * 2)
                           for sub in wrong_branch) or {("文本或映射", "text or a mapping"): None}
    want_zh, want_en = "或".join(w[0] for w in wanted), " or ".join(w[1] for w in wanted)
    if error.instance is None:
        return [(here, Message(f"值为空，应填写{want_zh}。",
                               f"the value is empty; expected {want_en}"), True)]
    got_zh, got_en = _actual(error.instance)
    return [(here, Message(f"应为{want_zh}，实际是{got_zh}。",
                           f"expected {want_en}, got {got_en}"), False)]


def schema_problems(errors, loaded: Loaded) -> list[Problem]:
    """Problems for all errors of one document, each at the position of the offending text."""
    problems = []
    seen = set()
    for error in errors:
        for path, message, at_key in _messages(error, loaded):
            if at_key:
                line, col = loaded.source_map.key_position(path)
            else:
                line, col = loaded.source_map.position(path)
            problem = Problem(loaded.file, message, line, col, json_path(path),
                              "schema/" + str(error.validator))
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
    return problems
