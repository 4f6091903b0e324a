"""The computing ops: the book's layers and the primitives they decompose into.

Each class follows the book's layer pattern: `forward` computes and caches, `backward(dout)`
returns the gradient for each input port, as new arrays (never written into `dout`, so a
gradient that fans out stays intact). Broadcasting between inputs follows NumPy; the engine
sums each returned gradient back down to its input's shape.
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.losses import DELTA, class_indices, loss_check, softmax_rows, t_log
from core.op import Op, Param, shape_str


def _broadcast_problem(a: str, sa: tuple, b: str, sb: tuple) -> str | None:
    try:
        np.broadcast_shapes(sa, sb)
    except ValueError:
        return translate("Shapes", "{a} is {sa} but {b} is {sb} — they cannot broadcast "
                         "together").format(a=a, sa=shape_str(sa), b=b, sb=shape_str(sb))
    return None


def _axes_problem(sx: tuple, sW: tuple) -> str:
    return translate("Shapes", "x is {sx} but W is {sW} — x's last axis must equal W's "
                     "first").format(sx=shape_str(sx), sW=shape_str(sW))


class Mul(Op):
    type_name = "Mul"
    symbol = "×"
    category = "arithmetic"
    inputs = ("x", "y")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·y; backward dx = dout·y, dy = dout·x (the inputs "
        "swap)")

    def check(self, sx, sy):
        return _broadcast_problem("x", sx, "y", sy)

    def out_shape(self, sx, sy):
        return sx if sx == sy else np.broadcast_shapes(sx, sy)

    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        need_x, need_y = self.needs_grad
        return (dout * self.y if need_x else None), (dout * self.x if need_y else None)


class Add(Op):
    type_name = "Add"
    symbol = "+"
    category = "arithmetic"
    inputs = ("x", "y")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x + y; backward dx = dout, dy = dout (passed on "
        "unchanged)")

    def check(self, sx, sy):
        return _broadcast_problem("x", sx, "y", sy)

    def out_shape(self, sx, sy):
        return sx if sx == sy else np.broadcast_shapes(sx, sy)

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, dout


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
            return _axes_problem(sx, sW)
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


class SoftmaxWithLoss(Op):
    type_name = "SoftmaxWithLoss"
    symbol = "Softmax-with-Loss"
    category = "losses"
    inputs = ("x", "t")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward softmax then cross-entropy, averaged over the batch; "
        "backward dx = (y - t) / N")
    params_spec = (DELTA,)

    def check(self, sx, st):
        return loss_check("x", sx, st)

    def out_shape(self, sx, st):
        return ()  # the loss, averaged over the batch

    def forward(self, x, t):
        y = softmax_rows(x.reshape(-1, x.shape[-1]))
        n = y.shape[0]
        self.y, self.n, self.x_shape, self.t_shape = y, n, x.shape, t.shape
        self.delta = self.params.get("delta", DELTA.default)
        if t.shape == x.shape:
            self.t = t.reshape(y.shape)
            self.indices = None
            loss = -np.sum(t_log(self.t, y, self.delta)) / n
        else:
            self.indices, self.rows = class_indices(t, y.shape), np.arange(n)
            loss = -np.log(y[self.rows, self.indices] + self.delta).sum() / n
        return np.asarray(loss, dtype=x.dtype)

    def backward(self, dout):
        if self.indices is None:
            dx = (self.y - self.t) * (dout / self.n)
            # the loss is linear in t: dL/dt = -log(y + delta) / N
            dt = ((-np.log(self.y + self.delta) * (dout / self.n)).reshape(self.t_shape)
                  if self.needs_grad[1] else None)
        else:
            dx = self.y.copy()
            dx[self.rows, self.indices] -= 1
            dx *= dout / self.n
            dt = None  # class indices are not differentiable
        return dx.reshape(self.x_shape), dt


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
            return _axes_problem(sx, sW)
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
