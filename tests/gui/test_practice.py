"""Practice mode on apple-and-orange: the learner types every gradient, in backward order.

Driven by real keys (F8 starts practice, the answer typed into the bar, Enter checks) and
real clicks (Show the answer, an edge that is not asked yet). Checks the hidden and shown
numbers on the canvas, the hint after a miss, the score, and the sample's ✓.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.engine.program import evaluate
from core.files.graph_files import dumps_graph, load_graph
from core.lesson.practice import Round, check, questions
from core.paths import SAMPLES

#: the book's backward order for apple-and-orange and each gradient
BOOK_ORDER = [("all_price", "price", "x", "1.1"), ("tax", "price", "y", "650"),
              ("apple_price", "all_price", "x", "1.1"), ("orange_price", "all_price", "y", "1.1"),
              ("orange", "orange_price", "x", "3.3"), ("orange_num", "orange_price", "y", "165"),
              ("apple", "apple_price", "x", "2.2"), ("apple_num", "apple_price", "y", "110")]


def test_a_round_asks_every_gradient_in_the_books_order():
    result = evaluate(load_graph(SAMPLES / "apple_orange.json"))
    graph = result.graph
    asked = [(graph.nodes[q.step.edge.source].label, graph.nodes[q.step.edge.target].label,
              q.step.edge.port) for q in questions(result)]
    assert asked == [order[:3] for order in BOOK_ORDER]
    assert check("2.2", np.array(2.2000000000000006)) == (True, "")
    assert check("2.201", np.array(2.2))[0] is True  # within 1e-3 of it, relatively
    assert check("2.21", np.array(2.2))[0] is False
    assert check("[1, 2]", np.array([1.0, 2.0]))[0]
    assert "not a number" in check("two", np.array(2.0))[1]
    forward = questions(result, forward=True)
    assert [q.kind for q in forward].count("value") == 4  # the four ops, not the sources


def test_large_arrays_are_shown_not_asked():
    result = evaluate(load_graph(SAMPLES / "two_layer_net.json"))
    round_ = Round(questions(result))
    assert round_.asked < len(round_.items)
    assert all(q.answer.size <= 6 for q in round_.items if q.asked)


@pytest.fixture
def practice(canvas):
    canvas.wait_computed()
    QTest.keyClick(canvas.viewport, Qt.Key_F8)
    window = canvas.window
    assert window.practice.active and window.practice_bar.isVisible()
    return canvas


def _answer(c, text: str) -> None:
    edit = c.window.practice_bar.answer_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key_Return)


def test_a_full_correct_round(practice, settings):
    c = practice
    before = dumps_graph(c.document.graph)
    # every gradient hidden, every value shown, the output's starting 1 shown
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "")
    price = c.document.graph.find_label("price").id
    assert c.scene.stubs[price].grad_text == "1"
    for source, target, port, answer in BOOK_ORDER:
        bar = c.window.practice_bar
        assert f"{source} → {target}.{port}" in bar.question.text()
        assert c.edge_labels(source, target, port)[1] == "?"  # the one asked
        assert c.edge_labels("apple", "apple_price", "x")[1] in ("", "?", "2.2")
        _answer(c, answer)
        assert c.edge_labels(source, target, port)[1] == answer  # in red, on its edge
        assert bar.reply.text().startswith("Right:")
    round_ = c.window.practice.round
    assert round_.over and round_.right_first_try == 8 and round_.hints_used == 0
    assert "8 of 8 right at the first try" in c.window.practice_bar.score.text()
    assert dumps_graph(c.document.graph) == before and c.document.undo_stack.count() == 0
    # the sample gets its ✓, remembered in the settings
    assert any(a.text().startswith("✓ ") and a.data() == "apple_orange"
               for a in c.window.window_actions.file.samples.actions())
    assert settings.value("practice/apple_orange") in (True, "true")
    QTest.mouseClick(c.window.practice_bar.end_button, Qt.LeftButton)
    assert not c.window.practice.active
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")


def test_a_round_with_mistakes_gets_the_rule_then_the_answer(practice):
    c = practice
    bar = c.window.practice_bar
    # clicking an edge that is not asked yet says which comes first
    c.click(c.scene.edges[c.document.graph.edge_into("apple_price", "x").id]
            .scene_path().pointAtPercent(0.5))
    assert "first the highlighted one" in bar.reply.text()
    _answer(c, "1.1")  # ∂price/∂all_price, right
    _answer(c, "1.1")  # ∂price/∂tax: wrong (it is 650)
    # the rule with its local derivative, and `?` where the answer goes: no product
    assert bar.reply.text() == (
        "By the chain rule, the gradient from upstream times the local derivative: × swaps "
        "its inputs; local derivative ∂price/∂tax = all_price, times the upstream gradient: "
        "∂price/∂tax = ∂price/∂price × all_price = ?")
    assert c.edge_labels("tax", "price", "y")[1] == "?"
    assert not bar.show_button.isVisible()
    _answer(c, "600")  # a second miss offers the answer
    assert bar.show_button.isVisible()
    QTest.mouseClick(bar.show_button, Qt.LeftButton)
    assert c.edge_labels("tax", "price", "y")[1] == "650"
    assert "The answer:" in bar.reply.text()
    _answer(c, "eleven")
    assert "not a number" in bar.reply.text()
    round_ = c.window.practice.round
    assert (round_.right_first_try, round_.hints_used, round_.answers_shown) == (1, 2, 1)
    assert "1 of 8 right at the first try · 2 hint(s) · 1 answer(s) shown" in bar.score.text()


def test_an_edit_ends_the_round_and_undo_is_untouched(practice):
    c = practice
    _answer(c, "1.1")
    c.window.editor.rename("tax", "vat")
    c.wait_computed()
    assert not c.window.practice.active and not c.window.practice_bar.isVisible()
    assert "the graph changed" in c.window.statusBar().currentMessage()
    c.window.window_actions.edit.undo.trigger()
    assert c.document.graph.nodes["tax"].label == "tax"
    assert c.edge_labels("tax", "price", "y") == ("1.1", "650")


def test_a_forward_round_asks_the_values_first(canvas):
    c = canvas
    c.wait_computed()
    c.window.practice_bar.forward_box.setChecked(True)
    c.window.window_actions.run.practice.trigger()
    assert c.edge_labels("apple_price", "all_price", "x")[0] == "?"  # an op's value asked
    assert c.edge_labels("all_price", "price", "x")[0] == ""  # and the next one hidden
    assert c.edge_labels("apple", "apple_price", "x")[0] == "100"  # a source's is given
    assert "The value of apple_price" in c.window.practice_bar.question.text()
    _answer(c, "200")
    assert c.edge_labels("apple_price", "all_price", "x")[0] == "200"
