'''A throwaway op in one class, to hold the registry to its promise: register it, and the
palette, the file loader, the lesson, the exporter, the gradient check and practice all
know it (`tests/test_new_op.py`, `tests/gui/test_palette_new_op.py`).'''

from __future__ import annotations

from core.ops.base import Op
from core.ops.code import Layer
from core.ops.sentences import BackwardFacts, Said


class Cube(Op):
    """y = x³: forward x·x·x, backward dout·3x²."""

    type_name = "Cube"
    symbol = "x³"
    category = "primitives"
    inputs = ("x",)
    rule = "forward x³; backward dout·3x²"
    forward_sentence = "{out} = {x}³ = {xv}³ = {outv}"
    layer = Layer("Cube", '''\
class Cube:
    """x³, out = x·x·x. Backward: dout·3x²."""

    def __init__(self):
        self.x = None

    def forward(self, x):
        self.x = x
        out = x * x * x
        return out

    def backward(self, dout):
        dx = dout * 3 * self.x * self.x
        return dx
''', ("x",))

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        self.x = x
        return x * x * x

    def backward(self, dout):
        return (dout * 3 * self.x * self.x,)

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        return facts.formula("the derivative of x³ is 3x²: {lhs} = {dup} × 3{x}² = "
                             "{upv} × 3 × {xv}² = {dxv}"), {}
