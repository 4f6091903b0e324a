"""Practice teaches instead of telling: no message gives an answer away, hints give the
rule and the values (never the product), each hint shown counts once, and the two-layer
net asks what can be asked of it."""

import re

import numpy as np
import pytest

from core import i18n
from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.lesson.practice import ELEMENT, SHAPE, Round, check, questions
from core.paths import SAMPLES, sample_files


def round_of(name, forward=False):
    return Round(questions(evaluate(load_graph(SAMPLES / name)), forward))


def test_a_wrong_shape_is_told_its_shape_never_its_numbers():
    right, said = check("[1, 2, 3]", np.array([[0.6, 1.5], [0.6, 1.5]]))
    assert not right
    assert said == ("The answer is an array of shape (2, 2), 4 numbers: type it as "
                    "[[a, b], [c, d]].")
    assert "0.6" not in said and "1.5" not in said
    assert check("[1, 2]", np.array(3.0)) == (False, "The answer is one number.")
    assert check("784, 50", np.array([784, 50]), SHAPE) == (True, "")
    assert check("(784, 50)", np.array([784, 50]), SHAPE)[0]
    assert check("784", np.array([784, 50]), SHAPE) == (
        False, "A shape is 2 whole numbers, such as (rows, columns).")


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_no_hint_holds_the_finished_product(path):
    for q in questions(evaluate(load_graph(path)), forward=True):
        if not q.asked:
            continue
        for hint in q.hints:
            assert "= ?" in hint or "→ ?" in hint, hint
            # nothing after the last `=` but the `?`: the product is never written out
            assert not re.search(r"= [-\d.\[\](), ×·/]+ = \?", hint), hint
            assert not re.search(r"= [-\d.\[\](), ]+ \?$", hint), hint


def test_hints_give_the_rule_then_the_values_and_count_once_each():
    round_ = round_of("apple_orange.json")
    assert round_.answer("1.1")[0]  # ∂price/∂all_price
    _, first = round_.answer("1.1")  # ∂price/∂tax is 650
    assert first == ("By the chain rule, the gradient from upstream times the local "
                     "derivative: × swaps its inputs; local derivative ∂price/∂tax = "
                     "all_price, times the upstream gradient: ∂price/∂tax = ∂price/∂price × "
                     "all_price = ?")
    _, second = round_.answer("600")
    assert second == first + " With ∂price/∂price = 1, all_price = 650."
    _, again = round_.answer("700")  # the same hint once more: not counted again
    assert again == second
    assert round_.hints_used == 2 and round_.misses == 3
    round_.answer("not a number")
    assert round_.hints_used == 2  # "not a number" is no hint
    assert round_.answer("650")[0] and round_.hints_shown == 0


def test_the_two_layer_net_asks_a_shape_an_element_of_y_minus_t_and_a_bias_sum():
    result = evaluate(load_graph(SAMPLES / "two_layer_net.json"))
    asked = [q for q in questions(result) if q.asked]
    by_edge = {(q.step.edge.source, q.part): q for q in asked}
    w1 = by_edge[("W1", SHAPE)]
    assert w1.answer.tolist() == [784, 50]
    assert "(784, 3)·(3, 50) → ?" in w1.hint and "(784, 50)" not in w1.hint
    scores = by_edge[("Affine2", ELEMENT)]
    y = np.asarray(scores.step.numbers["y"])
    assert scores.index == (0, 0)  # the first digit is a 0: its true class
    assert float(scores.answer) == pytest.approx((y[0, 0] - 1) / 3)
    assert scores.hints[1].endswith(f"With y[0, 0] = {y[0, 0]:.4g}, t[0, 0] = 1, N = 3.")
    b2 = by_edge[("b2", ELEMENT)]
    j = b2.index[0]
    column = result.grads["Affine2"][:, j]
    assert float(b2.answer) == pytest.approx(column.sum())
    assert f"∂L/∂Affine2[:, {j}]" in b2.hints[1]
    assert sum(q.kind == "grad" for q in asked) >= 5  # it had none before
    # the round accepts them
    round_ = Round(questions(result))
    assert round_.answer("784, 50")[0] or round_.current is not None


def test_a_round_is_told_again_in_another_language_in_its_place():
    result = evaluate(load_graph(SAMPLES / "apple_orange.json"))
    round_ = Round(questions(result))
    round_.answer("1.1")
    round_.answer("1")  # a miss on ∂price/∂tax: the first hint shown
    i18n.set_language("ko")
    try:
        assert round_.retell(questions(evaluate(load_graph(SAMPLES / "apple_orange.json"))))
        assert round_.index == 1 and round_.right_first_try == 1 and round_.hints_used == 1
        assert round_.current_hint() == (
            "연쇄법칙: 상류에서 전해진 미분에 국소적 미분을 곱합니다. 곱셈 노드는 입력을 서로 바꿔 "
            "곱한다. 상류에서 전해진 미분에 국소적 미분 ∂price/∂tax = all_price를 곱한다: "
            "∂price/∂tax = ∂price/∂price × all_price = ?")
        # another graph's questions are not the same round
        other = questions(evaluate(load_graph(SAMPLES / "apple.json")))
        assert not round_.retell(other)
    finally:
        i18n.set_language("en")
