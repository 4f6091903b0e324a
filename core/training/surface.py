"""The optimizers' paths on the book's surface (6.1.7, figures 6-3 to 6-8).

f(x, y) = x²/20 + y², a bowl forty times flatter along x than along y, whose minimum is
(0, 0). From (−7, 2) each optimizer takes `steps` updates with the book's learning rate
for it (`optimizer_compare_naive.py`); the path is the start followed by one point per
update, so 30 updates make 31 points. SGD zigzags across the steep y direction and
creeps along x; Momentum rolls like a ball; AdaGrad's steps shrink; Adam does both.
"""

from __future__ import annotations

import numpy as np

from core.training.optimizers import OPTIMIZERS

FUNCTION = "x**2/20 + y**2"
START = (-7.0, 2.0)
#: the book's learning rates (figures 6-3 to 6-8), then the two shown only with `--all`
BOOK_RATES = {"SGD": 0.95, "Momentum": 0.1, "AdaGrad": 1.5, "Adam": 0.3}
MORE_RATES = {"RMSprop": 0.1, "Nesterov": 0.1}


def f(x, y):
    """x²/20 + y² (numbers or arrays)."""
    return x ** 2 / 20.0 + y ** 2


def gradient(x, y) -> tuple:
    """(∂f/∂x, ∂f/∂y) = (x/10, 2y)."""
    return x / 10.0, 2.0 * y


def rates(everything: bool = False) -> dict[str, float]:
    """The learning rate of each optimizer drawn, by its name, in the order drawn."""
    return {**BOOK_RATES, **MORE_RATES} if everything else dict(BOOK_RATES)


def optimizer_path(name: str, lr: float, steps: int = 30) -> np.ndarray:
    """The path of optimizer `name` (as `OPTIMIZERS`' classes name themselves) with
    learning rate `lr`: shape (steps + 1, 2), the start first."""
    by_name = {cls.name: cls for cls in OPTIMIZERS.values()}
    optimizer = by_name[name](lr=lr)
    # 0-d arrays: the optimizers update them in place, as they do a network's weights
    params = {"x": np.array(START[0]), "y": np.array(START[1])}
    path = np.empty((steps + 1, 2))
    path[0] = START
    for i in range(1, steps + 1):
        dx, dy = gradient(params["x"], params["y"])
        optimizer.update(params, {"x": np.asarray(dx), "y": np.asarray(dy)})
        path[i] = params["x"], params["y"]
    return path


def optimizer_paths(steps: int = 30, everything: bool = False) -> dict[str, np.ndarray]:
    """Each optimizer's path by name: SGD, Momentum, AdaGrad, Adam (and RMSprop, Nesterov
    with `everything`), each of shape (steps + 1, 2), the start first."""
    return {name: optimizer_path(name, lr, steps) for name, lr in rates(everything).items()}
