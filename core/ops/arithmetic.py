"""Arithmetic: the book's multiply and add nodes (figures 5-11 to 5-13).

Broadcasting between the inputs follows NumPy; the engine sums each gradient back down to
its input's shape.
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP
from core.ops.base import Op, broadcast_problem

class Mul(Op):
    type_name = "Mul"
    symbol = "×"
    category = "arithmetic"
    inputs = ("x", "y")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·y; backward dx = dout·y, dy = dout·x (the inputs "
        "swap)")

    def check(self, sx, sy):
        return broadcast_problem("x", sx, "y", sy)

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
        return broadcast_problem("x", sx, "y", sy)

    def out_shape(self, sx, sy):
        return sx if sx == sy else np.broadcast_shapes(sx, sy)

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, dout
