"""The canvas fits the graph again when the training panel opens or closes, unless the user
zoomed or panned since the last fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.paths import SAMPLES


def whole_graph_shown(view) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.contains(view.scene().graph_rect())


def _open_at_1366(window, qtbot, sample: str) -> None:
    window.resize(1366, 768)
    with qtbot.waitSignal(window.document.computed):
        window.files.open_sample(SAMPLES / f"{sample}.json", ask=False)
    qtbot.waitUntil(lambda: window.view.fitted)
    assert whole_graph_shown(window.view)


def test_opening_and_closing_the_panel_refits_a_fitted_canvas(window, qtbot):
    w, view = window, window.view
    _open_at_1366(w, qtbot, "two_layer_net")
    zoom = view.zoom()
    QTest.keyClick(view.viewport(), Qt.Key_T, Qt.ControlModifier)  # Run ▸ Train on MNIST
    assert w.training_dock.isVisible()
    qtbot.waitUntil(lambda: view.zoom() < zoom)  # smaller, to fit the shorter canvas
    assert view.viewport().height() < 500 and whole_graph_shown(view)
    w.training_dock.close()
    qtbot.waitUntil(lambda: abs(view.zoom() - zoom) < 1e-6)
    assert whole_graph_shown(view)


def test_a_canvas_the_user_zoomed_keeps_its_zoom(window, qtbot):
    w, view = window, window.view
    _open_at_1366(w, qtbot, "two_layer_net")
    center = view.viewport().rect().center()
    wheel = QWheelEvent(QPointF(center), QPointF(view.viewport().mapToGlobal(center)),
                        QPoint(0, 0), QPoint(0, 120), Qt.NoButton, Qt.NoModifier,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)  # one notch in
    zoomed = view.zoom()
    assert not view.fitted
    QTest.keyClick(view.viewport(), Qt.Key_T, Qt.ControlModifier)
    assert w.training_dock.isVisible()
    qtbot.waitUntil(lambda: view.viewport().height() < 500)
    QApplication.processEvents()  # a refit would have been posted by now
    assert view.zoom() == zoomed
    QTest.keyClick(view.viewport(), Qt.Key_1, Qt.ControlModifier)  # View ▸ Fit to Graph
    assert view.fitted and whole_graph_shown(view)
