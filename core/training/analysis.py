"""What a trained net gets right and wrong, and whether it learned at all.

`analyse` takes a snapshot of a trainer for the analysis views: its predictions on the test
set and the first layer's weights (one row per pixel). `confusion_matrix` counts, for each
true class, what the net predicted. `did_not_learn` tells a run that ended where it began
(the loss still near ln(classes), the accuracy near chance) from one that learned, and
says why, from what the run shows (real MNIST runs, `tests/test_analysis.py`):

- "broken": no gradient reached the weights, they never changed (weights that all start
  at 0, a ReLU that blocks every value), or a run long enough at the book's rate stayed put;
- "too_large": the loss jumped well above where it started, or came down and went back up
  (lr 10, or 1.5 over 1,000 iterations: the ReLUs die and the loss sits at ≈ 2.30);
- "too_small": a learning rate below the book's 0.1, with the loss coming down slowly
  (lr 0.01 for 200 iterations: 2.303 → 2.290);
- "too_few": the book's rate or more, but too few steps to get going (lr 0.1, 10
  iterations);
- "stalled": not learned, but the run did not say enough to tell why.

`advice` says it in words, with the run's numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.i18n import translate
from core.training.mnist import MnistData

CLASSES = 10
#: losses averaged for "the loss at the end" (about what a smoothed curve shows)
LOSS_TAIL = 20
#: a loss at or above this share of ln(classes), chance's loss, has not come down
STUCK_LOSS_SHARE = 0.95
#: an accuracy that has come at most this share of the way from chance (1 / classes) to
#: perfect has not gone up: 20 % for ten digits
STUCK_ACCURACY_GAIN = 1 / 9
#: the book's learning rate (5.7.4)
BOOK_LR = 0.1
#: a loss that rose this share of ln(classes) above its start (or above the lowest it
#: reached) was thrown about by too large steps: 1.15 for ten digits
JUMP_SHARE = 0.5
RISE_SHARE = 0.25
#: learning rate × iterations below this has had too few steps to learn: at the book's
#: rate, the net gets going after about 50 iterations and is well under way by 200
ENOUGH_STEPS = 20.0
#: the iterations the book's rate needs before the accuracy leaves chance
BOOK_START = 50
#: the causes `did_not_learn` tells apart
CAUSES = ("broken", "too_large", "too_small", "too_few", "stalled")


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


def did_not_learn(losses: np.ndarray, accuracy: float | None, classes: int = CLASSES,
                  lr: float | None = None, weights_moved: bool | None = None) -> str | None:
    """Why a run ended where an untrained net starts (one of CAUSES), or None when it
    learned; a run with no iteration has nothing to judge.

    It did not learn when the loss at the end is still ≥ 95 % of ln(classes) (2.19 for
    ten digits: an untrained net's cross-entropy is ln 10 = 2.30), or the final accuracy is
    still within a ninth of the way from chance to perfect (≤ 0.2 for ten digits). The
    cause comes from the run: whether the weights moved at all (`weights_moved`), how the
    loss went, and the learning rate `lr` against the steps taken.
    """
    if len(losses) == 0:
        return None
    loss = final_loss(losses)
    stuck = loss is not None and loss >= STUCK_LOSS_SHARE * math.log(classes)
    chance = 1.0 / classes
    at_chance = accuracy is not None and math.isfinite(accuracy) and (
        accuracy <= chance + STUCK_ACCURACY_GAIN * (1.0 - chance) + 1e-12)
    if not (stuck or at_chance):
        return None
    return _cause(np.asarray(losses, dtype=np.float64), classes, lr, weights_moved)


def _cause(losses: np.ndarray, classes: int, lr: float | None,
           weights_moved: bool | None) -> str:
    if weights_moved is False:
        return "broken"
    finite = losses[np.isfinite(losses)]
    scale = math.log(classes)
    if finite.size:
        start, peak = float(finite[0]), float(finite.max())
        smooth = np.convolve(finite, np.ones(LOSS_TAIL) / LOSS_TAIL, mode="valid") \
            if finite.size >= LOSS_TAIL else finite
        low, end = float(smooth.min()), float(smooth[-1])
        if peak > start + JUMP_SHARE * scale or end > low + RISE_SHARE * scale:
            return "too_large"
    if lr is None:
        return "stalled"
    if lr < BOOK_LR * (1 - 1e-9):
        return "too_small"
    if lr * len(losses) < ENOUGH_STEPS:
        return "too_few"
    return "broken"


def advice(cause: str, losses: np.ndarray, lr: float | None, weights: str = "") -> str:
    """What to do about a run that did not learn, for its `cause` (`did_not_learn`), with
    the run's numbers: the loss at its start, highest and end, the learning rate, the
    iterations; `weights` names the weights that never changed (for "broken")."""
    losses = np.asarray(losses, dtype=np.float64)
    finite = losses[np.isfinite(losses)]
    start = float(finite[0]) if finite.size else float("nan")
    peak = float(finite.max()) if finite.size else float("nan")
    end = final_loss(losses) or float("nan")
    iterations = len(losses)
    if cause == "too_large":
        return translate("Train", "The learning rate is too large ({lr:g}; the book uses 0.1): "
                         "the loss jumped to {peak:.2f} on the way, from {start:.2f}, so more "
                         "iterations will not help. Try a smaller learning rate.").format(
            lr=lr if lr is not None else float("nan"), peak=peak, start=start)
    if cause == "too_small":
        needed = max(int(round(BOOK_START * BOOK_LR / lr, -1)), iterations * 2) if lr else 0
        return translate("Train", "The learning rate is too small ({lr:g}; the book uses 0.1): "
                         "the loss came down only from {start:.3f} to {end:.3f} in "
                         "{iterations:,} iterations. Try a larger learning rate, or at least "
                         "{needed:,} iterations at this one.").format(
            lr=lr, start=start, end=end, iterations=iterations, needed=needed)
    if cause == "too_few":
        return translate("Train", "{iterations:,} iterations are too few: the loss is only "
                         "beginning to come down ({start:.3f} → {end:.3f}). Train for more "
                         "iterations (the book trains 10,000).").format(
            iterations=iterations, start=start, end=end)
    if cause == "broken" and weights:
        return translate("Train", "No gradient reached the weights ({weights}): they never "
                         "changed. Check the graph: weights that all start at 0, a ReLU that "
                         "blocks every value, a layer that is not on the way to the loss."
                         ).format(weights=weights)
    if cause == "broken":
        return translate("Train", "With learning rate {lr:g} and {iterations:,} iterations the "
                         "net should have learned, and the loss stayed at {end:.2f}: check the "
                         "graph (the labels, the layers on the way to the loss, the weights' "
                         "initial values).").format(lr=lr, iterations=iterations, end=end)
    return translate("Train", "Try another learning rate, or more iterations.")
