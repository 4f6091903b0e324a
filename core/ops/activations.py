"""Activations: ReLU and Sigmoid (5.5), and the book's `softmax()` as a node of its own.

Softmax is separate from the loss so that y, the probabilities, can be seen on the edge
between them (figure 5-30).
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op
from core.ops.code import Layer
from core.ops.losses import SOFTMAX, not_scores, softmax_rows
from core.ops.sentences import BackwardFacts, Said, num, value_or

RELU_CODE = '''\
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


class ReLU(Op):
    type_name = "ReLU"
    symbol = "ReLU"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward max(0, x); backward dout where x > 0, else 0")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = ReLU({x}) = max(0, {xv}) = "
                                         "{outv}: what is above 0 passes, the rest becomes 0")
    layer = Layer("Relu", RELU_CODE, ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.mask = x > 0
        return np.where(self.mask, x, 0).astype(x.dtype, copy=False)

    def backward(self, dout):
        # A new array: the book's in-place version would corrupt a fanned-out dout.
        return (np.where(self.mask, dout, 0).astype(dout.dtype, copy=False),)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        x = facts.inputs["x"]
        mask = (x > 0).astype(int)
        if x.size == 1:
            template = (translate("narration", "ReLU passes the gradient where x > 0, and "
                                  "here {x} = {xv} > 0: {lhs} = {dup} = {dxv}") if mask.all()
                        else translate("narration", "ReLU blocks the gradient where x ≤ 0, "
                                       "and here {x} = {xv} ≤ 0: {lhs} = 0"))
            text = facts.formula(template)
        elif x.size <= 6:
            text = facts.formula(translate(
                "narration", "ReLU passes the gradient where {x} > 0 and blocks it where {x} "
                "≤ 0, mask = {mask}: {lhs} = {dup} × mask = {upv} × {mask} = {dxv}"),
                mask=num(mask))
        else:
            text = facts.formula(translate(
                "narration", "ReLU passes the gradient where {x} > 0 and blocks it where {x} "
                "≤ 0 ({passed} of {size} elements pass): {lhs} = {dup} × ({x} > 0) = {dxv}"),
                passed=int(mask.sum()), size=x.size)
        return text, {"mask": mask}


SIGMOID_CODE = '''\
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


class Sigmoid(Op):
    type_name = "Sigmoid"
    symbol = "σ"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward y = 1 / (1 + exp(-x)); backward dout·y·(1 - y)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = σ({x}) = 1 / (1 + exp(−{x})) "
                                         "= σ({xv}) = {outv}")
    layer = Layer("Sigmoid", SIGMOID_CODE, ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        # exp(-x) may overflow to inf for very negative x; 1 / inf is the right limit 0.
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return (dout * self.out * (1 - self.out),)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y = facts.out
        text = facts.formula(translate(
            "narration", "σ needs only its output y: {lhs} = {dup} × y(1 − y) = {upv} × {yv} "
            "× {one_minus_y} = {dxv}"), yv=value_or(y, "y"),
            one_minus_y=value_or(1 - y, "(1 − y)"))
        return text, {"y": y}


SOFTMAX_CODE = '''\
class Softmax:
    """Softmax along the last axis: scores become probabilities y.

    Backward: each y_i depends on every score, so dx = y·(dout - Σ dout·y), row by row.
    """

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = softmax(x.reshape(-1, x.shape[-1])).reshape(x.shape)
        return self.out

    def backward(self, dout):
        y = self.out
        dx = y * (dout - (dout * y).sum(axis=-1, keepdims=True))
        return dx
'''


class Softmax(Op):
    type_name = "Softmax"
    symbol = "Softmax"
    category = "activations"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward y = exp(x) / Σ exp(x) along the last axis; "
        "backward dx = y·(dout - Σ dout·y)")
    forward_sentence = QT_TRANSLATE_NOOP(
        "narration", "{out} = softmax({x}) = exp({x}) / Σ exp({x}) = softmax({xv}) = {outv}: "
        "probabilities that sum to 1")
    layer = Layer("Softmax", SOFTMAX_CODE, ("x",), (SOFTMAX,))

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

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y, up = facts.out, facts.up
        text = facts.formula(translate(
            "narration", "every y depends on every score, so {lhs} = y ⊙ ({dup} − Σ {dup} ⊙ "
            "y) = {yv} ⊙ ({upv} − {s}) = {dxv}"), yv=value_or(y, "y"),
            s=value_or((up * y).sum(axis=-1, keepdims=up.ndim > 1), "Σ(∂L/∂y ⊙ y)"))
        return text, {"y": y}
