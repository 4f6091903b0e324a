"""The narration: each step states its op's rule with the graph's labels and numbers."""

import json

import numpy as np
import pytest

from core import i18n
from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.lesson.steps import build_steps, reveal_ranks, revealed
from core.model.graph import Graph
from core.paths import SAMPLES
from tests.helpers import build, const


def steps_of(graph):
    result = evaluate(graph)
    return result, build_steps(result)


def texts(name):
    return [s.text for s in steps_of(load_graph(SAMPLES / name))[1]]


def test_mul_names_the_other_input_as_the_book_does():
    said = texts("apple.json")
    assert ("× swaps its inputs; local derivative ∂apple_price/∂apple = apple_num, times the "
            "upstream gradient: ∂price/∂apple = ∂price/∂apple_price × apple_num "
            "= 1.1 × 2 = 2.2") in [t.split("\n")[0] for t in said]
    assert ("× swaps its inputs; local derivative ∂price/∂apple_price = tax, times the upstream "
            "gradient: ∂price/∂apple_price = ∂price/∂price × tax = 1 × 1.1 = 1.1" in said)
    assert said[5] == "Backward starts at the output price: ∂price/∂price = 1"


def test_forward_names_each_input_by_its_label_and_value():
    assert "apple_price = apple × apple_num = 100 × 2 = 200" in texts("apple.json")
    chain = texts("chain_rule.json")
    assert chain[:4] == ["x = 2: a constant the graph starts from",
                         "y = 3: a constant the graph starts from",
                         "t = x + y = 2 + 3 = 5", "z = t² = 5² = 25"]
    sigmoid = texts("sigmoid_primitives.json")
    assert "y = 1 / (1+exp(-x)) = 1 / 1.6065 = 0.6225" in sigmoid  # 1 / 1.607 is 0.6223
    assert "y2 = σ(x2) = 1 / (1 + exp(−x2)) = σ(0.5) = 0.6225" in sigmoid
    assert "exp(-x) = exp(-0.5) = 0.6065" in sigmoid


def test_add_passes_the_gradient_on_unchanged():
    assert ("+ passes the upstream gradient on unchanged; local derivative "
            "∂all_price/∂apple_price = 1, times the upstream gradient: ∂price/∂apple_price = "
            "∂price/∂all_price × 1 = 1.1 × 1 = 1.1") in texts("apple_orange.json")
    assert ("+ passes the upstream gradient on unchanged; local derivative ∂t/∂x = 1, times "
            "the upstream gradient: ∂z/∂x = ∂z/∂t × 1 = 10 × 1 = 10"
            in [t.split("\n")[0] for t in texts("chain_rule.json")])


def test_a_broadcast_bias_is_summed_back_over_the_batch():
    said = texts("batch_bias.json")
    assert said[3] == ("Backward starts at the output Y with the gradient that arrives from "
                       "the rest of a larger graph: ∂L/∂Y = [[1, 2, 3], [4, 5, 6]]")
    assert ("+ passes the upstream gradient on; B was broadcast, so it is summed back "
            "(2, 3) → (3,); local derivative ∂Y/∂B = 1, times the upstream gradient: "
            "∂L/∂B = Σ ∂L/∂Y × 1 = [5, 7, 9]") in said


def shared_x_sigmoid() -> Graph:
    """The old sigmoid sample: one x feeding both the primitives and a Sigmoid node."""
    return build([("x", "Constant", const(0.5)), ("m1", "Constant", const(-1.0)),
                  ("neg", "Mul", {}), ("e", "Exp", {}), ("one", "Constant", const(1.0)),
                  ("p", "Add", {}), ("r", "Reciprocal", {}), ("s", "Sigmoid", {})],
                 [("x", "neg", "x"), ("m1", "neg", "y"), ("neg", "e", "x"), ("e", "p", "x"),
                  ("one", "p", "y"), ("p", "r", "x"), ("x", "s", "x")])


def test_fan_out_writes_the_sum_and_several_sinks_say_they_are_summed():
    result, steps = steps_of(shared_x_sigmoid())
    said = [s.text for s in steps]
    start = next(s for s in steps if s.rule == "start_sum")
    assert start.text == ("Backward: no output is named, so each of the 2 sinks (s, r) is an "
                          "output and starts with the gradient 1. L is their sum: where their "
                          "paths meet, the gradients from the different outputs are summed")
    assert ("σ needs only its output s; local derivative ∂s/∂x = s(1 − s), times the upstream "
            "gradient: ∂L/∂x via s = ∂L/∂s × s(1 − s) = 1 × 0.6225 × 0.3775 = 0.235") in said
    assert ("× swaps its inputs; local derivative ∂neg/∂x = m1, times the upstream gradient: "
            "∂L/∂x via neg = ∂L/∂neg × m1 = -0.235 × (-1) = 0.235") in said
    fan = [s for s in steps if s.rule == "fan_out"]
    assert [s.text.split("\n")[0] for s in fan] == [
        "x feeds 2 nodes, so its gradient is the sum of what each sends back: ∂L/∂x = 0.235 + "
        "0.235 = 0.47"]
    # the chain rule written whole once x's gradient is: both paths, added
    assert fan[0].chain.endswith("= 1 · (-0.3875) · 1 · 0.6065 · (-1) + 1 · 0.235 = 0.47")
    np.testing.assert_array_equal(fan[0].numbers["result"], result.grads["x"])
    assert steps.index(fan[0]) > max(i for i, s in enumerate(steps) if "via" in s.text)


