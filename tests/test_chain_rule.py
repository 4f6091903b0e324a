"""The lesson says what the book says (5.2): each backward step multiplies the upstream
gradient by the node's local derivative, which it names; where a gradient has passed
several nodes the chain rule is written whole, once per source (figure 5-8); formulas
cannot be misread; rounded numbers agree with what they claim."""

import json
import re

import pytest

from core import i18n
from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.lesson.narration import agrees
from core.lesson.steps import build_steps
from core.paths import SAMPLES, sample_files
from tests.helpers import build, const


def steps(name):
    return build_steps(evaluate(load_graph(SAMPLES / name)))


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_figure_5_8_the_chain_is_written_whole_in_the_graphs_own_names():
    said = steps("chain_rule.json")
    # t² names its local derivative with the graph's t, not the x the graph also has
    square = next(s for s in said if s.edge is not None and s.node == "z")
    assert "local derivative ∂z/∂t = 2t" in square.text
    assert "the derivative of x² is 2x" not in square.text
    x = next(s for s in said if s.edge is not None and s.edge.source == "x")
    assert x.chain == ("By the chain rule, the local derivatives from z back to x multiply: "
                       "∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y) = 10 · 1 = 10")
    assert x.text.endswith("\n" + x.chain)
    # once per source: x and y, nothing for t (not a source) or z
    assert [s.edge.source for s in said if s.chain] == ["x", "y"]


def test_every_backward_step_names_its_local_derivative(korean):
    for name, local in [("add_node.json", "국소적 미분 ∂z/∂x = 1을 곱한다"),
                        ("sigmoid_primitives.json", "국소적 미분 ∂y2/∂x2 = y2(1 − y2)를 곱한다"),
                        ("chain_rule.json", "국소적 미분 ∂z/∂t = 2t를 곱한다"),
                        ("mul_node.json", "국소적 미분 ∂z/∂x = y를 곱한다")]:
        assert any(local in s.text for s in steps(name)), name
    for path in sample_files():
        for step in build_steps(evaluate(load_graph(path))):
            if step.edge is not None and step.rule != "given":
                assert "국소적 미분" in step.text, (path.name, step.text)


def test_the_chain_rule_is_said_in_korean_and_explain_prints_it(korean):
    apple = next(s for s in steps("apple_orange.json") if s.edge and s.edge.source == "apple")
    assert apple.chain == (
        "연쇄법칙에 따라 price에서 apple까지 국소적 미분을 모두 곱한다: ∂price/∂apple = "
        "∂price/∂all_price · ∂all_price/∂apple_price · ∂apple_price/∂apple = tax · 1 · "
        "apple_num = 1.1 · 1 · 2 = 2.2")
    import contextlib
    import io

    from core.cli.main import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["explain", str(SAMPLES / "chain_rule.json"), "--lang", "ko"]) == 0
    assert ("     연쇄법칙에 따라 z에서 x까지 국소적 미분을 모두 곱한다: ∂z/∂x = ∂z/∂t · ∂t/∂x = "
            "2t · 1 = 2(x + y) = 10 · 1 = 10") in out.getvalue().splitlines()


def test_several_paths_add_up_and_matrices_keep_their_names():
    # the old sigmoid sample: x feeds both the primitives and a Sigmoid node
    graph = build([("x", "Constant", const(0.5)), ("m1", "Constant", const(-1.0)),
                   ("neg", "Mul", {}), ("e", "Exp", {}), ("one", "Constant", const(1.0)),
                   ("p", "Add", {}), ("r", "Reciprocal", {}), ("s", "Sigmoid", {})],
                  [("x", "neg", "x"), ("m1", "neg", "y"), ("neg", "e", "x"), ("e", "p", "x"),
                   ("one", "p", "y"), ("p", "r", "x"), ("x", "s", "x")])
    fan = next(s for s in build_steps(evaluate(graph)) if s.rule == "fan_out")
    assert fan.chain.startswith("By the chain rule, the local derivatives along each path from "
                                "r, s back to x multiply, and the paths add up: ∂L/∂x = ∂L/∂r ·")
    assert fan.chain.endswith("= 1 · (-0.3875) · 1 · 0.6065 · (-1) + 1 · 0.235 = 0.47")
    # a matrix product's chain keeps its ∂ names (no elementwise product is claimed)
    w1 = next(s for s in steps("two_layer_net.json") if s.edge and s.edge.source == "W1")
    assert w1.chain.startswith("By the chain rule, the local derivatives from L back to W1 "
                               "multiply: ∂L/∂W1 = ∂L/∂Affine2 · ∂Affine2/∂Relu1 · "
                               "∂Relu1/∂Affine1 · ∂Affine1/∂W1 = (784, 50) ")


def test_a_label_that_is_an_expression_is_bracketed():
    said = [s.text for s in steps("sigmoid_primitives.json")]
    assert "y = 1 / (1+exp(-x)) = 1 / 1.6065 = 0.6225" in said
    assert any("∂L/∂(1+exp(-x)) = ∂L/∂y × (−y²)" in t for t in said)
    assert any("∂L/∂(-1) = ∂L/∂(-x) × x" in t for t in said)
    assert any("∂L/∂X = ∂L/∂(X·W) · Wᵀ" in t for t in (s.text for s in steps(
        "affine_dot_add.json")))
    # a negative number as a factor is bracketed too
    assert any("-0.235 × (-1) = 0.235" in t for t in said)


def test_rounded_numbers_agree_with_what_they_claim():
    assert not agrees("y = 1 / (1+exp(-x)) = 1 / 1.607 = 0.6225")  # it is 0.6223
    assert agrees("y = 1 / (1+exp(-x)) = 1 / 1.6065 = 0.6225")
    assert agrees("σ(0.5) = 0.6225") and not agrees("z = σ(0.5) = 0.7")
    assert agrees("∂L/∂x = [1, 2] × 3 = [3, 6]")  # arrays are not checked
    for path in sample_files():
        for step in build_steps(evaluate(load_graph(path))):
            for line in step.text.split("\n"):
                assert agrees(line), (path.name, line)


def test_the_range_of_a_large_array_is_explained_where_it_first_appears(korean):
    said = steps("two_layer_net.json")
    first = [s.text for s in said if re.search(r"\) \S+ … \S+", s.text)]
    assert first[0].endswith("(a … b: 가장 작은 원소와 가장 큰 원소)")
    assert sum("가장 작은 원소와 가장 큰 원소" in t for t in first) == 1
    i18n.set_language("en")
    assert steps("two_layer_net.json")[0].text == (
        "x = (3, 784) 0 … 1: the input data (a … b: its smallest and its largest element)")


def test_the_samples_descriptions_say_chain_rule_and_local_derivative():
    chain = load_graph(SAMPLES / "chain_rule.json").meta
    assert "chain rule" in chain["description"] and "local derivative" in chain["description"]
    assert "연쇄법칙" in chain["description_ko"] and "국소적 미분" in chain["description_ko"]
    assert "∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y) = 10" in chain["description"]
    words = [json.dumps(load_graph(p).meta, ensure_ascii=False) for p in sample_files()]
    assert sum("국소적 미분" in w for w in words) >= 10
    assert sum("local derivative" in w for w in words) >= 10
