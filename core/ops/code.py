"""How an exported script writes an op: its `Layer` (a class in the book's style, and how
the script calls it) and the `Helper` functions layers share.

Each op declares its layer beside its own forward and backward (`Op.layer`, or
`Op.layer_for` when the class depends on the graph), so the two say the same thing: the
layer computes exactly what the op computes, in the same order of operations, and the
script prints every digit the engine prints (`tests/test_export_code.py` holds them to it
on every sample and on random graphs). `core.export.script` puts the layers together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Helper:
    """A function the script defines once for every layer that calls it."""

    name: str
    code: str


def _no_arguments(params: dict[str, Any]) -> str:
    return ""


@dataclass(frozen=True)
class Layer:
    """How one op type is written: its class, and how the script uses it.

    `returns` are the input ports whose gradients `backward` returns, in order (one port:
    a single array, as the book's one-input layers return). `helpers` are the functions
    its code calls. `broadcasts`: the op broadcasts its inputs, so a gradient may need
    summing back to its input's shape (`UNBROADCAST`). `arguments` writes the layer's
    constructor arguments from a node's params (`delta=1e-07`).
    """

    class_name: str
    code: str
    returns: tuple[str, ...]
    helpers: tuple[Helper, ...] = ()
    broadcasts: bool = False
    arguments: Callable[[dict[str, Any]], str] = _no_arguments


#: the backward of broadcasting, for every layer that `broadcasts` (the engine's is
#: `core.ops.base.unbroadcast`)
UNBROADCAST = Helper("unbroadcast", '''\
def unbroadcast(grad, shape):
    """Sum grad down to shape. In the forward pass NumPy broadcast this input: it
    copied it along new leading axes and along axes of length 1. Every copy sent a
    gradient back, and the chain rule adds them up."""
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    copied = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if copied:
        grad = grad.sum(axis=copied, keepdims=True)
    return grad.reshape(shape)
''')
