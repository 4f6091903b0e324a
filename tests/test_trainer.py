"""The trainer on real MNIST digits: learning, NaN stop, threads, seeds, parameter files."""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np
import pytest

from core.engine.gradcheck import numerical_gradient
from core.engine.program import Program
from core.files.graph_files import load_graph
from core.ops.sources import Source
from core.paths import SAMPLES
from core.training.mnist import MnistData, load_mnist
from core.training.parameter_files import save_parameters
from core.training.roles import find_roles, hidden_size, network_chain
from core.training.run import RunControl, TrainConfig, TrainError
from core.training.trainer import Trainer, predict
from tests.helpers import build

TWO_LAYER = SAMPLES / "two_layer_net.json"
WAIT = 30.0  # seconds: a generous bound for waits that normally end in milliseconds


@lru_cache(maxsize=None)
def _load(folder: str) -> MnistData:
    return load_mnist(folder)


@pytest.fixture
def mnist(mnist_split) -> MnistData:
    return _load(str(mnist_split))


def make(mnist: MnistData, graph=None, **config) -> Trainer:
    return Trainer(graph or load_graph(TWO_LAYER), mnist.x_train, mnist.t_train,
                   mnist.x_test, mnist.t_test, TrainConfig(**config))


# -- learning ----------------------------------------------------------------------------

def test_a_short_run_learns_the_digits(mnist):
    events = []
    trainer = make(mnist, iters=400)
    trainer.callback = events.append
    result = trainer.run()

    assert result.status == "finished" and result.iterations == 400
    assert result.final_test_acc > 0.85  # chance is 0.10
    assert result.final_train_acc > 0.85
    assert result.losses[:20].mean() > 2.0 > 0.6 > result.losses[-20:].mean()
    # epoch 0 is the untrained net; then the book's epoch: train_size / batch_size =
    # 8,000 / 100 = 80 iterations
    assert result.epochs == [0, 80, 160, 240, 320, 400]
    assert len(result.test_acc) == 6 and result.test_acc[-1] > result.test_acc[0]
    assert 0.05 < result.test_acc[0] < 0.2 and 0.05 < result.train_acc[0] < 0.2  # chance
    assert result.learned

    iterations = [e for e in events if e.kind == "iteration"]
    assert [e.iteration for e in iterations] == list(range(1, 401))
    assert [e.loss for e in iterations] == pytest.approx(list(result.losses))
    epochs = [e for e in events if e.kind == "epoch"]
    assert [(e.epoch, e.iteration) for e in epochs] == [(k, 80 * k) for k in range(0, 6)]
    assert events[0] is epochs[0] and epochs[0].loss is None  # before any update
    assert [e.test_acc for e in epochs] == result.test_acc
    assert all(0.0 < e.elapsed and e.iters_per_second > 0 for e in iterations[-10:])
    elapsed = [e.elapsed for e in events]
    assert elapsed == sorted(elapsed)
    done = events[-1]
    assert (done.kind, done.status, done.iteration) == ("done", "finished", 400)
    assert done.test_acc == result.final_test_acc and done.learned
    assert trainer.state == "finished"


def test_no_iterations_still_reports_the_untrained_accuracy(mnist):
    result = make(mnist, iters=0).run()
    assert (result.status, result.iterations, result.epochs) == ("finished", 0, [0])
    assert 0.0 < result.final_test_acc < 0.3  # about chance: 1 in 10
    assert len(result.losses) == 0


def test_accuracy_helpers_match_a_full_forward_pass(mnist):
    trainer = make(mnist, iters=100, evaluate=False)
    trainer.run()
    roles, program = trainer.roles, trainer.program
    x, t = mnist.x_test[:700], mnist.t_test[:700]
    # batches of 256 (the last one short) must give what one forward of everything gives
    predicted = predict(program, roles.data, roles.score, x, batch_size=256)
    scores = program.forward({roles.data: x}, targets=[roles.score])[roles.score]
    np.testing.assert_array_equal(predicted, scores.argmax(axis=1))
    expected = float(np.mean(scores.argmax(axis=1) == t))
    assert trainer.accuracy(x, t) == expected
    assert trainer.accuracy(x, np.eye(10)[t]) == expected  # one-hot labels too
    assert 0.5 < expected < 1.0


