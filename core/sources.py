"""Source nodes: where values enter a graph.

A source has no inputs and one output. Its role says what it is to training: a `constant`
(never changes), a `parameter` (trained by gradient descent), `data` or `labels` (replaced
batch by batch by the trainer). Its value is a literal (`init: fixed`, a number or nested
lists) or an initializer with a shape: `zeros`, or `normal` with a standard deviation and a
seed, so a file always computes the same numbers.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

import numpy as np

from core.registry import Op, ParamError, register, shape_str

#: no source may hold more elements than this (a 20M float64 array is 160 MB)
MAX_ELEMENTS = 20_000_000
MAX_NDIM = 8

_KEYS_BY_INIT = {
    "fixed": {"init", "value"},
    "zeros": {"init", "shape"},
    "normal": {"init", "shape", "std", "seed"},
}


def literal_shape(value: Any, where: str = "value", depth: int = 0) -> tuple[int, ...]:
    """The shape of a number or of nested lists of numbers; ParamError if it has none.

    Refuses booleans, strings, null, NaN and infinities, and ragged lists, naming the
    first offending position (`value[1][0]`).
    """
    if isinstance(value, bool) or value is None or isinstance(value, (str, dict)):
        raise ParamError(f"{where} must be a number or a list of numbers, not {value!r}")
    if isinstance(value, (int, float)):
        # ints first: math.isfinite raises OverflowError for an int beyond float range
        if isinstance(value, int) and abs(value) > 2**53:
            raise ParamError(f"{where} is {value}, too large to hold exactly")
        if not math.isfinite(value):
            raise ParamError(f"{where} is {value!r}; only finite numbers are allowed")
        return ()
    if not isinstance(value, list):
        raise ParamError(f"{where} must be a number or a list of numbers, not {value!r}")
    if depth >= MAX_NDIM:
        raise ParamError(f"{where} is nested more than {MAX_NDIM} levels deep")
    if not value:
        return (0,)
    first = literal_shape(value[0], f"{where}[0]", depth + 1)
    for i, item in enumerate(value[1:], start=1):
        shape = literal_shape(item, f"{where}[{i}]", depth + 1)
        if shape != first:
            raise ParamError(f"{where} is ragged: {where}[{i}] has shape {shape_str(shape)} "
                             f"but {where}[0] has {shape_str(first)}")
    return (len(value),) + first


def is_finite(x: int | float) -> bool:
    """math.isfinite that says False, not OverflowError, for an int beyond float range."""
    try:
        return math.isfinite(x)
    except OverflowError:
        return False


def _check_shape(shape: Any) -> tuple[int, ...]:
    if (not isinstance(shape, list) or len(shape) > MAX_NDIM
            or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape)):
        raise ParamError(f"shape must be a list of at most {MAX_NDIM} whole numbers ≥ 0, "
                         f"not {shape!r}")
    if math.prod(shape) > MAX_ELEMENTS:
        raise ParamError(f"shape {shape_str(tuple(shape))} has {math.prod(shape):,} elements; "
                         f"the limit is {MAX_ELEMENTS:,}")
    return tuple(shape)


class Source(Op):
    """Base of the four source types; subclasses differ only in their role."""

    category = "sources"
    is_source = True
    role: ClassVar[str] = ""

    @classmethod
    def validate_params(cls, params: dict[str, Any]) -> dict[str, Any]:
        params = {"init": params.get("init", "fixed"), **params}  # init first, as files show it
        init = params["init"]
        if not isinstance(init, str) or init not in _KEYS_BY_INIT:
            raise ParamError(f"init must be one of {', '.join(_KEYS_BY_INIT)}, not {init!r}")
        if init == "normal":
            params.setdefault("seed", 0)
        extra = sorted(set(params) - _KEYS_BY_INIT[init])
        missing = sorted(_KEYS_BY_INIT[init] - set(params))
        if extra:
            raise ParamError(f"{extra[0]!r} has no meaning for init {init!r}")
        if missing:
            raise ParamError(f"init {init!r} needs {missing[0]!r}")
        if init == "fixed":
            shape = literal_shape(params["value"])
            if math.prod(shape) > MAX_ELEMENTS:
                raise ParamError(f"value has more than {MAX_ELEMENTS:,} elements")
        else:
            _check_shape(params["shape"])
        if init == "normal":
            std, seed = params["std"], params["seed"]
            if isinstance(std, bool) or not isinstance(std, (int, float)) \
                    or not is_finite(std) or std < 0:
                raise ParamError(f"std must be a finite number ≥ 0, not {std!r}")
            if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63:
                raise ParamError(f"seed must be a whole number ≥ 0, not {seed!r}")
        return params

    @staticmethod
    def materialize(params: dict[str, Any], dtype=np.float64) -> np.ndarray:
        """The array a (validated) source's params describe, in `dtype`."""
        init = params.get("init", "fixed")
        if init == "fixed":
            return np.array(params["value"], dtype=dtype)
        if init == "zeros":
            return np.zeros(params["shape"], dtype=dtype)
        rng = np.random.default_rng(params["seed"])
        return (params["std"] * rng.standard_normal(params["shape"])).astype(dtype, copy=False)

    def forward(self):
        return self.materialize(self.params)

    def backward(self, dout):
        return ()


@register
class Constant(Source):
    type_name = "Constant"
    symbol = "const"
    role = "constant"
    rule = "a fixed value; its gradient shows how the output would change with it"
    default_params = {"init": "fixed", "value": 1.0}


@register
class Parameter(Source):
    type_name = "Parameter"
    symbol = "param"
    role = "parameter"
    rule = "a value training changes: W ← W - lr·dW"
    default_params = {"init": "fixed", "value": 1.0}


@register
class Data(Source):
    type_name = "Data"
    symbol = "data"
    role = "data"
    rule = "input data; the trainer puts each batch of images here"
    default_params = {"init": "fixed", "value": [1.0, 2.0]}


@register
class Labels(Source):
    type_name = "Labels"
    symbol = "labels"
    role = "labels"
    rule = "target labels (one-hot or class indices); the trainer puts each batch's here"
    default_params = {"init": "fixed", "value": [1.0, 0.0]}
