'''The code an exported script is made of: one layer class per op, in the book's style,
and the few helper functions they share.

Each class is what chapter 5 writes (fields cached in `__init__`, `forward`, and
`backward(dout)` returning the gradient of each input), and computes exactly what the op
of the same type in `core/ops.py` and `core/losses.py` computes, in the same order of
operations, so the script prints every digit the engine prints. `tests/test_export_code.py`
holds them to it on every sample and on random graphs.
'''

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from core.export.loss_templates import (CROSS_ENTROPY, CROSS_ENTROPY_ERROR, SOFTMAX, SOFTMAX_LAYER, softmax_with_loss)

# -- helpers -------------------------------------------------------------------------------

UNBROADCAST = '''\
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
'''

HELPERS = {"softmax": SOFTMAX, "cross_entropy_error": CROSS_ENTROPY_ERROR,
           "unbroadcast": UNBROADCAST}

# -- the table `backprop-studio run` prints -------------------------------------------------

TEXT = '''\
def text(value):
    """A value as `backprop-studio run` prints it: a number with every digit a float64
    holds, an array by its shape, and — for no value."""
    if value is None:
        return "—"
    value = np.asarray(value)
    if value.size != 1:
        comma = "," if value.ndim == 1 else ""
        return "array (" + ", ".join(str(n) for n in value.shape) + comma + ")"
    x = float(value.reshape(()))
    return repr(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)
'''

PRINT_TABLE = '''\
def print_table(rows, wide=""):
    """One line per node: its name, type, value and gradient. A character of `wide`
    (Hangul, say) takes two columns on a terminal, as `run` counts it."""
    def shown(name):
        return len(name) + sum(ch in wide for ch in name)
    width = max([4] + [shown(name) for name, _, _, _ in rows])
    print("node" + " " * (width - 4) + f"  {'type':<16}  {'value':<22}  grad")
    for name, kind, value, grad in rows:
        print(name + " " * (width - shown(name))
              + f"  {kind:<16}  {text(value):<22}  {text(grad)}")
'''

PRINT_WARNINGS = '''\
def print_warnings(nodes):
    """A warning for each node whose output is not finite although its inputs are."""
    for description, out, inputs in nodes:
        if np.isfinite(out).all() or not all(np.isfinite(x).all() for x in inputs):
            continue
        nan, inf = int(np.isnan(out).sum()), int(np.isinf(out).sum())
        parts = ([f"{nan} NaN"] if nan else []) + ([f"{inf} infinite"] if inf else [])
        print(f"warning: {description}: its output has {' and '.join(parts)} value(s) "
              "although its inputs are finite (overflow, log of 0 or division by 0?)")
'''

#: names the script defines for itself; no node may take them
SCRIPT_NAMES = {"softmax", "cross_entropy_error", "unbroadcast", "text", "print_table",
                "print_warnings"}

