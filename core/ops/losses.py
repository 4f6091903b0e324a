"""Losses: Softmax-with-Loss (5.6.3) and the book's `cross_entropy_error()` as a node, and
what they share.

Softmax-with-Loss is softmax and the cross-entropy error in one node, whose backward is the
clean (y − t) / N. Cross Entropy Error alone sends back -t / y, which a Softmax node turns
into y − t. The labels t are given, not learned: nothing flows back into them.

Beside the engine's `softmax_rows` and `t_log` stand the book's `softmax()` and
`cross_entropy_error()` as an exported script writes them (`SOFTMAX`,
`CROSS_ENTROPY_ERROR`), shared by the loss layers and the Softmax layer. To training,
a loss's x (or y) is the prediction; Softmax-with-Loss takes its labels as class indices.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op, constant
from core.ops.code import Helper, Layer
from core.ops.params import Param
from core.ops.sentences import BackwardFacts, ForwardFacts, Local, Said, batch

#: the small number inside the cross-entropy's log, log(y + delta): the book's official code
#: adds 1e-7 so that log(0) never happens; the printed book's formula has none (0)
DELTA = Param("delta", "number", 1e-7,
              QT_TRANSLATE_NOOP("params", "added inside the log, log(y + delta): 1e-7 as the "
                                "book's code, 0 as the printed book"),
              QT_TRANSLATE_NOOP("params", "Delta"), low=0)

#: the flat indices' dtype, as a dtype (what `Op.buffer` compares with its array's)
INTP = np.dtype(np.intp)
UINTP = np.dtype(np.uintp)


def softmax_rows(x2: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Softmax of each row, shifted by the row's largest score so exp never overflows;
    into `out` when given (never `x2` itself: a node's input is not its to change)."""
    # (the reductions called as ufuncs: the methods' Python wrappers cost a batch's µs)
    y = np.subtract(x2, np.maximum.reduce(x2, axis=-1, keepdims=True), out=out)
    np.exp(y, out=y)  # in place: one array for the three steps
    y /= np.add.reduce(y, axis=-1, keepdims=True)
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
    if t.dtype.kind in "iu":  # whole already (the trainer's): one look at the range,
        # (dtypes, not the types np.intp and np.uintp, which would be converted each call)
        indices = t if t.shape == (n,) and t.dtype is INTP else (
            t.reshape(n).astype(INTP, copy=False))
        if np.maximum.reduce(indices.view(UINTP), initial=0) < classes:  # negatives
            return indices  # are seen as huge
    else:
        indices = t.reshape(n).astype(np.intp)
        if indices.min() >= 0 and indices.max() < classes and (indices == t.reshape(n)).all():
            return indices
    raise ValueError(translate("Shapes", "t holds class indices that are not whole "
                               "numbers in 0..{last}").format(last=classes - 1))

#: the book's softmax(), as an exported script writes it (the engine's is softmax_rows)
SOFTMAX = Helper("softmax", '''\
def softmax(x):
    """Softmax of each row of x. Subtracting the row's largest score first changes
    nothing in the result, and keeps exp from overflowing."""
    y = np.exp(x - x.max(axis=-1, keepdims=True))
    return y / y.sum(axis=-1, keepdims=True)
''')


#: the book's cross_entropy_error(), as an exported script writes it (the engine's is t_log)
CROSS_ENTROPY_ERROR = Helper("cross_entropy_error", '''\
def cross_entropy_error(y, t, delta):
    """-Σ t·log(y + delta) / N over the N rows of y; t is one-hot (y's shape) or one
    class index per row."""
    n = y.shape[0]
    if t.shape == y.shape:
        # t·log(y + delta), where 0·log 0 counts as 0: a class whose t is 0 adds nothing
        t_log_y = np.zeros_like(y)
        np.log(y + delta, out=t_log_y, where=t != 0)
        return -np.sum(t * t_log_y) / n
    return -np.log(y[np.arange(n), t] + delta).sum() / n
''')