def test_roles_are_found_in_the_sample():
    graph = load_graph(TWO_LAYER)
    roles = find_roles(graph)
    assert (roles.data, roles.labels, roles.loss, roles.score) == ("x", "t", "loss", "Affine2")
    assert roles.parameters == ("W1", "b1", "W2", "b2")
    assert network_chain(graph, roles) == ("Affine", "ReLU", "Affine", "SoftmaxWithLoss")
    assert hidden_size(graph, roles) == 50
    assert hidden_size(one_layer_net(), find_roles(one_layer_net())) is None


def test_parameters_start_as_the_sources_initializer_draws_them(mnist):
    """The trainer builds the settings' params and lets Source.materialize draw them."""
    trainer = make(mnist, iters=0, seed=5, hidden=20, weight_init_std=0.05, dtype="float64")
    rng = np.random.default_rng(np.random.SeedSequence(5).spawn(2)[0])
    expected = {
        "W1": Source.materialize({"init": "normal", "shape": [784, 20], "std": 0.05},
                                 np.float64, rng),
        "b1": np.zeros(20),
        "W2": Source.materialize({"init": "normal", "shape": [20, 10], "std": 0.05},
                                 np.float64, rng),
        "b2": np.zeros(10)}
    for label, array in trainer.parameters().items():
        np.testing.assert_array_equal(array, expected[label])


def one_layer_net():
    """Softmax regression: any graph with data, labels, parameters and a loss trains."""
    return build([("x", "Data", {"value": [[0.0] * 784]}),
                  ("t", "Labels", {"value": [3]}),
                  ("W", "Parameter", {"init": "normal", "shape": [784, 10], "std": 0.01}),
                  ("b", "Parameter", {"init": "zeros", "shape": [10]}),
                  ("scores", "Affine", {}), ("loss", "SoftmaxWithLoss", {})],
                 [("x", "scores", "x"), ("W", "scores", "W"), ("b", "scores", "b"),
                  ("scores", "loss", "x"), ("t", "loss", "t")])


def test_any_graph_of_the_kind_trains(mnist):
    result = make(mnist, graph=one_layer_net(), iters=160, lr=0.5).run()
    assert result.status == "finished" and result.final_test_acc > 0.8


def test_shuffled_epochs_show_every_image_once_per_epoch(mnist):
    subset = MnistData(mnist.x_train[:200], mnist.t_train[:200], mnist.x_test, mnist.t_test)
    seen = []
    trainer = make(subset, iters=8, batch_size=50, shuffle=True, evaluate=False)
    trainer.callback = lambda e: e.kind == "iteration" and seen.append(
        trainer.program.values[trainer.roles.data].copy())
    trainer.run()
    for epoch in (seen[:4], seen[4:]):  # 200 / 50 = 4 batches an epoch
        rows = np.concatenate(epoch)
        assert len(np.unique(rows, axis=0)) == len(np.unique(subset.x_train, axis=0))
        assert sorted(map(bytes, rows)) == sorted(map(bytes, subset.x_train))
    assert not np.array_equal(seen[0], seen[4])  # reshuffled


def test_backward_for_the_parameters_only_gives_the_same_gradients(mnist):
    program = Program(load_graph(TWO_LAYER), np.float64)
    feeds = {"x": mnist.x_test[:5], "t": np.eye(10)[mnist.t_test[:5]]}
    program.forward(feeds)
    every, _ = program.backward()
    program.forward(feeds)
    only, edges = program.backward(["W1", "b1", "W2", "b2"])
    assert "x" in every and "x" not in only and "t" not in only
    assert "x->Affine1.x" not in edges
    for name in ("W1", "b1", "W2", "b2"):
        np.testing.assert_array_equal(only[name], every[name])


