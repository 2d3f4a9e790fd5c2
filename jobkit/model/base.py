"""Build frozen dataclasses from validated data, guided by their type hints."""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def build(cls: type, data: dict):
    """An instance of dataclass cls from a mapping that the schema has already accepted."""
    hints = _hints(cls)
    values = {}
    for field in dataclasses.fields(cls):
        key = field.metadata.get("key", field.name)  # YAML keys that are Python keywords
        if data.get(key) is not None:
            values[field.name] = convert(hints[field.name], data[key])
    return cls(**values)


def convert(hint: object, value: object) -> object:
    """Convert one value to the type hint: dataclass, tuple[X, ...], union, date or plain."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return convert(_pick(options, value), value)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        if not isinstance(value, list):
            value = [value]  # "a sentence, or a list of entries"
        return tuple(convert(item, v) for v in value)
    if origin in (dict, typing.Mapping) or hint is dict:
        return types.MappingProxyType(dict(value))
    if hint is date:
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if dataclasses.is_dataclass(hint):
        if isinstance(value, dict):
            return build(hint, value)
        return hint.from_text(str(value))
    if hint is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _pick(options: list, value: object) -> object:
    """The union member that fits the value: a dataclass for a mapping, text for text."""
    for option in options:
        is_structured = dataclasses.is_dataclass(option) or typing.get_origin(option) in (
            dict, typing.Mapping)
        if isinstance(value, dict) == is_structured:
            return option
    return options[0]
