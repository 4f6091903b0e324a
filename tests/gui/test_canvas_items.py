"""The canvas's items made cheap for 10,000 nodes still behave as before (issue 23).

Ports are drawn and found by their node (no graphics item each): the mouse still finds
them, shows the cross over them, marks them while a wire is dragged and wires them. An edge
knows its bounds from its two ends in numbers and makes its curve only when drawn or hit:
its bounds still hold the whole curve, however it bends, and its ends follow its nodes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.paths import SAMPLES


def _cursor_over(canvas, scene_pos: QPointF):
    QTest.mouseMove(canvas.viewport, canvas.to_view(scene_pos))
    return canvas.viewport.cursor().shape()


def test_the_mouse_over_a_port_shows_the_cross_and_off_it_the_arrow(empty_canvas):
    c = empty_canvas
    c.drop_op("Mul", QPointF(300, 200))
    body = c.node("Mul").mapToScene(QPointF(70, 50))
    assert _cursor_over(c, body) == Qt.ArrowCursor
    assert _cursor_over(c, c.input_port("Mul", "y")) == Qt.CrossCursor
    assert _cursor_over(c, body) == Qt.ArrowCursor
    assert _cursor_over(c, c.output_port("Mul")) == Qt.CrossCursor
    assert _cursor_over(c, QPointF(700, 600)) == Qt.ArrowCursor  # the empty canvas


def test_a_press_beside_a_ports_dot_takes_the_port_and_wires_it(empty_canvas):
    """The grip is wider than the dot (10 px around its centre), as it was for the dots'
    own items: a drag that starts 7 px off the output and ends 6 px off the input wires."""
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Mul", QPointF(450, 260))
    graph = c.document.graph
    const, mul = list(graph.nodes)
    steps = c.document.undo_stack.count()
    c.drag(c.output_port("Constant") + QPointF(7, 0), c.input_port("Mul", "y") + QPointF(-6, 0))
    assert [(e.source, e.target, e.port) for e in graph.edges] == [(const, mul, "y")]
    # a press on the node's body, away from its ports, drags the node instead
    before = graph.nodes[mul].position
    body = c.node("Mul").mapToScene(QPointF(70, 50))
    c.drag(body, body + QPointF(40, 20))
    assert graph.nodes[mul].position == (before[0] + 40, before[1] + 20)
    assert len(graph.edges) == 1 and c.document.undo_stack.count() == steps + 2


def test_a_port_marked_by_a_dragged_wire_is_painted_by_its_node(empty_canvas):
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Sigmoid", QPointF(450, 200))
    node = c.node("Sigmoid")
    start, target = c.output_port("Constant"), c.input_port("Sigmoid", "x")
    c.press(start)
    c.move(start + QPointF(40, 0))
    c.move(target)
    port = node.input_ports["x"]
    assert port.state == "valid"
    # the node's bounds hold the larger, marked dot (it is drawn by the node)
    r = port.pos()
    assert node.boundingRect().contains(r - QPointF(8, 8))
    assert node.boundingRect().contains(r + QPointF(8, 8))
    c.release(target)
    assert port.state == "" and len(c.document.graph.edges) == 1


def test_an_edges_bounds_hold_its_whole_curve_however_it_bends(empty_canvas):
    """Bounds are worked out from the two ends (the Bézier's extent in x); Qt's own
    measure of the drawn curve must lie inside them, for a forward edge, one that runs
    back to the left (the curve then swings out past both ends) and one straight across."""
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Sigmoid", QPointF(450, 400))
    c.drop_op("ReLU", QPointF(100, 420))
    c.drag(c.output_port("Constant"), c.input_port("Sigmoid", "x"))
    c.drag(c.output_port("Sigmoid"), c.input_port("ReLU", "x"))  # back to the left
    scene = c.scene
    assert len(scene.edges) == 2
    for _ in range(2):
        for item in scene.edges.values():
            curve = item.scene_path().boundingRect()
            bounds = item.sceneBoundingRect()
            assert bounds.contains(curve.adjusted(-7, -7, 7, 7)), item.edge_id
            assert curve.adjusted(-9, -9, 9, 9).contains(bounds) or item.has_labels
        # a node moved alone: the edge is laid out again, its ends on the ports
        relu = c.node("ReLU")
        c.drag(c.header("ReLU"), c.header("ReLU") + QPointF(0, -260))
        edge = next(i for i in scene.edges.values() if i.target is relu)
        path = edge.scene_path()
        assert path.pointAtPercent(0) == c.output_port("Sigmoid")
        assert path.pointAtPercent(1) == c.input_port("ReLU", "x")


def test_python_collects_garbage_again_once_the_items_are_made(window, qtbot):
    """Making or removing items holds Python's cyclic collector only for that turn of the
    event loop."""
    assert gc.isenabled()
    window.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        window.window_actions.edit.delete.trigger()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        window.window_actions.edit.undo.trigger()
    assert window.scene.nodes
    qtbot.waitUntil(gc.isenabled, timeout=2000)


def test_the_collector_comes_back_when_the_window_goes_before_the_loop_turns(qtbot, settings,
                                                                            no_dialogs):
    """The hold is released by the event loop, not by the scene: a window deleted in the
    same turn as its items were made (its scene with it) leaves the collector on."""
    from shiboken6 import delete

    from gui.main_window import MainWindow
    w = MainWindow(settings)
    w.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
    w.window_actions.edit.select_all.trigger()
    w.window_actions.edit.delete.trigger()  # removes the items in this turn
    assert not gc.isenabled()
    delete(w)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
