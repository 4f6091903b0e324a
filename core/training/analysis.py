"""What a trained net gets right and wrong, and whether it learned at all.

`analyse` takes a snapshot of a trainer for the analysis views: its predictions on the test
set and the first layer's weights (one row per pixel). `confusion_matrix` counts, for each
true class, what the net predicted. `did_not_learn` tells a run that ended where it began
(the loss still near ln(classes), the accuracy near chance) from one that learned: a
learning rate far too large makes the ReLUs die and the loss sit at ≈ 2.30 for ten digits,
and a run of a few dozen iterations has not had the time to learn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.training.mnist import MnistData

CLASSES = 10
#: losses averaged for "the loss at the end" (about what a smoothed curve shows)
LOSS_TAIL = 20
#: a loss at or above this share of ln(classes), chance's loss, has not come down
STUCK_LOSS_SHARE = 0.95
#: an accuracy that has come at most this share of the way from chance (1 / classes) to
#: perfect has not gone up: 20 % for ten digits
STUCK_ACCURACY_GAIN = 1 / 9


@dataclass
class Analysis:
    """A snapshot for the analysis views: test predictions and the first layer's weights."""

    iteration: int
    x_test: np.ndarray
    t_test: np.ndarray  # class indices
    predicted: np.ndarray
    weights: np.ndarray | None  # (784, hidden) or None when the graph has no such layer
    weights_label: str = ""


def analyse(trainer, data: MnistData) -> Analysis:
    """Predict the test set with a `core.training.trainer.Trainer` and copy its first layer's
    weights; the trainer must be idle (paused, done, or between two iterations)."""
    predicted = trainer.predict(data.x_test)
    labels = data.t_test.argmax(axis=1) if data.t_test.ndim == 2 else data.t_test
    weights, label = None, ""
    pixels = data.x_test.shape[1]
    for name, array in trainer.parameters().items():  # file order: W1 before W2
        if array.ndim == 2 and array.shape[0] == pixels:
            weights, label = array.copy(), name
            break
    return Analysis(trainer.iteration, data.x_test, np.asarray(labels), predicted, weights,
                    label)


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray,
                     classes: int = CLASSES) -> np.ndarray:
    """counts[i, j]: how many test digits labelled i were predicted as j."""
    labels = np.asarray(labels, dtype=np.intp)
    predicted = np.asarray(predicted, dtype=np.intp)
    return np.bincount(labels * classes + predicted,
                       minlength=classes * classes).reshape(classes, classes)


def final_loss(losses: np.ndarray) -> float | None:
    """The mean of the last LOSS_TAIL finite losses; None when there is none."""
    tail = np.asarray(losses, dtype=np.float64)[-LOSS_TAIL:]
    tail = tail[np.isfinite(tail)]
    return float(tail.mean()) if len(tail) else None


def did_not_learn(losses: np.ndarray, accuracy: float | None,
                  classes: int = CLASSES) -> bool:
    """Whether a finished run ended where an untrained net starts.

    True when the loss at the end is still ≥ 95 % of ln(classes) (2.19 for ten digits:
    an untrained net's cross-entropy is ln 10 = 2.30), or the final accuracy is still
    within a ninth of the way from chance to perfect (≤ 0.2 for ten digits). A run with no
    iteration has nothing to judge.
    """
    if len(losses) == 0:
        return False
    loss = final_loss(losses)
    stuck = loss is not None and loss >= STUCK_LOSS_SHARE * math.log(classes)
    chance = 1.0 / classes
    at_chance = accuracy is not None and math.isfinite(accuracy) and (
        accuracy <= chance + STUCK_ACCURACY_GAIN * (1.0 - chance) + 1e-12)
    return stuck or at_chance