def _delta(params: dict) -> str:
    """The loss layer's constructor argument: `delta=1e-07`."""
    return f"delta={params.get('delta', 1e-7)!r}"


# The loss classes share their forward pass; their backward differs.
def _loss_forward(x: str, first: str, extra: str = "") -> str:
    return f'''\
    def forward(self, {x}, t):
        self.{x}_shape = {x}.shape
{extra}        self.y = {first}
        n = self.y.shape[0]
        if t.shape == {x}.shape:
            self.t = t.reshape(self.y.shape)  # one-hot rows
        else:
            self.t = t.reshape(n).astype(np.intp)  # one class index per row
        loss = cross_entropy_error(self.y, self.t, self.delta)
        return loss
'''


def _softmax_with_loss_code(t_grad: bool) -> str:
    """The SoftmaxWithLoss class. With `t_grad` (some t of the graph is not the labels
    but a value that gets a gradient) its backward returns dt as well as dx."""
    def only(text: str) -> str:
        return text if t_grad else ""

    return '''\
class SoftmaxWithLoss:
    """Softmax, then the cross-entropy error averaged over the batch: the loss L.

    Backward is simply (y - t) / N, the probabilities minus the labels.
    """

    def __init__(self, delta=1e-7):
        self.delta = delta  # inside the log, log(y + delta), so log(0) never happens
        self.y = None  # the probabilities, one row per sample
        self.t = None
        self.x_shape = None
''' + only("        self.t_shape = None\n") + "\n" + _loss_forward(
        "x", "softmax(x.reshape(-1, x.shape[-1]))", only("        self.t_shape = t.shape\n")
    ) + '''
    def backward(self, dout):
        n = self.y.shape[0]
        if self.t.shape == self.y.shape:
            dx = (self.y - self.t) * (dout / n)
''' + only("""\
            # t is not the labels here but a value with a gradient: L is linear in t
            dt = (-np.log(self.y + self.delta) * (dout / n)).reshape(self.t_shape)
""") + '''\
        else:  # y - t, where t is 1 at the right class and 0 elsewhere
            dx = self.y.copy()
            dx[np.arange(n), self.t] -= 1
            dx *= dout / n
''' + only("            dt = None  # class indices have no gradient\n") + (
        "        return dx.reshape(self.x_shape), dt\n" if t_grad
        else "        return dx.reshape(self.x_shape)\n")


