'''The loss layers of an exported script, and the book's `softmax()` and
`cross_entropy_error()` they share: the code of `core/losses.py` and of SoftmaxWithLoss in
`core/ops.py`, written the way chapter 5 writes it (see `core/export/templates.py`).
'''

from __future__ import annotations

SOFTMAX = '''\
def softmax(x):
    """Softmax of each row of x. Subtracting the row's largest score first changes
    nothing in the result, and keeps exp from overflowing."""
    y = np.exp(x - x.max(axis=-1, keepdims=True))
    return y / y.sum(axis=-1, keepdims=True)
'''

CROSS_ENTROPY_ERROR = '''\
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
'''


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


def softmax_with_loss(t_grad: bool) -> str:
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


CROSS_ENTROPY = '''\
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

SOFTMAX_LAYER = '''\
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
