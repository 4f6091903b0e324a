"""The book's parameter updates (6.1, `common/optimizer.py`): one class per rule.

Every optimizer has `update(params, grads)`, which updates the arrays of `params` IN PLACE
from the gradients of the same keys, exactly as the book's classes do (their state, the
velocity `v` or the sum of squares `h`, is created on the first update with each
parameter's shape). `key` names it on the command line and in files, `name` as the book
does, and `rule()` states the rule in the lesson's words with this optimizer's numbers.
As in the book's code, 1e-7 is added to √h so a parameter whose gradients were all zero
is not divided by zero.

`OPTIMIZERS` lists the classes by key in the book's order; `make_optimizer(key, lr)` builds
one with the book's defaults for the rest.
"""

from __future__ import annotations

import math

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate

#: added to √h (AdaGrad, RMSprop) and √v (Adam), as the book's code does
EPS = 1e-7
#: the names as a reader sees them (the Korean edition writes 모멘텀, and SGD, AdaGrad,
#: RMSProp, Adam in Latin letters), read with translate("Optimizers", name)
DISPLAY_NAMES = (QT_TRANSLATE_NOOP("Optimizers", "SGD"),
                 QT_TRANSLATE_NOOP("Optimizers", "Momentum"),
                 QT_TRANSLATE_NOOP("Optimizers", "Nesterov"),
                 QT_TRANSLATE_NOOP("Optimizers", "AdaGrad"),
                 QT_TRANSLATE_NOOP("Optimizers", "RMSprop"),
                 QT_TRANSLATE_NOOP("Optimizers", "Adam"))


class Optimizer:
    """What every rule has: a learning rate, a key, a name, a rule and `update`."""

    key = ""
    name = ""

    def __init__(self, lr: float) -> None:
        self.lr = lr

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        raise NotImplementedError

    def rule(self) -> str:
        raise NotImplementedError

    @classmethod
    def display_name(cls) -> str:
        """The name in the reader's language (`name` stays the book's, for files and JSON)."""
        return translate("Optimizers", cls.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lr={self.lr:g})"


class SGD(Optimizer):
    """Stochastic gradient descent: W ← W − η ∂L/∂W."""

    key, name = "sgd", "SGD"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        for key in params:
            params[key] -= self.lr * grads[key]

    def rule(self) -> str:
        return translate("Optimizers", "W ← W − {lr:g}·∂L/∂W: a step straight down the "
                         "gradient, as long as the learning rate says").format(lr=self.lr)


class Momentum(Optimizer):
    """v ← αv − η ∂L/∂W, W ← W + v: a ball rolling on the loss, keeping its speed."""

    key, name = "momentum", "Momentum"

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = momentum
        self.v: dict[str, np.ndarray] | None = None

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        if self.v is None:
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        for key in params:
            v = self.v[key]
            v *= self.momentum
            v -= self.lr * grads[key]
            params[key] += v

    def rule(self) -> str:
        return translate("Optimizers", "v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + v: the "
                         "velocity v keeps what earlier steps did, like a ball rolling down "
                         "the slope").format(momentum=self.momentum, lr=self.lr)


class Nesterov(Optimizer):
    """Nesterov's accelerated gradient, written as the book's code writes it."""

    key, name = "nesterov", "Nesterov"

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = momentum
        self.v: dict[str, np.ndarray] | None = None

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        if self.v is None:
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        m, lr = self.momentum, self.lr
        for key in params:
            v = self.v[key]
            v *= m
            v -= lr * grads[key]
            params[key] += m * m * v
            params[key] -= (1 + m) * lr * grads[key]

    def rule(self) -> str:
        return translate("Optimizers", "v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + "
                         "{momentum:g}²·v − (1 + {momentum:g})·{lr:g}·∂L/∂W: momentum that "
                         "looks one step ahead before it moves").format(momentum=self.momentum,
                                                                      lr=self.lr)


