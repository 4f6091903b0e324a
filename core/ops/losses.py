"""Losses: Softmax-with-Loss (5.6.3) and the book's `cross_entropy_error()` as a node, and
what they share.

Softmax-with-Loss is softmax and the cross-entropy error in one node, whose backward is the
clean (y − t) / N. Cross Entropy Error alone sends back -t / y, which a Softmax node turns
into y − t. The labels t are given, not learned: nothing flows back into them.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op
from core.ops.params import Param

#: the small number inside the cross-entropy's log, log(y + delta): the book's official code
#: adds 1e-7 so that log(0) never happens; the printed book's formula has none (0)
DELTA = Param("delta", "number", 1e-7,
              QT_TRANSLATE_NOOP("params", "added inside the log, log(y + delta): 1e-7 as the "
                                "book's code, 0 as the printed book"),
              QT_TRANSLATE_NOOP("params", "Delta"), low=0)

def softmax_rows(x2: np.ndarray) -> np.ndarray:
    """Softmax of each row, shifted by the row's largest score so exp never overflows."""
    y = x2 - x2.max(axis=-1, keepdims=True)
    np.exp(y, out=y)  # in place: one new array for the three steps
    y /= y.sum(axis=-1, keepdims=True)
    return y

def loss_check(name: str, sx: tuple, st: tuple) -> str | None:
    if len(sx) not in (1, 2):
        return not_scores(name, sx)
    if st != sx and st != sx[:-1]:
        return translate("Shapes", "{name} is {sx} but t is {st} — t must be one-hot {sx} or "
                         "class indices {indices}").format(
            name=name, sx=shape_str(sx), st=shape_str(st), indices=shape_str(sx[:-1]))
    return None

def not_scores(name: str, sx: tuple) -> str:
    return translate("Shapes", "{name} is {sx} but must be scores (classes,) or (batch, "
                     "classes)").format(name=name, sx=shape_str(sx))

def t_log(t: np.ndarray, y: np.ndarray, delta: float) -> np.ndarray:
    """t · log(y + delta), taking 0 · log 0 as 0: with delta 0 (the printed book) a class
    whose probability underflowed to 0 must not turn the loss into NaN when t is 0 there."""
    out = np.zeros(np.broadcast_shapes(t.shape, y.shape), dtype=np.result_type(t, y))
    np.log(y + delta, out=out, where=t != 0)
    return t * out

def class_indices(t: np.ndarray, shape2: tuple[int, int]) -> np.ndarray:
    """Class indices t as whole numbers, one per row of a (rows, classes) array."""
    n, classes = shape2
    indices = t.reshape(n).astype(np.intp)
    if indices.min() < 0 or indices.max() >= classes or (indices != t.reshape(n)).any():
        raise ValueError(translate("Shapes", "t holds class indices that are not whole "
                                   "numbers in 0..{last}").format(last=classes - 1))
    return indices

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

class CrossEntropyError(Op):
    type_name = "CrossEntropyError"
    symbol = "Cross-Entropy"
    category = "losses"
    inputs = ("y", "t")
    #: ports whose input is given, not learned: backward sends nothing into them
    given_ports = ("t",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward -Σ t·log(y + delta) / N; backward dy = -t / (y + delta) / N "
        "(t is given: no gradient)")
    params_spec = (DELTA,)

    def check(self, sy, st):
        return loss_check("y", sy, st)

    def out_shape(self, sy, st):
        return ()

    def forward(self, y, t):
        y2 = y.reshape(-1, y.shape[-1])
        self.y2, self.y_shape = y2, y.shape
        self.n = y2.shape[0]
        self.delta = self.params.get("delta", DELTA.default)
        if t.shape == y.shape:
            self.t, self.indices = t.reshape(y2.shape), None
            loss = -np.sum(t_log(self.t, y2, self.delta)) / self.n
        else:
            self.indices = class_indices(t, y2.shape)
            loss = -np.log(y2[np.arange(self.n), self.indices] + self.delta).sum() / self.n
        return np.asarray(loss, dtype=y.dtype)

    def backward(self, dout):
        if self.indices is None:  # -t / (y + delta), and 0 where t is 0 (even if y is)
            dy = np.zeros_like(self.y2)
            np.divide(-self.t, self.y2 + self.delta, out=dy, where=self.t != 0)
        else:
            rows = np.arange(self.n)
            dy = np.zeros_like(self.y2)
            dy[rows, self.indices] = -1 / (self.y2[rows, self.indices] + self.delta)
        dy *= dout / self.n
        return dy.reshape(self.y_shape), None
