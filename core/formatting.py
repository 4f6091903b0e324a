"""How values read as text: the book's numbers for scalars, small arrays in full, shape and
range (smallest … largest element) for larger arrays; rounding left over from arithmetic
(`-1.11e-16` after a Gradient Step) shows as 0, in the display only.

The one place values become text: the command line, the canvas's edge labels and node
bodies, tooltips and the step narration all use it, so they all say the same thing.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

import numpy as np

from core.i18n import translate


def shape_str(shape: tuple[int, ...]) -> str:
    """A shape as a learner reads it: `()` for a scalar, `(3,)`, `(100, 784)`."""
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


#: a number this close to 0 is rounding left over from arithmetic on numbers near 1 (a
#: Gradient Step's 0.3 - 0.1 × 3 is -5.55e-17): it is shown as 0, and only shown so
ROUNDOFF = 1e-15
#: in an array, an element this many times smaller than its largest is shown as 0
RELATIVE_ROUNDOFF = 1e-12


def format_number(x: float, digits: int = 6) -> str:
    """A scalar as the book prints it: `715`, `2.2`, `110`, `3.3`, `1e-07`."""
    x = float(x) + 0.0  # -0.0 + 0.0 is 0.0: a zero has no sign to show
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if 10 ** digits <= abs(x) < 1e6:  # 1000, not 1e3: a whole number reads as itself
        return f"{x:.0f}"
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}e{int(exponent)}"
    return text


def exact_number(x: float) -> str:
    """Every digit a float64 holds (`715.0000000000001`), for the command line."""
    x = float(x)
    return repr(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


#: arrays with at most this many elements are shown in full
FULL_ELEMENTS = 6


def exact_text(value) -> str:
    """A value as the command line prints it, every digit a float64 holds: a number
    (`715.0000000000001`), a small array in full (`[[1, -0.5], [-2, 3]]`), a larger one as
    its shape and its smallest and largest element (`(784, 50) -0.0403… … 0.0441…`), like
    the canvas; `—` for no value. An exported script's `text` writes the same."""
    if value is None:
        return "—"
    value = np.asarray(value)
    if value.size == 1:
        return exact_number(value.reshape(()))
    if value.size == 0:
        return translate("Numbers", "{shape} empty").format(shape=shape_str(value.shape))
    if value.size <= FULL_ELEMENTS:
        return _exact_nested(value)
    nan = value.dtype.kind == "f" and bool(np.isnan(value).any())
    numbers = value[~np.isnan(value)] if nan else value.reshape(-1)
    if numbers.size == 0:
        return f"{shape_str(value.shape)} NaN"
    low, high = exact_number(numbers.min()), exact_number(numbers.max())
    text = (translate("Numbers", "all {value}").format(value=low) if low == high
            else f"{low} … {high}")
    return f"{shape_str(value.shape)} {text}" + (", NaN" if nan else "")


def _exact_nested(value: np.ndarray) -> str:
    if value.ndim == 0:
        return exact_number(value)
    return "[" + ", ".join(_exact_nested(v) for v in value) + "]"


def cell_width(text: str) -> int:
    """Columns `text` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns (`cell_width`)."""
    return text + " " * max(0, width - cell_width(text))


def shown(value: np.ndarray) -> np.ndarray:
    """`value` as it is shown (a copy when anything changes): rounding left over from
    arithmetic shown as 0, a lone number below ROUNDOFF and an array's elements below
    RELATIVE_ROUNDOFF of its largest. The data itself is never changed."""
    value = np.asarray(value)
    if value.dtype.kind != "f" or value.size == 0:
        return value
    if value.size == 1:  # the common case, kept cheap: a step mode of 10,000 numbers
        x = float(value.flat[0])
        return value if x == 0 or not abs(x) < ROUNDOFF else np.zeros_like(value)
    with np.errstate(all="ignore"):
        tiny = np.abs(value)
        finite = tiny[np.isfinite(tiny)]
        limit = RELATIVE_ROUNDOFF * float(finite.max()) if finite.size else 0.0
        small = (tiny < limit) & (value != 0)
    if not small.any():
        return value
    return np.where(small, 0.0, value)


def summarize(value: np.ndarray | None, digits: int = 4) -> str:
    """Short text for an edge: a scalar's number, a small array in full (`[0.0182, 0.245,
    -0.263]`), a larger one as its shape and its smallest and largest element (`(10,)
    -0.263 … 0.737`), so the sign of every element is in range.

    Never a mean: the mean of a gradient is often 0 (±0.233 cancels out) while no element is.
    """
    if value is None:
        return "—"
    value = shown(value)
    if value.size == 1:
        return format_number(value.reshape(()), digits)
    if value.size == 0:
        return translate("Numbers", "{shape} empty").format(shape=shape_str(value.shape))
    if value.size <= FULL_ELEMENTS:
        return nested_text(value, 3)
    return f"{shape_str(value.shape)} {extremes(value)}"


def extremes(value: np.ndarray, digits: int = 3, tight: bool = False) -> str:
    """A large array's range, which cannot cancel out and keeps the signs: `-0.263 …
    0.737` (its smallest and its largest element), `all 0`, `all -2e-20`; a NaN anywhere
    is said."""
    value = shown(value)
    with np.errstate(all="ignore"):
        nan = bool(np.isnan(value).any()) if value.dtype.kind == "f" else False
        numbers = value[~np.isnan(value)] if nan else value
        if numbers.size == 0:
            return "NaN"
        low, high = float(np.min(numbers)), float(np.max(numbers))
    if low == high:
        text = translate("Numbers", "all {value}").format(value=format_number(low, digits))
    else:  # `tight`: no spaces, where an edge has little room
        gap = "…" if tight else " … "
        text = f"{format_number(low, digits)}{gap}{format_number(high, digits)}"
    return f"{text}, NaN" if nan else text


