"""Layers: the Affine layer (5.6), x·W + b, for one row or a batch."""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, axes_problem

class Affine(Op):
    type_name = "Affine"
    symbol = "Affine"
    category = "layers"
    inputs = ("x", "W", "b")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·W + b; backward dx = dout·Wᵀ, dW = xᵀ·dout, "
        "db = dout summed over the batch")

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
        self.x_shape = x.shape
        if x.ndim == 1:
            x = x[np.newaxis, :]
        elif x.ndim > 2:  # images: one flat row per sample, as the book does
            x = x.reshape(x.shape[0], -1)
        self.x, self.W = x, W
        out = x @ W
        out += b
        return out[0] if len(self.x_shape) == 1 else out

    def backward(self, dout):
        need_x, need_W, need_b = self.needs_grad
        dout = dout.reshape(-1, self.W.shape[1])
        # dx is skipped when x is the images: it costs as much as the forward product.
        dx = (dout @ self.W.T).reshape(self.x_shape) if need_x else None
        dW = self.x.T @ dout if need_W else None
        db = dout.sum(axis=0) if need_b else None
        return dx, dW, db
