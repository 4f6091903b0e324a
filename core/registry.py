"""The catalogue of every op, keyed by its stable type name.

The palette, the file reader, the engine and the tests all read this catalogue, so adding
an op is one class (in `core/ops.py`, `core/losses.py` or `core/sources.py`) and one
line in `_BUILTIN` below.
A type name may be listed only once.
"""

from __future__ import annotations

from core import losses, ops, sources
from core.op import CATEGORIES, Op

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
    ops.Mul, ops.Add, ops.ReLU, ops.Sigmoid, ops.Affine, ops.SoftmaxWithLoss,
    ops.Square, ops.Exp, ops.Log, ops.Reciprocal, ops.Dot, ops.Sum,
    sources.Constant, sources.Parameter, sources.Data, sources.Labels,
    losses.Softmax, losses.CrossEntropyError,
)
for _cls in _BUILTIN:
    register(_cls)


def get(type_name: str) -> type[Op]:
    """The op class registered as `type_name`; KeyError when there is none."""
    return _REGISTRY[type_name]


def all_ops() -> dict[str, type[Op]]:
    """Every registered op, in registration order."""
    return dict(_REGISTRY)
