"""What every operation is made of: the `Op` base class and the `Param` declarations.

An op is one small class: its input ports, the symbol drawn on its node, the palette group
it belongs to, a one-line rule for tooltips, its editable parameters (`params`, a tuple of
`Param`), a shape check, `forward` (which caches what `backward` needs) and
`backward(dout)` (which returns new arrays, one per input port, and never writes into
`dout`). The catalogue of every op is `core.registry`.

A `Param` says everything about one parameter once: its name and kind, its default, when
it applies (a source's `std` only with `init: normal`), and how a value is checked and
how text typed by a user is read. The file loader, the inspector's fields and the
trainer's initialization are all built from these declarations.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate

CATEGORIES = ("sources", "arithmetic", "activations", "layers", "losses", "primitives")
#: each category's name for people (the palette's groups), read with translate("categories", …)
CATEGORY_TITLES = {
    "sources": QT_TRANSLATE_NOOP("categories", "Sources"),
    "arithmetic": QT_TRANSLATE_NOOP("categories", "Arithmetic"),
    "activations": QT_TRANSLATE_NOOP("categories", "Activations"),
    "layers": QT_TRANSLATE_NOOP("categories", "Layers"),
    "losses": QT_TRANSLATE_NOOP("categories", "Losses"),
    "primitives": QT_TRANSLATE_NOOP("categories", "Primitives"),
}

#: no literal may hold more elements than this (a 20M float64 array is 160 MB)
MAX_ELEMENTS = 20_000_000
MAX_NDIM = 8


class ParamError(ValueError):
    """A node's parameters (or text typed for one) are not valid for its op."""


def shape_str(shape: tuple[int, ...]) -> str:
    """A shape as a learner reads it: `()` for a scalar, `(3,)`, `(100, 784)`."""
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def is_finite(x: int | float) -> bool:
    """math.isfinite that says False, not OverflowError, for an int beyond float range."""
    try:
        return math.isfinite(x)
    except OverflowError:
        return False


def literal_shape(value: Any, where: str = "value", depth: int = 0) -> tuple[int, ...]:
    """The shape of a number or of nested lists of numbers; ParamError if it has none.

    Refuses booleans, strings, null, NaN and infinities, and ragged lists, naming the
    first offending position (`value[1][0]`).
    """
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


# -- reading what a user typed ---------------------------------------------------------------

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


# -- declarations -------------------------------------------------------------------------------

#: the kinds of parameter, and what each holds
KINDS = {
    "choice": "one of a few words",
    "literal": "a number or nested lists of numbers",
    "shape": "a list of whole numbers ≥ 0",
    "number": "a finite number",
    "whole": "a whole number",
    "axis": "a whole number, or null for every axis",
}


@dataclass(frozen=True)
class Param:
    """One editable parameter of an op.

    `when` limits it to some values of another parameter: `("init", ("normal",))`.
    A `required` parameter must be given whenever it applies; any other gets its default.
    """

    name: str
    kind: str
    default: Any
    help: str = ""
    title: str = ""  # the field's name for people (default: the name, capitalised)
    choices: tuple[str, ...] = ()
    low: float | None = None  # smallest allowed value (numbers and whole numbers)
    below: float | None = None  # values must stay below this (whole numbers)
    when: tuple[str, tuple[str, ...]] | None = None
    required: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise TypeError(f"parameter {self.name}: unknown kind {self.kind!r}")
        if not self.title:
            object.__setattr__(self, "title", self.name.capitalize())

    def applies(self, params: dict[str, Any]) -> bool:
        """Whether this parameter means anything beside these other parameters."""
        if self.when is None:
            return True
        other, values = self.when
        return params.get(other) in values

    def check(self, value: Any) -> Any:
        """The value, if valid for this parameter; ParamError says what is wrong."""
        name, kind = self.name, self.kind
        if kind == "choice":
            if not isinstance(value, str) or value not in self.choices:
                raise ParamError(translate("Values", "{name} must be one of {choices}, not "
                                           "{value!r}").format(
                    name=name, choices=", ".join(self.choices), value=value))
        elif kind == "literal":
            shape = literal_shape(value, name)
            if math.prod(shape) > MAX_ELEMENTS:
                raise ParamError(translate("Values", "{name} has more than {limit:,} elements")
                                 .format(name=name, limit=MAX_ELEMENTS))
        elif kind == "shape":
            check_shape(value, name)
        elif kind == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)) \
                    or not is_finite(value) or (self.low is not None and value < self.low):
                text = (translate("Values", "{name} must be a finite number, not {value!r}")
                        if self.low is None else
                        translate("Values", "{name} must be a finite number ≥ {low:g}, not "
                                  "{value!r}"))
                raise ParamError(text.format(name=name, low=self.low or 0, value=value))
        elif kind == "whole":
            if isinstance(value, bool) or not isinstance(value, int) \
                    or (self.low is not None and value < self.low) \
                    or (self.below is not None and value >= self.below):
                text = (translate("Values", "{name} must be a whole number, not {value!r}")
                        if self.low is None else
                        translate("Values", "{name} must be a whole number ≥ {low:g}, not "
                                  "{value!r}"))
                raise ParamError(text.format(name=name, low=self.low or 0, value=value))
        elif kind == "axis":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ParamError(translate("Values", "{name} must be a whole number or null, "
                                           "not {value!r}").format(name=name, value=value))
        return value

    def parse(self, text: str) -> Any:
        """Read what a user typed into this parameter's field (then `check` it)."""
        text = text.strip()
        kind = self.kind
        if kind == "literal":
            value = parse_literal(text)
        elif kind == "shape":
            value = parse_shape(text)
        elif kind in ("number",):
            try:
                value = float(text)
            except ValueError:
                raise ParamError(translate("Values", "{name} must be a number, not {text!r}")
                                 .format(name=self.name, text=text[:40])) from None
        elif kind in ("whole", "axis"):
            if kind == "axis" and not text:
                value = None
            else:
                try:
                    value = int(text)
                except ValueError:
                    problem = (translate("Values", "{name} {text!r} must be a whole number or "
                                         "empty") if kind == "axis" else
                               translate("Values", "{name} {text!r} must be a whole number"))
                    raise ParamError(problem.format(name=self.name, text=text[:40])) from None
        else:
            value = text
        return self.check(value)

    def format(self, value: Any) -> str:
        """The text a field shows for `value` (what `parse` reads back)."""
        if value is None:
            return ""
        if self.kind == "shape":
            return ", ".join(str(n) for n in value)
        if self.kind == "literal":
            return json.dumps(value)
        return str(value)


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


