"""Small things seen in a new user's first minutes, each driven as the user would: a copy
lands beside its original, Undo says what it undid, the canvas banner calls no arbitrary
end "the output", the inspector says a sample's description is of the graph as it was
opened, and the status line says the output the canvas shows while the graph trains."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from training_driver import click, training_panel

from core.formatting import summarize
from core.paths import SAMPLES


def test_a_duplicate_from_the_edit_menu_lands_beside_its_original(canvas):
    c, w = canvas, canvas.window
    graph = c.document.graph
    c.click(c.header("tax"))
    before = set(graph.nodes)
    w.window_actions.edit.duplicate.trigger()  # Edit ▸ Duplicate
    (copy,) = set(graph.nodes) - before
    item, original = c.scene.nodes[copy], c.node("tax")
    box = item.mapRectToScene(item.box())
    assert not box.intersects(original.mapRectToScene(original.box()))
    assert not box.contains(original.output_port.scenePos())
    for other in c.scene.nodes.values():
        if other is not item:
            assert not box.intersects(other.mapRectToScene(other.box())), other.label
    c.wait_computed()
    for edge in c.scene.edges.values():  # no number under the copy
        for rect in (edge.value_rect(), edge.grad_rect()):
            assert rect.isNull() or not box.intersects(rect), edge.edge_id


def test_undo_says_what_it_undid_instead_of_the_edit_it_took_back(empty_canvas, qtbot):
    c, w = empty_canvas, empty_canvas.window
    center = c.view.mapToScene(c.viewport.rect().center())
    c.drop_op("Constant", center - QPointF(250, 0))
    c.drop_op("ReLU", center)
    c.drag(c.output_port("Constant"), c.input_port("ReLU", "x"))
    assert "Connected Constant → ReLU.x" in w.statusBar().currentMessage()
    c.key(Qt.Key_Z, Qt.ControlModifier)
    assert c.document.graph.edges == []
    message = w.statusBar().currentMessage()
    assert message == "Undone: connect Constant → ReLU.x" and "Connected" not in message
    c.key(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert w.statusBar().currentMessage() == "Redone: connect Constant → ReLU.x"


def test_the_banner_names_the_chosen_output_or_says_where_the_graph_ends(empty_canvas):
    c, w = empty_canvas, empty_canvas.window
    center = c.view.mapToScene(c.viewport.rect().center())
    c.drop_op("Constant", center - QPointF(250, 0))
    c.drop_op("Mul", center)
    c.drag(c.output_port("Constant"), c.input_port("Mul", "x"))
    c.wait_computed()
    assert c.view.banner.startswith("Mul, where the graph ends, cannot compute, so there "
                                    "are no gradients to show: ")
    assert "output" not in c.view.banner.split(":")[0]
    c.click(c.header("Mul"))
    w.window_actions.edit.output.trigger()  # Edit ▸ Make the Output (L)
    c.wait_computed()
    assert c.view.banner.startswith("The output Mul cannot compute, so there are no "
                                    "gradients to show: ")


def test_the_inspector_says_the_description_is_of_the_graph_as_opened(canvas, qtbot):
    c, w = canvas, canvas.window
    w.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    c.wait_computed()
    note = "Edited since it was opened"
    assert "Affine1 → Relu1" in w.inspector.title.text()
    assert note not in w.inspector.title.text()
    w.view.fit_to_graph()
    c.drag(c.header("b2"), c.header("b2") + QPointF(0, 30))  # a move is no edit
    c.scene.clearSelection()
    assert note not in w.inspector.title.text()
    c.click(c.header("Relu1"))
    c.key(Qt.Key_Delete)
    c.scene.clearSelection()
    c.wait_computed()
    assert note in w.inspector.title.text()
    c.key(Qt.Key_Z, Qt.ControlModifier)
    c.wait_computed()
    assert note not in w.inspector.title.text()


def test_the_status_line_says_the_output_the_canvas_shows_while_it_trains(window, mnist_split,
                                                                         qtbot):
    w = window
    w.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    w.document.compute()
    document_says = w.status_label.text()
    panel = training_panel(w, mnist_split, 400)
    w.show_training()
    live = panel.canvas.live
    with qtbot.waitSignal(live.shown, timeout=30_000) as shown:
        click(qtbot, panel.controls.start_button)
    result = shown.args[0]
    loss = w.document.graph.find_label("L").id
    assert w.status_label.text() == f"output L = {summarize(result.values[loss])}"
    assert w.status_label.text() != document_says
    with qtbot.waitSignal(panel.run_finished, timeout=60_000):
        pass
    c_result = w.presenter.result()
    assert w.status_label.text() == f"output L = {summarize(c_result.values[loss])}"
    panel.shutdown()
