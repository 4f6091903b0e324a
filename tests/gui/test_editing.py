"""Editing with the mouse and keyboard: palette drops, wiring, delete, undo and redo."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt

from core.files.graph_files import dumps_graph, graph_to_document
from gui.canvas.node_item import HEADER, NODE_WIDTH


def test_dropping_a_palette_op_creates_a_node_at_the_drop_point(empty_canvas):
    c = empty_canvas
    c.drop_op("Mul", QPointF(300, 200))
    graph = c.document.graph
    assert [n.type for n in graph.nodes.values()] == ["Mul"]
    node = next(iter(graph.nodes.values()))
    item = c.scene.nodes[node.id]
    # the node's header sits under the drop point (within a pixel of view rounding)
    assert abs(node.position[0] - (300 - NODE_WIDTH / 2)) <= 1.5
    assert abs(node.position[1] - (200 - HEADER / 2)) <= 1.5
    assert item.pos() == QPointF(*node.position)
    assert item.sceneBoundingRect().contains(QPointF(300, 200))


def test_double_click_in_the_palette_adds_a_node(window, qtbot):
    tree = window.palette.tree
    before = len(window.document.graph.nodes)
    rect = tree.visualItemRect(tree.op_items["Sigmoid"])
    from PySide6.QtTest import QTest
    QTest.mouseClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QTest.mouseDClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QTest.mouseRelease(tree.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    assert len(window.document.graph.nodes) == before + 1
    assert list(window.document.graph.nodes.values())[-1].type == "Sigmoid"


def test_palette_search_filters_the_ops(window):
    window.palette.search.setText("sig")
    tree = window.palette.tree
    visible = [n for n, item in tree.op_items.items() if not item.isHidden()]
    assert visible == ["Sigmoid"]


def test_dragging_from_an_output_to_an_input_port_connects_them(empty_canvas):
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Sigmoid", QPointF(450, 200))
    graph = c.document.graph
    const, sig = list(graph.nodes)
    c.drag(c.output_port("Constant"), c.input_port("Sigmoid", "x"))
    assert [(e.source, e.target, e.port) for e in graph.edges] == [(const, sig, "x")]
    c.wait_computed()
    value, grad = c.edge_labels("Constant", "Sigmoid", "x")
    assert value == "1"
    # σ'(1) = σ(1)(1 - σ(1))
    import math
    s = 1 / (1 + math.exp(-1))
    assert grad == f"{s * (1 - s):.4g}"
    assert "Connected Constant → Sigmoid.x" in c.window.statusBar().currentMessage()


def test_a_cycle_or_a_self_edge_is_refused_with_a_reason(canvas):
    c = canvas
    graph = c.document.graph
    before = dumps_graph(graph)
    c.drag(c.output_port("price"), c.input_port("apple_price", "x"))
    assert dumps_graph(graph) == before
    assert "cycle" in c.window.statusBar().currentMessage()
    c.drag(c.output_port("all_price"), c.input_port("all_price", "x"))
    assert dumps_graph(graph) == before
    assert "cannot feed itself" in c.window.statusBar().currentMessage()
    assert c.document.undo_stack.count() == 0


def test_a_valid_target_highlights_while_dragging(canvas):
    c = canvas
    start, target = c.output_port("tax"), c.input_port("all_price", "y")
    c.press(start)
    c.move(start + QPointF(40, 0))
    c.move(target)
    port = c.node("all_price").input_ports["y"]
    assert port.state == "valid"
    assert "replace the edge from orange_price" in c.window.statusBar().currentMessage()
    c.move(c.input_port("apple_price", "x"))  # fine too: tax does not depend on it
    assert port.state == ""
    c.release(c.input_port("apple_price", "x"))


def test_dropping_on_an_occupied_port_replaces_its_edge_in_one_undo_step(canvas):
    c = canvas
    graph = c.document.graph
    c.drag(c.output_port("tax"), c.input_port("all_price", "y"))
    edge = graph.edge_into("all_price", "y")
    assert edge.source == "tax"
    assert graph.out_edges("orange_price") == []
    c.document.undo_stack.undo()
    assert graph.edge_into("all_price", "y").source == "orange_price"


def records(graph):
    """The graph as comparable plain records (order-independent)."""
    doc = graph_to_document(graph)
    return (sorted(json.dumps(n, sort_keys=True) for n in doc["nodes"]),
            sorted(json.dumps(e, sort_keys=True) for e in doc["edges"]))


def scene_matches(c) -> bool:
    graph, scene = c.document.graph, c.scene
    return (set(scene.nodes) == set(graph.nodes)
            and set(scene.edges) == {e.id for e in graph.edges}
            and all(scene.nodes[n].pos() == QPointF(*graph.nodes[n].position)
                    for n in graph.nodes))


def test_delete_then_undo_and_redo_restore_the_graph(canvas):
    c = canvas
    graph = c.document.graph
    original = records(graph)
    c.click(c.header("all_price"))
    assert c.scene.selected_node_ids() == ["all_price"]
    c.key(Qt.Key_Delete)
    assert "all_price" not in graph.nodes
    assert graph.edge_into("price", "x") is None
    assert len(graph.edges) == 5 and scene_matches(c)
    c.window.window_actions.edit.undo.trigger()
    assert records(graph) == original and scene_matches(c)
    c.wait_computed()
    assert c.edge_labels("all_price", "price", "x") == ("650", "1.1")
    c.window.window_actions.edit.redo.trigger()
    assert "all_price" not in graph.nodes and scene_matches(c)
    c.window.window_actions.edit.undo.trigger()
    assert records(graph) == original and scene_matches(c)


def test_undoing_a_delete_restores_the_exact_file_order(canvas):
    # node and edge order decide the run order and the saved file: undo must restore both
    from core.files.graph_files import dumps_graph
    c = canvas
    graph = c.document.graph
    before = dumps_graph(graph)
    c.click(c.header("apple_price"))
    c.click(c.header("all_price"), modifier=Qt.ControlModifier)
    assert sorted(c.scene.selected_node_ids()) == ["all_price", "apple_price"]
    c.key(Qt.Key_Delete)
    assert dumps_graph(graph) != before
    c.window.window_actions.edit.undo.trigger()
    assert dumps_graph(graph) == before and scene_matches(c)
    assert [e.target for e in graph.out_edges("apple")] == ["apple_price"]


def test_deleting_a_selected_edge_and_undo(canvas):
    c = canvas
    graph = c.document.graph
    edge = graph.edge_into("price", "y")
    item = c.scene.edges[edge.id]
    c.click(item.value_rect().center())
    assert c.scene.selected_edges() == [edge]
    c.key(Qt.Key_Delete)
    assert graph.edge_into("price", "y") is None and edge.id not in c.scene.edges
    c.window.window_actions.edit.undo.trigger()
    assert graph.edge_into("price", "y") == edge and scene_matches(c)


def test_moving_a_node_is_one_undo_step_and_its_edges_follow(canvas):
    c = canvas
    item = c.node("tax")
    graph = c.document.graph
    old = graph.nodes["tax"].position
    edge_item = c.scene.edges[graph.edge_into("price", "y").id]
    start = c.header("tax")
    c.drag(start, start + QPointF(0, 80), steps=8)
    new = graph.nodes["tax"].position
    assert abs(new[1] - old[1] - 80) <= 1.5 and new[0] == old[0]
    assert item.pos() == QPointF(*new)
    assert edge_item.scene_path().pointAtPercent(0) == item.output_port.scenePos()
    assert c.document.undo_stack.count() == 1
    c.document.undo_stack.undo()
    assert graph.nodes["tax"].position == old
    assert item.pos() == QPointF(*old)
    assert edge_item.scene_path().pointAtPercent(0) == item.output_port.scenePos()


def test_dragging_an_input_off_its_port_disconnects_it(canvas):
    c = canvas
    graph = c.document.graph
    c.drag(c.input_port("price", "y"), c.input_port("price", "y") + QPointF(-60, 120))
    assert graph.edge_into("price", "y") is None
    c.document.undo_stack.undo()
    assert graph.edge_into("price", "y").source == "tax"


def test_wiring_backward_from_a_free_input_to_an_output(empty_canvas):
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("ReLU", QPointF(450, 150))
    c.drag(c.input_port("ReLU", "x"), c.output_port("Constant"))
    graph = c.document.graph
    assert [(graph.nodes[e.source].label, graph.nodes[e.target].label, e.port)
            for e in graph.edges] == [("Constant", "ReLU", "x")]


def test_backspace_while_renaming_edits_the_text_and_deletes_no_node(canvas):
    from PySide6.QtTest import QTest
    c = canvas
    c.double_click(c.header("tax"))
    QTest.keyClick(c.viewport, Qt.Key_End)
    QTest.keyClick(c.viewport, Qt.Key_Backspace)
    QTest.keyClick(c.viewport, Qt.Key_Return)
    graph = c.document.graph
    assert "tax" in graph.nodes and graph.nodes["tax"].label == "ta"
    assert len(graph.nodes) == 9
