"""A JSON Schema compiled once into plain Python checks: is a document valid, yes or no.

`jsonschema` walks the schema for every part of a document, making a validator object per
step: 6 s for a 10,000-node file on a busy machine. Our schema (`resources/graph.schema.json`)
uses a dozen plain keywords, so `compile_schema` turns it into nested closures once, and a
10,000-node file is checked in a tenth of that. It only says yes or no: a document it
refuses goes to `jsonschema`, which says what is wrong and where (the loader's messages),
so the two must agree, which `tests/test_schema_check.py` checks on every sample and on
mutated files. A keyword it does not know makes `compile_schema` raise `Unsupported`: the
loader then uses `jsonschema` alone, never a check that skips a rule.

Imports nothing of the project.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

#: keywords that say nothing about validity (annotations, and `$defs` once refs are inlined)
_ANNOTATIONS = {"$schema", "$id", "$comment", "$defs", "title", "description", "default",
                "examples", "deprecated", "readOnly", "writeOnly"}


class Unsupported(ValueError):
    """The schema uses a keyword (or a form of one) these checks do not implement."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    # as jsonschema: 1.0 is an integer, True is not
    "integer": lambda v: _is_number(v) and (isinstance(v, int) or v.is_integer()),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _equal(a: Any, b: Any) -> bool:
    """JSON equality as JSON Schema means it: `true` is not `1`, lists and objects by
    their items."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, dict, str)) or isinstance(b, (list, dict, str)):
        return type(a) is type(b) and a == b
    return a == b


def compile_schema(schema: Any) -> Check:
    """`schema` (with its `$ref`s already inlined) as one function: document → valid?"""
    if schema is True or schema == {}:
        return lambda v: True
    if schema is False:
        return lambda v: False
    if not isinstance(schema, dict):
        raise Unsupported(f"a schema must be an object or a boolean, not {schema!r}")
    keys = {k for k in schema if k not in _ANNOTATIONS and not k.startswith("x-")}
    unknown = keys - set(_KEYWORDS) - {"properties", "additionalProperties"}
    if unknown:
        raise Unsupported(f"keywords {sorted(unknown)}")
    # in a fixed order: the cheap type test first
    checks = [_KEYWORDS[key](schema[key], schema) for key in _KEYWORDS if key in keys]
    fused = _fused(schema, keys)
    if fused is not None:
        return fused
    if keys & {"properties", "additionalProperties"}:
        checks.append(_members(schema))
    if len(checks) == 1:
        return checks[0]

    def every(v: Any) -> bool:
        for check in checks:
            if not check(v):
                return False
        return True

    return every


def _fused(schema: dict, keys: set[str]) -> Check | None:
    """The two forms a graph file checks 100,000 times, as one function each instead of
    one per keyword: a string of bounded length (an id, a label) and an object of known
    members (a node, an edge). None for any other form. (The keywords' own checks were
    made first, so a form they refuse has raised `Unsupported` already.)"""
    if schema.get("type") == "string" and keys <= {"type", "minLength", "maxLength"}:
        low, high = schema.get("minLength", 0), schema.get("maxLength")

        def bounded(v: Any) -> bool:
            return isinstance(v, str) and low <= len(v) and (high is None or len(v) <= high)

        return bounded
    if (schema.get("type") == "object" and "properties" in schema
            and keys <= {"type", "required", "properties", "additionalProperties"}):
        members = _members(schema)
        required = frozenset(schema.get("required", ()))

        def record(v: Any) -> bool:
            return isinstance(v, dict) and required.issubset(v) and members(v)

        return record
    return None


def _type(expected: Any, _schema: dict) -> Check:
    names = [expected] if isinstance(expected, str) else list(expected)
    if any(name not in _TYPES for name in names):
        raise Unsupported(f"type {expected!r}")
    tests = [_TYPES[name] for name in names]
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(test(v) for test in tests)


def _const(expected: Any, _schema: dict) -> Check:
    return lambda v: _equal(v, expected)


def _required(names: list[str], _schema: dict) -> Check:
    names = frozenset(names)
    return lambda v: not isinstance(v, dict) or names.issubset(v)


def _dependent_required(table: dict[str, list[str]], _schema: dict) -> Check:
    pairs = [(key, list(needed)) for key, needed in table.items()]
    return lambda v: not isinstance(v, dict) or all(
        all(n in v for n in needed) for key, needed in pairs if key in v)


def _members(schema: dict) -> Check:
    """`properties` and `additionalProperties`: each member by its own schema, the others
    by `additionalProperties` (false: none allowed)."""
    if "patternProperties" in schema:
        raise Unsupported("patternProperties")
    named = {name: compile_schema(sub) for name, sub in schema.get("properties", {}).items()}
    rest = schema.get("additionalProperties", True)
    other = None if rest is False else compile_schema(rest)

    def check(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        for key, x in v.items():
            sub = named.get(key, other)
            if sub is None or not sub(x):
                return False
        return True

    return check


def _prefix_items(subs: list[Any], _schema: dict) -> Check:
    checks = [compile_schema(sub) for sub in subs]
    def check(v: Any) -> bool:
        if isinstance(v, list):
            for sub, x in zip(checks, v):
                if not sub(x):
                    return False
        return True

    return check


def _items(sub: Any, schema: dict) -> Check:
    if isinstance(sub, list):
        raise Unsupported("items as a list (draft 2019 and before)")
    skip = len(schema.get("prefixItems", ()))
    each = compile_schema(sub)

    def check(v: Any) -> bool:
        if isinstance(v, list):
            for x in (v[skip:] if skip else v):
                if not each(x):
                    return False
        return True

    return check


def _bound(size: Callable[[Any], bool], test: Callable[[int, int], bool]):
    def make(limit: Any, _schema: dict) -> Check:
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise Unsupported(f"a length limit {limit!r}")
        return lambda v: not size(v) or test(len(v), limit)
    return make


def _is_list(v: Any) -> bool:
    return isinstance(v, list)


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


_KEYWORDS: dict[str, Callable[[Any, dict], Check]] = {
    "type": _type,
    "const": _const,
    "required": _required,
    "dependentRequired": _dependent_required,
    "minItems": _bound(_is_list, lambda n, limit: n >= limit),
    "maxItems": _bound(_is_list, lambda n, limit: n <= limit),
    "minLength": _bound(_is_str, lambda n, limit: n >= limit),
    "maxLength": _bound(_is_str, lambda n, limit: n <= limit),
    "prefixItems": _prefix_items,
    "items": _items,
}