# -- numbers -----------------------------------------------------------------------------

def test_a_seeded_run_gives_the_numbers_it_always_gave(mnist):
    """Seed 0, 100 iterations: the figures this project has always trained to (float64)."""
    result = make(mnist, iters=100, dtype="float64", evaluate=False).run()
    assert result.losses[0] == pytest.approx(2.3034106825748433, rel=1e-12)
    assert result.losses[-1] == pytest.approx(1.1838301937153837, rel=1e-9)
    trained = make(mnist, iters=100).run()
    assert trained.final_test_acc == 0.7525  # 1,505 of 2,000 test digits


def test_seeded_runs_repeat_exactly(mnist):
    first = make(mnist, iters=60, seed=7, evaluate=False).run()
    again_trainer = make(mnist, iters=60, seed=7, evaluate=False)
    again = again_trainer.run()
    other = make(mnist, iters=60, seed=8, evaluate=False).run()
    np.testing.assert_array_equal(first.losses, again.losses)
    assert not np.array_equal(first.losses, other.losses)
    # the parameters start differently too: the seed draws the weights
    assert first.losses[0] != other.losses[0]


def test_a_far_too_high_learning_rate_stops_with_a_message(mnist):
    events = []
    trainer = make(mnist, iters=200, lr=1e10, evaluate=False)
    trainer.callback = events.append
    result = trainer.run()

    assert result.status == "diverged"
    assert result.iterations < 10
    assert np.isfinite(result.losses).all()  # the finite losses before it went wrong
    # it really is NaN or infinite: the last forward pass computed it
    assert not np.isfinite(trainer.program.values[trainer.roles.loss])
    assert "loss became" in result.message and "learning rate 1e+10" in result.message
    assert f"iteration {result.iterations + 1}" in result.message
    assert "smaller learning rate" in result.message
    assert (events[-1].kind, events[-1].status) == ("done", "diverged")
    assert events[-1].message == result.message


def test_float64_and_a_different_hidden_size(mnist):
    trainer = make(mnist, iters=30, hidden=20, dtype="float64", weight_init_std=0.05,
                   evaluate=False)
    shapes = {label: (a.shape, a.dtype) for label, a in trainer.parameters().items()}
    assert shapes == {"W1": ((784, 20), np.float64), "b1": ((20,), np.float64),
                      "W2": ((20, 10), np.float64), "b2": ((10,), np.float64)}
    assert trainer.parameters()["W1"].std() == pytest.approx(0.05, rel=0.05)
    result = trainer.run()
    assert result.status == "finished" and result.losses[-5:].mean() < result.losses[:5].mean()


# -- threads -----------------------------------------------------------------------------

