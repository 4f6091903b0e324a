"""The catalogue of every op, keyed by its stable type name.

The palette, the file reader, the engine and the tests all read this catalogue, so adding
an op is one class (in the module of its family: `core/ops/arithmetic.py` …) and one
line in `_BUILTIN` below.
A type name may be listed only once.
"""

from __future__ import annotations

from core.ops import activations, arithmetic, layers, losses, primitives, sources
from core.ops.base import CATEGORIES, Op

_REGISTRY: dict[str, type[Op]] = {}


def register(cls: type[Op]) -> type[Op]:
    """List `cls` under its `type_name`; a name may be used only once."""
    name = cls.type_name
    if not name:
        raise TypeError(f"{cls.__name__} has no type_name")
    if name in _REGISTRY:
        raise TypeError(f"op type {name!r} is registered twice")
    if cls.category not in CATEGORIES:
        raise TypeError(f"{name}: unknown category {cls.category!r}")
    _REGISTRY[name] = cls
    return cls


_BUILTIN = (
    arithmetic.Mul, arithmetic.Add, activations.ReLU, activations.Sigmoid, layers.Affine,
    losses.SoftmaxWithLoss, primitives.Square, primitives.Exp, primitives.Log,
    primitives.Reciprocal, primitives.Dot, primitives.Sum,
    sources.Constant, sources.Parameter, sources.Data, sources.Labels,
    activations.Softmax, losses.CrossEntropyError,
)
for _cls in _BUILTIN:
    register(_cls)


def get(type_name: str) -> type[Op]:
    """The op class registered as `type_name`; KeyError when there is none."""
    return _REGISTRY[type_name]


def all_ops() -> dict[str, type[Op]]:
    """Every registered op, in registration order."""
    return dict(_REGISTRY)
