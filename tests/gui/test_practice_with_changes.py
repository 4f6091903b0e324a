"""Practice while the graph changes under it (issue "Two features at once", items 1 and 2):
New, a sample opened, the output deleted, a Gradient Step, a training run that ends. The
round ends at once and says why, the bar goes, Run ▸ Practice is unchecked, the next F8
starts a round on the graph as it is, End practice works the first time, and the canvas
shows the engine's numbers for the graph as it is. Real keys and clicks.
"""

from __future__ import annotations

from canvas_driver import Canvas
from canvas_truth import assert_canvas_is_true
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from training_driver import click, click_and_finish, training_panel

from core.paths import SAMPLES


def practise(c) -> None:
    c.wait_computed()
    QTest.keyClick(c.viewport, Qt.Key_F8)  # Run ▸ Practice
    assert c.window.practice.active and c.window.practice_bar.isVisible()
    assert c.window.window_actions.run.practice.isChecked()


def ended(window, why: str) -> None:
    """The round is over: no bar, no checked action, the reason on the status line."""
    assert not window.practice.active and not window.practice_bar.isVisible()
    assert not window.window_actions.run.practice.isChecked()
    assert why in window.statusBar().currentMessage()
    assert window.presenter.lesson is None


def test_new_during_practice_ends_it_and_f8_says_why_it_cannot_start(canvas, qtbot):
    c, w = canvas, canvas.window
    practise(c)
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        QTest.keyClick(c.viewport, Qt.Key_N, Qt.ControlModifier)  # File ▸ New
    ended(w, "A new, empty graph")
    assert not c.scene.edges and not c.scene.stubs
    QTest.keyClick(c.viewport, Qt.Key_F8)  # nothing to practise on an empty graph
    assert not w.practice.active and not w.window_actions.run.practice.isChecked()
    assert "Practice needs a graph" in w.statusBar().currentMessage()


def test_a_sample_opened_from_the_menu_during_practice_ends_it(canvas, qtbot):
    c, w = canvas, canvas.window
    practise(c)
    asked = w.practice_bar.question.text()
    assert "price" in asked
    menu = w.window_actions.file.samples
    w.window_actions.fill_samples()
    action = next(a for a in menu.actions() if a.data() == "mul_node")
    menu.popup(w.mapToGlobal(w.rect().center()))
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier,
                         menu.actionGeometry(action).center())  # File ▸ Open Sample ▸ …
    ended(w, "Multiply node")
    assert_canvas_is_true(w, "the sample opened")
    assert c.edge_labels("x", "z", "x") == ("10", "6.5")
    # F8 practises the new graph, and End practice ends it at the first click
    practise(c)
    assert "price" not in w.practice_bar.question.text()
    assert_canvas_is_true(w, "practising the sample")
    QTest.mouseClick(w.practice_bar.end_button, Qt.LeftButton)
    ended(w, "")
    assert_canvas_is_true(w, "practice ended")


def test_the_output_deleted_during_practice_leaves_no_question_about_it(canvas, qtbot):
    c, w = canvas, canvas.window
    practise(c)
    c.click(c.header("price"))
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        c.key(Qt.Key_Delete)
    ended(w, "the graph changed")
    assert "Something went wrong" not in w.statusBar().currentMessage()
    assert_canvas_is_true(w, "price deleted")
    practise(c)  # a round on the graph that is left: backward starts at all_price
    assert "→ price." not in w.practice_bar.question.text()
    assert_canvas_is_true(w, "practising what is left")
    QTest.keyClick(c.viewport, Qt.Key_F8)  # F8 again: practice off, at the first press
    ended(w, "")


def test_a_gradient_step_during_practice_shows_the_stepped_graph(window, qtbot):
    window.files.open_sample(SAMPLES / "affine_batch.json", ask=False)
    c = Canvas(window, qtbot)
    practise(c)
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        QTest.keyClick(c.viewport, Qt.Key_G, Qt.ControlModifier | Qt.ShiftModifier)
    ended(window, "the graph changed")
    # Y = X·W + B with the stepped W and B: [[0.1, 1.4, 2.7], [-0.9, 0.8, 2.5]], no longer
    # the [[1.9, 3.2, 4.5], …] the round started with
    assert c.scene.stubs["affine"].value_text == "[[0.1, 1.4, 2.7], [-0.9, 0.8, 2.5]]"
    assert_canvas_is_true(window, "stepped")


def test_a_run_that_ends_during_practice_shows_the_trained_graph(window, mnist_split, qtbot):
    panel = training_panel(window, mnist_split, 1_000_000)
    window.show_training()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    c = Canvas(window, qtbot)
    with qtbot.waitSignal(panel.canvas.live.shown, timeout=30_000):
        click(qtbot, panel.controls.start_button)
    practise(c)
    assert_canvas_is_true(window, "practice during the run")
    qtbot.waitUntil(lambda: panel.iteration >= 300, timeout=60_000)
    with qtbot.waitSignal(c.document.computed, timeout=30_000):
        click_and_finish(qtbot, panel, panel.controls.stop_button)
    ended(window, "")
    # the trained weights' numbers: b1 is no longer all 0, the loss far below ln 10
    b1 = c.scene.edges["b1->Affine1.b"].value_text
    assert "all 0" not in b1
    loss = float(c.document.result.values["loss"])
    assert loss < 2.0 and c.scene.stubs["loss"].value_text != "2.299"
    assert_canvas_is_true(window, "the run ended")
    panel.shutdown()
