"""A run that did not learn is told why, from what the run shows, on real digits with small
iteration counts: too few iterations, too small a learning rate, a rate too large, a broken
graph. The advice follows the cause (a run at lr 0.01 is not told its rate is too large),
in `train`'s text and `--json` as well."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from core import i18n
from core.files.graph_files import load_graph
from core.paths import ROOT, SAMPLES
from core.training.analysis import did_not_learn
from core.training.mnist import load_mnist
from core.training.run import TrainConfig, procedure
from core.training.trainer import Trainer
from tests.conftest import SHARED_MNIST

FOLDER = SHARED_MNIST / "t10k-split"


@pytest.fixture(scope="module")
def digits():
    if not FOLDER.is_dir():
        pytest.skip(f"real MNIST digits not found at {FOLDER}")
    return load_mnist(FOLDER, dtype=np.dtype("float32"))


def train(data, graph=None, **config):
    graph = graph or load_graph(SAMPLES / "two_layer_net.json")
    trainer = Trainer(graph, data.x_train, data.t_train, data.x_test, data.t_test,
                      TrainConfig(**config))
    return trainer.run()


def test_too_few_iterations(digits):
    result = train(digits, iters=10, lr=0.1)
    assert not result.learned and result.reason == "too_few"
    assert result.advice.startswith("10 iterations are too few: the loss is only beginning to "
                                    "come down (2.303 → ")
    assert "learning rate is too" not in result.advice


def test_too_small_a_learning_rate_is_not_told_it_is_too_large(digits):
    result = train(digits, iters=200, lr=0.01)
    assert not result.learned and result.reason == "too_small"
    assert result.advice.startswith("The learning rate is too small (0.01; the book uses 0.1): "
                                    "the loss came down only from 2.303 to 2.29")
    assert "at least 500 iterations at this one" in result.advice
    assert "too large" not in result.advice


def test_a_rate_too_large(digits):
    result = train(digits, iters=100, lr=10.0)
    assert not result.learned and result.reason == "too_large"
    assert result.advice.startswith("The learning rate is too large (10; the book uses 0.1): "
                                    "the loss jumped to ")
    assert "so more iterations will not help" in result.advice


def test_a_broken_graph_whose_weights_get_no_gradient(digits):
    graph = load_graph(SAMPLES / "two_layer_net.json")
    graph.set_params("W1", {"init": "zeros", "shape": [784, 50]})
    graph.set_params("W2", {"init": "zeros", "shape": [50, 10]})
    result = train(digits, graph, iters=100, lr=0.1)
    assert not result.learned and result.reason == "broken"
    assert result.advice.startswith("No gradient reached the weights (W1, W2): they never "
                                    "changed. Check the graph")


def test_a_run_that_learned_has_no_reason(digits):
    result = train(digits, iters=150, lr=0.1)
    assert result.learned and result.reason == "" and result.advice == ""
    assert did_not_learn(result.losses, result.final_test_acc, lr=0.1) is None


def test_the_advice_is_korean_in_korean(digits):
    i18n.set_language("ko")
    try:
        result = train(digits, iters=200, lr=0.01)
        assert result.advice.startswith("학습률이 너무 작습니다 (0.01, 책은 0.1): 200번 반복하는 "
                                        "동안 손실이 2.303에서 2.29")
        assert "(으)" not in result.advice
        lines = procedure(TrainConfig(iters=200, lr=0.01), 8000, 80)
        assert lines == ["5.7.1의 신경망 학습: 다음 네 단계를 반복합니다.",
                         "  1단계 미니배치: 훈련 이미지 8,000개 중 100개를 무작위로 가져옵니다",
                         "  2단계 기울기 산출: 그래프를 따라 오차역전파법으로 모든 매개변수의 "
                         "기울기 ∂L/∂W를 구합니다",
                         "  3단계 매개변수 갱신: W ← W − 0.01·∂L/∂W",
                         "  4단계 반복: 200번 반복합니다 (에폭마다 80번). 정확도는 에폭마다 잽니다"]
    finally:
        i18n.set_language("en")


def test_train_shows_the_procedure_first_and_says_it_did_not_learn(digits):
    def train_cli(*args):
        return subprocess.run([sys.executable, "-m", "core.cli", "train", "--data", FOLDER,
                               *map(str, args)], capture_output=True, text=True, timeout=300,
                              cwd=ROOT)

    text = train_cli("--iters", "200", "--lr", "0.01")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[:5] == ["Training as in 5.7.1: four steps, repeated.",
                         "  1. minibatch: 100 of the 8,000 training images, drawn at random",
                         "  2. gradient: backpropagation through the graph gives ∂L/∂W for "
                         "every parameter",
                         "  3. update: W ← W − 0.01·∂L/∂W",
                         "  4. repeat: 200 iterations (80 an epoch), the accuracy once an epoch"]
    assert lines[-1].startswith("The net did not learn. The learning rate is too small (0.01")
    doc = json.loads(train_cli("--iters", "200", "--lr", "0.01", "--json").stdout
                     .splitlines()[-1])
    assert doc["learned"] is False and doc["reason"] == "too_small"
    assert doc["advice"].startswith("The learning rate is too small")
    good = json.loads(train_cli("--iters", "150", "--json").stdout.splitlines()[-1])
    assert good["learned"] is True and "reason" not in good
