"""The inspector fits its dock at every size the window opens at, in both languages: no
horizontal scrolling, long texts wrap, and the Gradient Step button shows its whole name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from core.paths import SAMPLES

SIZES = [(1024, 700), (1366, 768), (1400, 900)]
SAMPLES_SHOWN = ("apple_orange", "two_layer_net", "softmax_loss_primitives",
                 "sigmoid_primitives")


def _settle() -> None:
    for _ in range(3):  # layouts re-lay out on posted events, parents after children
        QApplication.processEvents()


def _fits(window) -> list[str]:
    """What does not fit the inspector's dock (empty when everything does)."""
    scroll = window.inspector_dock.widget()
    box, room = scroll.widget(), scroll.viewport().width()
    problems = []
    if scroll.horizontalScrollBar().maximum() > 0:
        problems.append(f"scrolls sideways by {scroll.horizontalScrollBar().maximum()} px")
    if box.minimumSizeHint().width() > room:
        problems.append(f"needs {box.minimumSizeHint().width()} px of {room}")
    button = window.descent_bar.step_button
    if button.width() < button.sizeHint().width():
        problems.append(f"'{button.text()}' is {button.width()} px of "
                        f"{button.sizeHint().width()}")
    right = button.mapTo(box, button.rect().topRight()).x()
    if right > room:
        problems.append(f"'{button.text()}' ends at {right} px of {room}")
    for label in window.inspector.findChildren(QLabel):
        if label.isVisible() and label.mapTo(box, label.rect().topRight()).x() > room:
            problems.append(f"{label.text()[:40]!r} runs past the edge")
    return problems


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_node_of_the_samples_fits_the_inspector(window, qtbot, size, lang):
    w = window
    w.set_language(lang)
    w.resize(*size)
    _settle()
    found = []
    for sample in SAMPLES_SHOWN:
        w.files.open_sample(SAMPLES / f"{sample}.json", ask=False)
        w.document.compute()
        for node_id in w.document.graph.nodes:
            w.scene.select_only([node_id])
            _settle()
            found += [(sample, node_id, problem) for problem in _fits(w)]
    assert found == []


def test_a_clicked_node_fits_and_its_output_box_toggles_from_its_words(canvas, qtbot):
    c, w = canvas, canvas.window
    w.resize(1024, 700)
    w.view.fit_to_graph()
    c.click(c.header("apple"))
    _settle()
    assert w.inspector.node_id == "apple" and _fits(w) == []
    row = w.inspector.output_row
    words = row.check_text
    assert words.text() == "The graph's output L: backward starts here" and words.wordWrap()
    assert words.height() > words.fontMetrics().height()  # wrapped: the dock is narrow
    with qtbot.waitSignal(w.document.computed):
        qtbot.mouseClick(words, Qt.LeftButton)
    assert w.document.graph.output.node == "apple" and row.check.isChecked()


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_with_the_training_panel_open_the_inspector_still_fits(window, qtbot, size):
    """A shorter dock scrolls up and down; its scroll bar takes width, and it still fits."""
    w = window
    w.set_language("ko")
    w.resize(*size)
    w.show_training()
    found, scrolled = [], 0
    for sample in ("two_layer_net", "apple_orange"):
        w.files.open_sample(SAMPLES / f"{sample}.json", ask=False)
        w.document.compute()
        for node_id in [None, *w.document.graph.nodes]:
            w.scene.select_only([node_id] if node_id else [])
            _settle()
            found += [(sample, node_id, problem) for problem in _fits(w)]
            scrolled += w.inspector_dock.widget().verticalScrollBar().maximum() > 0
    assert scrolled > 0  # the case this is about: a dock that scrolls up and down
    assert found == []
