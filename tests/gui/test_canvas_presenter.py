"""One presenter decides what the canvas shows (issue "A house that shows its plan", 3).

Before, four modules painted the scene: a mode that ended repainted the result it had kept
from its start over the graph's new one (a Gradient Step, a value edited during practice
showed the old numbers), a deleted output made that stale repaint raise KeyError 'price'
inside the scene, and the live canvas guessed "no lesson" from a flag only step mode and
practice set. Now the canvas is always drawn from the graph as it is now, a lesson masks
the document's numbers, and a live batch never paints under a lesson. Real keys and clicks;
the expected numbers are the engine's for the edited graph, and the book's.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from canvas_driver import Canvas
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.formatting import summarize
from core.ops.sources import Source
from core.paths import SAMPLES


def _practise(c) -> None:
    c.wait_computed()
    QTest.keyClick(c.viewport, Qt.Key_F8)  # Run ▸ Practice
    assert c.window.practice.active and c.window.practice_bar.isVisible()


def _every_number_is_the_engines(c) -> None:
    """Every edge and stub shows what the engine computes for the graph as it is now."""
    graph = c.document.graph
    result = evaluate(graph)
    for edge in graph.edges:
        item = c.scene.edges[edge.id]
        assert (item.value_text, item.grad_text) == c.expected_labels(result, edge), edge.id
    assert sorted(c.scene.stubs) == sorted(result.outputs)
    for node_id in result.outputs:
        stub = c.scene.stubs[node_id]
        assert stub.value_text == summarize(result.values[node_id])
        assert stub.grad_text == summarize(result.grads[node_id])
    assert not any(item.highlighted for item in c.scene.nodes.values())


def test_a_gradient_step_during_practice_leaves_the_stepped_values_on_the_edges(window, qtbot):
    window.files.open_sample(SAMPLES / "affine_batch.json", ask=False)
    c = Canvas(window, qtbot)
    _practise(c)
    assert c.edge_labels("W", "Y", "W")[1] in ("", "?")  # the gradients are the questions
    start = evaluate(load_graph(SAMPLES / "affine_batch.json"))
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        window.window_actions.run.descent.trigger()  # Run ▸ Gradient Descent Step, lr 0.1
    # the step is an edit: the round ends, and the canvas shows the stepped graph
    assert not window.practice.active and not window.practice_bar.isVisible()
    assert "the graph changed" in window.statusBar().currentMessage()
    stepped = start.graph.nodes["W"].params["value"] - 0.1 * start.grads["W"]
    w = Source.materialize(c.document.graph.nodes["W"].params, np.float64)
    assert np.allclose(w, stepped) and not np.allclose(w, start.values["W"])
    assert c.edge_labels("W", "Y", "W") == (summarize(w), summarize(start.grads["W"]))
    _every_number_is_the_engines(c)
    assert c.scene.stubs["affine"].value_text != summarize(start.values["affine"])


def test_a_value_edited_during_practice_shows_the_new_result(canvas, qtbot):
    c = canvas
    _practise(c)
    c.click(c.header("apple"))
    field = c.window.inspector.field("value")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "200")
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        QTest.mouseClick(c.window.inspector.apply_button, Qt.LeftButton)
    assert not c.window.practice.active
    # (2·200 + 3·150)·1.1 = 935: the new price, not the 715 the round started with
    price = c.document.graph.find_label("price").id
    assert c.scene.stubs[price].value_text == "935"
    assert c.edge_labels("apple", "apple_price", "x") == ("200", "2.2")
    assert c.edge_labels("apple_price", "all_price", "x") == ("400", "1.1")
    _every_number_is_the_engines(c)


def test_deleting_the_output_during_practice_shows_the_graph_that_is_left(canvas, qtbot):
    c = canvas
    _practise(c)
    c.click(c.header("price"))
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        c.key(Qt.Key_Delete)  # before: KeyError 'price' in the scene's painting
    assert "price" not in c.document.graph.nodes and not c.window.practice.active
    assert "Something went wrong" not in c.window.statusBar().currentMessage()
    # backward now starts at all_price (tax, a constant feeding nothing, is no output)
    all_price = c.document.graph.find_label("all_price").id
    assert list(c.scene.stubs) == [all_price]
    assert (c.scene.stubs[all_price].value_text, c.scene.stubs[all_price].grad_text) == (
        "650", "1")
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2")
    assert c.edge_labels("orange", "orange_price", "x") == ("150", "3")
    _every_number_is_the_engines(c)


def test_ending_step_mode_after_an_edit_shows_the_edited_graph(canvas, qtbot):
    c = canvas
    w = c.window
    QTest.keyClick(w, Qt.Key_F9)
    assert w.stepper.active and c.edge_labels("apple", "apple_price", "x") == ("100", "")
    c.click(c.header("apple"))
    field = w.inspector.field("value")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "200")
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        QTest.mouseClick(w.inspector.apply_button, Qt.LeftButton)
    assert w.stepper.active  # step mode follows an edit (its steps are rebuilt)
    w.window_actions.run.exit_step.trigger()
    assert not w.stepper.active
    assert c.edge_labels("apple_price", "all_price", "x") == ("400", "1.1")
    _every_number_is_the_engines(c)


def test_a_live_batch_never_paints_under_a_lesson_and_an_edit_takes_it_off(canvas, qtbot):
    """The policy without a training run: the presenter is handed a batch's numbers (here
    the graph with apple at 1000, as a run would send them) as the live canvas does."""
    c = canvas
    c.wait_computed()
    presenter, graph = c.window.presenter, c.document.graph
    batch = load_graph(SAMPLES / "apple_orange.json")
    batch.set_params("apple", {"init": "fixed", "value": 1000})
    live = evaluate(batch)
    live = replace(live, graph=graph)  # the same ids: a run trains a copy of the canvas graph
    assert presenter.show_live(live)
    assert c.edge_labels("apple", "apple_price", "x") == ("1000", "2.2")
    _practise(c)  # a lesson takes the batch off: the document's numbers, masked
    assert not presenter.live
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "")
    assert c.edge_labels("all_price", "price", "x") == ("650", "?")
    assert not presenter.show_live(live)  # the next batch waits for the lesson's end
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "")
    assert c.edge_labels("all_price", "price", "x") == ("650", "?")
    QTest.mouseClick(c.window.practice_bar.end_button, Qt.LeftButton)
    _every_number_is_the_engines(c)
    assert presenter.show_live(live)  # no lesson now: the batch shows ...
    assert c.edge_labels("apple_price", "all_price", "x")[0] == "2000"
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        c.window.editor.rename("tax", "vat")  # ... until the document recomputes
    assert not presenter.live
    _every_number_is_the_engines(c)
    presenter.end_live()  # the run ends: nothing to take off, nothing repainted
    _every_number_is_the_engines(c)


def test_a_result_of_the_replaced_graph_is_never_drawn(canvas, qtbot):
    c = canvas
    c.wait_computed()
    old = c.document.result
    c.window.files.open_sample(SAMPLES / "mul_node.json", ask=False)
    presenter = c.window.presenter
    assert not presenter.show_live(old)  # a batch of the graph before: refused
    assert c.edge_labels("x", "z", "x") == ("10", "6.5")
    assert sorted(presenter.presentation().edges) == sorted(e.id for e in c.document.graph.edges)
