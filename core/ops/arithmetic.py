"""Arithmetic: the book's multiply and add nodes (figures 5-11 to 5-13), and subtract and
divide, which figure 6-17 builds Batch Normalization with (x − μ, xc / σ).

Broadcasting between the inputs follows NumPy; the engine sums each gradient back down to
its input's shape, and so does an exported script (`UNBROADCAST`).
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, broadcast_problem
from core.ops.code import Layer
from core.ops.sentences import BackwardFacts, Local, Said


class Elementwise(Op):
    """Base of the four arithmetic ops: two inputs x and y of one shape, or shapes NumPy
    broadcasts (a scalar with an array, a bias row with a batch), and an output of their
    broadcast shape. Each subclass holds its own math, sentences and layer."""

    category = "arithmetic"
    inputs = ("x", "y")

    def check(self, sx, sy):
        return broadcast_problem("x", sx, "y", sy)

    def out_shape(self, sx, sy):
        return sx if sx == sy else np.broadcast_shapes(sx, sy)


MUL_CODE = '''\
class MulLayer:
    """The × node, out = x·y. Backward swaps the inputs: dx = dout·y, dy = dout·x."""

    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y
        return out

    def backward(self, dout):
        dx = dout * self.y  # x gets y, y gets x
        dy = dout * self.x
        return dx, dy
'''


class Mul(Elementwise):
    type_name = "Mul"
    title = QT_TRANSLATE_NOOP("ops", "Mul")
    symbol = "×"
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x·y; backward dx = dout·y, dy = dout·x (the inputs "
        "swap)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} × {y} = {xv} × {yv} = "
                                         "{outv}")
    layer = Layer("MulLayer", MUL_CODE, ("x", "y"), broadcasts=True)

    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        need_x, need_y = self.needs_grad
        return (dout * self.y if need_x else None), (dout * self.x if need_y else None)

    expression = "{x} × {y}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(x·y)/∂x = y: the other input (figure 5-12)."""
        other_port = "y" if facts.port == "x" else "x"
        other = facts.inputs[other_port]
        return facts.local("{" + other_port + "}", other,
                           ((facts.words[other_port], other),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        other_port = "y" if facts.port == "x" else "x"
        other = facts.inputs[other_port]
        up, dx = facts.up, facts.dx
        local = cls.local_derivative(facts)
        more = {"other": facts.words[other_port], "otherv": facts.words[f"{other_port}v"],
                "raw": shape_str(np.broadcast_shapes(up.shape, other.shape)),
                "x_": facts.source}
        if np.broadcast_shapes(up.shape, other.shape) == dx.shape:
            rule = translate("narration", "× swaps its inputs")
            formula = "{lhs} = {dup} × {other} = {upv} × {otherv} = {dxv}"
        else:
            rule = facts.say(translate("narration", "× swaps its inputs; {x_} was broadcast, so "
                                       "the product is summed back {raw} → {sdx}"), **more)
            formula = "{lhs} = Σ {dup} × {other} = Σ {upv} × {otherv} = {dxv}"
        return facts.chain(rule, local, formula, **more), {"other": other}


ADD_CODE = '''\
class AddLayer:
    """The + node, out = x + y. Backward hands dout on unchanged to both inputs."""

    def __init__(self):
        pass

    def forward(self, x, y):
        out = x + y
        return out

    def backward(self, dout):
        dx = dout * 1
        dy = dout * 1
        return dx, dy
'''


class Add(Elementwise):
    type_name = "Add"
    title = QT_TRANSLATE_NOOP("ops", "Add")
    symbol = "+"
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x + y; backward dx = dout, dy = dout (passed on "
        "unchanged)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} + {y} = {xv} + {yv} = "
                                         "{outv}")
    layer = Layer("AddLayer", ADD_CODE, ("x", "y"), broadcasts=True)

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout, dout

    expression = "{x} + {y}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(x + y)/∂x = 1 (figure 5-9)."""
        return facts.local("1", np.ones(()))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        local = cls.local_derivative(facts)
        if facts.up.shape == facts.dx.shape:
            rule = translate("narration", "+ passes the upstream gradient on unchanged")
            formula = "{lhs} = {dup} × 1 = {upv} × 1 = {dxv}"
        else:
            rule = facts.say(translate("narration", "+ passes the upstream gradient on; {x_} "
                                       "was broadcast, so it is summed back {su} → {sdx}"),
                             x_=facts.source)
            formula = "{lhs} = Σ {dup} × 1 = {dxv}"
        return facts.chain(rule, local, formula), {}


SUB_CODE = '''\
class SubLayer:
    """The − node, out = x - y. Backward: dx = dout, dy = -dout (the sign flips)."""

    def __init__(self):
        pass

    def forward(self, x, y):
        out = x - y
        return out

    def backward(self, dout):
        dx = dout * 1
        dy = dout * -1
        return dx, dy
'''


class Sub(Elementwise):
    type_name = "Sub"
    title = QT_TRANSLATE_NOOP("ops", "Sub")
    symbol = "−"
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x − y; backward dx = dout, dy = −dout (the sign flips for y)")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} − {y} = {xv} − {yv} = "
                                         "{outv}")
    layer = Layer("SubLayer", SUB_CODE, ("x", "y"), broadcasts=True)

    def forward(self, x, y):
        return x - y

    def backward(self, dout):
        need_x, need_y = self.needs_grad
        return (dout * 1 if need_x else None), (dout * -1 if need_y else None)

    expression = "{x} − {y}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(x − y)/∂x = 1, ∂(x − y)/∂y = −1."""
        if facts.port == "x":
            return facts.local("1", np.ones(()))
        return facts.local("−1", -np.ones(()))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        local = cls.local_derivative(facts)
        sign = "1" if facts.port == "x" else "(−1)"
        if facts.up.shape == facts.dx.shape:
            rule = facts.say(translate("narration", "− passes the upstream gradient on to "
                                       "{x_} unchanged") if facts.port == "x" else
                             translate("narration", "− passes the upstream gradient on to {x_} "
                                       "with its sign flipped"), x_=facts.source)
            formula = "{lhs} = {dup} × {sign} = {upv} × {sign} = {dxv}"
        else:
            rule = facts.say(translate("narration", "− passes the upstream gradient on (with "
                                       "its sign flipped to what is subtracted); {x_} was "
                                       "broadcast, so it is summed back {su} → {sdx}"),
                             x_=facts.source)
            formula = "{lhs} = Σ {dup} × {sign} = {dxv}"
        return facts.chain(rule, local, formula, sign=sign), {}


DIV_CODE = '''\
class DivLayer:
    """The ÷ node, out = x / y. Backward: dx = dout / y, dy = -dout·x / y²."""

    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x / y
        return out

    def backward(self, dout):
        dx = dout / self.y
        dy = -dout * self.x / (self.y * self.y)
        return dx, dy
'''


class Div(Elementwise):
    type_name = "Div"
    title = QT_TRANSLATE_NOOP("ops", "Div")
    symbol = "÷"
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x / y; backward dx = dout / y, dy = −dout·x / y²")
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{out} = {x} / {y} = {xv} / {yv} = "
                                         "{outv}")
    layer = Layer("DivLayer", DIV_CODE, ("x", "y"), broadcasts=True)

    def forward(self, x, y):
        self.x, self.y = x, y
        return x / y

    def backward(self, dout):
        need_x, need_y = self.needs_grad
        dx = dout / self.y if need_x else None
        dy = -dout * self.x / (self.y * self.y) if need_y else None
        return dx, dy

    expression = "{x} / {y}"

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂(x / y)/∂x = 1/y, ∂(x / y)/∂y = −x/y²."""
        x, y = facts.inputs["x"], facts.inputs["y"]
        if facts.port == "x":
            return facts.local("1/{y}", 1 / y, ((facts.words["y"], y),))
        return facts.local("−{x}/{y}²", -x / (y * y), ((facts.words["x"], x),
                                                       (facts.words["y"], y)))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        local = cls.local_derivative(facts)
        x, y, up, dx = facts.inputs["x"], facts.inputs["y"], facts.up, facts.dx
        summed = np.broadcast_shapes(up.shape, x.shape, y.shape) != dx.shape
        if facts.port == "x":
            rule = translate("narration", "÷ divides the upstream gradient by the divisor")
            formula = "{lhs} = {dup} / {y} = {upv} / {yv} = {dxv}"
            if summed:
                formula = "{lhs} = Σ {dup} / {y} = {dxv}"
        else:
            rule = translate("narration", "÷ sends its divisor the upstream gradient times "
                             "−x/y²")
            formula = "{lhs} = {dup} × (−{x}/{y}²) = {upv} × (−{xv}/{yv}²) = {dxv}"
            if summed:
                formula = "{lhs} = Σ {dup} × (−{x}/{y}²) = {dxv}"
        if summed:
            rule = facts.say(translate("narration", "{rule}; {x_} was broadcast, so it is "
                                       "summed back {raw} → {sdx}"), rule=rule,
                             x_=facts.source, raw=shape_str(np.broadcast_shapes(
                                 up.shape, x.shape, y.shape)))
        return facts.chain(rule, local, formula), {}
