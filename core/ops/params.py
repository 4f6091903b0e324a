"""The declaration of an op's editable parameter: `Param`.

A `Param` says everything about one parameter once: its name and kind, its default, when
it applies (a source's `std` only with `init: normal`), and how a value is checked and
how text typed by a user is read. The file loader, the inspector's fields and the
trainer's initialization are all built from these declarations.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from core.i18n import translate
from core.ops.values import (
    MAX_ELEMENTS,
    ParamError,
    check_shape,
    is_finite,
    literal_shape,
    parse_literal,
    parse_shape,
)

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
    high: float | None = None  # largest allowed value (numbers)
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
            if self.high is not None and value > self.high:
                raise ParamError(translate("Values", "{name} must be at most {high:g}, not "
                                           "{value!r}").format(name=name, high=self.high,
                                                               value=value))
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
