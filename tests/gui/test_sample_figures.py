"""Every sample is a clean figure at the sizes the window opens at: its edges run left to
right (none loops back across a row), its numbers cover no node, and node titles and the
values inside source nodes are drawn at a readable size when the graph is fitted, as the
edges' numbers are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from core.paths import SAMPLES, sample_files
from gui.canvas.node_item import HEADER, LABEL_FONT, NUMBER_FONT

NAMES = [path.stem for path in sample_files()]
#: the smallest text on screen read without effort, in pixels from baseline to the top of
#: a capital (the edges' numbers are drawn at 9 px at fitted zoom)
READABLE_PX = 6.5


def _fitted(window, qtbot, name: str, size) -> None:
    window.resize(*size)
    with qtbot.waitSignal(window.document.computed):
        window.files.open_sample(SAMPLES / f"{name}.json", ask=False)
    qtbot.waitUntil(lambda: window.view.fitted)
    for _ in range(3):  # the labels' layout after the fit's zoom
        QApplication.processEvents()


def _on_screen(font, zoom: float) -> float:
    return QFontMetricsF(font).ascent() * zoom


@pytest.mark.parametrize("name", NAMES)
def test_every_edge_runs_left_to_right(window, qtbot, name):
    _fitted(window, qtbot, name, (1366, 768))
    backward = [edge_id for edge_id, item in window.scene.edges.items()
                if item.endpoints()[1].x() < item.endpoints()[0].x() + 20]
    assert backward == []


@pytest.mark.parametrize("size", [(1366, 768), (1400, 900), (1024, 700)],
                         ids=["1366x768", "1400x900", "1024x700"])
def test_titles_and_values_are_readable_and_numbers_cover_no_node(window, qtbot, size):
    unreadable, covering = [], []
    for name in NAMES:
        _fitted(window, qtbot, name, size)
        scene, zoom = window.scene, window.view.zoom()
        numbers = min((_on_screen(NUMBER_FONT, zoom) * item.scale
                       for item in scene.edges.values() if item.has_labels), default=9.0)
        assert numbers >= READABLE_PX, (name, numbers)
        for item in scene.nodes.values():
            font, _text = item._label_font_and_text()
            # a title as large as the numbers, or as large as its header's width allows
            widest = item._label_room() / QFontMetricsF(LABEL_FONT).horizontalAdvance(
                item.label) * _on_screen(LABEL_FONT, zoom)
            title = _on_screen(font, zoom)
            if title < min(READABLE_PX, widest * 0.98):
                unreadable.append((name, item.label, "title", round(title, 1)))
            if item.is_source and size != (1024, 700):  # 1024: the widest vectors are small
                body = QRectF(0, HEADER, item.width, item.height - HEADER)
                font, text = item._body_font_and_text(body)
                if _on_screen(font, zoom) < READABLE_PX:
                    unreadable.append((name, item.label, text, round(_on_screen(font, zoom), 1)))
        boxes = [node.mapRectToScene(node.box()) for node in scene.nodes.values()]
        for edge in scene.edges.values():
            for rect in (edge.value_rect(), edge.grad_rect()):
                if not rect.isNull():
                    covered = [box for box in boxes if box.intersects(rect)]
                    area = sum(box.intersected(rect).width() * box.intersected(rect).height()
                               for box in covered)
                    if area > 60:
                        covering.append((name, edge.edge_id, round(area)))
    assert unreadable == []
    assert covering == [], covering
