"""Run ▸ Check Gradients: the dialog checks a copy of the graph off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.files.graph_files import load_graph
from core.paths import SAMPLES
from gui.lesson.gradcheck_dialog import GradcheckDialog, open_gradcheck_dialog


def cells(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_dialog_shows_backprop_and_numerical_side_by_side(window, qtbot):
    graph = window.document.graph  # apple and orange
    dialog = open_gradcheck_dialog(window, graph)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.check_finished, timeout=20000) as finished:
        pass  # the check starts from the event loop, after this wait is armed
    report = finished.args[0]
    assert report.passed and dialog.graph is not graph  # it checked a copy
    rows = cells(dialog)
    assert [r[0] for r in rows] == ["apple", "apple_num", "orange", "orange_num", "tax"]
    apple = rows[0]
    assert apple[1:3] == ["()", "2.2"] and apple[3].startswith("2.2")
    assert apple[5] == "pass"
    assert apple[6].startswith("one element\nnumerical: 2 forward passes, ")
    assert "backprop: one backward pass, " in apple[6]
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    assert dialog.summary.text().startswith(
        "Passed: backprop agrees with numerical differentiation. Numerical: 10 forward passes")
    assert not dialog.cancel_button.isEnabled() and dialog.run_button.isEnabled()


def test_arrays_show_a_few_elements_and_large_ones_are_sampled(qtbot):
    dialog = GradcheckDialog(load_graph(SAMPLES / "two_layer_net.json"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.check_finished, timeout=60000):
        QTest.mouseClick(dialog.run_button, Qt.LeftButton)
    rows = {r[0]: r for r in cells(dialog)}
    assert set(rows) == {"x", "W1", "b1", "W2", "b2"}  # t is given: no gradient, no row
    w1 = rows["W1"]
    lines = w1[2].splitlines()
    assert w1[1] == "(784, 50)" and len(lines) == 4 and lines[-1] == "…"
    # the same positions side by side, the largest gradients first
    assert [line.split("] ")[0] for line in lines] == \
        [line.split("] ")[0] for line in w1[3].splitlines()]
    magnitudes = [abs(float(line.split("] ")[1])) for line in lines[:3]]
    assert magnitudes == sorted(magnitudes, reverse=True) and magnitudes[-1] > 0
    assert float(w1[4]) < 1e-8 and w1[5] == "pass"
    assert w1[6].startswith("200 of 39,200 elements, sampled\nnumerical: 400 forward passes")


def test_cancel_stops_the_check_and_says_what_was_compared(qtbot):
    dialog = GradcheckDialog(load_graph(SAMPLES / "two_layer_net.json"))
    qtbot.addWidget(dialog)
    dialog.full_box.setChecked(True)  # 42,112 elements: long enough to cancel
    with qtbot.waitSignal(dialog.check_finished, timeout=60000) as finished:
        dialog.start()
        assert dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
        QTest.mouseClick(dialog.cancel_button, Qt.LeftButton)
    report = finished.args[0]
    assert report.cancelled and not report.passed
    assert sum(c.checked for c in report.checks) < 42112
    assert dialog.summary.text().startswith(
        "Cancelled: the rows above are what was compared so far.")
    assert dialog.thread is None and dialog.run_button.isEnabled()


def test_closing_mid_check_joins_the_thread(qtbot):
    dialog = GradcheckDialog(load_graph(SAMPLES / "two_layer_net.json"))
    qtbot.addWidget(dialog)
    dialog.full_box.setChecked(True)
    dialog.show()
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=60000,
                          check_params_cb=lambda value: value > 0):
        dialog.start()  # then wait for the first elements to be checked
    thread = dialog.thread
    dialog.close()
    assert thread.isFinished() and not dialog.isVisible()


def test_check_again_checks_the_graph_as_it_is_now(canvas, qtbot):
    """Issue "Two features at once", 3: with the dialog open, apple = 200 and apple_num
    renamed to count; Check again checked the copy taken when the dialog opened (apple_num
    110 = 110, "Passed"). Now it checks the document's graph as it is."""
    c, window = canvas, canvas.window
    window.window_actions.run.gradcheck.trigger()  # Run ▸ Check Gradients
    dialog = window.findChild(GradcheckDialog)
    with qtbot.waitSignal(dialog.check_finished, timeout=20000):
        pass
    assert cells(dialog)[1][:3] == ["apple_num", "()", "110"]
    with qtbot.waitSignal(c.document.computed, timeout=5000):
        c.set_value("apple", "200")
    c.rename("apple_num", "count")
    assert c.document.graph.nodes["apple_num"].label == "count"
    with qtbot.waitSignal(dialog.check_finished, timeout=20000) as finished:
        QTest.mouseClick(dialog.run_button, Qt.LeftButton)  # Check again
    assert finished.args[0].passed
    rows = {r[0]: r for r in cells(dialog)}
    assert "apple_num" not in rows
    # ∂price/∂count = apple · tax = 200 · 1.1, ∂price/∂apple = count · tax = 2 · 1.1
    assert rows["count"][2].startswith("220") and rows["count"][3].startswith("220")
    assert rows["apple"][2] == "2.2" and rows["apple"][5] == "pass"
    dialog.close()