def range_note() -> str:
    """What `a … b` after a shape means, said where a range first appears."""
    return translate("Numbers", "(a … b: its smallest and its largest element)")


#: the significant digits of a large array's range on an edge, where room is short (the
#: tooltip, the narration and the command line give more)
EDGE_RANGE_DIGITS = 2


def edge_label(value: np.ndarray | None, gradient: bool = False) -> str:
    """An edge's number as the canvas writes it: what `summarize` says, with a large
    array's shape on a line of its own above its range (`-0.04…0.044`). A gradient
    leaves the shape out: it always has the shape of the value on the same edge, written
    just above it."""
    if value is None:
        return ""
    value = np.asarray(value)
    if value.size == 1 and value.dtype.kind == "f":
        return _one_number(value.item())[0]
    if value.size <= FULL_ELEMENTS:
        return summarize(value)
    if gradient:
        return extremes(value, EDGE_RANGE_DIGITS, tight=True)
    return f"{shape_str(value.shape)}\n{extremes(value, EDGE_RANGE_DIGITS, tight=True)}"


def edge_text(value: np.ndarray | None, gradient: bool = False) -> tuple[str, bool]:
    """`edge_label(value, gradient)` and `not_finite(value)` at once: what the canvas asks
    of every edge's value and gradient, 30,000 times per recompute of a 10,000-node
    calculator graph, so one float (the common case) is looked up, not formatted anew."""
    if value is None:
        return "", False
    if type(value) is np.ndarray and value.size == 1 and value.dtype.kind == "f":
        return _one_number(value.item())
    return edge_label(value, gradient), not_finite(value)


@lru_cache(maxsize=1 << 16)
def _one_number(x: float) -> tuple[str, bool]:
    """What `summarize` says of one float, and whether it is not finite (a gradient of 1
    or a constant's value repeats on thousands of edges: each is formatted once)."""
    return format_number(0.0 if x != 0 and abs(x) < ROUNDOFF else x, 4), not math.isfinite(x)


def nested_text(value: np.ndarray, digits: int = 3) -> str:
    """Every element, nested as the array is: `[[1, -0.5], [-2, 3]]`."""
    value = shown(value)
    return _nested(value, digits)


def _nested(value: np.ndarray, digits: int) -> str:
    if value.ndim == 0:
        return format_number(value, digits)
    return "[" + ", ".join(_nested(v, digits) for v in value) + "]"


def literal_text(value) -> str:
    """A literal as a user types it, every digit kept: `2` (not `2.0`), `1.1`, `[1, -0.5]`,
    `[[1, 2], [3, 4]]`; rounding left over from arithmetic shown as 0 (`shown`)."""
    return _literal(shown(np.asarray(value, dtype=np.float64)))


def _literal(value: np.ndarray) -> str:
    if value.ndim == 0:
        x = float(value) + 0.0
        if math.isfinite(x) and x.is_integer() and abs(x) < 1e16:
            return str(int(x))
        return repr(x)
    return "[" + ", ".join(_literal(v) for v in value) + "]"


def to_jsonable(value):
    """`value` as plain JSON data: arrays (and NumPy numbers) as nested lists of numbers,
    dicts, lists and tuples converted all the way down.

    JSON has no NaN or infinity, and `null` already means "not computed", so non-finite
    numbers are written as the strings "nan", "inf" and "-inf" (see `NON_FINITE_WORDS`).
    Every JSON document the program writes goes through here.
    """
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, dict):
        return {key: to_jsonable(v) for key, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _word(value)
    value = np.asarray(value)
    if value.dtype.kind == "f" and not np.isfinite(value).all():
        out = value.astype(object)
        for word, where in zip(NON_FINITE_WORDS, (np.isnan(value), value == np.inf,
                                                  value == -np.inf)):
            out[where] = word
        return out.tolist()
    return value.tolist()


#: how JSON output writes NaN, +∞ and -∞
NON_FINITE_WORDS = ("nan", "inf", "-inf")


def _word(x: float) -> str:
    return NON_FINITE_WORDS[0] if math.isnan(x) else NON_FINITE_WORDS[1 if x > 0 else 2]


def not_finite(value) -> bool:
    """Whether an array holds an ∞ or a NaN anywhere (its edge label is then marked)."""
    if value is None:
        return False
    value = np.asarray(value)
    if value.size == 1 and value.dtype.kind == "f":
        return not math.isfinite(value.item())  # one number: no NumPy reduction
    return value.dtype.kind in "fc" and not np.isfinite(value).all()


def source_text(value) -> str:
    """A source node's body: small values in full, larger arrays by their shape."""
    if value is None:
        return "…"
    if value.size == 1 and value.dtype.kind == "f":
        return _one_number(value.item())[0]  # what summarize says, looked up
    if value.size <= 3:
        return summarize(value)
    return shape_str(value.shape)


def source_preview(params: dict) -> str:
    """A source node's body before the engine ran: its literal in short, or its shape."""
    if params.get("init", "fixed") != "fixed":
        return shape_str(tuple(params.get("shape", ())))
    try:
        return source_text(np.asarray(params["value"], dtype=np.float64))
    except (KeyError, ValueError, TypeError):
        return "…"
