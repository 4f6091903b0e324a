"""Zoomed out below DETAIL_LOD, the scene draws every node and edge from its background in
a few QPainter calls (`gui.canvas.overview`), the items drawing nothing: the picture must
be the one the items would draw, after every change (issue 23)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem
from test_many_nodes import dense_document

from gui.canvas.node_item import DETAIL_LOD

NO_CONTENTS = QGraphicsItem.ItemHasNoContents


@pytest.fixture
def far(window, canvas, qtbot, tmp_path):
    path = tmp_path / "dense.json"
    path.write_text(json.dumps(dense_document(240)))
    with qtbot.waitSignal(window.document.computed, timeout=20_000):
        assert window.files.open_file(path, ask=False)
    view = window.view
    view.reset_zoom()
    view.zoom_by(0.2)
    view.centerOn(QPointF(2500, 800))
    assert window.scene.zoom < DETAIL_LOD
    return canvas


def picture(window) -> QImage:
    """What the window shows now, as painted (the backing store; a widget's `grab` would
    paint it again)."""
    for _ in range(3):
        QApplication.processEvents()  # the repaints Qt has queued
    viewport = window.view.viewport()
    where = viewport.mapTo(window, viewport.rect().topLeft())
    shot = QGuiApplication.primaryScreen().grabWindow(window.winId())
    return shot.toImage().copy(where.x(), where.y(), viewport.width(), viewport.height())


def pixels(image: QImage) -> np.ndarray:
    """The image's pixels as rows of (B, G, R, A) bytes."""
    image = image.convertToFormat(QImage.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4)


def differing(a: QImage, b: QImage) -> float:
    """The share of pixels whose colours differ by more than a shade."""
    assert a.size() == b.size()
    gap = np.abs(pixels(a)[..., :3].astype(int) - pixels(b)[..., :3].astype(int))
    return float(np.mean(gap.max(axis=2) > 40))


def drawn_share(image: QImage, background: QColor) -> float:
    step, drawn, seen = 3, 0, 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen += 1
            drawn += QColor(image.pixel(x, y)) != background
    return drawn / seen


def assert_same_as_items(window, qtbot) -> None:
    scene = window.scene
    far_picture = picture(window)
    with scene.drawn_by_items():
        window.view.viewport().update()
        items_picture = picture(window)
    assert drawn_share(far_picture, QColor(scene.theme.canvas)) > 0.05  # not a blank canvas
    assert differing(far_picture, items_picture) < 0.02


def test_far_away_the_items_draw_nothing_and_the_picture_is_theirs(window, far, qtbot):
    scene = window.scene
    items = [*scene.nodes.values(), *scene.edges.values(), *scene.stubs.values()]
    assert all(item.flags() & NO_CONTENTS for item in items)
    window.scene.select_only(list(window.document.graph.nodes)[:40])
    assert_same_as_items(window, qtbot)
    window.view.reset_zoom()  # near again: each item draws itself
    assert not any(item.flags() & NO_CONTENTS for item in items)


def test_far_away_a_drag_a_new_node_a_delete_and_the_theme_are_drawn_at_once(window, far,
                                                                           qtbot):
    scene, view, c = window.scene, window.view, far
    node = next(n for n in window.document.graph.nodes.values()
                if view.mapToScene(view.viewport().rect()).boundingRect().contains(
                    QPointF(*n.position)))
    before = tuple(node.position)
    start = QPointF(before[0] + 40, before[1] + 10)
    c.press(start)
    for step in range(1, 5):
        c.move(start + QPointF(100 * step, 75 * step))
    assert_same_as_items(window, qtbot)  # mid-drag: the items moved, no recompute yet
    c.release(start + QPointF(400, 300))
    assert window.document.graph.nodes[node.id].position != before
    assert_same_as_items(window, qtbot)
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        new = window.editor.add_node("Add", (start.x() - 300, start.y() + 200))
    assert scene.nodes[new].flags() & NO_CONTENTS
    assert_same_as_items(window, qtbot)
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        window.editor.delete([node.id])
    assert_same_as_items(window, qtbot)
    window.set_theme("dark")
    assert_same_as_items(window, qtbot)
    # an overflow: the node where it starts is outlined (only its look changes)
    constant = next(n for n in window.document.graph.nodes.values() if n.type == "Constant"
                    and any(e.source == n.id for e in window.document.graph.edges))
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        window.editor.set_params(constant.id, {"init": "fixed", "value": 1e308})
    assert any(item.warning or item.error for item in scene.nodes.values())
    assert_same_as_items(window, qtbot)


def assert_screen_is_current(window) -> None:
    """What the window shows (as last painted) is what a full repaint draws now: nothing
    the far view shows was left unpainted. A few pixels may differ where Qt scrolled the
    last picture by a fraction of a pixel and painted only the strip it uncovered; a stale
    node or edge is hundreds (a move left unpainted: 5,734)."""
    shown = picture(window)
    assert differing(shown, window.view.viewport().grab().toImage()) < 2e-5  # 13 pixels


def test_far_away_items_made_over_turns_and_moves_by_command_are_painted(
        window, far, qtbot, monkeypatch):
    """Qt repaints nothing for an item with no contents: the scene asks, for items made in
    later turns (the undo of a delete of everything), for a move made by a command (undo
    of a drag) and for ports a dragged wire marks."""
    from gui.canvas import scene as scene_module
    monkeypatch.setattr(scene_module, "ITEMS_PER_TURN", 60)
    scene, document, c = window.scene, window.document, far
    assert_screen_is_current(window)
    window.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(document.computed, timeout=10_000):
        c.key(Qt.Key_Delete)
    with qtbot.waitSignal(document.computed, timeout=10_000):
        window.window_actions.edit.undo.trigger()
    assert scene.items_pending
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass
    assert_screen_is_current(window)
    view = window.view
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    node = next(n for n in document.graph.nodes.values() if seen.contains(QPointF(*n.position)))
    x, y = node.position
    window.editor.move_nodes({node.id: ((x, y), (x + 400, y + 300))})
    assert_screen_is_current(window)
    window.window_actions.edit.undo.trigger()
    assert_screen_is_current(window)
    # a wire dragged from an output onto another node's input marks that port
    other = next(n for n in document.graph.nodes.values() if n.id != node.id
                 and scene.nodes[n.id].input_ports and seen.contains(QPointF(*n.position)))
    start = scene.nodes[node.id].output_port.scenePos()
    end = next(iter(scene.nodes[other.id].input_ports.values())).scenePos()
    c.press(start)
    for step in range(1, 5):
        c.move(start + (end - start) * (step / 4))
    assert any(item.has_marked_ports() for item in scene.nodes.values())
    assert_screen_is_current(window)
    c.key(Qt.Key_Escape)  # the wire goes, and its marks
    assert_screen_is_current(window)
