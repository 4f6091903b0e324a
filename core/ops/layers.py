"""Layers: the Affine layer (5.6), x·W + b, for one row or a batch.

Its backward is the matrix product's (`core.ops.primitives.Dot`) and the bias's sum over
the batch, and its lesson says so with the same sentences.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, axes_problem
from core.ops.code import Layer
from core.ops.primitives import matrix_product_backward, matrix_product_local
from core.ops.sentences import BackwardFacts, Local, Said

AFFINE_CODE = '''\
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


class Affine(Op):
    type_name = "Affine"
    symbol = "Affine"
    category = "layers"
    inputs = ("x", "W", "b")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·W + b; backward dx = dout·Wᵀ, dW = xᵀ·dout, "
        "db = dout summed over the batch")
    port_roles = {"W": "weights", "b": "bias"}
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} · {W} + {b}: {sx}·{sW} + "
                                         "{sb} → {so} = {outv}")
    layer = Layer("Affine", AFFINE_CODE, ("x", "W", "b"))

    def check(self, sx, sW, sb):
        if len(sW) != 2:
            return translate("Shapes", "W is {sW} but must be a matrix (in, out)").format(
                sW=shape_str(sW))
        if len(sx) == 0:
            return translate("Shapes", "x is a scalar but must be a vector or a batch of rows")
        width = sx[-1] if len(sx) <= 2 else int(np.prod(sx[1:]))
        if width != sW[0]:
            return axes_problem(sx, sW)
        if sb != (sW[1],):
            return translate("Shapes", "b is {sb} but W is {sW} — b must be a vector of {n}, "
                             "one per output").format(sb=shape_str(sb), sW=shape_str(sW),
                                                      n=sW[1])
        return None

    def out_shape(self, sx, sW, sb):
        # a vector x gives a vector; a batch (of rows or of images) one row per sample
        return (sW[1],) if len(sx) == 1 else (sx[0], sW[1])

    def forward(self, x, W, b):
        self.x_shape = shape = x.shape
        if len(shape) != 2:
            if len(shape) == 1:
                x = x[np.newaxis, :]
            else:  # images: one flat row per sample, as the book does
                x = x.reshape(shape[0], -1)
        self.x, self.W = x, W
        # (one dtype, the common case, needs no promotion rules: a batch is a few µs; the
        # built-in dtypes are one object each, so `is` tells them)
        dtype = x.dtype
        if not (dtype is W.dtype is b.dtype):
            dtype = np.result_type(x, W, b)
        out = np.matmul(x, W, out=self.buffer("out", (len(x), W.shape[1]), dtype))
        out += b
        return out[0] if len(shape) == 1 else out

    def backward(self, dout):
        need_x, need_W, need_b = self.needs_grad
        x, W = self.x, self.W
        if dout.ndim != 2:
            dout = dout.reshape(-1, W.shape[1])
        dtype = dout.dtype
        same = dtype is x.dtype is W.dtype
        # dx is skipped when x is the images: it costs as much as the forward product.
        dx = dW = db = None
        if need_x:
            dx = np.matmul(dout, W.T, out=self.buffer(
                "dx", x.shape, dtype if same else np.result_type(dout, W)))
            if len(self.x_shape) != 2:
                dx = dx.reshape(self.x_shape)
        if need_W:
            dW = np.matmul(x.T, dout, out=self.buffer(
                "dW", W.shape, dtype if same else np.result_type(x, dout)))
        if need_b:
            db = np.add.reduce(dout, axis=0, out=self.buffer("db", dout.shape[1:], dtype))
        return dx, dW, db

    expression = "{x} · {W} + {b}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂Y/∂X = Wᵀ on the right, ∂Y/∂W = Xᵀ on the left (5.6.1), ∂Y/∂B = 1 for every
        row, whose gradients are summed (5.6.2)."""
        if facts.port in ("x", "W"):
            return matrix_product_local(facts)
        if facts.up.ndim >= 2:
            return facts.local("1", None, side="sum")
        return facts.local("1", np.ones(()))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        if facts.port in ("x", "W"):
            return matrix_product_backward(facts)
        local = cls.local_derivative(facts)
        if facts.up.ndim >= 2:
            rule = facts.say(translate("narration", "{b} was added to every row (every data "
                                       "point), so its gradient sums ∂L/∂{node} over axis 0"))
            formula = "{lhs} = Σ {dup}: {su} → {sdx} = {dxv}"
        else:
            rule = facts.say(translate("narration", "{b} was added to the one row there is, so "
                                       "it gets the gradient as it is"))
            formula = "{lhs} = {dup} × 1 = {upv} × 1 = {dxv}"
        return facts.chain(rule, local, formula), {}