class AdaGrad(Optimizer):
    """h ← h + ∂L/∂W ⊙ ∂L/∂W, W ← W − η ∂L/∂W / √h: each parameter's own learning rate."""

    key, name = "adagrad", "AdaGrad"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)
        self.h: dict[str, np.ndarray] | None = None

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        if self.h is None:
            self.h = {key: np.zeros_like(value) for key, value in params.items()}
        for key in params:
            g, h = grads[key], self.h[key]
            h += g * g
            params[key] -= self.lr * g / (np.sqrt(h) + EPS)

    def rule(self) -> str:
        return translate("Optimizers", "h ← h + ∂L/∂W ⊙ ∂L/∂W, W ← W − {lr:g}·∂L/∂W / √h: "
                         "every parameter's steps shrink as its gradients pile up in h"
                         ).format(lr=self.lr)


class RMSprop(Optimizer):
    """AdaGrad whose sum of squares forgets: h ← ρh + (1 − ρ) ∂L/∂W ⊙ ∂L/∂W."""

    key, name = "rmsprop", "RMSprop"

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99) -> None:
        super().__init__(lr)
        self.decay_rate = decay_rate
        self.h: dict[str, np.ndarray] | None = None

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        if self.h is None:
            self.h = {key: np.zeros_like(value) for key, value in params.items()}
        rho = self.decay_rate
        for key in params:
            g, h = grads[key], self.h[key]
            h *= rho
            h += (1 - rho) * g * g
            params[key] -= self.lr * g / (np.sqrt(h) + EPS)

    def rule(self) -> str:
        return translate("Optimizers", "h ← {decay:g}·h + {rest:g}·∂L/∂W ⊙ ∂L/∂W, W ← W − "
                         "{lr:g}·∂L/∂W / √h: like AdaGrad, but old gradients fade from h"
                         ).format(decay=self.decay_rate, rest=round(1 - self.decay_rate, 12),
                                  lr=self.lr)


class Adam(Optimizer):
    """Momentum and AdaGrad together, with the book's bias-corrected learning rate."""

    key, name = "adam", "Adam"

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
        super().__init__(lr)
        self.beta1, self.beta2 = beta1, beta2
        self.iter = 0
        self.m: dict[str, np.ndarray] | None = None
        self.v: dict[str, np.ndarray] | None = None

    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        if self.m is None:
            self.m = {key: np.zeros_like(value) for key, value in params.items()}
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        self.iter += 1
        b1, b2 = self.beta1, self.beta2
        # the book's bias correction, folded into the step size
        lr_t = self.lr * math.sqrt(1.0 - b2 ** self.iter) / (1.0 - b1 ** self.iter)
        for key in params:
            g, m, v = grads[key], self.m[key], self.v[key]
            m += (1 - b1) * (g - m)
            v += (1 - b2) * (g * g - v)
            params[key] -= lr_t * m / (np.sqrt(v) + EPS)

    def rule(self) -> str:
        return translate("Optimizers", "m ← m + {r1:g}·(∂L/∂W − m), v ← v + {r2:g}·(∂L/∂W ⊙ "
                         "∂L/∂W − v), W ← W − {lr:g}·√(1 − {b2:g}ᵗ)/(1 − {b1:g}ᵗ)·m / √v: "
                         "Momentum's m and AdaGrad's v together, corrected for starting at 0"
                         ).format(r1=round(1 - self.beta1, 12), r2=round(1 - self.beta2, 12),
                                  lr=self.lr, b1=self.beta1, b2=self.beta2)


#: every optimizer by key, in the book's order
OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.key: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)}


def make_optimizer(key: str, lr: float) -> Optimizer:
    """The optimizer `key` with learning rate `lr` and the book's defaults for the rest."""
    try:
        cls = OPTIMIZERS[key]
    except KeyError:
        raise ValueError(translate("Optimizers", "unknown optimizer {key!r}; choose one of "
                                   "{known}").format(key=key, known=", ".join(OPTIMIZERS))
                         ) from None
    return cls(lr=lr)
