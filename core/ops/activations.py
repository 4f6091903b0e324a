"""Activations: ReLU and Sigmoid (5.5), and the book's `softmax()` as a node of its own.

Softmax is separate from the loss so that y, the probabilities, can be seen on the edge
between them (figure 5-30).
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP
from core.ops.base import Op
from core.ops.losses import not_scores, softmax_rows

class ReLU(Op):
    type_name = "ReLU"
    symbol = "ReLU"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward max(0, x); backward dout where x > 0, else 0")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.mask = x > 0
        return np.where(self.mask, x, 0).astype(x.dtype, copy=False)

    def backward(self, dout):
        # A new array: the book's in-place version would corrupt a fanned-out dout.
        return (np.where(self.mask, dout, 0).astype(dout.dtype, copy=False),)

class Sigmoid(Op):
    type_name = "Sigmoid"
    symbol = "σ"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward y = 1 / (1 + exp(-x)); backward dout·y·(1 - y)")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        # exp(-x) may overflow to inf for very negative x; 1 / inf is the right limit 0.
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return (dout * self.out * (1 - self.out),)

class Softmax(Op):
    type_name = "Softmax"
    symbol = "Softmax"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward y = exp(x) / Σ exp(x) along the last axis; "
        "backward dx = y·(dout - Σ dout·y)")

    def check(self, sx):
        if len(sx) not in (1, 2):
            return not_scores("x", sx)
        return None

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = softmax_rows(x.reshape(-1, x.shape[-1])).reshape(x.shape)
        return self.out

    def backward(self, dout):
        y = self.out
        # Each y_i depends on every x_j: dy_i/dx_j = y_i (δ_ij - y_j), summed over i.
        return (y * (dout - (dout * y).sum(axis=-1, keepdims=True)),)
