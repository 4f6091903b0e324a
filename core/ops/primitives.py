"""Primitives: the pieces the book's figures decompose the layers into.

Square (figure 5-7's t²), exp, log, the reciprocal 1/x (figures 5-19 to 5-22 build sigmoid
from them), the matrix product `dot` and the sum Σ (figures 5-24 and 5-29 build Affine
and Softmax-with-Loss from them), and the mean and the square root √x (figure 6-17 builds
Batch Normalization from them, with the mean over the batch axis): a learner rebuilds a
layer by hand and sees the same numbers.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, axes_problem
from core.ops.code import Layer
from core.ops.params import Param
from core.ops.sentences import BackwardFacts, ForwardFacts, Local, Said


def _one_input_code(name: str, doc: str, forward: str, backward: str, cache: str) -> str:
    """The exported class of a one-input primitive; `cache` is the field backward needs."""
    return (f'class {name}:\n    """{doc}"""\n\n'
            f"    def __init__(self):\n        self.{cache} = None\n\n"
            f"    def forward(self, x):\n{forward}\n\n"
            f"    def backward(self, dout):\n        dx = {backward}\n        return dx\n")


class Square(Op):
    type_name = "Square"
    symbol = "x²"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward x²; backward dout·2x")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x}² = {xv}² = {outv}")
    layer = Layer("Square", _one_input_code(
        "Square", "x², out = x·x. Backward: dout·2x.",
        "        self.x = x\n        out = x * x\n        return out", "dout * 2 * self.x", "x"),
        ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.x = x
        return x * x

    def backward(self, dout):
        return (dout * 2 * self.x,)

    expression = "{x}²"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(t²)/∂t = 2t (figure 5-7), in the graph's own names."""
        x = facts.inputs["x"]
        return facts.local("2{x}", 2 * x, ((facts.words["x"], x),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        rule = facts.say(translate("narration", "{out} = {x}², the square"))
        return facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} × 2{x} = {upv} × 2 × {xv} = {dxv}"), {}


class Exp(Op):
    type_name = "Exp"
    symbol = "exp"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward exp(x); backward dout·exp(x) (its own output)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = exp({x}) = exp({xv}) = {outv}")
    layer = Layer("Exp", _one_input_code(
        "Exp", "exp, out = exp(x). Backward: dout·exp(x), its own output.",
        "        self.out = np.exp(x)\n        return self.out", "dout * self.out", "out"),
        ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = np.exp(x)
        return self.out

    def backward(self, dout):
        return (dout * self.out,)

    expression = "exp({x})"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂exp(x)/∂x = exp(x): its own output (figure 5-20)."""
        y = facts.out
        return facts.local("exp({x})", y, ((facts.words["node"], y),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y = facts.out
        rule = translate("narration", "exp is its own derivative")
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} × exp({x}) = {upv} × {yv} = {dxv}",
                           yv=facts.value_or(y, facts.words["node"]))
        return text, {"y": y}


class Log(Op):
    type_name = "Log"
    symbol = "log"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward log(x); backward dout / x")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = log({x}) = log({xv}) = {outv}")
    layer = Layer("Log", _one_input_code(
        "Log", "log, out = log(x). Backward: dout / x.",
        "        self.x = x\n        out = np.log(x)\n        return out", "dout / self.x", "x"),
        ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.x = x
        return np.log(x)

    def backward(self, dout):
        return (dout / self.x,)

    expression = "log {x}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂log(x)/∂x = 1/x."""
        x = facts.inputs["x"]
        return facts.local("1/{x}", 1 / x, ((facts.words["x"], x),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        rule = facts.say(translate("narration", "{out} = log {x}"))
        return facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} / {x} = {upv} / {xv} = {dxv}"), {}


class Reciprocal(Op):
    type_name = "Reciprocal"
    symbol = "1/x"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward y = 1/x; backward -dout·y² (= -dout / x²)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = 1 / {x} = 1 / {xv} = {outv}")
    layer = Layer("Reciprocal", _one_input_code(
        "Reciprocal", "1/x, out = 1 / x. Backward: -dout·out², that is -dout / x².",
        "        self.out = 1 / x\n        return self.out", "-dout * self.out * self.out",
        "out"), ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = 1 / x
        return self.out

    def backward(self, dout):
        return (-dout * self.out * self.out,)

    expression = "1/{x}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(1/x)/∂x = −1/x² = −y² (figure 5-20's first step)."""
        y = facts.out
        return facts.local("−{node}²", -y * y, ((facts.words["node"], y),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y = facts.out
        rule = facts.say(translate("narration", "{out} = 1/{x}, whose derivative is −1/{x}²"))
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} × (−{node}²) = {upv} × (−{yv}²) = {dxv}",
                           yv=facts.value_or(y, facts.words["node"]))
        return text, {"y": y}


DOT_CODE = '''\
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


def matrix_product_local(facts: BackwardFacts) -> Local:
    """The local derivative of a matrix product Y = X·W: Wᵀ, multiplied on the right of
    ∂L/∂Y for X; Xᵀ, on the left, for W (5.6.1)."""
    x, W = facts.inputs["x"], facts.inputs["W"]
    if facts.port == "x":
        return facts.local("{W}ᵀ", None, ((facts.words["W"], W),), side="right")
    return facts.local("{x}ᵀ", None, ((facts.words["x"], x),), side="left")


def matrix_product_backward(facts: BackwardFacts) -> Said:
    """The sentence of the gradient of a matrix product x·W (Dot, and Affine's x and W),
    with the shapes that fit: dx = dout·Wᵀ, dW = xᵀ·dout."""
    x, W, up = facts.inputs["x"], facts.inputs["W"], facts.up
    local = matrix_product_local(facts)
    rule = facts.say(translate("narration", "for the matrix product {x} · {W}"))
    if facts.port == "x":
        text = facts.chain(rule, local, "{lhs} = {dup} · {W}ᵀ: {su}·{sWT} → {sdx} = {dxv}",
                           sWT=shape_str(W.T.shape))
    else:
        if x.ndim == 1 and up.ndim == 1:  # one row: xᵀ is a column, as the book draws it
            sxT, su = shape_str((x.shape[0], 1)), shape_str((1, up.shape[0]))
        else:
            sxT, su = shape_str(x.reshape(x.shape[0], -1).T.shape), facts.words["su"]
        text = facts.chain(rule, local, "{lhs} = {x}ᵀ · {dup}: {sxT}·{su1} → {sdx} = {dxv}",
                           sxT=sxT, su1=su)
    return text, {}


class Dot(Op):
    type_name = "Dot"
    symbol = "dot"
    category = "primitives"
    inputs = ("x", "W")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·W (matrix product); backward dx = dout·Wᵀ, dW = "
        "xᵀ·dout")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} · {W}, the matrix product: "
                                         "{sx}·{sW} → {so} = {outv}")
    layer = Layer("Dot", DOT_CODE, ("x", "W"))

    def check(self, sx, sW):
        if not (1 <= len(sx) <= 2 and 1 <= len(sW) <= 2):
            return translate("Shapes", "x is {sx} and W is {sW} — dot takes vectors and "
                             "matrices").format(sx=shape_str(sx), sW=shape_str(sW))
        if sx[-1] != sW[0]:
            return axes_problem(sx, sW)
        return None

    def out_shape(self, sx, sW):
        return sx[:-1] + sW[1:]  # np.dot of vectors and matrices

    def forward(self, x, W):
        self.x, self.W = x, W
        return np.dot(x, W)

    def backward(self, dout):
        # Work on 2-D views (a vector x is one row, a vector W one column), then give
        # each gradient its input's shape back.
        x2 = self.x.reshape(-1, self.x.shape[-1])
        W2 = self.W.reshape(self.W.shape[0], -1)
        dout2 = np.reshape(dout, (x2.shape[0], W2.shape[1]))
        need_x, need_W = self.needs_grad
        dx = (dout2 @ W2.T).reshape(self.x.shape) if need_x else None
        dW = (x2.T @ dout2).reshape(self.W.shape) if need_W else None
        return dx, dW

    expression = "{x} · {W}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        return matrix_product_local(facts)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        return matrix_product_backward(facts)

SUM_CODE = '''\
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


def _axis(params: dict) -> str:
    """The Sum layer's constructor argument: `axis=0`, or nothing for every element."""
    return "" if params.get("axis") is None else f"axis={params['axis']!r}"


class Sum(Op):
    type_name = "Sum"
    symbol = "Σ"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward the sum of x's elements (or along an axis); "
        "backward dout copied to every element")
    params_spec = (Param("axis", "axis", None, QT_TRANSLATE_NOOP(
        "params", "sum along this axis; empty for every element"),
        QT_TRANSLATE_NOOP("params", "Axis")),)
    layer = Layer("Sum", SUM_CODE, ("x",), arguments=_axis)

    def check(self, sx):
        axis = self.params.get("axis")
        if axis is not None and not -len(sx) <= axis < len(sx):
            return translate("Shapes", "axis {axis} does not exist for x of shape {sx}").format(
                axis=axis, sx=shape_str(sx))
        return None

    def out_shape(self, sx):
        axis = self.params.get("axis")
        if axis is None:
            return ()
        axis %= len(sx)
        return sx[:axis] + sx[axis + 1:]

    def forward(self, x):
        self.x_shape = x.shape
        self.axis = self.params.get("axis")
        return np.asarray(np.sum(x, axis=self.axis))

    def backward(self, dout):
        if self.axis is not None:
            dout = np.expand_dims(dout, self.axis)
        return (np.broadcast_to(dout, self.x_shape).copy(),)

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        axis = facts.params.get("axis")
        if axis is None:
            text = facts.say(translate("narration", "{out} = Σ {x}, the sum of every element: "
                                       "Σ {xv} = {outv}"))
        else:
            text = facts.say(translate("narration", "{out} = Σ {x} along axis {axis}: {sx} → "
                                       "{so} = {outv}"), axis=axis)
        return text, {}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(Σ x)/∂x_i = 1 for every element."""
        return facts.local("1", np.ones(()) if facts.dx.size == 1 else None)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        rule = translate("narration", "Σ copies the upstream gradient to every element")
        return facts.chain(rule, cls.local_derivative(facts),
                           translate("narration", "{lhs} = {upv} copied to {sdx} = {dxv}")), {}


MEAN_CODE = '''\
class Mean:
    """mean, the average of x's elements (axis None) or along one axis (axis=0: over the
    batch, as Batch Normalization takes it). Backward gives each of the n averaged
    elements dout / n."""

    def __init__(self, axis=None):
        self.axis = axis
        self.x_shape = None

    def forward(self, x):
        self.x_shape = x.shape
        out = np.mean(x, axis=self.axis)
        return out

    def backward(self, dout):
        n = np.prod(self.x_shape) if self.axis is None else self.x_shape[self.axis]
        if self.axis is not None:
            dout = np.expand_dims(dout, self.axis)  # the averaged axis back, of length 1
        dx = np.broadcast_to(dout / n, self.x_shape).copy()
        return dx
'''


class Mean(Op):
    type_name = "Mean"
    symbol = "mean"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward the mean of x's elements (or along an axis: 0 is over the batch); "
        "backward dout / n to each of the n elements")
    params_spec = (Param("axis", "axis", 0, QT_TRANSLATE_NOOP(
        "params", "average along this axis (0: over the batch); empty for every element"),
        QT_TRANSLATE_NOOP("params", "Axis")),)
    layer = Layer("Mean", MEAN_CODE, ("x",), arguments=_axis)

    def check(self, sx):
        axis = self.params.get("axis", 0)
        if axis is not None and not -len(sx) <= axis < len(sx):
            return translate("Shapes", "axis {axis} does not exist for x of shape {sx}").format(
                axis=axis, sx=shape_str(sx))
        return None

    def out_shape(self, sx):
        axis = self.params.get("axis", 0)
        if axis is None:
            return ()
        axis %= len(sx)
        return sx[:axis] + sx[axis + 1:]

    def forward(self, x):
        self.x_shape = x.shape
        self.axis = self.params.get("axis", 0)
        return np.asarray(np.mean(x, axis=self.axis))

    def backward(self, dout):
        n = np.prod(self.x_shape) if self.axis is None else self.x_shape[self.axis]
        if self.axis is not None:
            dout = np.expand_dims(dout, self.axis)
        return (np.broadcast_to(dout / n, self.x_shape).copy(),)

    @staticmethod
    def count(facts: ForwardFacts | BackwardFacts) -> int:
        """n, how many elements each mean averages."""
        x, axis = facts.inputs["x"], facts.params.get("axis", 0)
        return x.size if axis is None else x.shape[axis]

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        axis = facts.params.get("axis", 0)
        if axis is None:
            text = facts.say(translate("narration", "{out} = mean {x}, the mean of every "
                                       "element: Σ {xv} / {n} = {outv}"), n=cls.count(facts))
        else:
            text = facts.say(translate("narration", "{out} = mean {x} along axis {axis}, each "
                                       "the sum of {n} divided by {n}: {sx} → {so} = {outv}"),
                             axis=axis, n=cls.count(facts))
        return text, {}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(Σ x / n)/∂x_i = 1/n for every element."""
        n = cls.count(facts)
        return facts.local(f"1/{n}", np.asarray(1 / n) if facts.dx.size == 1 else None)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        rule = facts.say(translate("narration", "the mean gives each of the {n} elements it "
                                   "averaged 1/{n} of the upstream gradient"),
                         n=cls.count(facts))
        return facts.chain(rule, cls.local_derivative(facts), translate(
            "narration", "{lhs} = {upv} / {n} copied to {sdx} = {dxv}"), n=cls.count(facts)), {}


class Sqrt(Op):
    type_name = "Sqrt"
    symbol = "√x"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward y = √x; backward dout / (2y)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = √{x} = √{xv} = {outv}")
    layer = Layer("Sqrt", _one_input_code(
        "Sqrt", "√x, out = sqrt(x). Backward: dout / (2·out), its own output again.",
        "        self.out = np.sqrt(x)\n        return self.out", "dout / (2 * self.out)",
        "out"), ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = np.sqrt(x)
        return self.out

    def backward(self, dout):
        return (dout / (2 * self.out),)

    expression = "√{x}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂√x/∂x = 1/(2√x) = 1/(2y): its own output again."""
        y = facts.out
        return facts.local("1/(2{node})", 1 / (2 * y), ((facts.words["node"], y),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        y = facts.out
        rule = facts.say(translate("narration", "{out} = √{x}, whose derivative is 1/(2√{x})"))
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} / (2{node}) = {upv} / (2 × {yv}) = {dxv}",
                           yv=facts.value_or(y, facts.words["node"]))
        return text, {"y": y}
