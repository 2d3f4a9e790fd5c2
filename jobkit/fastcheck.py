"""A quick yes/no check of data against a schema, for the common case of a valid document.

jsonschema costs ~4 ms per job description, most of it walking a valid document; linting a
thousand files must cost far less. The shipped schemas use a small set of keywords, so they
compile here into plain closures that only answer "valid or not". When the answer is "not",
jsonschema runs and explains. A schema with a keyword this module does not know compiles to
None, and jsonschema does all the work.
"""
from __future__ import annotations

from typing import Callable

from jobkit.schema import compile_pattern

Check = Callable[[object], bool]
_ANNOTATIONS = {"title", "description", "default", "examples", "$schema", "$id", "$defs",
                "$comment"}


class Unsupported(Exception):
    pass


def _is_type(name: str) -> Check:
    if name == "string":
        return lambda v: type(v) is str
    if name == "integer":
        return lambda v: (type(v) is int) or (type(v) is float and v.is_integer())
    if name == "number":
        return lambda v: type(v) in (int, float)
    if name == "boolean":
        return lambda v: type(v) is bool
    if name == "object":
        return lambda v: type(v) is dict
    if name == "array":
        return lambda v: type(v) is list
    if name == "null":
        return lambda v: v is None
    raise Unsupported(name)


def _same(a: object, b: object) -> bool:
    """JSON equality: 1 == 1.0 but True != 1."""
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    return a == b


def _numeric(v: object) -> bool:
    return type(v) in (int, float)


class _Compiler:
    def __init__(self, root: dict) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, target: str) -> Check:
        if not target.startswith("#/$defs/"):
            raise Unsupported(target)
        name = target[len("#/$defs/"):]
        if name not in self.refs:
            cell: list[Check] = [lambda v: True]  # filled below; lets a schema refer to itself
            self.refs[name] = lambda v: cell[0](v)
            cell[0] = self.compile(self.root["$defs"][name])
        return self.refs[name]

    def compile(self, schema: dict) -> Check:
        checks: list[Check] = []
        handled: set[str] = set()
        if schema.get("type") == "object" and "properties" in schema:
            checks.append(self.object_check(schema))
            handled = {"type", "properties", "required", "additionalProperties"}
        for key, arg in schema.items():
            if key in _ANNOTATIONS or key in handled:
                continue
            checks.append(self.keyword(key, arg, schema))
        return _all(checks)

    def object_check(self, schema: dict) -> Check:
        """type: object with properties, required and additionalProperties in one pass."""
        props = {name: self.compile(sub) for name, sub in schema["properties"].items()}
        required = tuple(schema.get("required", ()))
        extra_schema = schema.get("additionalProperties", True)
        if schema.get("patternProperties"):
            raise Unsupported("patternProperties")
        extra = self.compile(extra_schema) if isinstance(extra_schema, dict) else None
        allow_extra = extra_schema is not False

        def check(v: object) -> bool:
            if type(v) is not dict:
                return False
            for name in required:
                if name not in v:
                    return False
            for key, value in v.items():
                sub = props.get(key)
                if sub is not None:
                    if not sub(value):
                        return False
                elif not allow_extra or (extra is not None and not extra(value)):
                    return False
            return True

        return check

    def keyword(self, key: str, arg, schema: dict) -> Check:
        if key == "type":
            return _is_type(arg)
        if key == "$ref":
            return self.ref(arg)
        if key == "const":
            return lambda v: _same(v, arg)
        if key == "enum":
            return lambda v: any(_same(v, option) for option in arg)
        if key == "pattern":
            search = compile_pattern(arg).search
            return lambda v: type(v) is not str or search(v) is not None
        if key in ("minLength", "maxLength"):
            compare = (lambda n: n >= arg) if key == "minLength" else (lambda n: n <= arg)
            return lambda v: type(v) is not str or compare(len(v))
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            compare = {"minimum": lambda n: n >= arg, "maximum": lambda n: n <= arg,
                       "exclusiveMinimum": lambda n: n > arg,
                       "exclusiveMaximum": lambda n: n < arg}[key]
            return lambda v: not _numeric(v) or compare(v)
        if key in ("minItems", "maxItems"):
            compare = (lambda n: n >= arg) if key == "minItems" else (lambda n: n <= arg)
            return lambda v: type(v) is not list or compare(len(v))
        if key in ("minProperties", "maxProperties"):
            compare = (lambda n: n >= arg) if key == "minProperties" else (lambda n: n <= arg)
            return lambda v: type(v) is not dict or compare(len(v))
        if key == "uniqueItems":
            return (lambda v: type(v) is not list or _unique(v)) if arg else (lambda v: True)
        if key == "required":
            return lambda v: type(v) is not dict or all(name in v for name in arg)
        if key == "properties":
            props = {name: self.compile(sub) for name, sub in arg.items()}
            return lambda v: type(v) is not dict or all(
                props[k](x) for k, x in v.items() if k in props)
        if key == "additionalProperties":
            known = set(schema.get("properties", {}))
            if schema.get("patternProperties"):
                raise Unsupported(key)
            extra = self.compile(arg) if isinstance(arg, dict) else (lambda v: arg)
            return lambda v: type(v) is not dict or all(
                extra(x) for k, x in v.items() if k not in known)
        if key == "items":
            if not isinstance(arg, dict):
                raise Unsupported(key)
            item = self.compile(arg)

            def check_items(v: object) -> bool:
                if type(v) is not list:
                    return True
                for x in v:
                    if not item(x):
                        return False
                return True

            return check_items
        if key == "propertyNames":
            name = self.compile(arg)
            return lambda v: type(v) is not dict or all(name(k) for k in v)
        if key in ("anyOf", "oneOf", "allOf"):
            branches = [self.compile(sub) for sub in arg]
            if key == "anyOf":
                return lambda v: any(branch(v) for branch in branches)
            if key == "allOf":
                return lambda v: all(branch(v) for branch in branches)
            return lambda v: sum(1 for branch in branches if branch(v)) == 1
        raise Unsupported(key)


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)

    def check(v: object) -> bool:
        for one in checks:
            if not one(v):
                return False
        return True

    return check


def _unique(values: list) -> bool:
    for index, value in enumerate(values):
        if any(_same(value, other) for other in values[index + 1:]):
            return False
    return True


def compile_check(schema: dict) -> Check | None:
    """A function telling whether data is valid, or None if the schema is beyond this module."""
    try:
        return _Compiler(schema).compile(schema)
    except Unsupported:
        return None
