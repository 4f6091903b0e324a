"""The catalogue of every op, keyed by its stable type name.

The palette, the file reader, the engine, the lesson, the exporter, the trainer and the
tests all read this catalogue, so adding an op is one class (in the module of its family:
`core/ops/arithmetic.py` …) and one line in `_BUILTIN` below. A type name may be listed
only once. `unregister` takes an op out again (a test's throwaway op).
"""

from __future__ import annotations

from core.ops import (
    activations,
    arithmetic,
    layers,
    losses,
    normalization,
    primitives,
    regularization,
    sources,
)
from core.ops.base import CATEGORIES, PORT_ROLES, Op

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
    for port in (*cls.port_roles, *cls.given_ports):
        if port not in cls.inputs:
            raise TypeError(f"{name}: {port!r} is not one of its ports {cls.inputs}")
    for role in cls.port_roles.values():
        if role not in PORT_ROLES:
            raise TypeError(f"{name}: unknown port role {role!r}")
    _REGISTRY[name] = cls
    return cls


def unregister(type_name: str) -> type[Op]:
    """Take the op listed as `type_name` out of the catalogue (KeyError when it is not
    there) and give it back. Graphs holding nodes of it no longer load or compute."""
    return _REGISTRY.pop(type_name)


_BUILTIN = (
    arithmetic.Mul, arithmetic.Add, activations.ReLU, activations.Sigmoid, layers.Affine,
    losses.SoftmaxWithLoss, primitives.Square, primitives.Exp, primitives.Log,
    primitives.Reciprocal, primitives.Dot, primitives.Sum,
    sources.Constant, sources.Parameter, sources.Data, sources.Labels,
    activations.Softmax, losses.CrossEntropyError,
    normalization.BatchNorm, regularization.Dropout, arithmetic.Sub, arithmetic.Div,
    primitives.Mean, primitives.Sqrt,
)
for _cls in _BUILTIN:
    register(_cls)


def get(type_name: str) -> type[Op]:
    """The op class registered as `type_name`; KeyError when there is none."""
    return _REGISTRY[type_name]


def all_ops() -> dict[str, type[Op]]:
    """Every registered op, in registration order."""
    return dict(_REGISTRY)
