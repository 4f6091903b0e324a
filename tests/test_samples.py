"""Every sample computes the book's numbers, names its figure, and passes the gradient check."""

import re

import numpy as np
import pytest

from core.engine.gradcheck import gradient_check
from core.engine.program import evaluate
from core.files.graph_files import dumps_graph, load_graph, loads_graph
from core.files.samples import sample_catalogue
from core.formatting import FULL_ELEMENTS, summarize
from core.paths import SAMPLES, sample_files


def run(name):
    graph = load_graph(SAMPLES / name)
    result = evaluate(graph)
    assert not result.errors, result.errors
    return graph, result


def by_label(graph, result, what="values"):
    table = getattr(result, what)
    return {graph.nodes[nid].label: float(table[nid]) for nid in table
            if np.asarray(table[nid]).size == 1}


def grads_by_label(graph, result):
    return {graph.nodes[nid].label: g.tolist() for nid, g in result.grads.items()
            if graph.nodes[nid].op.is_source}


def test_apple_gives_the_books_numbers():
    graph, result = run("apple.json")
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
    assert float(result.values["z"]) == (x + y) ** 2 == 25
    assert float(result.grads["x"]) == float(result.grads["y"]) == 2 * (x + y) == 10


def test_figure_5_11_the_add_node_passes_1_3_on():
    graph, result = run("add_node.json")
    assert graph.output.node == "z" and graph.output.grad == 1.3
    assert float(result.values["z"]) == 15
    assert grads_by_label(graph, result) == {"x": 1.3, "y": 1.3}


def test_figure_5_13_the_mul_node_swaps_its_inputs():
    graph, result = run("mul_node.json")
    assert float(result.values["z"]) == 50
    assert grads_by_label(graph, result) == {"x": 6.5, "y": 13.0}


def test_figure_5_18_relu_masks_the_books_x():
    graph, result = run("relu.json")
    np.testing.assert_array_equal(result.values["x"], [[1.0, -0.5], [-2.0, 3.0]])
    np.testing.assert_array_equal(result.values["y"], [[1.0, 0.0], [0.0, 3.0]])
    np.testing.assert_array_equal(result.grads["x"], [[1.0, 0.0], [0.0, 1.0]])


def test_sigmoid_from_primitives_matches_the_sigmoid_node_without_doubling_x():
    graph, result = run("sigmoid_primitives.json")
    y = 1 / (1 + np.exp(-0.5))
    assert float(result.values["recip"]) == pytest.approx(y, abs=1e-15)
    assert float(result.values["sigmoid"]) == pytest.approx(y, abs=1e-15)
    # each path has its own input, so each gets y(1 - y) = 0.235, not the sum 0.470
    assert float(result.grads["x"]) == pytest.approx(y * (1 - y), abs=1e-15)
    assert float(result.grads["x2"]) == pytest.approx(y * (1 - y), abs=1e-15)
    assert summarize(result.grads["x"]) == summarize(result.grads["x2"]) == "0.235"
    assert [len(graph.out_edges(n)) for n in ("x", "x2")] == [1, 1]


def test_batchnorm_from_primitives_agrees_with_the_batchnorm_node_forward_and_backward():
    graph, result = run("batchnorm_primitives.json")
    values, grads, edge = result.values, result.grads, result.edge_grad
    np.testing.assert_allclose(values["y"], values["bn"], rtol=1e-14, atol=1e-15)
    assert summarize(values["y"]) == summarize(values["bn"])

    def into(source, target, port):
        e = graph.edge_into(target, port)
        assert e.source == source
        return edge(e)

    # the same upstream gradient arrives at both halves (+ passes it on)
    np.testing.assert_array_equal(grads["y"], grads["bn"])
    # every gradient: the primitives' edges into x, γ and β against the BatchNorm node's
    to_x = into("x", "mu", "x") + into("x", "xc", "x")  # the paths through μ and through xc
    for primitive, node in ((to_x, into("x", "bn", "x")),
                            (into("gamma", "scaled", "y"), into("gamma", "bn", "gamma")),
                            (into("beta", "y", "y"), into("beta", "bn", "beta"))):
        np.testing.assert_allclose(primitive, node, rtol=1e-12, atol=1e-15)
        assert summarize(primitive) == summarize(node)
    # x, γ and β feed both halves: each one's gradient is the sum of the two
    np.testing.assert_allclose(grads["x"], 2 * into("x", "bn", "x"), rtol=1e-12)
    # the batch's own statistics: μ and σ² are the mean and variance of x
    x = np.array([1.0, 3.0, 5.0])
    assert float(values["mu"]) == 3.0 and float(values["var"]) == pytest.approx(x.var(), 1e-15)
    np.testing.assert_allclose(values["eps"], 10e-7)
    # the BatchNorm edge into x sums to 0: shifting the batch does not change x̂
    assert abs(into("x", "bn", "x").sum()) < 1e-12
    assert [n.type for n in graph.nodes.values()].count("BatchNorm") == 1
    assert {n.type for n in graph.nodes.values()} >= {"Mean", "Sub", "Square", "Add", "Sqrt",
                                                      "Div", "Mul"}


