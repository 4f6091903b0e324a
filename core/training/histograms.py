"""The activations of a deep net's hidden layers at the start (6.2.2, figures 6-10 to 6-14).

As the book's `weight_init_activation_histogram.py`: 1,000 random inputs (standard normal,
100 features) go through 5 layers of 100 nodes, each an affine map with no bias and the
activation, the weights drawn from a normal distribution with the init's std. With std 1
and the sigmoid the outputs pile up at 0 and 1 (the gradient vanishes), with std 0.01 at
0.5 (every node says the same thing); Xavier's std 1/√n keeps them spread over every layer,
and He's √(2/n) does that for ReLU. `activation_histograms` returns the numbers; whoever
draws them bins each layer over (0, 1) with 30 bins, as the book does.
"""

from __future__ import annotations

import math

import numpy as np

from core.i18n import translate

ACTIVATIONS = ("sigmoid", "relu", "tanh")
#: the book's histogram: 30 bins over (0, 1)
BINS = 30
RANGE = (0.0, 1.0)


def init_std(init: str | float, n: int) -> float:
    """The std of a layer's weights with `n` inputs: a number is itself, "xavier" 1/√n,
    "he" √(2/n) (as the book's code computes them)."""
    if isinstance(init, str):
        if init == "xavier":
            return math.sqrt(1.0 / n)
        if init == "he":
            return math.sqrt(2.0 / n)
        try:
            init = float(init)
        except ValueError:
            raise ValueError(translate("Train", "the initial weights must be a std (a number "
                                       "≥ 0), xavier or he, not {value!r}").format(value=init)
                             ) from None
    std = float(init)
    if not (math.isfinite(std) and std >= 0):
        raise ValueError(translate("Train", "the initial weights must be a std (a number ≥ 0), "
                                   "xavier or he, not {value!r}").format(value=init))
    return std


def _activate(activation: str, a: np.ndarray) -> np.ndarray:
    if activation == "sigmoid":
        return 1.0 / (1.0 + np.exp(-a))
    if activation == "relu":
        return np.maximum(0.0, a)
    if activation == "tanh":
        return np.tanh(a)
    raise ValueError(translate("Train", "the activation must be one of {known}, not {value!r}")
                     .format(known=", ".join(ACTIVATIONS), value=activation))


def activation_histograms(activation: str, init: str | float, layers: int = 5,
                          width: int = 100, samples: int = 1000,
                          seed: int = 0) -> list[np.ndarray]:
    """The activations of each hidden layer, each of shape (samples, width)."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, width))
    std = init_std(init, width)
    out = []
    for _ in range(layers):
        w = rng.standard_normal((width, width)) * std
        x = _activate(activation, x @ w)
        out.append(x)
    return out


def histogram(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(counts, edges) of one layer's activations as the book bins them: 30 bins on (0, 1)."""
    return np.histogram(values.ravel(), bins=BINS, range=RANGE)