# -- layers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    """How one op type is written: its class, and how the script uses it.

    `returns` are the input ports whose gradients `backward` returns, in order (one port:
    a single array, as the book's one-input layers return). `broadcasts`: the op
    broadcasts its inputs, so a gradient may need summing back to its input's shape.
    """

    class_name: str
    code: str
    returns: tuple[str, ...]
    helpers: tuple[str, ...] = ()
    broadcasts: bool = False
    arguments: Callable[[dict[str, Any]], str] = lambda params: ""


def _delta(params: dict[str, Any]) -> str:
    return f"delta={params.get('delta', 1e-7)!r}"


def _axis(params: dict[str, Any]) -> str:
    return "" if params.get("axis") is None else f"axis={params['axis']!r}"


MUL = '''\
class MulLayer:
    """The × node, out = x·y. Backward swaps the inputs: dx = dout·y, dy = dout·x."""

    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y
        return out

    def backward(self, dout):
        dx = dout * self.y  # x gets y, y gets x
        dy = dout * self.x
        return dx, dy
'''

ADD = '''\
class AddLayer:
    """The + node, out = x + y. Backward hands dout on unchanged to both inputs."""

    def __init__(self):
        pass

    def forward(self, x, y):
        out = x + y
        return out

    def backward(self, dout):
        dx = dout * 1
        dy = dout * 1
        return dx, dy
'''

RELU = '''\
class Relu:
    """ReLU, out = x where x > 0, else 0. Backward lets dout through where x was > 0."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x > 0
        out = np.where(self.mask, x, 0.0)
        return out

    def backward(self, dout):
        # The book's Relu writes the zeros into dout itself (dout[mask] = 0). This one
        # makes a new array: dout is the gradient of ReLU's output, which the table at
        # the end still prints, and anyone else holding that array would see it change.
        dx = np.where(self.mask, dout, 0.0)
        return dx
'''

SIGMOID = '''\
class Sigmoid:
    """σ, out = 1 / (1 + exp(-x)). Backward needs only out: dout·out·(1 - out)."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        out = 1 / (1 + np.exp(-x))
        self.out = out
        return out

    def backward(self, dout):
        dx = dout * self.out * (1 - self.out)
        return dx
'''

AFFINE = '''\
class Affine:
    """out = x·W + b, for one row x or a batch of rows (images are flattened to rows).

    The book's Affine holds W and b and keeps dW and db for the optimizer; here W and b
    arrive along edges like any input, so backward returns all three gradients.
    """

    def __init__(self):
        self.x = None
        self.W = None
        self.x_shape = None

    def forward(self, x, W, b):
        self.x_shape = x.shape
        if x.ndim == 1:
            x = x[np.newaxis, :]  # one row
        elif x.ndim > 2:
            x = x.reshape(x.shape[0], -1)  # one flat row per sample
        self.x = x
        self.W = W
        out = x @ W + b
        return out[0] if len(self.x_shape) == 1 else out

    def backward(self, dout):
        dout = dout.reshape(-1, self.W.shape[1])
        dx = (dout @ self.W.T).reshape(self.x_shape)
        dW = self.x.T @ dout
        db = dout.sum(axis=0)  # b was added to every row: its gradient sums the rows
        return dx, dW, db
'''

def _one_input(name: str, doc: str, forward: str, backward: str, cache: str) -> str:
    """A small class for a one-input primitive; `cache` is the field backward needs."""
    return (f'class {name}:\n    """{doc}"""\n\n'
            f"    def __init__(self):\n        self.{cache} = None\n\n"
            f"    def forward(self, x):\n{forward}\n\n"
            f"    def backward(self, dout):\n        dx = {backward}\n        return dx\n")


SQUARE = _one_input("Square", "x², out = x·x. Backward: dout·2x.",
                    "        self.x = x\n        out = x * x\n        return out",
                    "dout * 2 * self.x", "x")
EXP = _one_input("Exp", "exp, out = exp(x). Backward: dout·exp(x), its own output.",
                 "        self.out = np.exp(x)\n        return self.out", "dout * self.out", "out")
LOG = _one_input("Log", "log, out = log(x). Backward: dout / x.",
                 "        self.x = x\n        out = np.log(x)\n        return out",
                 "dout / self.x", "x")
RECIPROCAL = _one_input("Reciprocal", "1/x, out = 1 / x. Backward: -dout·out², that is "
                        "-dout / x².",
                        "        self.out = 1 / x\n        return self.out",
                        "-dout * self.out * self.out", "out")

DOT = '''\
class Dot:
    """dot, out = x·W, the matrix product. Backward: dx = dout·Wᵀ, dW = xᵀ·dout."""

    def __init__(self):
        self.x = None
        self.W = None

    def forward(self, x, W):
        self.x = x
        self.W = W
        out = np.dot(x, W)
        return out

    def backward(self, dout):
        # on 2-D views (a vector x is one row, a vector W one column), then back to the
        # shape of each input
        x2 = self.x.reshape(-1, self.x.shape[-1])
        W2 = self.W.reshape(self.W.shape[0], -1)
        dout2 = np.reshape(dout, (x2.shape[0], W2.shape[1]))
        dx = (dout2 @ W2.T).reshape(self.x.shape)
        dW = (x2.T @ dout2).reshape(self.W.shape)
        return dx, dW
'''

SUM = '''\
class Sum:
    """Σ, the sum of x's elements (axis None) or along one axis. Backward copies dout to
    every element that was summed."""

    def __init__(self, axis=None):
        self.axis = axis
        self.x_shape = None

    def forward(self, x):
        self.x_shape = x.shape
        out = np.sum(x, axis=self.axis)
        return out

    def backward(self, dout):
        if self.axis is not None:
            dout = np.expand_dims(dout, self.axis)  # the summed axis back, of length 1
        dx = np.broadcast_to(dout, self.x_shape).copy()
        return dx
'''

LAYERS: dict[str, Layer] = {
    "Mul": Layer("MulLayer", MUL, ("x", "y"), broadcasts=True),
    "Add": Layer("AddLayer", ADD, ("x", "y"), broadcasts=True),
    "ReLU": Layer("Relu", RELU, ("x",)),
    "Sigmoid": Layer("Sigmoid", SIGMOID, ("x",)),
    "Affine": Layer("Affine", AFFINE, ("x", "W", "b")),
    "SoftmaxWithLoss": Layer("SoftmaxWithLoss", softmax_with_loss(t_grad=False), ("x",),
                             ("softmax", "cross_entropy_error"), arguments=_delta),
    "Softmax": Layer("Softmax", SOFTMAX_LAYER, ("x",), ("softmax",)),
    "CrossEntropyError": Layer("CrossEntropyError", CROSS_ENTROPY, ("y",),
                               ("cross_entropy_error",), arguments=_delta),
    "Square": Layer("Square", SQUARE, ("x",)),
    "Exp": Layer("Exp", EXP, ("x",)),
    "Log": Layer("Log", LOG, ("x",)),
    "Reciprocal": Layer("Reciprocal", RECIPROCAL, ("x",)),
    "Dot": Layer("Dot", DOT, ("x", "W")),
    "Sum": Layer("Sum", SUM, ("x",), arguments=_axis),
}

#: SoftmaxWithLoss when some t of the graph is not the labels and gets a gradient
SOFTMAX_WITH_LOSS_T = Layer(
    "SoftmaxWithLoss",
    softmax_with_loss(t_grad=True), ("x", "t"), ("softmax", "cross_entropy_error"),
    arguments=_delta)

#: every class name a script may define; no node may take them
CLASS_NAMES = {layer.class_name for layer in LAYERS.values()}
