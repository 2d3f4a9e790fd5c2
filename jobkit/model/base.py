"""Build frozen dataclasses from validated data, guided by their type hints.

The conversion for each dataclass is worked out once from its type hints and kept as a list
of small functions, so building a model costs a dictionary walk, not repeated introspection.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import lru_cache
from typing import Callable

Convert = Callable[[object], object]


def _same(value: object) -> object:
    return value


def _to_float(value: object) -> object:
    return float(value) if type(value) is int else value


def _to_date(value: object) -> object:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _to_mapping(value: object) -> object:
    return types.MappingProxyType(dict(value))  # type: ignore[arg-type]


def _is_structured(hint: object) -> bool:
    return dataclasses.is_dataclass(hint) or typing.get_origin(hint) in (dict, typing.Mapping)


@lru_cache(maxsize=None)
def converter(hint: object) -> Convert:
    """The function that turns a validated value into the type hint's form."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        structured = next((converter(o) for o in options if _is_structured(o)), None)
        plain = next((converter(o) for o in options if not _is_structured(o)), None)
        if structured is None or plain is None:
            return converter(options[0])
        # A mapping becomes the structured form, text stays text ("text or a mapping" fields).
        return lambda v: structured(v) if isinstance(v, dict) else plain(v)
    if origin is tuple:
        item = converter(typing.get_args(hint)[0])
        # "a sentence, or a list of entries": a single value is a list of one
        return lambda v: tuple(item(x) for x in v) if isinstance(v, list) else (item(v),)
    if origin in (dict, typing.Mapping) or hint is dict:
        return _to_mapping
    if hint is date:
        return _to_date
    if hint is float:
        return _to_float
    if dataclasses.is_dataclass(hint):
        return lambda v: build(hint, v) if isinstance(v, dict) else hint.from_text(str(v))
    return _same


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[tuple[str, str, Convert], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, f.metadata.get("key", f.name), converter(hints[f.name]))
                 for f in dataclasses.fields(cls))


def build(cls: type, data: dict):
    """An instance of dataclass cls from a mapping that the schema has already accepted."""
    values = {}
    for name, key, convert in _fields(cls):
        value = data.get(key)  # YAML keys that are Python keywords have a metadata "key"
        if value is not None:
            values[name] = convert(value)
    return cls(**values)
