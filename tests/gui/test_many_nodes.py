"""Whole-graph edits on a dense graph, batched for speed, stay exact (issue 23).

The editor makes a delete of everything, its undo, a duplicate and a drag of every node
one change each: the graph says `changed` once, the document computes once, and the
canvas's edges measure their labels only when asked. These tests check that nothing is
lost on the way: every node, edge, label and number comes back, and the canvas shows what
the engine computes after each compound edit. The graph is built as the benchmark's dense
one (`tests/benchmarks/bench_editor.py`), smaller: a quarter constants, the rest Add, Mul
and Sigmoid wired at random to one of the 300 nodes before them.
"""

from __future__ import annotations

import json
import random

import pytest
from canvas_truth import assert_canvas_is_true
from PySide6.QtCore import QPointF, Qt

from core.files.graph_files import dumps_graph
from core.model.graph import Edge, Graph

NODES = 240


def dense_document(nodes: int, seed: int = 5) -> dict:
    rng = random.Random(seed)
    recs, edges = [], []
    ports = {"Add": ("x", "y"), "Mul": ("x", "y"), "Sigmoid": ("x",)}
    for i in range(nodes):
        position = [(i % 20) * 300.0, (i // 20) * 220.0]
        if i < 2 or rng.random() < 0.25:
            recs.append({"id": f"n{i}", "type": "Constant", "label": f"c{i}",
                         "position": position, "params": {"value": rng.randint(1, 9) / 10}})
            continue
        kind = rng.choice(list(ports))
        recs.append({"id": f"n{i}", "type": kind, "label": f"{kind.lower()}{i}",
                     "position": position, "params": {}})
        for port in ports[kind]:
            source = rng.randrange(max(0, i - 300), i)
            edges.append({"source": f"n{source}", "target": f"n{i}", "port": port})
    return {"format": "backprop-studio-graph", "version": 1, "nodes": recs, "edges": edges}


@pytest.fixture
def dense(window, canvas, tmp_path, qtbot):
    path = tmp_path / "dense.json"
    path.write_text(json.dumps(dense_document(NODES)))
    with qtbot.waitSignal(window.document.computed, timeout=20_000):
        assert window.files.open_file(path, ask=False)
    return canvas


def count(signal) -> list:
    heard: list = []
    signal.connect(lambda *args: heard.append(args))
    return heard


def settle(canvas, qtbot) -> None:
    """Let the zero-timeout recompute and the label layout run."""
    canvas.wait_computed()
    qtbot.waitUntil(lambda: not canvas.scene._layout_later.isActive(), timeout=5000)


def test_delete_all_and_its_undo_are_one_change_each_and_restore_everything(
        window, dense, qtbot):
    document, scene = window.document, window.scene
    before_file = dumps_graph(document.graph)
    before_shown = {eid: (item.value_text, item.grad_text) for eid, item in scene.edges.items()}
    assert len(before_shown) > NODES  # dense: more edges than nodes
    assert_canvas_is_true(window, "opened")
    changed, computed = count(document.signals.changed), count(document.computed)

    window.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(document.computed, timeout=10_000):
        dense.key(Qt.Key_Delete)
    assert not document.graph.nodes and not scene.nodes and not scene.edges
    assert (len(changed), len(computed)) == (1, 1)
    assert_canvas_is_true(window, "deleted")

    with qtbot.waitSignal(document.computed, timeout=10_000):
        window.window_actions.edit.undo.trigger()
    assert (len(changed), len(computed)) == (2, 2)
    assert dumps_graph(document.graph) == before_file  # nodes, edges, labels, order, values
    assert {nid: item.label for nid, item in scene.nodes.items()} == {
        nid: node.label for nid, node in document.graph.nodes.items()}
    settle(dense, qtbot)
    assert {eid: (item.value_text, item.grad_text)
            for eid, item in scene.edges.items()} == before_shown
    assert_canvas_is_true(window, "undone")

    with qtbot.waitSignal(document.computed, timeout=10_000):
        window.window_actions.edit.redo.trigger()
    assert not scene.edges and len(computed) == 3


def test_duplicating_everything_computes_once_and_the_canvas_shows_the_engine(
        window, dense, qtbot):
    document = window.document
    computed = count(document.computed)
    window.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(document.computed, timeout=10_000):
        window.window_actions.edit.duplicate.trigger()
    settle(dense, qtbot)
    assert len(document.graph.nodes) == 2 * NODES and len(computed) == 1
    assert len(window.scene.edges) == len(document.graph.edges)
    assert_canvas_is_true(window, "duplicated")


def test_a_drag_of_every_node_moves_every_edge_end_and_undo_puts_them_back(
        window, dense, qtbot):
    document, scene = window.document, window.scene
    window.window_actions.edit.select_all.trigger()
    grip = next(dense.header(n.label) for n in document.graph.nodes.values()
                if scene.item_at(dense.header(n.label)) is scene.nodes[n.id])
    before = {nid: node.position for nid, node in document.graph.nodes.items()}
    with qtbot.waitSignal(document.undo_stack.indexChanged, timeout=10_000):
        dense.drag(grip, grip + QPointF(60, 40))
    moved = {nid: node.position for nid, node in document.graph.nodes.items()}
    assert moved != before and len(document.undo_stack.text(0)) > 0

    def ends_on_ports() -> None:
        for edge in document.graph.edges:
            item = scene.edges[edge.id]
            path = item.scene_path()
            start, end = path.pointAtPercent(0), path.pointAtPercent(1)
            assert start == scene.nodes[edge.source].output_port.scenePos(), edge.id
            assert end == scene.nodes[edge.target].input_ports[edge.port].scenePos(), edge.id
            anchor = item.mapToScene(item.anchor(item.label_t))
            for rect in (item.value_rect(), item.grad_rect()):  # labels follow the curve
                assert rect.isNull() or rect.left() <= anchor.x() <= rect.right(), edge.id
                # zoomed out, numbers are not drawn and are no part of the edge
                assert (rect.isNull() or not item.labels_drawn
                        or item.sceneBoundingRect().contains(rect)), edge.id

    ends_on_ports()
    window.window_actions.edit.undo.trigger()
    assert {nid: node.position for nid, node in document.graph.nodes.items()} == before
    assert all(scene.nodes[nid].pos() == QPointF(*pos) for nid, pos in before.items())
    ends_on_ports()
    settle(dense, qtbot)
    assert_canvas_is_true(window, "drag undone")


def test_an_edge_measures_its_labels_when_asked_after_its_texts_change(window, dense, qtbot):
    """Texts change many times in an edit (numbers, their size at the zoom, their place):
    an edge measures once, when asked, and what it then says is where it draws."""
    scene = window.scene
    window.view.reset_zoom()  # numbers drawn
    constant = next(n for n in window.document.graph.nodes.values() if n.type == "Constant")
    edge = window.document.graph.out_edges(constant.id)[0]
    item = scene.edges[edge.id]
    with qtbot.waitSignal(window.document.computed, timeout=10_000):
        window.editor.set_params(constant.id, {"init": "fixed", "value": 123456.5})
    settle(dense, qtbot)
    value, grad = item.label_rects(item.label_t, item.scale)
    assert "123" in item.value_text
    assert item.value_rect() == value.translated(item.pos())
    assert item.grad_rect() == (grad.translated(item.pos()) if not grad.isNull() else grad)
    assert item.boundingRect().contains(value)


def test_zoomed_out_numbers_are_no_part_of_an_edge_until_zoomed_in(window, dense, qtbot):
    """Below DETAIL_LOD numbers are not drawn: an edge is its curve alone (new numbers
    cost no repaint); zoomed in, its bounds hold its numbers again, and a picture of the
    graph always has them."""
    scene, view = window.scene, window.view
    view.zoom_by(0.1 / view.zoom())  # far out
    settle(dense, qtbot)
    item = next(i for i in scene.edges.values() if i.value_text)
    assert not item.labels_drawn
    assert not item.sceneBoundingRect().contains(item.value_rect())
    view.reset_zoom()
    settle(dense, qtbot)
    assert item.labels_drawn and item.sceneBoundingRect().contains(item.value_rect())
    assert item.sceneBoundingRect().contains(item.grad_rect())


def test_a_graph_batch_says_changed_once_and_only_when_something_changed():
    graph, heard = Graph(), []
    graph.changed.connect(lambda: heard.append(1))
    with graph.batch():
        pass
    assert heard == []
    with graph.batch():
        a = graph.add_node("Constant", node_id="a", params={"value": 2.0})
        graph.add_node("Square", node_id="s")
        with graph.batch():  # nested: still one change, at the outer end
            graph.add_edge(a.id, "s", "x")
        assert heard == []
    assert heard == [1]
    graph.clear()
    assert heard == [1, 1] and not graph.nodes


def test_an_edge_id_is_made_once_and_equality_ignores_it():
    edge = Edge("a", "b", "x")
    assert edge.id == "a->b.x" and edge == Edge("a", "b", "x")
    assert hash(edge) == hash(Edge("a", "b", "x")) and edge != Edge("a", "b", "y")


def test_a_big_graphs_numbers_are_laid_out_where_the_view_looks(window, dense, qtbot,
                                                               monkeypatch):
    """Beyond VISIBLE_ONLY edges, the search for free spots covers what the view shows
    (and a margin); a pan brings the numbers it reveals into the search."""
    from gui.canvas import scene as scene_module
    scene, view = window.scene, window.view
    monkeypatch.setattr(scene_module, "VISIBLE_ONLY", 20)
    searched: list[list] = []
    real = scene_module.place_labels

    def spy(edges, *args):
        searched.append(list(edges))
        real(edges, *args)

    monkeypatch.setattr(scene_module, "place_labels", spy)
    view.reset_zoom()
    view.centerOn(scene.nodes["n0"].pos())
    settle(dense, qtbot)
    seen = scene.seen_area()
    assert searched and 0 < len(searched[-1]) < len(scene.edges)
    assert all(e.curve_rect().intersects(seen) for e in searched[-1])
    last = list(scene.nodes.values())[-1]
    assert not any(e.target is last for e in searched[-1])  # far off: not searched
    searched.clear()
    view.centerOn(last.pos())  # a pan
    qtbot.waitUntil(lambda: bool(searched), timeout=5000)
    assert any(e.target is last for e in searched[-1])


def test_a_graph_wider_than_the_canvas_started_with_is_fitted_whole(window, canvas, qtbot,
                                                                   tmp_path):
    """The view scrolls only within its scene rect (10,000 units square at first): a
    graph laid out 100 nodes to a row, 30,000 wide, was fitted off centre, half of it
    outside the window."""
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(dense_document(300)))  # rows of 20, 300 apart: 6,000 wide
    doc = json.loads(path.read_text())
    for record in doc["nodes"]:
        x, y = record["position"]
        record["position"] = [x * 5.0, y]  # 30,000 wide
    path.write_text(json.dumps(doc))
    with qtbot.waitSignal(window.document.computed, timeout=20_000):
        assert window.files.open_file(path, ask=False)
    qtbot.waitUntil(lambda: window.view.fitted, timeout=10_000)
    view = window.view
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    boxes = [item.sceneBoundingRect() for item in window.scene.nodes.values()]
    assert all(seen.contains(box) for box in boxes)
    left = min(b.left() for b in boxes) - seen.left()
    right = seen.right() - max(b.right() for b in boxes)
    assert abs(left - right) < 0.05 * seen.width()  # centred
