"""How values read as text: the book's numbers for scalars, shape and summary for arrays.

Used by the command line and by the canvas's edge labels, so both say the same thing.
"""

from __future__ import annotations

import math

import numpy as np

from core.registry import shape_str


def format_number(x: float, digits: int = 6) -> str:
    """A scalar as the book prints it: `715`, `2.2`, `110`, `3.3`, `1e-07`."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}e{int(exponent)}"
    return text


def exact_number(x: float) -> str:
    """Every digit a float64 holds (`715.0000000000001`), for the command line."""
    x = float(x)
    return repr(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


def summarize(value: np.ndarray | None, digits: int = 4) -> str:
    """Short text for an edge: a scalar's number, or an array's shape and mean."""
    if value is None:
        return "—"
    value = np.asarray(value)
    if value.size == 1:
        return format_number(value.reshape(()), digits)
    if value.size == 0:
        return f"{shape_str(value.shape)} empty"
    if value.ndim == 1 and value.size <= 3:
        return "[" + ", ".join(format_number(v, 3) for v in value) + "]"
    with np.errstate(all="ignore"):
        mean = float(np.mean(value))
    return f"{shape_str(value.shape)} μ={format_number(mean, 3)}"


def to_jsonable(value: np.ndarray | None):
    """Nested lists for JSON, with NaN and infinities as null (JSON has no such numbers)."""
    if value is None:
        return None
    value = np.asarray(value)
    if np.issubdtype(value.dtype, np.floating) and not np.isfinite(value).all():
        value = value.astype(object)
        value[~np.isfinite(value.astype(float))] = None
    return value.tolist()
