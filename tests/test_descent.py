"""One gradient-descent step by hand (core/training/descent.py), and the trainer's snapshots."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.ops.sources import Source
from core.paths import SAMPLES
from core.training.descent import (
    MAX_STEP_ELEMENTS,
    DescentError,
    descent_step,
    fixed_params,
    stepping_parameters,
    trained_parameters_problem,
)
from core.training.run import RunControl, TrainConfig
from core.training.trainer import Trainer
from tests.helpers import build


def tiny_net():
    """x · W + b → Softmax-with-Loss against t: two parameters, one scalar loss."""
    return build([("x", "Data", {"value": [[1.0, 0.5]]}),
                  ("W", "Parameter", {"value": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]}),
                  ("b", "Parameter", {"value": [0.1, 0.2, 0.3]}),
                  ("A", "Affine", {}),
                  ("t", "Labels", {"value": [[1.0, 0.0, 0.0]]}),
                  ("L", "SoftmaxWithLoss", {})],
                 [("x", "A", "x"), ("W", "A", "W"), ("b", "A", "b"), ("A", "L", "x"),
                  ("t", "L", "t")])


def test_a_step_moves_each_parameter_against_its_gradient_and_lowers_the_loss():
    graph = tiny_net()
    before = evaluate(graph)
    step = descent_step(graph, 0.5, before)
    assert sorted(step.new) == ["W", "b"]  # not the data, not the labels
    for nid in ("W", "b"):
        expected = before.values[nid] - 0.5 * before.grads[nid]
        assert np.array_equal(step.new[nid], expected)  # exactly W - lr·dW
    assert step.loss == pytest.approx(float(before.values["L"]))
    for nid, value in step.new.items():
        graph.set_params(nid, fixed_params(value))
    after = evaluate(graph)
    assert float(after.values["L"]) < float(before.values["L"]) - 0.05
    assert np.array_equal(after.values["W"], step.new["W"])  # the lists hold it exactly


def test_the_affine_sample_steps_by_x_transposed_times_the_arriving_gradient():
    graph = load_graph(SAMPLES / "affine_node.json")  # X = [1, 0.5], ∂L/∂Y = [1, 2, 3]
    step = descent_step(graph, 0.1)
    assert np.allclose(step.new["W"], [[0.0, 0.1, 0.2], [0.15, 0.3, 0.45]])
    assert np.allclose(step.new["B"], [0.0, 0.0, 0.0])
    assert step.loss is None  # Y is a vector: no single number to report


def test_fixed_params_hold_float32_values_exactly():
    rng = np.random.default_rng(3)
    value = (rng.standard_normal((7, 5)) * 1e-3).astype(np.float32)
    params = fixed_params(value)
    assert params["init"] == "fixed"
    assert np.array_equal(Source.materialize(params, np.float32), value)
    assert np.array_equal(Source.materialize(params, np.float64), value.astype(np.float64))


@pytest.mark.parametrize("lr", [0, -0.1, float("nan"), float("inf"), True])
def test_the_learning_rate_must_be_a_positive_number(lr):
    with pytest.raises(DescentError, match="greater than 0"):
        descent_step(tiny_net(), lr)


def test_refusals_say_why():
    apple = load_graph(SAMPLES / "apple.json")
    with pytest.raises(DescentError, match="no Parameter node"):
        descent_step(apple, 0.1)
    net = load_graph(SAMPLES / "two_layer_net.json")  # W1: normal init, 784 × 50
    with pytest.raises(DescentError, match=r'Parameter "W1" is drawn by its normal '
                                           r'initializer, \(784, 50\) = 39,200 numbers'):
        descent_step(net, 0.1)
    assert MAX_STEP_ELEMENTS == 10_000
    broken = tiny_net()
    broken.remove_edge("L", "t")
    with pytest.raises(DescentError,
                       match="does not compute up to its output.*input t is not connected"):
        descent_step(broken, 0.1)
    loose = tiny_net()
    loose.add_node("Parameter", "V", params={"value": 2.0}, node_id="V")  # feeds nothing
    assert sorted(descent_step(loose, 0.1).new) == ["W", "b"]
    assert stepping_parameters(loose, evaluate(loose)) == ["W", "b"]
    with pytest.raises(DescentError, match='make Parameter "W" infinite or NaN'):
        descent_step(load_graph(SAMPLES / "affine_node.json"), 1e308)  # 3 · 1e308 = ∞


def test_trained_values_must_fit_the_graph_they_go_into():
    graph = tiny_net()
    good = {"W": np.zeros((2, 3), np.float32), "b": np.ones(3, np.float32)}
    assert trained_parameters_problem(graph, good) is None
    assert trained_parameters_problem(graph, {"W": np.zeros((2, 4))}) == (
        'Parameter "W" is (2, 3) in the graph but (2, 4) in the trained network')
    assert trained_parameters_problem(graph, {"gone": np.zeros(3)}) == (
        "the parameter gone is no longer in the graph")
    assert trained_parameters_problem(graph, {"x": np.zeros((1, 2))}) == (
        'Data "x" is no longer a Parameter')
    assert "NaN" in trained_parameters_problem(graph, {"b": np.array([0, np.nan, 0])})


def test_snapshots_come_only_when_asked_and_hold_copies(mnist_split):
    from core.training.mnist import load_mnist
    data = load_mnist(mnist_split)
    control = RunControl()
    events = []
    trainer = Trainer(load_graph(SAMPLES / "two_layer_net.json"), data.x_train[:1000],
                      data.t_train[:1000], config=TrainConfig(iters=30, evaluate=False),
                      callback=events.append, control=control)

    def ask_at(event):
        events.append(event)
        if event.kind == "iteration" and event.iteration in (5, 20):
            control.request_snapshot()

    trainer.callback = ask_at
    trainer.run()
    snaps = [e.snapshot for e in events if e.kind == "snapshot"]
    assert [s.iteration for s in snaps] == [6, 21]  # the iteration after the request
    s = snaps[0]
    losses = [e.loss for e in events if e.kind == "iteration"]
    assert s.loss == losses[5]
    assert s.values["x"].shape == (100, 784) and s.values["loss"].shape == ()
    assert s.edge_grads["W1->Affine1.W"].shape == (784, 50)
    assert "x->Affine1.x" not in s.edge_grads  # backward skips the images
    assert s.sinks == ["loss"] and s.grads["loss"] == 1
    # copies: the trainer went on updating W1 in place, the snapshot kept iteration 6's
    assert not np.array_equal(s.values["W1"], trainer.program.sources["W1"])
    assert s.values["W1"] is not trainer.program.sources["W1"]
    assert s.grads["W1"] is s.edge_grads["W1->Affine1.W"]  # one array copied once
    assert not control.take_snapshot_request()  # used up


def test_a_snapshot_request_from_another_thread_is_taken_once():
    control = RunControl()
    threads = [threading.Thread(target=control.request_snapshot) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert control.take_snapshot_request() and not control.take_snapshot_request()
