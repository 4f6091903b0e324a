"""Values as a user types them and a file holds them: a number or nested lists of numbers.

A literal is checked once, when it enters a graph (`literal_shape`), so everything that
reads it later may trust its shape (`stored_shape`). `ParamError` is what every refused
value or parameter raises, with a message that names the position (`value[1][0]`).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from core.formatting import shape_str
from core.i18n import translate

#: no literal may hold more elements than this (a 20M float64 array is 160 MB)
MAX_ELEMENTS = 20_000_000
MAX_NDIM = 8

class ParamError(ValueError):
    """A node's parameters (or text typed for one) are not valid for its op."""

def is_finite(x: int | float) -> bool:
    """math.isfinite that says False, not OverflowError, for an int beyond float range."""
    try:
        return math.isfinite(x)
    except OverflowError:
        return False

def literal_shape(value: Any, where: str = "value", depth: int = 0) -> tuple[int, ...]:
    """The shape of a number or of nested lists of numbers; ParamError if it has none.

    Refuses booleans, strings, null, NaN and infinities, and ragged lists, naming the
    first offending position (`value[1][0]`). A row of plain numbers is checked in one
    pass (its types, then its sum: a NaN or an infinity makes the sum one), so a trained
    784 × 4096 matrix is checked in milliseconds; a row that fails that quick look is
    looked at number by number, to name the culprit.
    """
    if type(value) is list and value and _plain_row(value):
        return (len(value),)
    if isinstance(value, bool) or value is None or isinstance(value, (str, dict)):
        raise ParamError(_not_numbers(where, value))
    if isinstance(value, (int, float)):
        # ints first: math.isfinite raises OverflowError for an int beyond float range
        if isinstance(value, int) and abs(value) > 2**53:
            raise ParamError(translate("Values", "{where} is {value}, too large to hold "
                                       "exactly").format(where=where, value=value))
        if not math.isfinite(value):
            raise ParamError(translate("Values", "{where} is {value!r}; only finite numbers "
                                       "are allowed").format(where=where, value=value))
        return ()
    if not isinstance(value, list):
        raise ParamError(_not_numbers(where, value))
    if depth >= MAX_NDIM:
        raise ParamError(translate("Values", "{where} is nested more than {levels} levels "
                                   "deep").format(where=where, levels=MAX_NDIM))
    if not value:
        return (0,)
    first = literal_shape(value[0], f"{where}[0]", depth + 1)
    for i, item in enumerate(value[1:], start=1):
        shape = literal_shape(item, f"{where}[{i}]", depth + 1)
        if shape != first:
            raise ParamError(translate("Values", "{where} is ragged: {where}[{i}] has shape "
                                       "{shape} but {where}[0] has {first}").format(
                where=where, i=i, shape=shape_str(shape), first=shape_str(first)))
    return (len(value),) + first

def _plain_row(row: list) -> bool:
    """Whether `row` holds only finite floats, or ints small enough to be exact (quick)."""
    kinds = set(map(type, row))
    if kinds == {float}:
        try:
            return math.isfinite(sum(row))  # inf or NaN anywhere: not finite
        except OverflowError:
            return False
    if kinds == {int}:
        return -2**53 <= min(row) and max(row) <= 2**53
    return False


_PLAIN = {int, float, str, bool, type(None)}


def copied(value: Any) -> Any:
    """A copy of a node's params (or of a literal): every dict and list anew, numbers and
    texts shared (they never change). A list of plain numbers is copied in one slice, so
    a 3-million-number value is copied in milliseconds, where `copy.deepcopy` takes
    seconds."""
    if type(value) is dict:
        return {key: copied(item) for key, item in value.items()}
    if type(value) is list:
        if set(map(type, value)) <= _PLAIN:
            return value[:]
        return [copied(item) for item in value]
    return value


def stored_shape(value: Any) -> tuple[int, ...]:
    """The shape of a literal a graph holds. Every value in a graph passed `literal_shape`
    when it was loaded or edited, so reading along the first element of each level is
    enough: microseconds for 5.5 M numbers, where checking them all again takes seconds."""
    shape: list[int] = []
    while isinstance(value, list):
        shape.append(len(value))
        if not value:
            break
        value = value[0]
    return tuple(shape)

def _not_numbers(where: str, value: Any) -> str:
    return translate("Values", "{where} must be a number or a list of numbers, not "
                     "{value!r}").format(where=where, value=value)

def parse_literal(text: str) -> Any:
    """A number, or nested lists: JSON (`[[1, 2], [3, 4]]`) or rows of numbers separated by
    spaces or commas, one row per line or per `;` (`1 2; 3 4`)."""
    text = text.strip()
    if not text:
        raise ParamError(translate("Values", "the value is empty"))
    if _nesting(text) > MAX_NDIM:
        # checked before parsing: a deep enough nest would exhaust the parser's stack
        raise ParamError(translate("Values", "the value is nested more than {levels} levels "
                                   "deep").format(levels=MAX_NDIM))
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    rows = [r for r in re.split(r"[;\n]", text) if r.strip()]
    try:
        parsed = [[float(x) for x in re.split(r"[,\s]+", r.strip().strip("[]")) if x]
                  for r in rows]
    except ValueError:
        raise ParamError(translate("Values", "cannot read {text!r} as a number, a vector or "
                                   "a matrix (try 3.5, [1, 2] or 1 2; 3 4)").format(
            text=text[:40])) from None
    parsed = [[int(x) if x.is_integer() and abs(x) <= 2**53 else x for x in r] for r in parsed]
    if len(parsed) == 1:
        row = parsed[0]
        return row[0] if len(row) == 1 and "," not in text and " " not in text else row
    return parsed

def _nesting(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == "]":
            depth -= 1
    return deepest

def parse_shape(text: str) -> list[int]:
    parts = [p for p in re.split(r"[,\s×x()\[\]]+", text.strip()) if p]
    try:
        return [int(p) for p in parts]
    except ValueError:
        raise ParamError(translate("Values", "shape {text!r} must be whole numbers like 2, 3")
                         .format(text=text.strip()[:40])) from None

def check_shape(shape: Any, name: str = "shape") -> tuple[int, ...]:
    if (not isinstance(shape, list) or len(shape) > MAX_NDIM
            or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape)):
        raise ParamError(translate("Values", "{name} must be a list of at most {count} whole "
                                   "numbers ≥ 0, not {shape!r}").format(
            name=name, count=MAX_NDIM, shape=shape))
    if math.prod(shape) > MAX_ELEMENTS:
        raise ParamError(translate("Values", "{name} {shape} has {size:,} elements; the limit "
                                   "is {limit:,}").format(
            name=name, shape=shape_str(tuple(shape)), size=math.prod(shape),
            limit=MAX_ELEMENTS))
    return tuple(shape)