def test_relu_shows_its_mask_for_a_small_array_and_counts_for_a_large_one():
    assert texts("relu.json")[-1] == (
        "ReLU passes the gradient where x > 0 and blocks it where x ≤ 0, mask = [[1, 0], "
        "[0, 1]]; local derivative ∂y/∂x = (x > 0), times the upstream gradient: ∂L/∂x = "
        "∂L/∂y × mask = [[1, 1], [1, 1]] × [[1, 0], [0, 1]] = [[1, 0], [0, 1]]")
    net = texts("two_layer_net.json")
    relu = next(t for t in net if t.startswith("ReLU passes"))
    assert relu.startswith("ReLU passes the gradient where Affine1 > 0 and blocks it where "
                           "Affine1 ≤ 0 (57 of 150 elements pass); local derivative "
                           "∂Relu1/∂Affine1 = (Affine1 > 0), times the upstream gradient: "
                           "∂L/∂Affine1 = ∂L/∂Relu1 × (Affine1 > 0) = (3, 50) -0.00")
    assert "Relu1 = ReLU(Affine1) = max(0, Affine1) = (3, 50) 0 … 0.197" in net[7]


@pytest.mark.parametrize("x,expected", [
    (2.0, "ReLU passes the gradient where x > 0, and here x = 2 > 0; local derivative "
          "∂r/∂x = 1, times the upstream gradient: ∂r/∂x = ∂r/∂r × 1 = 1 × 1 = 1"),
    (-2.0, "ReLU blocks the gradient where x ≤ 0, and here x = -2 ≤ 0; local derivative "
           "∂r/∂x = 0, times the upstream gradient: ∂r/∂x = ∂r/∂r × 0 = 0")])
def test_relu_on_one_number_passes_or_blocks(x, expected):
    graph = build([("x", "Constant", const(x)), ("r", "ReLU", {})], [("x", "r", "x")])
    assert steps_of(graph)[1][-1].text == expected


def test_the_primitives_state_their_derivatives():
    sigmoid = texts("sigmoid_primitives.json")
    # each names its local derivative, and a label that is an expression is bracketed
    assert ("y = 1/(1+exp(-x)), whose derivative is −1/(1+exp(-x))²; local derivative "
            "∂y/∂(1+exp(-x)) = −y², times the upstream gradient: ∂L/∂(1+exp(-x)) = ∂L/∂y × "
            "(−y²) = 1 × (−0.6225²) = -0.3875") in sigmoid
    assert ("exp is its own derivative; local derivative ∂exp(-x)/∂(-x) = exp(-x), times the "
            "upstream gradient: ∂L/∂(-x) = ∂L/∂exp(-x) × exp(-x) = -0.3875 × 0.6065 "
            "= -0.235") in sigmoid
    assert ("σ needs only its output y2; local derivative ∂y2/∂x2 = y2(1 − y2), times the "
            "upstream gradient: ∂L/∂x2 = ∂L/∂y2 × y2(1 − y2) = 1 × 0.6225 × 0.3775 "
            "= 0.235") in sigmoid
    # the graph's own names: t² and 2t, in a graph that has a node x of its own
    assert ("z = t², the square; local derivative ∂z/∂t = 2t, times the upstream gradient: "
            "∂z/∂t = ∂z/∂z × 2t = 1 × 2 × 5 = 10" in texts("chain_rule.json"))
    loss = texts("softmax_loss_primitives.json")
    assert ("log y = log y; local derivative ∂(log y)/∂y = 1/y, times the upstream gradient: "
            "∂L/∂y = ∂L/∂(log y) / y = [0, -1, 0] / [0.3, 0.2, 0.5] = [0, -5, 0]") in loss
    assert ("Σ copies the upstream gradient to every element; local derivative "
            "∂S/∂exp(a) = 1, times the upstream gradient: ∂L/∂exp(a) via S = 1 copied to "
            "(3,) = [1, 1, 1]") in loss
    assert ("exp(a) feeds 2 nodes, so its gradient is the sum of what each sends back: "
            "∂L/∂exp(a) = [1, 1, 1] + [0, -5, 0] = [1, -4, 1]") in loss
    assert ("× swaps its inputs; (1/S) was broadcast, so the product is summed back (3,) → (); "
            "local derivative ∂y/∂(1/S) = exp(a), times the upstream gradient: ∂L/∂(1/S) = "
            "Σ ∂L/∂y × exp(a) = Σ [0, -5, 0] × [0.3, 0.2, 0.5] = -1") in loss
    assert loss[-1] == ("exp is its own derivative; local derivative ∂exp(a)/∂a = exp(a), times "
                        "the upstream gradient: ∂L/∂a = ∂L/∂exp(a) × exp(a) = [1, -4, 1] "
                        "× [0.3, 0.2, 0.5] = [0.3, -0.8, 0.5]")


