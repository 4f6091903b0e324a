"""Activations: ReLU and Sigmoid (5.5), and the book's `softmax()` as a node of its own.

Softmax is separate from the loss so that y, the probabilities, can be seen on the edge
between them (figure 5-30).
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, constant
from core.ops.code import Layer
from core.ops.losses import SOFTMAX, not_scores, softmax_rows
from core.ops.sentences import BackwardFacts, Local, Said

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


#: the mask's dtype, as a dtype (`Op.buffer` compares it with its array's, which a type
#: such as np.bool_ would first have to become)
BOOL = np.dtype(np.bool_)


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
        out = self.buffer("out", x.shape, x.dtype)
        if self.mode == "training":
            # one pass, as a hand-written loop does; NaN stays NaN (a diverging run shows
            # in its loss) and -0 may stay -0, which no later step tells from 0
            np.maximum(x, constant(0, x.dtype), out=out)
        elif self.mode == "evaluation":
            # the accuracy pass, in one pass too: NaN becomes 0 as in the book's where, and
            # a -0 that may stay is equal to 0 for the arg-max that reads the scores
            np.fmax(x, constant(0, x.dtype), out=out)
        else:
            # The book's np.where(x > 0, x, 0), bit for bit, in two quick passes: fmax turns
            # NaN into 0 (np.maximum keeps it), and + 0 turns the -0 it may keep into +0.
            np.fmax(x, 0, out=out)
            out += 0
        self.out = out  # no mask kept: out > 0 exactly where x > 0
        return out

    def backward(self, dout):
        # A new array (or, training, the op's own): the book's in-place version would
        # corrupt a fanned-out dout.
        if self.mode == "training":
            # dout × mask, into arrays the op owns: half the time of np.where. The same
            # numbers for every finite dout (only a NaN or ∞ where x ≤ 0 would pass, and
            # 0 may come out as -0: a diverging run, which its loss stops, anyway)
            out = self.out
            mask = np.greater(out, constant(0, out.dtype),
                              out=self.buffer("mask", dout.shape, BOOL))
            return (np.multiply(dout, mask, out=self.buffer("dx", dout.shape, dout.dtype)),)
        return (np.where(self.out > 0, dout, 0).astype(dout.dtype, copy=False),)

    expression = "max(0, {x})"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂y/∂x = 1 where x > 0, else 0 (figure 5-18): the mask."""
        x = facts.inputs["x"]
        mask = (x > 0).astype(x.dtype if x.dtype.kind == "f" else np.float64)
        if x.size == 1:
            return facts.local("1" if mask.all() else "0", mask, ((facts.words["x"], x),))
        return facts.local("({x} > 0)", mask, ((facts.words["x"], x),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        x = facts.inputs["x"]
        mask = (x > 0).astype(int)
        local = cls.local_derivative(facts)
        if x.size == 1:
            if mask.all():
                rule = facts.say(translate("narration", "ReLU passes the gradient where x > 0, "
                                           "and here {x} = {xv} > 0"))
                formula = "{lhs} = {dup} × 1 = {upv} × 1 = {dxv}"
            else:
                rule = facts.say(translate("narration", "ReLU blocks the gradient where x ≤ 0, "
                                           "and here {x} = {xv} ≤ 0"))
                formula = "{lhs} = {dup} × 0 = 0"
            text = facts.chain(rule, local, formula)
        elif x.size <= 6:
            rule = facts.say(translate("narration", "ReLU passes the gradient where {x} > 0 and "
                                       "blocks it where {x} ≤ 0, mask = {mask}"),
                             mask=facts.num(mask))
            text = facts.chain(rule, local, translate(
                "narration", "{lhs} = {dup} × mask = {upv} × {mask} = {dxv}"),
                mask=facts.num(mask))
        else:
            rule = facts.say(translate("narration", "ReLU passes the gradient where {x} > 0 and "
                                       "blocks it where {x} ≤ 0 ({passed} of {size} elements "
                                       "pass)"), passed=int(mask.sum()), size=x.size)
            text = facts.chain(rule, local, "{lhs} = {dup} × ({x} > 0) = {dxv}")
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
        out = np.negative(x, out=self.buffer("out", x.shape, np.result_type(x, 1.0)))
        np.exp(out, out=out)
        out += 1
        self.out = np.reciprocal(out, out=out)
        return self.out

    def backward(self, dout):
        y = self.out
        dx = np.multiply(dout, y, out=self.buffer("dx", np.broadcast_shapes(dout.shape, y.shape),
                                                  np.result_type(dout, y)))
        dx *= 1 - y
        return (dx,)

    expression = "σ({x})"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂y/∂x = y(1 − y): only its own output (5.5.2)."""
        y = facts.out
        return facts.local("{node}(1 − {node})", y * (1 - y), ((facts.words["node"], y),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y = facts.out
        rule = facts.say(translate("narration", "σ needs only its output {node}"))
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} × {node}(1 − {node}) = {upv} × {yv} × {one_minus_y} "
                           "= {dxv}", yv=facts.value_or(y, facts.words["node"]),
                           one_minus_y=facts.value_or(1 - y, "(1 − {})".format(
                               facts.words["node"])))
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
        x2 = x.reshape(-1, x.shape[-1])
        y = softmax_rows(x2, self.buffer("out", x2.shape, np.result_type(x2, 1.0)))
        self.out = y.reshape(x.shape)
        return self.out

    def backward(self, dout):
        y = self.out
        # Each y_i depends on every x_j: dy_i/dx_j = y_i (δ_ij - y_j), summed over i.
        dx = np.multiply(dout, y, out=self.buffer("dx", y.shape, np.result_type(dout, y)))
        dot = dx.sum(axis=-1, keepdims=True)
        np.subtract(dout, dot, out=dx)
        dx *= y
        return (dx,)

    expression = "softmax({x})"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂y_i/∂x_j = y_i (δ_ij − y_j): every y depends on every score, a matrix."""
        return facts.local("y_i(δ_ij − y_j)", None, ((facts.words["node"], facts.out),),
                           side="applied")

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y, up = facts.out, facts.up
        rule = translate("narration", "every y depends on every score")
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = y ⊙ ({dup} − Σ {dup} ⊙ y) = {yv} ⊙ ({upv} − {s}) = {dxv}",
                           yv=facts.value_or(y, "y"),
                           s=facts.value_or((up * y).sum(axis=-1, keepdims=up.ndim > 1),
                                            "Σ(∂L/∂y ⊙ y)"))
        return text, {"y": y}
