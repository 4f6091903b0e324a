"""Normalization: Batch Normalization (6.3), the book's `BatchNormalization` layer.

Each column of a batch x (N, D) (or of N numbers, x (N,), one column) is normalized over
the batch, x̂ = (x − μ) / √(σ² + ε),
then scaled and shifted, γ ⊙ x̂ + β, with γ and β learned (one per column). Its backward
is figure 6-17's computational graph run backwards: the gradient reaches x by three paths
(x̂ directly, the variance, the mean), so every row's gradient depends on the whole batch.
`samples/batchnorm_primitives.json` builds the same graph node by node from primitives.

The op computes differently in training and at evaluation (`core.ops.base.MODES`): in the
lesson (the canvas, `run`, `explain`, `gradcheck`) and in training it uses the batch's own
mean and variance; training also keeps their running averages (momentum 0.9, as the
book's code), which evaluation uses instead.
"""

from __future__ import annotations

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op
from core.ops.code import Layer
from core.ops.params import Param
from core.ops.sentences import BackwardFacts, ForwardFacts, Local, Said

# ε inside the square root, as the book's code writes it (10e-7, that is 1e-6)
EPS = 10e-7

BATCHNORM_CODE = '''\
class BatchNormalization:
    """Batch Normalization (6.3): each column normalized over the batch, then scaled by
    gamma and shifted by beta. With train_flg=False it uses the running averages kept
    while training (momentum 0.9), as the book's layer does at evaluation.

    The book's layer holds gamma and beta and keeps dgamma and dbeta for the optimizer;
    here they arrive along edges like any input, so backward returns all three gradients.
    """

    def __init__(self, momentum=0.9):
        self.momentum = momentum
        self.running_mean = None
        self.running_var = None
        self.input_shape = None
        self.batch_size = None
        self.gamma = None
        self.beta_shape = None
        self.xc = None
        self.xn = None
        self.std = None

    def forward(self, x, gamma, beta, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)  # one row per sample
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            std = np.sqrt(var + 10e-7)
            xn = xc / std
            self.batch_size = x.shape[0]
            self.xc = xc
            self.std = std
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xc = x - self.running_mean
            xn = xc / np.sqrt(self.running_var + 10e-7)
        self.xn = xn
        self.gamma = gamma
        self.beta_shape = np.shape(beta)
        out = gamma * xn + beta
        return out.reshape(self.input_shape)

    def backward(self, dout):
        dout = dout.reshape(self.xn.shape)
        # reshaped: for a batch of numbers (N,), gamma and beta may be single numbers
        dbeta = dout.sum(axis=0).reshape(self.beta_shape)
        dgamma = np.sum(self.xn * dout, axis=0).reshape(np.shape(self.gamma))
        dxn = self.gamma * dout
        # back through x̂ = xc / std, std = √(var + ε), var = mean(xc²), xc = x − μ
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        return dx.reshape(self.input_shape), dgamma, dbeta
'''


def _momentum(params: dict) -> str:
    """The layer's constructor argument: `momentum=0.9`."""
    return f"momentum={params.get('momentum', 0.9)!r}"