def test_affine_gives_each_gradient_with_the_shapes_that_fit():
    said = texts("affine_batch.json")
    assert said[3] == "Y = X · W + B: (2, 2)·(2, 3) + (3,) → (2, 3) = [[1.9, 3.2, 4.5], " \
                      "[2.9, 4.6, 6.3]]"
    assert said[-3:] == [
        "for the matrix product X · W; local derivative ∂Y/∂X = Wᵀ, multiplied on the right "
        "of the upstream gradient: ∂L/∂X = ∂L/∂Y · Wᵀ: (2, 3)·(3, 2) → (2, 2) = [[0.6, 1.5], "
        "[0.6, 1.5]]",
        "for the matrix product X · W; local derivative ∂Y/∂W = Xᵀ, multiplied on the left "
        "of the upstream gradient: ∂L/∂W = Xᵀ · ∂L/∂Y: (2, 2)·(2, 3) → (2, 3) = [[4, 4, 4], "
        "[6, 6, 6]]",
        "B was added to every row (every data point), so its gradient sums ∂L/∂Y over axis "
        "0; local derivative ∂Y/∂B = 1 for each copy, so the upstream gradient is summed: "
        "∂L/∂B = Σ ∂L/∂Y: (2, 3) → (3,) = [2, 2, 2]"]
    one_row = texts("affine_node.json")
    assert ("∂L/∂W = Xᵀ · ∂L/∂Y: (2, 1)·(1, 3) → (2, 3) = [[1, 2, 3], [0.5, 1, 1.5]]"
            in one_row[-2])
    assert ("B was added to the one row there is, so it gets the gradient as it is; local "
            "derivative ∂Y/∂B = 1, times the upstream gradient: ∂L/∂B = ∂L/∂Y × 1 = [1, 2, 3] "
            "× 1 = [1, 2, 3]") in one_row
    dot = texts("affine_dot_add.json")
    assert "X·W = X · W, the matrix product: (2,)·(2, 3) → (3,) = [0.2, 0.5, 0.8]" in dot
    # the label X·W is an expression: bracketed, so ∂L/∂(X·W) · Wᵀ cannot be misread
    assert "∂L/∂X = ∂L/∂(X·W) · Wᵀ: (3,)·(3, 2) → (2,) = [2.2, 2.8]" in dot[-2]


def test_softmax_with_loss_sends_back_y_minus_t_with_y_shown():
    said = texts("softmax_loss.json")
    assert said[2] == ("L: first y = softmax(scores) = [0.0182, 0.245, 0.737], then the "
                       "cross-entropy error −Σ t · log(y + δ) / N with δ = 1e-7, N = 1: "
                       "L = 0.3057")
    assert said[4] == ("Softmax-with-Loss sends back (y − t) / N, with y = [0.0182, 0.245, "
                       "0.737] and N = 1; local derivative ∂L/∂scores = (y − t) / N, times the "
                       "upstream gradient: ∂L/∂scores = ∂L/∂L × (y − t) / N = 1 × ([0.0182, "
                       "0.245, 0.737] − [0, 0, 1]) / 1 = [0.0182, 0.245, -0.263]")
    assert said[5] == "t is given (the labels): nothing flows back into it, so it has no gradient"


def test_softmax_and_cross_entropy_error_separately():
    said = texts("softmax_cross_entropy.json")
    assert said[2:] == [
        "y = softmax(a) = exp(a) / Σ exp(a) = softmax([-1.2, -1.61, -0.693]) = [0.3, 0.2, 0.5]: "
        "probabilities that sum to 1",
        "L = −Σ t · log(y + δ) / N = −Σ [0, 1, 0] · log([0.3, 0.2, 0.5] + 0) / 1 = 1.609",
        "Backward starts at the output L: ∂L/∂L = 1",
        "L = −Σ t · log(y + δ) / N; local derivative ∂L/∂y = −t / (y + δ) / N, times the "
        "upstream gradient: ∂L/∂y = ∂L/∂L × (−[0, 1, 0] / ([0.3, 0.2, 0.5] + 0)) / 1 = "
        "[0, -5, 0]",
        "t is given (the labels): nothing flows back into it, so it has no gradient",
        "every y depends on every score; local derivative ∂y/∂a = y_i(δ_ij − y_j), applied to "
        "the upstream gradient: ∂L/∂a = y ⊙ (∂L/∂y − Σ ∂L/∂y ⊙ y) = [0.3, 0.2, 0.5] ⊙ "
        "([0, -5, 0] − (-1)) = [0.3, -0.8, 0.5]\nBy the chain rule, the local derivatives "
        "from L back to a multiply: ∂L/∂a = ∂L/∂y · ∂y/∂a = [0.3, -0.8, 0.5]"]


