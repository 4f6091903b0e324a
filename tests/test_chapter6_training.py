"""Chapter 6 in the trainer: the optimizers, weight decay (weights only), the train size,
the initial weights by name, the book's MultiLayerNet as a graph, and the train flags.
Real MNIST digits; hand-computed first steps."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from functools import lru_cache

import numpy as np
import pytest

from core.engine.program import Program
from core.files.graph_files import dumps_graph, loads_graph
from core.paths import ROOT
from core.training.mnist import MnistData, load_mnist
from core.training.networks import NetworkError, multi_layer_net, parse_init, parse_layers
from core.training.roles import find_roles, network_chain
from core.training.run import TrainConfig, TrainError, procedure
from core.training.trainer import Trainer


@lru_cache(maxsize=None)
def _load(folder: str) -> MnistData:
    return load_mnist(folder, dtype=np.float64)


@pytest.fixture
def mnist(mnist_split) -> MnistData:
    return _load(str(mnist_split))


def small_net(**kw):
    return multi_layer_net((20, 20), **kw)


def trainer(mnist, graph=None, **config) -> Trainer:
    config.setdefault("evaluate", False)
    config.setdefault("dtype", "float64")
    return Trainer(graph or small_net(), mnist.x_train, mnist.t_train, mnist.x_test,
                   mnist.t_test, TrainConfig(**config))


def one_step(mnist, **config):
    """(parameters before, parameters after, the loss) of one update on the same batch."""
    t = trainer(mnist, iters=1, batch_size=16, **config)
    before = {k: v.copy() for k, v in t.parameters().items()}
    result = t.run()
    return before, t.parameters(), float(result.losses[0]), t


# -- the update rule ----------------------------------------------------------------------

def test_momentums_first_step_is_sgds_and_adams_is_its_rate(mnist):
    w0, sgd, _, _ = one_step(mnist, lr=0.05)
    _, momentum, _, _ = one_step(mnist, lr=0.05, optimizer="momentum")
    for key in w0:  # v = −lr·dW at first: the same step
        np.testing.assert_allclose(momentum[key], sgd[key], rtol=1e-9, atol=1e-12)
    _, adam, _, t = one_step(mnist, lr=0.001, optimizer="adam")
    assert type(t.optimizer).__name__ == "Adam"
    step = np.abs(adam["W1"] - w0["W1"])
    moved = step[step > 0]
    # the book's Adam, first update: lr·√(1−β2)/(1−β1)·0.1g/√(0.001g²) = lr per element
    # (less where |g| is near the 1e-7 added to √v)
    assert len(moved) > 0.3 * step.size
    assert np.median(moved) == pytest.approx(0.001, rel=1e-3)
    assert moved.max() <= 0.001 * (1 + 1e-6)


def test_momentum_keeps_rolling(mnist):
    t = trainer(mnist, iters=2, batch_size=16, lr=0.05, optimizer="momentum")
    t.run()
    s = trainer(mnist, iters=2, batch_size=16, lr=0.05)
    s.run()
    assert not np.allclose(t.parameters()["W1"], s.parameters()["W1"])


def test_weight_decay_adds_half_lambda_w_squared_and_lambda_w_to_weights_only(mnist):
    w0, plain, loss, _ = one_step(mnist, lr=0.1)
    _, decayed, decayed_loss, t = one_step(mnist, lr=0.1, weight_decay=0.1)
    weights = [k for k in w0 if k.startswith("W")]
    assert weights == ["W1", "W2", "W3"]
    squares = sum(float((w0[k] ** 2).sum()) for k in weights)
    assert decayed_loss == pytest.approx(loss + 0.5 * 0.1 * squares, rel=1e-12)
    for key in w0:
        if key in weights:  # W ← W − lr·(dW + λW): λW's share is −lr·λ·W
            np.testing.assert_allclose(decayed[key] - plain[key], -0.1 * 0.1 * w0[key],
                                       atol=1e-12)
        else:  # biases do not decay
            np.testing.assert_array_equal(decayed[key], plain[key])
    assert "weight decay λ = 0.1" in "\n".join(procedure(t.config, 8000, 80))


def test_weight_decay_with_another_optimizer(mnist):
    w0, plain, _, _ = one_step(mnist, lr=0.05, optimizer="momentum")
    _, decayed, _, _ = one_step(mnist, lr=0.05, optimizer="momentum", weight_decay=0.5)
    np.testing.assert_allclose(decayed["W2"] - plain["W2"], -0.05 * 0.5 * w0["W2"], atol=1e-12)
    np.testing.assert_array_equal(decayed["b2"], plain["b2"])


def test_train_size_keeps_the_first_digits(mnist):
    t = trainer(mnist, iters=0, train_size=300, batch_size=100)
    assert len(t.x_train) == 300 and t.iters_per_epoch == 3
    np.testing.assert_array_equal(t.x_train, mnist.x_train[:300])
    with pytest.raises(TrainError, match="train size 9,000 is more than the 8,000"):
        trainer(mnist, train_size=9000)


def test_init_by_name_draws_each_layers_std(mnist):
    graph = multi_layer_net((200, 50))
    for init, scale in (("xavier", 1.0), ("he", 2.0), (0.01, None)):
        t = trainer(mnist, graph=graph, iters=0, weight_init_std=init)
        params = t.parameters()
        for key, n in (("W1", 784), ("W2", 200), ("W3", 50)):
            expected = 0.01 if scale is None else math.sqrt(scale / n)
            assert params[key].std() == pytest.approx(expected, rel=0.1), (init, key)
        assert not params["b1"].any()


def test_bad_settings_are_refused_in_words():
    for config, words in (({"optimizer": "adamw"}, "the optimizer must be one of sgd"),
                          ({"weight_decay": -1.0}, "weight decay must be a finite number"),
                          ({"weight_init_std": "lecun"}, "xavier or he"),
                          ({"train_size": 0}, "train size must be a whole number")):
        with pytest.raises(TrainError, match=words):
            TrainConfig(**config).validate()


# -- the MultiLayerNet graph ----------------------------------------------------------------

def test_multi_layer_net_is_the_books_chain():
    graph = multi_layer_net()
    roles = find_roles(graph)
    assert network_chain(graph, roles) == ("Affine", "ReLU") * 4 + ("Affine", "SoftmaxWithLoss")
    labels = [graph.nodes[p].label for p in roles.parameters]
    assert labels == [f"{k}{i}" for i in range(1, 6) for k in "Wb"]
    shapes = [tuple(graph.nodes[f"W{i}"].params["shape"]) for i in range(1, 6)]
    assert shapes == [(784, 100), (100, 100), (100, 100), (100, 100), (100, 10)]
    assert graph.nodes["W1"].params["std"] == pytest.approx(math.sqrt(2 / 784))  # He
    sigmoid = multi_layer_net((50, 30), "sigmoid", init="xavier")
    assert network_chain(sigmoid, find_roles(sigmoid)) == (
        "Affine", "Sigmoid", "Affine", "Sigmoid", "Affine", "SoftmaxWithLoss")
    assert sigmoid.nodes["W2"].params["std"] == pytest.approx(math.sqrt(1 / 50))
    assert multi_layer_net((10,), init=0.01).nodes["W2"].params["std"] == 0.01


def test_multi_layer_net_runs_on_its_own_and_round_trips_its_file():
    graph = multi_layer_net()
    value = Program(graph).forward()["loss"]
    assert math.isfinite(float(value)) and 1.5 < float(value) < 4
    again = loads_graph(dumps_graph(graph))
    assert float(Program(again).forward()["loss"]) == float(value)
    assert again.meta["title"] == "MultiLayerNet 784-100-100-100-100-10 ReLU"
    assert again.meta["title_ko"].startswith("다층 신경망")


def test_multi_layer_net_is_laid_out_in_rows_that_read_left_to_right():
    graph = multi_layer_net()
    chain = ["x"] + [f"{k}{i}" for i in range(1, 5) for k in ("Affine", "Relu")] + [
        "Affine5", "loss"]
    rows: dict[float, list[float]] = {}
    for nid in chain:
        x, y = graph.nodes[nid].position
        rows.setdefault(y, []).append(x)
    assert len(rows) == 2  # 11 ops: two rows, each left to right
    assert all(xs == sorted(xs) for xs in rows.values())
    for i in range(1, 6):  # W above its Affine, b below, just before it
        ax, ay = graph.nodes[f"Affine{i}"].position
        wx, wy = graph.nodes[f"W{i}"].position
        bx, by = graph.nodes[f"b{i}"].position
        assert wy < ay < by and wx == bx < ax


def test_network_settings_that_cannot_make_a_net():
    assert parse_layers("100, 100,100") == (100, 100, 100)
    assert parse_init("Xavier") == "xavier" and parse_init("0.01") == 0.01
    for bad in ("", "100,,100", "0", "a"):
        with pytest.raises(NetworkError, match="hidden sizes"):
            parse_layers(bad)
    with pytest.raises(NetworkError, match="dropout ratio"):
        multi_layer_net((10,), dropout=1.0)
    with pytest.raises(NetworkError, match="activation"):
        multi_layer_net((10,), activation="tanh")


def test_a_deeper_net_learns_with_adam(mnist):
    t = trainer(mnist, graph=multi_layer_net((50, 50, 50)), iters=150, batch_size=64,
                optimizer="adam", lr=0.001, evaluate=True, dtype="float32")
    result = t.run()
    assert result.learned and result.final_test_acc > 0.8


# -- the command line ---------------------------------------------------------------------

def train(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", "train", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_train_flags_build_and_train_the_net(mnist_split):
    proc = train("--data", mnist_split, "--layers", "30,30", "--activation", "relu",
                 "--init", "he", "--optimizer", "adam", "--weight-decay", "0.01",
                 "--train-size", "2000", "--iters", "100", "--batch-size", "50", "--json")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[1]["iteration"] == 40  # an epoch is 2,000 / 50 iterations
    assert lines[-1]["status"] == "finished" and lines[-1]["test_acc"] > 0.5


def test_train_flags_refuse_what_cannot_be_built(mnist_split):
    for args, words in (
            (("--layers", "10,x"), "hidden sizes ≥ 1 separated by commas"),
            (("--layers", "50", "--graph", "two_layer_net"), "cannot be used with --graph"),
            (("--layers", "50", "--hidden", "20"), "give the sizes with --layers"),
            (("--init", "wide"), "xavier or he"),
            (("--dropout", "1.5"), "dropout ratio"),
            (("--train-size", "9000"), "train size 9,000"),
            (("--weight-decay", "-1"), "weight decay")):
        proc = train("--data", mnist_split, "--iters", "2", *args)
        assert proc.returncode == 1 and words in proc.stderr, (args, proc.stderr)
    proc = train("--optimizer", "adamw")
    assert proc.returncode == 2 and "invalid choice: 'adamw'" in proc.stderr


def test_train_help_in_korean():
    proc = subprocess.run([sys.executable, "-m", "core.cli", "train", "--help", "--lang", "ko"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "가중치 감소" in proc.stdout and "배치 정규화" in proc.stdout
    assert "드롭아웃" in proc.stdout and "가중치의 초깃값" in proc.stdout


def test_a_run_with_weight_decay_is_judged_by_its_cross_entropy(mnist):
    # He weights make ½λ‖W‖² alone larger than ln 10: the loss drawn stays high while the
    # net learns, and the verdict must not call it stuck
    t = trainer(mnist, graph=multi_layer_net((100, 100)), iters=160, batch_size=100, lr=0.1,
                weight_decay=0.1, weight_init_std="he", evaluate=True, dtype="float32")
    result = t.run()
    assert result.losses[-10:].mean() > 2.5
    assert result.final_test_acc > 0.8 and result.learned, result.advice