class BatchNorm(Op):
    type_name = "BatchNorm"
    symbol = "BatchNorm"
    category = "layers"
    inputs = ("x", "gamma", "beta")
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward γ·(x − μ)/√(σ² + ε) + β, each column normalized over the batch; "
        "backward through the mean and the variance to every row (figure 6-17)")
    port_roles = {"gamma": "scale", "beta": "shift"}
    params_spec = (Param("momentum", "number", 0.9, QT_TRANSLATE_NOOP(
        "params", "how much of the running averages each training batch keeps (they are "
        "what evaluation uses)"), QT_TRANSLATE_NOOP("params", "Momentum"), low=0, high=1),)
    layer = Layer("BatchNormalization", BATCHNORM_CODE, ("x", "gamma", "beta"),
                  arguments=_momentum)

    def __init__(self, params=None) -> None:
        super().__init__(params)
        # the running averages of the batches' means and variances (training keeps them,
        # evaluation uses them); None until the first batch gives their size
        self.running_mean: np.ndarray | None = None
        self.running_var: np.ndarray | None = None

    def check(self, sx, sgamma, sbeta):
        if len(sx) < 1:
            return translate("Shapes", "x is a scalar but must be a batch: rows (N, D), or N "
                             "numbers (N,), each column normalized over the batch").format(
                sx=shape_str(sx))
        width = int(np.prod(sx[1:]))
        for port, shape in (("gamma", sgamma), ("beta", sbeta)):
            # a batch of N numbers (N,) has one column, so one number each will do
            if shape != (width,) and not (len(sx) == 1 and shape == ()):
                return translate("Shapes", "{port} is {shape} but x is {sx} — {port} must be "
                                 "a vector of {n}, one per column of x").format(
                    port=port, shape=shape_str(shape), sx=shape_str(sx), n=width)
        return None

    def out_shape(self, sx, sgamma, sbeta):
        return sx

    def forward(self, x, gamma, beta):
        self.x_shape = x.shape
        x = x.reshape(x.shape[0], -1)  # images: one flat row per sample, as the book does
        if self.running_mean is None or self.running_mean.shape != x.shape[1:]:
            self.running_mean = np.zeros(x.shape[1], x.dtype)
            self.running_var = np.zeros(x.shape[1], x.dtype)
        if self.mode == "evaluation":
            xc = x - self.running_mean
            std = np.sqrt(self.running_var + EPS)
            xn = xc / std
        else:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            std = np.sqrt(var + EPS)
            xn = xc / std
            if self.mode == "training":
                m = self.params.get("momentum", 0.9)
                self.running_mean = m * self.running_mean + (1 - m) * mu
                self.running_var = m * self.running_var + (1 - m) * var
        self.batch_size, self.xc, self.xn, self.std, self.gamma = x.shape[0], xc, xn, std, gamma
        self.beta_shape = beta.shape
        return (gamma * xn + beta).reshape(self.x_shape)

    def backward(self, dout):
        need_x, need_gamma, need_beta = self.needs_grad
        dout = dout.reshape(self.xn.shape)
        # (reshaped: γ and β of a batch of numbers (N,) may be single numbers)
        dbeta = dout.sum(axis=0).reshape(self.beta_shape) if need_beta else None
        dgamma = np.sum(self.xn * dout, axis=0).reshape(self.gamma.shape) if need_gamma \
            else None
        if not need_x:
            return None, dgamma, dbeta
        dxn = self.gamma * dout
        dxc = dxn / self.std
        if self.mode != "evaluation":
            # the book's steps, back through std = √(var + ε), var = mean(xc²), xc = x − μ:
            # μ and var are the batch's, so every row reaches every other row's output
            dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
            dvar = 0.5 * dstd / self.std
            dxc = dxc + (2.0 / self.batch_size) * self.xc * dvar
            dmu = np.sum(dxc, axis=0)
            dxc = dxc - dmu / self.batch_size
        # at evaluation μ and σ² are the running averages, constants: only the x̂ path
        return dxc.reshape(self.x_shape), dgamma, dbeta

    expression = "BN({x})"

    @staticmethod
    def statistics(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The batch's mean μ, variance σ² and normalized x̂ of each column (as the lesson
        computes them: the batch's own)."""
        x = x.reshape(x.shape[0], -1)
        mu = x.mean(axis=0)
        var = np.mean((x - mu) ** 2, axis=0)
        return mu, var, (x - mu) / np.sqrt(var + EPS)

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        mu, var, xn = cls.statistics(facts.inputs["x"])
        text = facts.formula(translate(
            "narration", "{out} = {gamma} ⊙ x̂ + {beta}: each column of {x} is normalized over "
            "the batch of {n}, x̂ = ({x} − μ) / √(σ² + ε) with the batch's mean μ = {mu} and "
            "variance σ² = {var}, then scaled and shifted: {sx} → {so} = {outv}"),
            n=facts.inputs["x"].shape[0], mu=facts.num(mu), var=facts.num(var))
        return text, {"mean": mu, "var": var, "xn": xn}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂y/∂β = 1 and ∂y/∂γ = x̂ for each row, summed over the batch; ∂y/∂x through x̂,
        the variance and the mean: (γ/σ)(δ_ij − 1/N − x̂_i x̂_j / N) within a column."""
        if facts.port == "beta":
            return facts.local("1", None, side="sum")
        x = facts.inputs["x"]
        mu, var, xn = cls.statistics(x)
        if facts.port == "gamma":
            return facts.local("x̂", None, (("x̂", xn.reshape(x.shape)),), side="sum")
        return facts.local("({gamma}/σ)(δ_ij − 1/N − x̂_i x̂_j / N)", None,
                           ((facts.words["gamma"], facts.inputs["gamma"]),
                            ("σ", np.sqrt(var + EPS)), ("x̂", xn.reshape(x.shape))),
                           side="applied")

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        local = cls.local_derivative(facts)
        x = facts.inputs["x"]
        mu, var, xn = cls.statistics(x)
        n = x.shape[0]
        if facts.port == "beta":
            rule = facts.say(translate("narration", "{beta} was added to every row (every data "
                                       "point), so its gradient sums ∂L/∂{node} over axis 0"))
            return facts.chain(rule, local, "{lhs} = Σ {dup}: {su} → {sdx} = {dxv}"), {}
        if facts.port == "gamma":
            rule = facts.say(translate("narration", "{gamma} multiplied every row's x̂, so its "
                                       "gradient sums x̂ ⊙ ∂L/∂{node} over axis 0"))
            return facts.chain(rule, local, "{lhs} = Σ x̂ ⊙ {dup}: {su} → {sdx} = {dxv}"), \
                {"xn": xn.reshape(x.shape)}
        rule = facts.say(translate(
            "narration", "every row of {x} reaches every row's output through the batch's mean "
            "and variance, so the gradient takes three paths back (x̂, σ², μ; figure 6-17) and "
            "each column's mean parts are taken off"))
        text = facts.chain(rule, local, translate(
            "narration", "{lhs} = ({gamma}/σ) ⊙ ({dup} − mean({dup}) − x̂ ⊙ mean({dup} ⊙ "
            "x̂)), the means over the batch of {n}: {su} → {sdx} = {dxv}"), n=n)
        return text, {"sigma": np.sqrt(var + EPS), "xn": xn.reshape(x.shape)}