class Op:
    """Base class of every operation; one instance per node, holding its forward cache."""

    type_name: ClassVar[str] = ""
    symbol: ClassVar[str] = ""
    category: ClassVar[str] = ""
    inputs: ClassVar[tuple[str, ...]] = ()
    rule: ClassVar[str] = ""
    #: the editable parameters, in the order files and the inspector show them
    params_spec: ClassVar[tuple[Param, ...]] = ()
    #: the parameters of a new node of this type (built from `params_spec`)
    default_params: ClassVar[dict[str, Any]] = {}
    is_source: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults: dict[str, Any] = {}
        for p in cls.params_spec:
            if p.applies(defaults):
                defaults[p.name] = p.default
        cls.default_params = defaults

    def __init__(self, params: dict[str, Any] | None = None) -> None:
        self.params = dict(params or {})
        #: which inputs the next `backward` must give a gradient for; the engine sets it.
        #: An op may skip the work for an input marked False and return None for it
        #: (training needs no gradient for the images, only for the weights).
        self.needs_grad: tuple[bool, ...] = (True,) * len(self.inputs)

    @classmethod
    def param(cls, name: str) -> Param | None:
        return next((p for p in cls.params_spec if p.name == name), None)

    @classmethod
    def validate_params(cls, params: dict[str, Any]) -> dict[str, Any]:
        """The params, checked and completed in declaration order, or ParamError."""
        declared = {p.name for p in cls.params_spec}
        unknown = sorted(set(params) - declared)
        if unknown:
            raise ParamError(translate("Values", "unknown parameter {name!r} for {type}")
                             .format(name=unknown[0], type=cls.type_name))
        out: dict[str, Any] = {}
        for p in cls.params_spec:
            if not p.applies(out):
                if p.name in params:
                    other = p.when[0]
                    raise ParamError(translate("Values", "{name!r} has no meaning for {other} "
                                               "{value!r}").format(name=p.name, other=other,
                                                                   value=out[other]))
                continue
            if p.name in params:
                out[p.name] = p.check(params[p.name])
            elif p.required:
                where = f"{p.when[0]} {out[p.when[0]]!r}" if p.when else cls.type_name
                raise ParamError(translate("Values", "{where} needs {name!r}").format(
                    where=where, name=p.name))
            else:
                out[p.name] = p.default
        return out

    def check(self, *shapes: tuple[int, ...]) -> str | None:
        """Say why inputs of these shapes cannot go together, or None when they can."""
        return None

    def out_shape(self, *shapes: tuple[int, ...]) -> tuple[int, ...] | None:
        """The output's shape for inputs of these shapes (after `check`), if known."""
        return None

    def forward(self, *xs: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> tuple[np.ndarray | None, ...]:
        raise NotImplementedError


def unbroadcast(grad: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum `grad` down to `shape`: the backward of NumPy broadcasting.

    Broadcasting copies an input along new leading axes and along axes of length 1;
    the chain rule sums the gradient over every copy.
    """
    if grad.shape == shape:
        return grad
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if axes:
        grad = grad.sum(axis=axes, keepdims=True)
    return grad.reshape(shape)
