"""The quick valid-or-not check follows JSON Schema semantics for the keywords it supports."""
from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from jobkit.fastcheck import compile_check

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["n"],
    "properties": {
        "n": {"type": "integer", "minimum": 0, "maximum": 10},
        "x": {"type": "number", "exclusiveMinimum": 0},
        "s": {"type": "string", "pattern": "^[a-z]+$", "minLength": 2},
        "e": {"enum": ["a", 1, True]},
        "c": {"const": 1},
        "l": {"type": "array", "items": {"$ref": "#/$defs/t"}, "minItems": 1, "uniqueItems": True},
        "u": {"anyOf": [{"type": "string"}, {"type": "object", "minProperties": 1,
                                              "additionalProperties": {"type": "string"}}]},
        "o": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
        "p": {"type": "object", "propertyNames": {"enum": ["a", "b"]},
              "additionalProperties": {"type": "integer"}},
    },
    "$defs": {"t": {"type": "string"}},
}

CASES = [
    {"n": 1}, {"n": 1.0}, {"n": True}, {"n": -1}, {"n": 11}, {"n": "1"}, {}, {"n": 1, "z": 1},
    {"n": 1, "x": 0}, {"n": 1, "x": 0.1}, {"n": 1, "s": "ab"}, {"n": 1, "s": "a"},
    {"n": 1, "s": "aB"}, {"n": 1, "e": "a"}, {"n": 1, "e": 1.0}, {"n": 1, "e": 1, "c": True},
    {"n": 1, "c": 1.0}, {"n": 1, "l": []}, {"n": 1, "l": ["a", "a"]}, {"n": 1, "l": ["a", 1]},
    {"n": 1, "l": ["a", "b"]}, {"n": 1, "u": "t"}, {"n": 1, "u": {}}, {"n": 1, "u": {"k": 1}},
    {"n": 1, "u": {"k": "v"}}, {"n": 1, "o": 1.5}, {"n": 1, "o": 2}, [], None,
    {"n": 1, "p": {}}, {"n": 1, "p": {"a": 1, "b": 2}}, {"n": 1, "p": {"c": 1}},
    {"n": 1, "p": {"a": "x"}}, {"n": 1, "p": []},
]


@pytest.mark.parametrize("data", CASES, ids=[str(c) for c in CASES])
def test_quick_check_matches_jsonschema(data):
    assert compile_check(SCHEMA)(data) == Draft202012Validator(SCHEMA).is_valid(data)


def test_unknown_keywords_fall_back_to_jsonschema():
    assert compile_check({"type": "object", "patternProperties": {"^a": {}}}) is None
    assert compile_check({"type": "string", "format": "date"}) is None
