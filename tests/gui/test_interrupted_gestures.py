"""A gesture in progress is cancelled cleanly by any edit that arrives (issue 'Nothing lost').

A learner presses Ctrl+Z, Delete, Ctrl+X, Ctrl+A or Ctrl+D while still holding the mouse
button on a wire or a node. Before, the release built an edit from stale state: a removal
of an edge that no longer existed raised inside Qt's mouseReleaseEvent (the process died,
exit 139), or a node drag recorded stale positions. Now the edit cancels the gesture: the
items go back to where the model has them, the release does nothing, and undoing every
step gives back the file exactly.
"""

from __future__ import annotations

import pytest
from canvas_driver import Canvas
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.files.graph_files import dumps_graph, load_graph
from core.paths import SAMPLES
from gui.canvas import gestures
from gui.canvas.node_item import RubberBand


@pytest.fixture
def apple(window, qtbot):
    window.files.open_file(SAMPLES / "apple.json", ask=False)
    c = Canvas(window, qtbot)
    c.view.reset_zoom()
    c.view.centerOn(300, 150)
    return c


def _file_text(name: str) -> str:
    return dumps_graph(load_graph(SAMPLES / name))


def _scene_matches_model(c) -> bool:
    graph, scene = c.document.graph, c.scene
    return (set(scene.nodes) == set(graph.nodes)
            and set(scene.edges) == {e.id for e in graph.edges}
            and all(scene.nodes[n].pos() == QPointF(*graph.nodes[n].position)
                    for n in graph.nodes)
            and all(item.opacity() == 1.0 for item in scene.edges.values())
            and scene.input.gesture is None)


def _undo_all(c) -> None:
    while c.document.undo_stack.canUndo():
        c.window.window_actions.edit.undo.trigger()


def _pick_up_the_apple_edge_again(c) -> QPointF:
    """Drag the edge off apple_price.x onto empty canvas, wire it back, then press on the
    port again and start dragging it off: the state the crash needed."""
    port = c.input_port("apple_price", "x")
    c.drag(port, port + QPointF(-40, 160))
    assert c.document.graph.edge_into("apple_price", "x") is None
    c.drag(c.output_port("apple"), c.input_port("apple_price", "x"))
    assert c.document.graph.edge_into("apple_price", "x").source == "apple"
    port = c.input_port("apple_price", "x")
    c.press(port)
    c.move(port + QPointF(-20, 40))
    c.move(port + QPointF(-40, 80))
    assert isinstance(c.scene.input.gesture, gestures.WireDrag)
    return port


@pytest.mark.parametrize("key, modifier, select", [
    (Qt.Key_Z, Qt.ControlModifier, None),
    (Qt.Key_Delete, Qt.NoModifier, "tax"),
    (Qt.Key_X, Qt.ControlModifier, "tax"),
])
def test_an_edit_during_a_wire_drag_cancels_it_and_the_release_does_nothing(
        apple, key, modifier, select):
    c = apple
    if select:
        c.scene.select_only([select])
    port = _pick_up_the_apple_edge_again(c)
    QTest.keyClick(c.viewport, key, modifier)  # the edit arrives while the button is down
    assert c.scene.input.gesture is None
    after_edit = dumps_graph(c.document.graph)
    c.move(port + QPointF(-60, 120))
    c.release(port + QPointF(-60, 120))  # before: an exception inside mouseReleaseEvent
    assert dumps_graph(c.document.graph) == after_edit
    assert _scene_matches_model(c)
    assert not any(isinstance(i, RubberBand) for i in c.scene.items())  # no wire left
    _undo_all(c)
    assert dumps_graph(c.document.graph) == _file_text("apple.json")
    assert not c.document.is_modified


@pytest.mark.parametrize("key", [Qt.Key_Z, Qt.Key_A, Qt.Key_D])
def test_a_shortcut_during_a_node_drag_never_records_stale_positions(apple, key):
    c = apple
    graph = c.document.graph
    c.drag(c.header("tax"), c.header("tax") + QPointF(30, 20))  # something to undo
    start = c.header("apple")
    c.press(start)
    c.move(start + QPointF(20, 10))
    c.move(start + QPointF(60, 40))
    assert isinstance(c.scene.input.gesture, gestures.NodeDrag)
    QTest.keyClick(c.viewport, key, Qt.ControlModifier)
    c.move(start + QPointF(120, 90))
    c.release(start + QPointF(120, 90))
    assert _scene_matches_model(c)
    if key == Qt.Key_A:
        # select-all is no edit: the drag goes on with the nodes it started with, only
        assert graph.nodes["apple"].position == (120.0, 90.0)
        assert graph.nodes["apple_num"].position == (0.0, 140.0)
    else:  # an undo or a duplicate cancelled the drag: apple never moved
        assert graph.nodes["apple"].position == (0.0, 0.0)
    _undo_all(c)
    assert dumps_graph(graph) == _file_text("apple.json")
    assert not c.document.is_modified


def test_escape_cancels_a_wire_drag(apple):
    c = apple
    port = c.input_port("price", "y")
    c.press(port)
    c.move(port + QPointF(-30, 60))
    QTest.keyClick(c.viewport, Qt.Key_Escape)
    c.release(port + QPointF(-30, 60))
    assert c.document.graph.edge_into("price", "y").source == "tax"
    assert c.document.undo_stack.count() == 0 and _scene_matches_model(c)


def test_an_error_inside_a_mouse_handler_is_reported_and_the_app_goes_on(apple, monkeypatch):
    c = apple

    def broken(self, pos):
        raise RuntimeError("injected")

    before = dumps_graph(c.document.graph)
    start = c.header("apple")
    with monkeypatch.context() as patched:
        patched.setattr(gestures.NodeDrag, "move", broken)
        c.press(start)
        c.move(start + QPointF(40, 40))  # raises inside mouseMoveEvent: caught, reported
        c.release(start + QPointF(40, 40))
    message = c.window.statusBar().currentMessage()
    assert "Something went wrong" in message and "RuntimeError" in message
    assert dumps_graph(c.document.graph) == before and _scene_matches_model(c)
    c.drag(start, start + QPointF(40, 40))  # the editor still works afterwards
    assert c.document.graph.nodes["apple"].position == (40.0, 40.0)
