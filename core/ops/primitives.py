"""Primitives: the pieces the book's figures decompose the layers into.

Square (figure 5-7's t²), exp, log, the reciprocal 1/x (figures 5-19 to 5-22 build sigmoid
from them), the matrix product `dot` and the sum Σ (figures 5-24 and 5-29 build Affine
and Softmax-with-Loss from them): a learner rebuilds a layer by hand and sees the same
numbers.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, axes_problem
from core.ops.params import Param

class Square(Op):
    type_name = "Square"
    symbol = "x²"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward x²; backward dout·2x")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.x = x
        return x * x

    def backward(self, dout):
        return (dout * 2 * self.x,)

class Exp(Op):
    type_name = "Exp"
    symbol = "exp"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward exp(x); backward dout·exp(x) (its own output)")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = np.exp(x)
        return self.out

    def backward(self, dout):
        return (dout * self.out,)

class Log(Op):
    type_name = "Log"
    symbol = "log"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward log(x); backward dout / x")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.x = x
        return np.log(x)

    def backward(self, dout):
        return (dout / self.x,)

class Reciprocal(Op):
    type_name = "Reciprocal"
    symbol = "1/x"
    category = "primitives"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP("ops", "forward y = 1/x; backward -dout·y² (= -dout / x²)")

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.out = 1 / x
        return self.out

    def backward(self, dout):
        return (-dout * self.out * self.out,)

class Dot(Op):
    type_name = "Dot"
    symbol = "dot"
    category = "primitives"
    inputs = ("x", "W")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·W (matrix product); backward dx = dout·Wᵀ, dW = "
        "xᵀ·dout")

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