@pytest.mark.parametrize("name", ["affine_node.json", "affine_dot_add.json"])
def test_figures_5_23_to_5_26_affine_as_one_node_or_dot_and_add(name):
    graph, result = run(name)
    np.testing.assert_allclose(result.values["Y"], [0.3, 0.7, 1.1], atol=1e-15)
    grads = result.grads
    np.testing.assert_allclose(grads["X"], [2.2, 2.8], atol=1e-15)  # ∂L/∂Y · Wᵀ
    np.testing.assert_array_equal(grads["W"], [[1, 2, 3], [0.5, 1, 1.5]])  # Xᵀ · ∂L/∂Y
    np.testing.assert_array_equal(grads["B"], [1, 2, 3])


def test_affine_batch_bias_gradient_is_the_batch_sum():
    graph, result = run("affine_batch.json")
    X, W, B = (result.values[k] for k in ("X", "W", "B"))
    np.testing.assert_array_equal(result.values["affine"], X @ W + B)
    dY = np.ones((2, 3))  # backward starts from 1 at the output
    np.testing.assert_array_equal(result.grads["B"], [2.0, 2.0, 2.0])
    np.testing.assert_array_equal(result.grads["W"], X.T @ dY)
    np.testing.assert_array_equal(result.grads["X"], dY @ W.T)


def test_figure_5_27_the_books_batch_bias_example():
    graph, result = run("batch_bias.json")
    np.testing.assert_array_equal(result.values["Y"], [[1, 2, 3], [11, 12, 13]])
    np.testing.assert_array_equal(result.grads["Y"], [[1, 2, 3], [4, 5, 6]])
    np.testing.assert_array_equal(result.grads["B"], [5, 7, 9])
    assert summarize(result.edge_grad(graph.edge_into("Y", "y"))) == "[5, 7, 9]"


def test_figure_5_28_softmax_of_the_books_scores():
    graph, result = run("softmax.json")
    y = result.values["y"]
    np.testing.assert_allclose(y, [0.008162, 0.000055, 0.991783], atol=5e-7)
    assert [float(f"{v:.3g}") for v in y] == [0.00816, 5.5e-05, 0.992]  # book: 0.008, 0.991
    assert y.sum() == pytest.approx(1, abs=1e-15)
    # L is y for the digit 2: dL/da = y2 (e2 - y)
    np.testing.assert_allclose(result.grads["a"], y[2] * (np.eye(3)[2] - y), atol=1e-15)


@pytest.mark.parametrize("name", ["softmax_loss_primitives.json", "softmax_cross_entropy.json"])
def test_figures_5_29_and_5_30_give_y_minus_t(name):
    graph, result = run(name)
    t = result.values["t"]
    np.testing.assert_array_equal(t, [0, 1, 0])
    y = result.values["y"]
    np.testing.assert_allclose(y, [0.3, 0.2, 0.5], atol=1e-15)
    assert float(result.values["L"]) == pytest.approx(-np.log(0.2), abs=1e-15)
    np.testing.assert_allclose(result.grads["a"], [0.3, -0.8, 0.5], atol=1e-15)
    np.testing.assert_allclose(result.grads["a"], y - t, atol=1e-15)
    assert summarize(result.grads["a"]) == "[0.3, -0.8, 0.5]"
    assert "t" not in result.grads  # labels are given


def test_softmax_loss_backward_is_y_minus_t():
    graph, result = run("softmax_loss.json")
    a, t = result.values["a"], result.values["t"]
    y = np.exp(a - a.max()) / np.exp(a - a.max()).sum()
    assert float(result.values["loss"]) == pytest.approx(-np.log(y[2] + 1e-7), abs=1e-12)
    np.testing.assert_allclose(result.grads["a"], y - t, atol=1e-15)
    assert summarize(result.grads["a"]) == "[0.0182, 0.245, -0.263]"


def test_two_layer_net_runs_on_its_default_batch():
    graph, result = run("two_layer_net.json")
    assert result.values["x"].shape == (3, 784) and result.values["t"].shape == (3, 10)
    assert result.values["W1"].shape == (784, 50) and result.values["b2"].shape == (10,)
    # near-zero weights give near-uniform predictions: loss ≈ ln 10
    assert float(result.values["loss"]) == pytest.approx(np.log(10), abs=0.01)
    assert result.values["W1"].std() == pytest.approx(0.01, rel=0.05)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_every_sample_passes_gradcheck(path):
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
    assert again.meta == graph.meta
    first, second = evaluate(graph), evaluate(again)
    for nid in first.values:
        np.testing.assert_array_equal(first.values[nid], second.values[nid])
        np.testing.assert_array_equal(first.grads.get(nid), second.grads.get(nid))


