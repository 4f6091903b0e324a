"""The operation base class and the one registry every op is listed in.

An op is one small class: its input ports, the symbol drawn on its node, the palette group
it belongs to, a one-line rule for tooltips, a shape check, `forward` (which caches what
`backward` needs) and `backward(dout)` (which returns new arrays, one per input port, and
never writes into `dout`). The palette, the file reader, the engine and the tests all read
this registry, so adding an op is one class and one `@register` line.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

CATEGORIES = ("sources", "arithmetic", "activations", "layers", "losses", "primitives")


class ParamError(ValueError):
    """A node's parameters are not valid for its op."""


class Op:
    """Base class of every operation; one instance per node, holding its forward cache."""

    type_name: ClassVar[str] = ""
    symbol: ClassVar[str] = ""
    category: ClassVar[str] = ""
    inputs: ClassVar[tuple[str, ...]] = ()
    rule: ClassVar[str] = ""
    #: default parameters of a new node of this type (copied, never shared)
    default_params: ClassVar[dict[str, Any]] = {}
    is_source: ClassVar[bool] = False

    def __init__(self, params: dict[str, Any] | None = None) -> None:
        self.params = dict(params or {})
        #: which inputs the next `backward` must give a gradient for; the engine sets it.
        #: An op may skip the work for an input marked False and return None for it
        #: (training needs no gradient for the images, only for the weights).
        self.needs_grad: tuple[bool, ...] = (True,) * len(self.inputs)

    @classmethod
    def validate_params(cls, params: dict[str, Any]) -> dict[str, Any]:
        """Return the params, normalised, or raise ParamError saying what is wrong."""
        unknown = sorted(set(params) - set(cls.default_params))
        if unknown:
            raise ParamError(f"unknown parameter {unknown[0]!r} for {cls.type_name}")
        return {**cls.default_params, **params}

    def check(self, *shapes: tuple[int, ...]) -> str | None:
        """Say why inputs of these shapes cannot go together, or None when they can."""
        return None

    def forward(self, *xs: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> tuple[np.ndarray | None, ...]:
        raise NotImplementedError


_REGISTRY: dict[str, type[Op]] = {}


def register(cls: type[Op]) -> type[Op]:
    """Class decorator: list `cls` under its `type_name`; a name may be used only once."""
    name = cls.type_name
    if not name:
        raise TypeError(f"{cls.__name__} has no type_name")
    if name in _REGISTRY:
        raise TypeError(f"op type {name!r} is registered twice")
    if cls.category not in CATEGORIES:
        raise TypeError(f"{name}: unknown category {cls.category!r}")
    _REGISTRY[name] = cls
    return cls


_builtins_loaded = False


def _load_builtin_ops() -> None:
    # The modules register their classes on import; importing here keeps callers simple.
    # Done once: `get` runs for every node on every evaluate, and an import statement is
    # not free (under PySide6's import hook it cost ~20 ms per evaluate of 300 nodes).
    global _builtins_loaded
    if _builtins_loaded:
        return
    import core.ops  # noqa: F401
    import core.sources  # noqa: F401
    _builtins_loaded = True


def get(type_name: str) -> type[Op]:
    """The op class registered as `type_name`; KeyError when there is none."""
    _load_builtin_ops()
    return _REGISTRY[type_name]


def all_ops() -> dict[str, type[Op]]:
    """Every registered op, in registration order."""
    _load_builtin_ops()
    return dict(_REGISTRY)


def shape_str(shape: tuple[int, ...]) -> str:
    """A shape as a learner reads it: `()` for a scalar, `(3,)`, `(100, 784)`."""
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


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
