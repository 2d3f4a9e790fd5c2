"""The JSON Schemas shipped with jobkit, and a walk that applies them to loaded data."""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from importlib import resources

KINDS = ("job", "policy", "process", "tool", "form", "plan", "pack")
CONFIG = "config"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_DATE = re.compile(DATE_PATTERN)
_DATE_IN_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string"}


@lru_cache(maxsize=None)
def schema_text(name: str) -> str:
    """The JSON text of a shipped schema (a kind or 'config')."""
    return resources.files("jobkit.schemas").joinpath(f"{name}.json").read_text("utf-8")


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    return json.loads(schema_text(name))


@lru_cache(maxsize=None)
def validator(name: str):
    """A compiled Draft 2020-12 validator for a schema (jsonschema is imported only here)."""
    from jsonschema import Draft202012Validator, ValidationError, validators

    def pattern(check, wanted, instance, schema):
        if check.is_type(instance, "string") and not compile_pattern(wanted).search(instance):
            yield ValidationError(f"{instance!r} does not match {wanted!r}")

    strict = validators.extend(Draft202012Validator, {"pattern": pattern})
    return strict(load_schema(name))


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> re.Pattern:
    """A schema pattern as JSON Schema means it (ECMA-262): `$` is the end of the text.

    Python's `$` also matches before a final newline, so `id: "evil\\n"` passed
    `^[a-z0-9-]+$` and became a file name with a line break in it.
    """
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        else:
            out.append(r"\Z" if char == "$" and not in_class else char)
    return re.compile("".join(out))


@lru_cache(maxsize=None)
def quick_check(name: str):
    """A fast valid-or-not function for a schema (None when only jsonschema can tell)."""
    from jobkit.fastcheck import compile_check

    return compile_check(load_schema(name))


def _expand(schemas: list[dict], root: dict) -> list[dict]:
    """Resolve local $refs and flatten anyOf/oneOf/allOf into the list of applicable schemas."""
    out: list[dict] = []
    pending = list(schemas)
    while pending:
        schema = pending.pop()
        if not isinstance(schema, dict):
            continue
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            pending.append(root.get("$defs", {}).get(ref[len("#/$defs/"):], {}))
        for key in ("anyOf", "oneOf", "allOf"):
            pending.extend(schema.get(key, []))
        out.append(schema)
    return out


def _children(schemas: list[dict], key: str | int) -> list[dict]:
    found = []
    for schema in schemas:
        if isinstance(key, int):
            if isinstance(schema.get("items"), dict):
                found.append(schema["items"])
        elif key in schema.get("properties", {}):
            found.append(schema["properties"][key])
        elif isinstance(schema.get("additionalProperties"), dict):
            found.append(schema["additionalProperties"])
    return found


def _types(schemas: list[dict]) -> set[str]:
    return {schema["type"] for schema in schemas if isinstance(schema.get("type"), str)}


@lru_cache(maxsize=4096)
def schemas_at(name: str, path: tuple) -> tuple[dict, ...]:
    """The schemas that apply at a path (list indexes written as 0), refs and anyOfs expanded."""
    root = load_schema(name)
    schemas = _expand([root], root)
    for key in path:
        schemas = _expand(_children(schemas, key), root)
    return tuple(schemas)


def _generic(path: tuple) -> tuple:
    return tuple(0 if isinstance(key, int) else key for key in path)


def prepare(data: dict, plain_text: dict[tuple, str], name: str,
            text: str = "") -> list[tuple[tuple, str]]:
    """Make data say what the user typed, and find impossible dates.

    Where the schema takes text or a number (codes, grades, versions: `code: 0755`,
    `version: 1.0`) and a plain scalar was read as a number, the text as typed replaces it,
    in place. Elsewhere a number or boolean where text belongs stays an error, as editors
    using the published schemas show it. Returns the
    paths of values that match the date pattern but are not calendar dates.
    """
    for path, raw in plain_text.items():
        parent = _get(data, path[:-1])
        value = parent[path[-1]] if parent is not None else None
        if value is None or isinstance(value, str):
            continue
        types = _types(schemas_at(name, _generic(path)))
        if "string" in types and "number" in types and type(value) in (int, float):
            parent[path[-1]] = raw  # a code or grade typed as a number: keep it as typed
    if text and not any(_is_bad_date(m.group()) for m in _DATE_IN_TEXT.finditer(text)):
        return []  # the usual case: every date-like text in the file is a real date
    bad_dates: list[tuple[tuple, str]] = []
    _find_bad_dates(data, name, (), bad_dates)
    return bad_dates


def _get(data: object, path: tuple) -> object:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _find_bad_dates(value: object, name: str, path: tuple, found: list) -> None:
    if isinstance(value, str):
        if _is_bad_date(value) and any(
                s.get("pattern") == DATE_PATTERN for s in schemas_at(name, _generic(path))):
            found.append((path, value))
    elif isinstance(value, dict):
        for key, child in value.items():
            _find_bad_dates(child, name, path + (key,), found)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _find_bad_dates(child, name, path + (index,), found)


def _accepts(types: set[str], value: object) -> bool:
    json_type = _JSON_TYPES.get(type(value), "")
    return json_type in types or (json_type == "integer" and "number" in types)


def _is_bad_date(text: str) -> bool:
    """Written like a date (the schema checks that) but not one, e.g. 2026-02-30."""
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return True
    return False
