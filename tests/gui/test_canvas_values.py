"""The canvas shows the engine's numbers: each edge's value above it, its gradient below."""

from __future__ import annotations

import pytest

from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.formatting import edge_label
from core.paths import sample_files


def test_apple_orange_opens_with_the_books_numbers(canvas):
    canvas.wait_computed()
    assert canvas.edge_labels("apple", "apple_price", "x") == ("100", "2.2")
    assert canvas.edge_labels("apple_num", "apple_price", "y") == ("2", "110")
    assert canvas.edge_labels("orange", "orange_price", "x") == ("150", "3.3")
    assert canvas.edge_labels("orange_num", "orange_price", "y") == ("3", "165")
    assert canvas.edge_labels("all_price", "price", "x") == ("650", "1.1")
    assert canvas.edge_labels("tax", "price", "y") == ("1.1", "650")
    stub = canvas.scene.stubs[canvas.document.graph.find_label("price").id]
    assert (stub.value_text, stub.grad_text) == ("715", "1")
    assert canvas.window.status_label.text() == "output price = 715"


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_edge_labels_overlap_neither_each_other_nor_nodes(window, path):
    window.files.open_sample(path, ask=False)
    scene = window.scene
    rects = []
    for item in [*scene.edges.values(), *scene.stubs.values()]:
        rects += [(item.edge_id, item.value_rect())]
        if item.data_grad is not None:  # a labels edge has no gradient to show
            rects += [(item.edge_id, item.grad_rect())]
    for i, (name, a) in enumerate(rects):
        assert not a.isEmpty()
        for other, b in rects[i + 1:]:
            assert not a.adjusted(-2, -2, 2, 2).intersects(b), (name, other)
        for node in scene.nodes.values():
            assert not a.intersects(node.sceneBoundingRect().adjusted(2, 2, -2, -2)), \
                (name, node.node_id)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_every_sample_paints_the_engines_numbers(window, path):
    assert window.files.open_sample(path, ask=False)
    result = evaluate(load_graph(path))  # computed independently of the GUI
    scene, graph = window.scene, window.document.graph
    assert len(scene.edges) == len(graph.edges) > 0
    for edge in graph.edges:
        item = scene.edges[edge.id]
        assert item.value_text == edge_label(result.values[edge.source])
        grad = result.edge_grads.get(edge.id)  # labels get none
        assert item.grad_text == (edge_label(grad, gradient=True) if grad is not None else "")
    assert set(scene.stubs) == {s for s in result.sinks if not graph.out_edges(s)}
    for sink in scene.stubs:
        assert scene.stubs[sink].value_text == edge_label(result.values[sink])
        assert scene.stubs[sink].grad_text == edge_label(result.grads[sink], gradient=True)


def test_a_node_that_cannot_compute_is_outlined_and_the_rest_still_shows(canvas, qtbot):
    graph = canvas.document.graph
    price = graph.find_label("price").id
    edge = graph.edge_into(price, "y")
    canvas.scene.edges[edge.id].setSelected(True)
    canvas.window.window_actions.edit.delete.trigger()
    canvas.wait_computed()
    item = canvas.scene.nodes[price]
    assert "input y is not connected" in item.error
    assert "input y is not connected" in item.toolTip()
    assert "input y is not connected" in canvas.window.status_label.text()
    # upstream nodes still compute, but no gradient shows: those of all_price would look
    # like the gradients of price (2, 100, 3, 150 instead of 2.2, 110, 3.3, 165)
    assert canvas.edge_labels("apple", "apple_price", "x") == ("100", "")
    assert canvas.edge_labels("all_price", "price", "x") == ("650", "")
    assert canvas.scene.stubs == {}
    assert "so there are no gradients to show" in canvas.view.banner


def test_hovering_an_edge_explains_the_full_value_with_a_heatmap(window):
    from core.paths import SAMPLES
    window.files.open_sample(SAMPLES / "affine_batch.json", ask=False)
    scene = window.scene
    item = next(i for i in scene.edges.values() if i.data_value is not None
                and i.data_value.ndim == 2)
    tip = scene.edge_tooltip(item)
    assert "data:image/png;base64," in tip
    assert "gradient" in tip and "value" in tip


def test_hovering_an_edge_with_the_mouse_sets_its_full_value_tooltip(canvas):
    from PySide6.QtTest import QTest
    c = canvas
    edge = c.document.graph.edge_into("price", "x")
    item = c.scene.edges[edge.id]
    QTest.mouseMove(c.viewport, c.to_view(item.value_rect().center()))
    c.qtbot.waitUntil(lambda: item.toolTip() != "", timeout=2000)
    assert "all_price → price.x" in item.toolTip()
    assert "650" in item.toolTip() and "1.1" in item.toolTip()