def test_a_given_output_gradient_is_where_backward_starts():
    said = texts("mul_node.json")
    assert said[3:] == [
        "Backward starts at the output z with the gradient that arrives from the rest of a "
        "larger graph: ∂L/∂z = 1.3",
        "× swaps its inputs; local derivative ∂z/∂x = y, times the upstream gradient: "
        "∂L/∂x = ∂L/∂z × y = 1.3 × 5 = 6.5",
        "× swaps its inputs; local derivative ∂z/∂y = x, times the upstream gradient: "
        "∂L/∂y = ∂L/∂z × x = 1.3 × 10 = 13"]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.json")))
def test_one_step_per_node_and_per_edge_and_the_last_shows_everything(name):
    graph = load_graph(SAMPLES / name)
    result, steps = steps_of(graph)
    forward = [s for s in steps if s.phase == "forward"]
    assert [s.node for s in forward] == [n for n in result.order if n in result.values]
    edge_steps = [s for s in steps if s.edge is not None and s.rule != "given"]
    assert sorted(s.edge.id for s in edge_steps) == sorted(result.edge_grads)
    given = [s for s in steps if s.rule == "given"]
    assert len(given) == sum(1 for e in graph.edges if graph.nodes[e.source].type == "Labels")
    shown = [revealed(steps, i) for i in range(len(steps))]
    for (values, grads), (more_values, more_grads) in zip(shown, shown[1:]):
        assert values <= more_values and grads <= more_grads  # what is shown only grows
    assert shown[0] == ({forward[0].node}, set())
    assert shown[len(forward) - 1] == (set(result.values), set())  # forward shows no gradient
    assert shown[-1] == (set(result.values), set(result.edge_grads) | set(result.outputs))
    ranks = reveal_ranks(steps)
    assert all(key in step.reveals for key, i in ranks.items() for step in [steps[i]])


def test_every_sentence_goes_through_the_translation_catalogue(monkeypatch):
    catalogue = {("narration", "{out} = {x} × {y} = {xv} × {yv} = {outv}"):
                 "{out} 은 {x} 곱하기 {y}: {xv} × {yv} = {outv}",
                 ("narration", "× swaps its inputs"): "곱셈 노드는 입력을 바꿔 곱한다"}
    monkeypatch.setitem(i18n._state, "catalogue", catalogue)
    said = texts("apple.json")
    assert "apple_price 은 apple 곱하기 apple_num: 100 × 2 = 200" in said
    assert ("곱셈 노드는 입력을 바꿔 곱한다; local derivative ∂apple_price/∂apple = apple_num, "
            "times the upstream gradient: ∂price/∂apple = ∂price/∂apple_price × apple_num "
            "= 1.1 × 2 = 2.2") in [t.split("\n")[0] for t in said]


def test_steps_as_json_keep_the_rule_the_edge_and_the_numbers():
    result, steps = steps_of(load_graph(SAMPLES / "apple.json"))
    doc = json.loads(json.dumps([s.to_json(result) for s in steps]))
    step = next(d for d in doc if d["edge"] == {"source": "apple", "target": "apple_price",
                                                 "port": "x"})
    assert step == {"phase": "backward", "node": "apple_price", "node_id": "apple_price",
                    "edge": {"source": "apple", "target": "apple_price", "port": "x"},
                    "rule": "mul", "text": step["text"],
                    "numbers": {"upstream": 1.1, "result": 2.2, "other": 2.0}}
    result, steps = steps_of(load_graph(SAMPLES / "two_layer_net.json"))
    w1 = next(s for s in steps if s.edge and s.edge.id == "W1->Affine1.W").to_json(result)
    assert w1["numbers"]["result"]["shape"] == [784, 50]  # too large to list: shape and max


def test_an_empty_graph_has_no_steps_and_a_broken_node_says_why():
    assert build_steps(evaluate(Graph())) == []
    graph = build([("a", "Constant", const(1.0)), ("m", "Mul", {})], [("a", "m", "x")])
    result, steps = steps_of(graph)
    assert [s.rule for s in steps] == ["source", "error"]
    assert steps[1].text == 'Mul "m": input y is not connected'
