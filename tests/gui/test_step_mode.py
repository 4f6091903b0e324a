"""Step mode with real keys: it never stays on with every number hidden (issue 10, point 4),
it ends when another graph is opened, and its sentences wrap instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.paths import SAMPLES


def f9(window) -> None:
    QTest.keyClick(window, Qt.Key_F9)


def assert_stopped(c) -> None:
    w = c.window
    assert not w.stepper.active and w.stepper.current is None
    assert not w.step_bar.isVisible() and not w.window_actions.run.step.isChecked()
    assert c.window.presenter.lesson is None
    assert not any(item.highlighted for item in c.scene.nodes.values())


def test_new_while_stepping_ends_step_mode_and_the_next_graph_shows_its_numbers(canvas, qtbot):
    c = canvas
    w = c.window
    f9(w)
    QTest.keyClick(w, Qt.Key_F10)
    assert w.stepper.active
    with qtbot.waitSignal(w.stepper.step_changed) as ended:
        QTest.keyClick(w, Qt.Key_N, Qt.ControlModifier)
    assert ended.args == [-1, 0, "Step mode ended: another graph was opened."]
    assert_stopped(c)
    w.files.open_sample(SAMPLES / "apple.json", ask=False)
    assert_stopped(c)
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")
    assert (c.scene.stubs["price"].value_text, c.scene.stubs["price"].grad_text) == ("220", "1")


def test_deleting_everything_ends_step_mode_with_a_message_and_undo_shows_all(canvas, qtbot):
    c = canvas
    w = c.window
    f9(w)
    w.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(w.stepper.step_changed) as ended:
        QTest.keyClick(c.viewport, Qt.Key_Delete)
        c.wait_computed()
    assert ended.args == [-1, 0, "Step mode ended: the graph is empty."]
    assert_stopped(c)
    QTest.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    c.wait_computed()
    assert len(c.document.graph.nodes) == 9
    assert_stopped(c)
    assert c.edge_labels("tax", "price", "y") == ("1.1", "650")


def test_opening_a_sample_while_stepping_ends_step_mode_and_reveals_everything(canvas):
    c = canvas
    w = c.window
    f9(w)
    for _ in range(3):
        QTest.keyClick(w, Qt.Key_F10)
    assert w.stepper.index == 3
    w.files.open_sample(SAMPLES / "mul_node.json", ask=False)
    assert_stopped(c)
    assert c.edge_labels("x", "z", "x") == ("10", "6.5")
    f9(w)  # and it starts again at the first step of the new graph
    assert w.stepper.index == 0 and w.step_bar.text.text() == (
        "x = 10: a constant the graph starts from")


def test_f9_on_an_empty_graph_says_so_and_stays_off(empty_canvas, qtbot):
    c = empty_canvas
    w = c.window
    with qtbot.waitSignal(w.stepper.step_changed) as ended:
        f9(w)
    assert ended.args == [-1, 0, "Step mode needs a graph: add nodes from the palette first."]
    assert_stopped(c)
    QTest.keyClick(w, Qt.Key_F10)  # nothing to step
    assert_stopped(c)


def test_the_sentence_wraps_and_never_widens_a_1024_pixel_window(window):
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    window.resize(1024, 768)
    QApplication.processEvents()
    assert window.width() == 1024
    f9(window)
    longest = 0
    bar = window.step_bar
    while True:
        QApplication.processEvents()
        assert window.width() == 1024, window.stepper.current.text
        assert window.minimumSizeHint().width() <= 1024
        assert bar.text.width() <= bar.width()
        if len(bar.text.text()) > longest:
            longest = len(bar.text.text())
            lines = bar.text.height() / bar.text.fontMetrics().lineSpacing()
        if window.stepper.index == len(window.stepper.steps) - 1:
            break
        QTest.keyClick(window, Qt.Key_F10)
    assert longest > 150 and lines >= 2  # the longest sentence took several lines
