"""core.training.analysis without Qt: the confusion matrix, the analysis snapshot, "did not
learn"."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.files.graph_files import load_graph
from core.paths import SAMPLES
from core.training.analysis import analyse, confusion_matrix, did_not_learn, final_loss
from core.training.mnist import load_mnist
from core.training.run import TrainConfig
from core.training.trainer import Trainer


@pytest.fixture(scope="module")
def mnist64(request):
    from tests.conftest import SHARED_MNIST
    folder = SHARED_MNIST / "t10k-split"
    if not folder.is_dir():
        pytest.skip(f"real MNIST digits not found at {folder}")
    return load_mnist(folder, dtype=np.dtype("float64"))


def train(data, **config):
    trainer = Trainer(load_graph(SAMPLES / "two_layer_net.json"), data.x_train, data.t_train,
                      data.x_test, data.t_test, TrainConfig(**config))
    return trainer, trainer.run()


def test_the_confusion_matrix_counts_true_rows_against_predicted_columns():
    labels = np.array([0, 0, 1, 2, 2, 2])
    predicted = np.array([0, 1, 1, 2, 0, 2])
    counts = confusion_matrix(labels, predicted, classes=3)
    np.testing.assert_array_equal(counts, [[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    assert confusion_matrix(labels, predicted).shape == (10, 10)  # ten digits by default
    assert confusion_matrix(labels, predicted).sum() == 6


def test_a_run_that_stays_at_chance_did_not_learn():
    ln10 = math.log(10)  # an untrained net's cross-entropy on ten classes: 2.3026
    flat = np.full(300, ln10)
    assert did_not_learn(flat, 0.35)  # the loss never came down
    assert did_not_learn(np.linspace(2.3, 0.5, 300), 0.115)  # accuracy at chance
    assert not did_not_learn(np.linspace(2.3, 0.5, 300), 0.88)
    assert not did_not_learn(np.array([]), None)  # nothing ran: nothing to judge
    # the end counts, not the start: the mean of the last 20 losses
    assert final_loss(np.r_[np.full(100, 2.3), np.full(20, 1.0)]) == pytest.approx(1.0)
    assert final_loss(np.array([np.nan, 2.0])) == 2.0
    # two classes: chance is ln 2 = 0.69 and 50 %
    assert did_not_learn(np.full(50, 0.69), None, classes=2)
    assert did_not_learn(np.full(50, 0.3), 0.55, classes=2)
    assert not did_not_learn(np.full(50, 0.3), 0.9, classes=2)


def test_a_huge_learning_rate_finishes_but_did_not_learn(mnist64):
    # lr 10 in float64: the ReLUs die in the first steps and the loss sits at ≈ 2.30
    trainer, result = train(mnist64, iters=200, lr=10.0, dtype="float64")
    assert result.status == "finished" and not result.learned
    assert final_loss(result.losses) > 2.25 and result.final_test_acc < 0.15
    _, good = train(mnist64, iters=200, lr=0.1, dtype="float64")
    assert good.status == "finished" and good.learned and good.final_test_acc > 0.85


def test_the_analysis_snapshot_holds_the_test_predictions_and_first_weights(mnist64):
    trainer, result = train(mnist64, iters=120, dtype="float64")
    analysis = analyse(trainer, mnist64)
    assert analysis.iteration == 120
    assert analysis.weights_label == "W1" and analysis.weights.shape == (784, 50)
    assert analysis.weights is not trainer.parameters()["W1"]  # a copy: training goes on
    counts = confusion_matrix(analysis.t_test, analysis.predicted)
    assert counts.sum() == 2000
    assert np.trace(counts) / 2000 == pytest.approx(result.final_test_acc)