FIGURES = {
    "apple.json": "5-2, 5-14", "apple_orange.json": "5-3, 5-15", "chain_rule.json": "5-7, 5-8",
    "add_node.json": "5-11", "mul_node.json": "5-13", "relu.json": "5-18",
    "sigmoid_primitives.json": "5-19 to 5-22", "affine_node.json": "5-23 to 5-26",
    "affine_dot_add.json": "5-23 to 5-26", "affine_batch.json": "5-27",
    "affine_batch_3.json": "5-27", "softmax_cross_entropy_small.json": "5-30",
    "batch_bias.json": "5-27", "softmax.json": "5-28", "two_layer_net.json": "5-28",
    "softmax_loss_primitives.json": "5-29", "softmax_cross_entropy.json": "5-30",
    "softmax_loss.json": "5-30", "batchnorm_primitives.json": "6-16, 6-17",
}


def test_every_sample_names_its_figure_and_the_catalogue_follows_the_chapter():
    catalogue = sample_catalogue()
    assert {s.path.name: s.figure for s in catalogue} == FIGURES
    figures = [tuple(int(n) for n in re.match(r"(\d+)-(\d+)", s.figure).groups())
               for s in catalogue]
    assert figures == sorted(figures)
    assert catalogue[0].title == "Buying apples"
    assert all(s.title == load_graph(s.path).meta["title"] for s in catalogue)


def _shown_numbers(text: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_no_edge_shows_a_summary_that_hides_non_zero_values(path):
    graph = load_graph(path)
    result = evaluate(graph)
    arrays = [result.edge_value(e) for e in graph.edges] + \
             [result.edge_grad(e) for e in graph.edges] + list(result.grads.values())
    for array in (a for a in arrays if a is not None and a.size > 1):
        text = summarize(array)
        assert "μ" not in text and "mean" not in text, text
        if array.size <= FULL_ELEMENTS:  # every element, each as it rounds
            assert _shown_numbers(text) == [float(f"{v:.3g}") for v in array.reshape(-1)]
        elif np.any(array != 0):  # the smallest and largest, never both 0 when one is not
            low, high = float(array.min()), float(array.max())
            expected = (f"all {low:.3g}" if low == high else f"{low:.3g} … {high:.3g}")
            assert text.endswith(expected.replace("e-0", "e-")), text
            assert any(n != 0 for n in _shown_numbers(text)[-2:])
        else:
            assert text.endswith("all 0"), text


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_labels_get_no_gradient_in_any_sample(path):
    graph = load_graph(path)
    result = evaluate(graph)
    labels = [nid for nid, n in graph.nodes.items() if n.type == "Labels"]
    for nid in labels:
        assert nid not in result.grads
        assert all(result.edge_grad(e) is None for e in graph.out_edges(nid))


def test_figure_5_27_with_a_batch_of_3_so_x_transposed_is_not_x():
    graph, result = run("affine_batch_3.json")
    X, W = result.values["X"], result.values["W"]
    assert X.shape == (3, 2) and X.T.shape == (2, 3) and W.shape == (2, 3)
    dY = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])
    np.testing.assert_array_equal(result.grads["B"], [12.0, 15.0, 18.0])  # the batch sum
    np.testing.assert_allclose(result.grads["W"], X.T @ dY)
    np.testing.assert_allclose(result.grads["X"], dY @ W.T)
    texts = [s.text for s in __import__("core.lesson.steps", fromlist=["x"]).build_steps(result)]
    assert any("∂L/∂W = Xᵀ · ∂L/∂Y: (2, 3)·(3, 3) → (2, 3)" in t for t in texts)


def test_figure_5_30_the_small_error_of_a_good_prediction():
    graph, result = run("softmax_cross_entropy_small.json")
    assert summarize(result.values["y"]) == "[0.01, 0.99, 0]"
    assert summarize(result.grads["a"]) == "[0.01, -0.01, 0]"
    np.testing.assert_allclose(result.grads["a"], [0.01, -0.01, 0.0], atol=1e-15)
    assert float(result.values["L"]) == pytest.approx(-np.log(0.99))


def test_the_readme_states_the_samples_real_numbers():
    from core.paths import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(0.00816, 0.000055, 0.9918)" in readme and "0.991)" not in readme
    assert "scores (0.3, 2.9, 4.0), t = (0, 0, 1)" in readme
    assert "as the book's script does" not in readme
    assert "`affine_batch_3.json`" in readme and "`softmax_cross_entropy_small.json`" in readme