class SoftmaxWithLoss(Op):
    type_name = "SoftmaxWithLoss"
    symbol = "Softmax-with-Loss"
    category = "losses"
    inputs = ("x", "t")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward softmax then cross-entropy, averaged over the batch; "
        "backward dx = (y - t) / N")
    params_spec = (DELTA,)
    port_roles = {"x": "prediction", "t": "class_indices"}
    lesson_rule = "softmax_with_loss"
    #: its t is most often the labels, which get no gradient: the script's class then
    #: returns dx alone, as the book's does (see `layer_for`)
    layer = Layer("SoftmaxWithLoss", _softmax_with_loss_code(t_grad=False), ("x",),
                  (SOFTMAX, CROSS_ENTROPY_ERROR), arguments=_delta)
    #: the class when some t of the graph is not the labels but a value with a gradient
    layer_with_dt = Layer("SoftmaxWithLoss", _softmax_with_loss_code(t_grad=True), ("x", "t"),
                          (SOFTMAX, CROSS_ENTROPY_ERROR), arguments=_delta)

    @classmethod
    def layer_for(cls, graded: frozenset[str]) -> Layer:
        return cls.layer_with_dt if "t" in graded else cls.layer

    def __init__(self, params=None) -> None:
        super().__init__(params)
        #: where each row of the last batch starts in y's elements one after another (0, C,
        #: 2C …), kept while the batch's shape stays: a row's class index plus its start
        #: is the flat index of the probability it picks
        self.starts = np.arange(0)

    def check(self, sx, st):
        return loss_check("x", sx, st)

    def out_shape(self, sx, st):
        return ()  # the loss, averaged over the batch

    def forward(self, x, t):
        x2 = x if x.ndim == 2 else x.reshape(-1, x.shape[-1])
        y = softmax_rows(x2, self.buffer("y", x2.shape, x2.dtype if x2.dtype.kind == "f"
                                         else np.result_type(x2, 1.0)))
        n = y.shape[0]
        self.y, self.n, self.x_shape, self.t_shape = y, n, x.shape, t.shape
        self.delta = self.params.get("delta", DELTA.default)
        if t.shape == x.shape:
            self.t = t.reshape(y.shape)
            self.indices = None
            loss = -np.sum(t_log(self.t, y, self.delta)) / n
        else:
            self.indices = indices = class_indices(t, y.shape)
            classes = y.shape[1]
            starts = self.starts
            if len(starts) != n or (n > 1 and starts[1] != classes):
                starts = self.starts = np.arange(0, n * classes, classes)
            # one flat index per row, y's picked probabilities taken through it (y is the
            # op's own contiguous array): a third of what y[rows, indices] costs a batch
            self.flat = flat = np.add(starts, indices, out=self.buffer("flat", (n,), INTP))
            picked = y.ravel().take(flat)
            np.add(picked, constant(self.delta, picked.dtype), out=picked)
            loss = -np.add.reduce(np.log(picked, out=picked)) / n
        return np.asarray(loss, dtype=x.dtype)

    def backward(self, dout):
        if self.indices is None:
            dx = (self.y - self.t) * (dout / self.n)
            # the loss is linear in t: dL/dt = -log(y + delta) / N
            dt = ((-np.log(self.y + self.delta) * (dout / self.n)).reshape(self.t_shape)
                  if self.needs_grad[1] else None)
        else:
            # y itself stays as it is: backward may run again on the same forward pass
            dx = self.buffer("dx", self.y.shape, self.y.dtype)
            np.copyto(dx, self.y)
            dx.ravel()[self.flat] -= 1  # y - t, t one-hot (dx is contiguous: ravel is a view)
            dx *= dout / self.n
            dt = None  # class indices are not differentiable
        return (dx if dx.shape == self.x_shape else dx.reshape(self.x_shape)), dt

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        x = facts.inputs["x"]
        y = softmax_rows(x.reshape(-1, x.shape[-1])).reshape(x.shape)
        delta = facts.params.get("delta", DELTA.default)
        text = facts.say(translate(
            "narration", "{out}: first y = softmax({x}) = {yv}, then the cross-entropy error "
            "−Σ {t} · log(y + δ) / N with δ = {delta}, N = {n}: {out} = {outv}"),
            yv=facts.num(y), delta=facts.num(delta), n=batch(x))
        return text, {"y": y}

    @staticmethod
    def _y_t(facts: BackwardFacts) -> tuple[np.ndarray, np.ndarray]:
        """y, the probabilities, and t as one-hot rows (class indices stand for them)."""
        x, t = facts.inputs["x"], facts.inputs["t"]
        y = softmax_rows(x.reshape(-1, x.shape[-1])).reshape(x.shape)
        if t.shape != x.shape:
            t = np.eye(x.shape[-1])[t.astype(int)]
        return y, t

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂L/∂x = (y − t) / N, the clean result of softmax with the cross-entropy error
        (5.6.3); for a t that is not the labels, ∂L/∂t = −log(y + δ) / N."""
        y, t = cls._y_t(facts)
        n = batch(facts.inputs["x"])
        if facts.port == "t":
            delta = facts.params.get("delta", DELTA.default)
            return facts.local("−log(y + δ) / N", -np.log(y + delta) / n,
                               (("y", y), ("N", n)))
        return facts.local("(y − t) / N", (y - t) / n, (("y", y), ("t", t), ("N", n)))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        x = facts.inputs["x"]
        local = cls.local_derivative(facts)
        if facts.port == "t":
            rule = translate("narration", "the loss is linear in t")
            return facts.chain(rule, local, "{lhs} = {dup} × (−log(y + δ) / N) = {dxv}"), {}
        y, t = cls._y_t(facts)
        n = batch(x)
        rule = facts.say(translate("narration", "Softmax-with-Loss sends back (y − t) / N, with "
                                   "y = {ysum} and N = {n}"), ysum=facts.num(y), n=n)
        text = facts.chain(rule, local, "{lhs} = {dup} × (y − t) / N = {upv} × ({yv} − {tv}) / "
                           "{n} = {dxv}", yv=facts.value_or(y, "y"),
                           tv=facts.value_or(t, "t"), n=n)
        return text, {"y": y, "t": t}

CROSS_ENTROPY_CODE = '''\
class CrossEntropyError:
    """The loss L = -Σ t·log(y + delta) / N of the probabilities y against the labels t.

    Backward sends dy = -t / (y + delta) / N. The labels are given, not learned: no
    gradient goes to t.
    """

    def __init__(self, delta=1e-7):
        self.delta = delta  # inside the log, log(y + delta), so log(0) never happens
        self.y = None  # the probabilities, one row per sample
        self.t = None
        self.y_shape = None

''' + _loss_forward("y", "y.reshape(-1, y.shape[-1])") + '''
    def backward(self, dout):
        n = self.y.shape[0]
        dy = np.zeros_like(self.y)
        if self.t.shape == self.y.shape:
            # -t / (y + delta), and 0 where t is 0 (even where y is 0)
            np.divide(-self.t, self.y + self.delta, out=dy, where=self.t != 0)
        else:
            rows = np.arange(n)
            dy[rows, self.t] = -1 / (self.y[rows, self.t] + self.delta)
        dy *= dout / n
        return dy.reshape(self.y_shape)
'''


class CrossEntropyError(Op):
    type_name = "CrossEntropyError"
    title = QT_TRANSLATE_NOOP("ops", "CrossEntropyError")
    symbol = "Cross-Entropy"
    category = "losses"
    inputs = ("y", "t")
    given_ports = ("t",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward -Σ t·log(y + delta) / N; backward dy = -t / (y + delta) / N "
        "(t is given: no gradient)")
    params_spec = (DELTA,)
    port_roles = {"y": "prediction"}
    lesson_rule = "cross_entropy_error"
    layer = Layer("CrossEntropyError", CROSS_ENTROPY_CODE, ("y",), (CROSS_ENTROPY_ERROR,),
                  arguments=_delta)

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

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        delta = facts.params.get("delta", DELTA.default)
        text = facts.say(translate(
            "narration", "{out} = −Σ {t} · log({y} + δ) / N = −Σ {tv} · log({yv} + {delta}) / "
            "{n} = {outv}"), delta=facts.num(delta), n=batch(facts.inputs["y"]))
        return text, {}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂L/∂y = −t / (y + δ) / N."""
        y, t = facts.inputs["y"], facts.inputs["t"]
        n = batch(y)
        value = None
        if t.shape == y.shape:
            with np.errstate(all="ignore"):
                value = np.where(t != 0, -t / (y + facts.params.get("delta", DELTA.default)),
                                 0.0) / n
        return facts.local("−{t} / ({y} + δ) / N", value,
                           ((facts.words["y"], y), (facts.words["t"], t), ("N", n)))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        delta = facts.params.get("delta", DELTA.default)
        rule = facts.say(translate("narration", "{out} = −Σ {t} · log({y} + δ) / N"))
        text = facts.chain(rule, cls.local_derivative(facts),
                           "{lhs} = {dup} × (−{tv} / ({yv} + {delta})) / {n} = {dxv}",
                           delta=facts.num(delta), n=batch(facts.inputs[facts.port]))
        return text, {}
