"""The Training panel as a user meets it: run names and the run list, "did not learn",
themes, keys that must not reach the canvas, a 1024-pixel window, one copy per Start.

Every wait for a signal is armed before the click that causes it.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMainWindow, QWidget
from training_driver import click, click_and_finish, training_panel, type_into

from core.model.graph import Graph
from core.paths import SAMPLES
from gui.base.theme import DARK, LIGHT


@pytest.fixture
def panel(window, mnist_split, qtbot):
    p = training_panel(window, mnist_split, 80)
    yield p
    p.shutdown()


def test_runs_are_named_by_what_differs_renamed_and_hidden(panel, window, qtbot):
    window.show_training()
    click_and_finish(qtbot, panel, panel.controls.start_button)
    panel.controls.form.hidden.setValue(30)
    click_and_finish(qtbot, panel, panel.controls.start_button)
    curves, run_list = panel.curves, panel.curves.run_list
    assert [run.name for run in curves.runs] == ["hidden 50", "hidden 30"]  # lr is the same

    # F2 renames; the editor starts from the bare name
    run_list.setFocus()
    run_list.setCurrentRow(1)
    qtbot.keyClick(run_list, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "hidden 30"
    qtbot.keyClicks(editor, "narrow net")
    qtbot.keyClick(editor, Qt.Key_Return)  # the view commits the edit queued, right after
    qtbot.waitUntil(lambda: curves.runs[1].name == "narrow net", timeout=3000)
    assert run_list.labels()[1] == "narrow net"

    # a third run at another learning rate: the automatic names follow, the user's stays
    panel.controls.form.hidden.setValue(0)  # as the graph has it: 50
    type_into(qtbot, panel.controls.form.lr, "0.5")
    click_and_finish(qtbot, panel, panel.controls.start_button)
    assert run_list.labels() == ["lr 0.1, hidden 50", "narrow net", "lr 0.5, hidden 50"]
    assert "Affine → ReLU → Affine → SoftmaxWithLoss" in run_list.item(0).toolTip()

    # Space on a run's check box hides its curves, and again shows them
    first = curves.runs[0]
    run_list.setFocus()
    run_list.setCurrentRow(0)
    qtbot.keyClick(run_list, Qt.Key_Space)
    assert not first.visible and run_list.item(0).checkState() == Qt.Unchecked
    assert not any(item.isVisible() for item in first.items)
    qtbot.keyClick(run_list, Qt.Key_Space)
    assert first.visible and [item.isVisible() for item in first.items] == [False, True, True, True]
    # the list sits beside the plots: nothing is drawn over the curves
    assert run_list.parentWidget() is not curves.view and curves.view.items() is not None
    assert not curves.loss_plot.legend and not curves.accuracy_plot.legend


def test_a_run_that_did_not_learn_says_so_and_why(panel, qtbot):
    # lr 10: the ReLUs die in the first steps and the loss sits at ≈ 2.30, accuracy at chance
    type_into(qtbot, panel.controls.form.lr, "10")
    panel.controls.form.iters.setValue(200)
    status, message = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "finished"  # it ran to the end; it just learned nothing
    run = panel.curves.runs[-1]
    assert run.status == "stalled" and run.marker is not None
    assert run.marker[1].toPlainText() == "did not learn"
    assert panel.curves.run_list.labels() == ["lr 10 — did not learn"]
    text = panel.status_area.status.text()
    assert text.startswith("Finished 200 iterations in ")
    assert "but the net did not learn: test accuracy 9.6% (chance is 10%)" in text
    assert "learning rate is too large" in text and "more iterations" in text
    # a warning, as a divergence is
    assert "font-weight: bold" in panel.status_area.status.styleSheet()
    # the accuracy before any update is on the plot too: epoch 0
    assert run.accuracy.xs[0] == 0 and 0.05 < run.accuracy.ys(1)[0] < 0.2


def test_a_theme_switch_recolours_the_run_list_and_the_plot_text(panel, window, qtbot):
    window.show_training()
    click_and_finish(qtbot, panel, panel.controls.start_button)
    curves = panel.curves
    for theme in (DARK, LIGHT):
        window.set_theme(theme.name)
        qtbot.waitUntil(lambda: curves.run_list.palette().color(QPalette.Text).name()
                        == theme.window_text, timeout=3000)
        item = curves.run_list.item(0)
        assert item.data(Qt.ForegroundRole) is None  # no colour of its own: the palette's
        # what is painted: the name's ink is the theme's text colour on its base colour
        image = curves.run_list.viewport().grab().toImage()
        rect = curves.run_list.visualItemRect(item)
        inks = {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right())
                for y in range(rect.top(), rect.bottom())}
        assert theme.window_text in inks and theme.base in inks
        for plot in (curves.loss_plot, curves.accuracy_plot):
            assert plot.getAxis("left").textPen().color().name() == theme.window_text
            assert theme.window_text in plot.titleLabel.text or \
                theme.window_text in plot.titleLabel.item.toHtml()
        # a disabled field looks disabled in this theme: the window's colour, muted text
        palette = panel.controls.form.lr.palette()
        assert palette.color(QPalette.Disabled, QPalette.Base).name() == theme.window
        assert palette.color(QPalette.Disabled, QPalette.Text) != \
            palette.color(QPalette.Active, QPalette.Text)


class KeyRecorder(QWidget):
    """Stands for the canvas: takes the focus and records the keys it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.StrongFocus)
        self.keys: list[str] = []

    def keyPressEvent(self, event) -> None:
        self.keys.append(event.text())