class Watcher:
    """A callback that lets the test thread wait for what the training thread did."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.iteration = 0
        self.kinds: list[str] = []

    def __call__(self, event) -> None:
        with self.cond:
            self.kinds.append(event.kind)
            if event.kind == "iteration":
                self.iteration = event.iteration
            self.cond.notify_all()

    def wait_for(self, predicate) -> None:
        with self.cond:
            assert self.cond.wait_for(predicate, timeout=WAIT), "the trainer did not get there"


def test_pause_resume_and_stop_from_another_thread(mnist):
    watcher = Watcher()
    trainer = make(mnist, iters=1_000_000, evaluate=False)
    trainer.callback = watcher
    results = []
    worker = threading.Thread(target=lambda: results.append(trainer.run()))
    worker.start()
    try:
        watcher.wait_for(lambda: watcher.iteration >= 5)
        trainer.pause()
        watcher.wait_for(lambda: "paused" in watcher.kinds)
        assert trainer.state == "paused"
        held = trainer.iteration
        with watcher.cond:  # nothing moves while paused
            assert not watcher.cond.wait_for(lambda: watcher.iteration != held, timeout=0.3)
        assert trainer.iteration == held

        trainer.resume()
        watcher.wait_for(lambda: watcher.iteration >= held + 5)
        assert "resumed" in watcher.kinds and trainer.state == "running"

        trainer.stop()
        worker.join(WAIT)
        assert not worker.is_alive()
    finally:
        trainer.stop()
        worker.join(WAIT)
    (result,) = results
    assert result.status == "stopped" and trainer.state == "stopped"
    assert held + 5 <= result.iterations < 1_000_000
    assert result.message == f"stopped at iteration {result.iterations:,}"
    assert watcher.kinds[-1] == "done"


def test_stop_while_paused_ends_the_run(mnist):
    watcher = Watcher()
    trainer = make(mnist, iters=1_000_000, evaluate=False)
    trainer.callback = watcher
    results = []
    worker = threading.Thread(target=lambda: results.append(trainer.run()))
    worker.start()
    try:
        watcher.wait_for(lambda: watcher.iteration >= 1)
        trainer.pause()
        watcher.wait_for(lambda: "paused" in watcher.kinds)
        trainer.stop()
        worker.join(WAIT)
        assert not worker.is_alive()
    finally:
        trainer.stop()
        worker.join(WAIT)
    assert results[0].status == "stopped"
    assert "resumed" not in watcher.kinds


def test_a_pause_after_a_stop_does_not_hold_the_run(mnist):
    events = []
    trainer = make(mnist, iters=1_000_000, evaluate=False)
    trainer.callback = events.append
    trainer.stop()
    trainer.pause()  # Stop, then Pause, clicked in quick succession: the stop wins
    results = []
    worker = threading.Thread(target=lambda: results.append(trainer.run()))
    worker.start()
    worker.join(WAIT)
    held = worker.is_alive()
    trainer.resume()  # frees a run parked in its pause wait, so the test cannot hang
    worker.join(WAIT)
    assert not held
    assert results[0].status == "stopped"
    assert "paused" not in [e.kind for e in events]


def test_a_stop_before_the_run_counts_and_run_goes_on_training(mnist):
    trainer = make(mnist, iters=30, evaluate=False, shuffle=True)
    trainer.stop()
    first = trainer.run()
    assert (first.status, first.iterations, trainer.state) == ("stopped", 0, "stopped")
    second = trainer.run()
    assert (second.status, second.iterations) == ("finished", 30)
    third = trainer.run()  # goes on in the middle of a shuffled epoch (80 iterations)
    assert (third.status, third.iterations, trainer.iteration) == ("finished", 30, 60)
    assert third.losses.mean() < second.losses.mean()


# -- parameter files -----------------------------------------------------------------------

def test_saved_parameters_load_back_with_the_same_accuracy(mnist, tmp_path):
    trained = make(mnist, iters=200, evaluate=False)
    trained.run()
    path = tmp_path / "params.npz"
    trained.save_parameters(path)
    with np.load(path, allow_pickle=False) as npz:
        assert sorted(npz.files) == ["W1", "W2", "b1", "b2"]
        assert npz["W1"].shape == (784, 50) and npz["W1"].dtype == np.float32

    fresh = make(mnist, iters=0, seed=99)
    before = fresh.accuracy(mnist.x_test, mnist.t_test)
    live = fresh.parameters()["W1"]
    fresh.load_parameters(path)
    assert fresh.parameters()["W1"] is live  # loaded in place: the canvas keeps its arrays
    after = fresh.accuracy(mnist.x_test, mnist.t_test)
    assert after == trained.accuracy(mnist.x_test, mnist.t_test) > 0.85 > before
    for label, array in trained.parameters().items():
        np.testing.assert_array_equal(fresh.parameters()[label], array)


def test_parameter_files_that_do_not_fit_are_refused(mnist, tmp_path):
    trainer = make(mnist, iters=0)
    small = make(mnist, iters=0, hidden=20)
    other = tmp_path / "hidden20.npz"
    small.save_parameters(other)
    with pytest.raises(TrainError, match=r"W1 is \(784, 20\) in the file but \(784, 50\) "
                                         r"in the graph"):
        trainer.load_parameters(other)

    arrays = {k: np.array(v) for k, v in trainer.parameters().items()}
    np.savez(tmp_path / "missing.npz", **{k: v for k, v in arrays.items() if k != "b2"})
    with pytest.raises(TrainError, match="has no array for parameter 'b2'"):
        trainer.load_parameters(tmp_path / "missing.npz")
    np.savez(tmp_path / "extra.npz", W3=np.zeros(3), **arrays)
    with pytest.raises(TrainError, match="holds 'W3', which is not a parameter"):
        trainer.load_parameters(tmp_path / "extra.npz")
    np.savez(tmp_path / "nan.npz", **{**arrays, "b1": np.full(50, np.nan)})
    with pytest.raises(TrainError, match="b1 holds NaN"):
        trainer.load_parameters(tmp_path / "nan.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip file at all")
    with pytest.raises(TrainError, match="not a parameters file"):
        trainer.load_parameters(tmp_path / "junk.npz")
    with pytest.raises(TrainError, match="no such parameters file"):
        trainer.load_parameters(tmp_path / "absent.npz")
    # nothing half-loaded: the refused files left the parameters as they were
    for label, array in trainer.parameters().items():
        np.testing.assert_array_equal(array, arrays[label])


def test_saving_into_a_missing_folder_says_so(mnist, tmp_path):
    trainer = make(mnist, iters=0)
    with pytest.raises(TrainError, match="cannot save the parameters"):
        save_parameters(trainer.program, trainer.roles.parameters, tmp_path / "no" / "p.npz")


# -- refusals ----------------------------------------------------------------------------

@pytest.mark.parametrize("config, message", [
    ({"lr": 0}, "learning rate must be a finite number > 0"),
    ({"lr": float("nan")}, "learning rate"),
    ({"batch_size": 0}, "batch size must be a whole number ≥ 1"),
    ({"iters": -1}, "iters must be a whole number ≥ 0"),
    ({"hidden": 0}, "hidden size"),
    ({"dtype": "float16"}, "float32 or float64"),
    ({"weight_init_std": -1.0}, "weight init std"),
])
def test_bad_settings_are_refused(mnist, config, message):
    with pytest.raises(TrainError, match=message):
        make(mnist, **config)


def test_graphs_that_cannot_train_are_refused(mnist):
    with pytest.raises(TrainError, match="exactly one Data node"):
        make(mnist, graph=load_graph(SAMPLES / "apple.json"))
    with pytest.raises(TrainError, match="no Parameter node feeds"):
        make(mnist, graph=load_graph(SAMPLES / "softmax_loss.json"))
    with pytest.raises(TrainError, match="two-layer net"):
        make(mnist, graph=one_layer_net(), hidden=5)
    narrow = load_graph(TWO_LAYER)
    narrow.set_params("W1", {"init": "normal", "shape": [780, 50], "std": 0.01})
    trainer = make(mnist, graph=narrow, iters=5)
    with pytest.raises(TrainError, match=r"x is \(\d+, 784\) but W is \(780, 50\)"):
        trainer.run()


# -- the book's gradient check on the real network -------------------------------------------

def test_gradient_check_on_three_real_digits(mnist):
    """Backprop against central differences, float64, on the 784-50-10 net.

    W2, b1 and b2 are checked whole with core.engine.gradcheck.numerical_gradient; W1 has 39,200
    elements (about 16 s), so a random 1,500 of them are checked the same way.
    """
    program = Program(load_graph(TWO_LAYER), np.float64)
    program.sources["x"] = mnist.x_train[:3].astype(np.float64)
    program.sources["t"] = np.eye(10)[mnist.t_train[:3]]
    program.forward()
    assert not program.errors
    grads, _ = program.backward()
    diffs = {}
    for name in ("W2", "b1", "b2"):
        diffs[name] = np.abs(numerical_gradient(program, name) - grads[name]).mean()

    picked = np.random.default_rng(0).choice(program.sources["W1"].size, 1500, replace=False)
    numerical = numerical_gradient(program, "W1", indices=picked)
    backprop = grads["W1"].reshape(-1)[picked]
    assert np.abs(backprop).max() > 1e-4  # the picked elements do get a gradient
    diffs["W1"] = np.abs(numerical - backprop).mean()

    print({k: f"{v:.2e}" for k, v in diffs.items()})
    for name, diff in diffs.items():
        # The book's measure. b2 is near 1e-7: backprop's (y - t) / N ignores the 1e-7
        # that the loss adds inside log(y + 1e-7), a relative error of about 1e-6.
        assert diff < 5e-7, name
        assert diff < 1e-5 * np.abs(grads[name]).mean(), name


def test_the_unchecked_forward_pass_still_reports_what_went_wrong(mnist):
    program = Program(load_graph(TWO_LAYER), np.float32, check_finite=False)
    x, t = mnist.x_test[:4], mnist.t_test[:4].astype(np.float32)
    program.forward({"x": x, "t": t})
    assert not program.errors and program.sinks() == ["loss"]
    values = program.forward({"x": x, "t": np.array([1, 2, 12, 3], np.float32)}, check=False)
    assert "loss" not in values and "Affine2" in values
    assert "class indices" in program.errors["loss"].message
    assert program.sinks() == []  # the graph's end, the loss, did not compute
    # the scores alone, as evaluation asks for them
    values = program.forward({"x": x}, targets=["Affine2"], check=False)
    assert set(values) >= {"Affine1", "Relu1", "Affine2"} and "loss" not in values
    assert program.sinks() == []  # the graph's end, the loss, did not compute


def test_the_training_pass_says_what_went_wrong_through_the_careful_path(mnist):
    """A batch the training pass cannot compute (a label no class has) is computed by the
    careful path, which names the node and why; the next good batch takes the pass again."""
    program = Program(load_graph(TWO_LAYER), np.float32, check_finite=False, recycle=True)
    x, t = mnist.x_test[:4].copy(), mnist.t_test[:4].astype(np.float32)
    feeds, parameters = {"x": x, "t": t}, ("W1", "b1", "W2", "b2")
    program.forward(feeds)
    program.backward(parameters)
    training = program.bind(feeds, parameters)
    assert training is not None
    t[2] = 12  # into the batch buffer
    values = training.forward()
    assert "loss" not in values and "Affine2" in values
    assert "class indices" in program.errors["loss"].message
    assert training.backward() == ({}, {})  # nothing to start from: the loss did not compute
    t[2] = 3
    values = training.forward()
    assert values is training.values and not program.errors
    assert np.isfinite(values["loss"]) and set(training.backward()[0]) >= set(parameters)


# -- one place for pause and stop ------------------------------------------------------------

def test_requests_made_before_the_trainer_exists_count(mnist):
    """A run's RunControl is made first (a Stop or Pause may come while the data loads)."""
    control = RunControl()
    control.stop()
    control.pause()  # Stop, then Pause: the stop wins, the run is not parked
    trainer = Trainer(load_graph(TWO_LAYER), mnist.x_train, mnist.t_train, None, None,
                      TrainConfig(iters=50, evaluate=False), control=control)
    assert trainer.control is control and not control.pause_requested
    result = trainer.run()
    assert (result.status, result.iterations) == ("stopped", 0)
    assert not control.stop_requested  # obeyed, then forgotten: the next run trains

    control.pause()
    watcher = Watcher()
    trainer.callback = watcher
    worker = threading.Thread(target=trainer.run)
    worker.start()
    try:
        watcher.wait_for(lambda: "paused" in watcher.kinds)
        assert watcher.kinds == ["paused"] and trainer.iteration == 0  # held before the first
    finally:
        control.resume()
        worker.join(WAIT)
    assert watcher.kinds[:2] == ["paused", "resumed"] and trainer.iteration == 50
