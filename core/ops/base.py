"""The `Op` base class: what every operation is made of.

An op is one small class: its input ports, the symbol drawn on its node, the palette group
it belongs to, a one-line rule for tooltips, its editable parameters (`params_spec`, a
tuple of `Param`), a shape check, `forward` (which caches what `backward` needs) and
`backward(dout)` (which returns new arrays, one per input port, and never writes into
`dout`). The catalogue of every op is `core.ops.registry`.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.params import Param
from core.ops.values import ParamError

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

def broadcast_problem(a: str, sa: tuple, b: str, sb: tuple) -> str | None:
    try:
        np.broadcast_shapes(sa, sb)
    except ValueError:
        return translate("Shapes", "{a} is {sa} but {b} is {sb} — they cannot broadcast "
                         "together").format(a=a, sa=shape_str(sa), b=b, sb=shape_str(sb))
    return None

def axes_problem(sx: tuple, sW: tuple) -> str:
    return translate("Shapes", "x is {sx} but W is {sW} — x's last axis must equal W's "
                     "first").format(sx=shape_str(sx), sW=shape_str(sW))