@pytest.fixture
def bare_panel(settings):
    """A panel that no main window of ours made: nothing of the app's keys is involved."""
    from gui.training.panel import TrainingPanel
    panel = TrainingPanel(settings)
    yield panel
    if shiboken6.isValid(panel):
        panel.shutdown()


def test_keys_in_the_panel_never_fire_the_window_shortcuts(qtbot, bare_panel, mnist_split):
    panel = bare_panel
    window = QMainWindow()
    qtbot.addWidget(window, before_close_func=lambda _w: panel.shutdown())  # join a run
    fired = []
    select_all = QAction("Select All", window)
    select_all.setShortcut(QKeySequence.SelectAll)
    select_all.triggered.connect(lambda: fired.append("select all"))
    window.addAction(select_all)
    canvas = KeyRecorder()
    window.setCentralWidget(canvas)
    dock = QDockWidget("Training")
    dock.setWidget(panel)
    window.addDockWidget(Qt.BottomDockWidgetArea, dock)
    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key_A, Qt.ControlModifier)
    assert fired == ["select all"]  # the shortcut works where it belongs
    canvas.keys.clear()  # (it got the Ctrl key's own press)

    # in the panel's text fields Ctrl+A selects their text, and nothing on the canvas
    lr, iters = panel.controls.form.lr, panel.controls.form.iters
    qtbot.mouseClick(lr, Qt.LeftButton)
    assert lr.hasFocus()
    qtbot.keyClick(lr, Qt.Key_A, Qt.ControlModifier)
    assert fired == ["select all"] and lr.selectedText() == lr.text() == "0.1"
    qtbot.mouseClick(iters, Qt.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.ControlModifier)
    assert fired == ["select all"] and iters.lineEdit().selectedText() == iters.text()
    panel.controls.choose_button.setFocus()  # on a button of the panel too
    qtbot.keyClick(panel.controls.choose_button, Qt.Key_A, Qt.ControlModifier)
    assert fired == ["select all"]

    # during a run the fields are disabled and look it; a click on one keeps the keys in
    # the panel (it used to leave them on the canvas: Ctrl+A selected every node)
    panel.controls.set_folder(mnist_split)
    iters.setValue(1_000_000)
    with qtbot.waitSignal(panel.state_changed, timeout=20_000,
                          check_params_cb=lambda state: state == "running"):
        click(qtbot, panel.controls.start_button)
    canvas.setFocus()
    qtbot.mouseClick(lr, Qt.LeftButton)
    assert not lr.isEnabled() and panel.hasFocus() and not canvas.hasFocus()
    qtbot.keyClick(panel, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(panel, "0.5")
    assert fired == ["select all"] and canvas.keys == []
    palette = lr.palette()
    assert palette.color(QPalette.Disabled, QPalette.Base) != \
        palette.color(QPalette.Active, QPalette.Base)
    with qtbot.waitSignal(panel.run_finished, timeout=20_000):
        click(qtbot, panel.controls.stop_button)


def test_the_progress_line_fits_a_1024_pixel_window(panel, window, qtbot):
    window.resize(1024, 700)
    window.show_training()
    panel.controls.form.iters.setValue(1_000_000)
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 5, timeout=20_000)
    counters = panel.status_area.counters
    text = counters.text()
    assert counters.fontMetrics().horizontalAdvance(text) <= counters.contentsRect().width()
    assert "it/s" in text and "ETA" in text and "…" not in text
    assert f"{panel.iteration:,} / 1,000,000" in text
    with qtbot.waitSignal(panel.run_finished, timeout=20_000):
        click(qtbot, panel.controls.stop_button)


def test_the_graph_is_copied_once_when_start_is_pressed(panel, window, qtbot, monkeypatch):
    window.show_training()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    copies = []
    real_copy = Graph.copy
    monkeypatch.setattr(Graph, "copy", lambda self: copies.append(self) or real_copy(self))
    graph = window.document.graph
    graph.set_label("W2", "W_out")
    window.document.compute()  # a recompute: the label follows the live graph, uncopied
    assert "W1, b1, W_out, b2" in panel.controls.network_label.text() and copies == []
    click_and_finish(qtbot, panel, panel.controls.start_button)
    assert copies == [graph]
