"""Every sample computes the book's numbers and passes the gradient check."""

import numpy as np
import pytest

from core.engine import evaluate
from core.fileformat import dumps_graph, load_graph, loads_graph
from core.gradcheck import gradient_check
from core.paths import SAMPLES, sample_files


def run(name):
    graph = load_graph(SAMPLES / name)
    return graph, evaluate(graph)


def by_label(graph, result, what="values"):
    table = getattr(result, what)
    return {graph.nodes[nid].label: float(table[nid]) for nid in table
            if np.asarray(table[nid]).size == 1}


def test_apple_gives_the_books_numbers():
    graph, result = run("apple.json")
    assert not result.errors
    assert by_label(graph, result)["price"] == 220.00000000000003
    grads = by_label(graph, result, "grads")
    assert grads["apple"] == 2.2
    assert grads["apple_num"] == 110.00000000000001
    assert grads["tax"] == 200
    assert grads["apple_price"] == 1.1  # the book's figure: 1 → 1.1 → 2.2


def test_apple_orange_gives_the_books_numbers():
    graph, result = run("apple_orange.json")
    values = by_label(graph, result)
    assert values["price"] == 715.0000000000001
    assert values["all_price"] == 650
    grads = by_label(graph, result, "grads")
    assert grads == {"price": 1.0, "all_price": 1.1, "tax": 650.0, "apple_price": 1.1,
                     "orange_price": 1.1, "apple": 2.2, "apple_num": 110.00000000000001,
                     "orange": 3.3000000000000003, "orange_num": 165.0}
    # the edge into price.y carries the forward value 1.1 and the gradient 650
    edge = graph.edge_into("price", "y")
    assert float(result.edge_value(edge)) == 1.1 and float(result.edge_grad(edge)) == 650


def test_chain_rule_gives_two_x_plus_y():
    graph, result = run("chain_rule.json")
    x, y = float(result.values["x"]), float(result.values["y"])
    assert float(result.values["z"]) == (x + y) ** 2
    assert float(result.grads["x"]) == 2 * (x + y)
    assert float(result.grads["y"]) == 2 * (x + y)


def test_sigmoid_from_primitives_matches_the_sigmoid_node():
    graph, result = run("sigmoid_primitives.json")
    x = float(result.values["x"])
    y = 1 / (1 + np.exp(-x))
    assert float(result.values["recip"]) == pytest.approx(y, abs=1e-15)
    assert float(result.values["sigmoid"]) == pytest.approx(y, abs=1e-15)
    # each path hands x the gradient y(1 - y); x's total is their sum (fan-out)
    by_path = [float(result.edge_grad(e)) for e in graph.out_edges("x")]
    assert by_path == pytest.approx([y * (1 - y)] * 2, abs=1e-15)
    assert float(result.grads["x"]) == pytest.approx(2 * y * (1 - y), abs=1e-15)


def test_affine_batch_bias_gradient_is_the_batch_sum():
    graph, result = run("affine_batch.json")
    X, W, B = (result.values[k] for k in ("X", "W", "B"))
    assert X.shape == (2, 2) and B.shape == (3,)
    np.testing.assert_array_equal(result.values["affine"], X @ W + B)
    dY = np.ones((2, 3))  # backward starts from 1 at the output
    np.testing.assert_array_equal(result.grads["B"], dY.sum(axis=0))
    np.testing.assert_array_equal(result.grads["B"], [2.0, 2.0, 2.0])
    np.testing.assert_array_equal(result.grads["W"], X.T @ dY)
    np.testing.assert_array_equal(result.grads["X"], dY @ W.T)


def test_softmax_loss_backward_is_y_minus_t():
    graph, result = run("softmax_loss.json")
    a, t = result.values["a"], result.values["t"]
    y = np.exp(a - a.max()) / np.exp(a - a.max()).sum()
    assert float(result.values["loss"]) == pytest.approx(-np.log(y[2] + 1e-7), abs=1e-12)
    np.testing.assert_allclose(result.grads["a"], y - t, atol=1e-15)


def test_two_layer_net_runs_on_its_default_batch():
    graph, result = run("two_layer_net.json")
    assert not result.errors
    assert result.values["x"].shape == (3, 784) and result.values["t"].shape == (3, 10)
    assert result.values["W1"].shape == (784, 50) and result.values["b2"].shape == (10,)
    # near-zero weights give near-uniform predictions: loss ≈ ln 10
    assert float(result.values["loss"]) == pytest.approx(np.log(10), abs=0.01)
    assert result.values["W1"].std() == pytest.approx(0.01, rel=0.05)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_every_sample_passes_gradcheck(path):
    if path.name == "two_layer_net.json":
        pytest.skip("checked through the CLI in test_cli.py (the same 17 s run)")
    report = gradient_check(load_graph(path))
    assert report.passed, [(c.label, c.mean_abs_diff) for c in report.checks]
    assert any(c.mean_abs_diff is not None for c in report.checks)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_every_sample_round_trips_exactly(path, tmp_path):
    graph = load_graph(path)
    text = dumps_graph(graph)
    assert text == path.read_text(encoding="utf-8")  # samples are saved by this writer
    again = loads_graph(text)
    assert dumps_graph(again) == text
    first, second = evaluate(graph), evaluate(again)
    for nid in first.values:
        np.testing.assert_array_equal(first.values[nid], second.values[nid])
        np.testing.assert_array_equal(first.grads.get(nid), second.grads.get(nid))


def test_there_are_the_seven_samples():
    names = {p.name for p in sample_files()}
    assert names == {"apple.json", "apple_orange.json", "chain_rule.json",
                     "sigmoid_primitives.json", "affine_batch.json", "softmax_loss.json",
                     "two_layer_net.json"}
