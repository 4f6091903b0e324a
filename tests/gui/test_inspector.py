"""The inspector edits a source's value and a node's label through undo commands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.engine.program import evaluate
from core.files.graph_files import dumps_graph
from core.formatting import summarize


def select(c, label):
    c.click(c.header(label))
    assert c.window.inspector.node_id == c.document.graph.find_label(label).id


def type_value(inspector, text):
    inspector.field("value").setFocus()
    inspector.field("value").selectAll()
    QTest.keyClicks(inspector.field("value"), text)
    QTest.mouseClick(inspector.apply_button, Qt.LeftButton)


def test_editing_apples_value_repaints_the_price(canvas):
    c = canvas
    select(c, "apple")
    inspector = c.window.inspector
    assert inspector.field("value").toPlainText() == "100"
    type_value(inspector, "200")
    graph = c.document.graph
    assert graph.nodes["apple"].params["value"] == 200
    expected = evaluate(graph)  # the engine's own number for the edited graph
    c.wait_computed()
    price = graph.find_label("price").id
    # (2·200 + 3·150)·1.1 = 935, as the engine computes it for the edited graph
    assert float(expected.values[price]) == (2 * 200 + 3 * 150) * 1.1
    assert c.scene.stubs[price].value_text == summarize(expected.values[price]) == "935"
    assert c.edge_labels("apple", "apple_price", "x") == ("200", "2.2")
    assert c.edge_labels("apple_price", "all_price", "x")[0] == "400"
    c.window.window_actions.edit.undo.trigger()
    c.wait_computed()
    assert c.scene.stubs[price].value_text == "715"


def test_repeated_value_edits_of_one_node_merge_into_one_undo_step(canvas):
    c = canvas
    select(c, "apple")
    for text in ("120", "130", "140"):
        type_value(c.window.inspector, text)
    assert c.document.undo_stack.count() == 1
    c.window.window_actions.edit.undo.trigger()
    assert c.document.graph.nodes["apple"].params["value"] == 100


def test_invalid_value_text_is_refused_and_nothing_changes(canvas):
    c = canvas
    select(c, "apple")
    before = dumps_graph(c.document.graph)
    inspector = c.window.inspector
    type_value(inspector, "[[1, 2], [3]]")
    assert "ragged" in inspector.message.text()
    type_value(inspector, "twelve")
    assert "cannot read" in inspector.message.text()
    assert "Not applied" in c.window.statusBar().currentMessage()
    assert dumps_graph(c.document.graph) == before
    assert c.document.undo_stack.count() == 0


def test_a_matrix_typed_as_rows_and_an_initializer(canvas):
    c = canvas
    select(c, "tax")
    inspector = c.window.inspector
    type_value(inspector, "1 2; 3 4")
    assert c.document.graph.nodes["tax"].params["value"] == [[1, 2], [3, 4]]
    c.wait_computed()
    assert c.edge_labels("tax", "price", "y")[0] == "[[1, 2], [3, 4]]"
    inspector.field("init").setCurrentText("normal")
    inspector.field("shape").setText("2, 3")
    inspector.field("std").setText("0.5")
    inspector.field("seed").setText("7")
    QTest.mouseClick(inspector.apply_button, Qt.LeftButton)
    params = c.document.graph.nodes["tax"].params
    assert params == {"init": "normal", "shape": [2, 3], "std": 0.5, "seed": 7}
    c.wait_computed()
    assert c.edge_labels("tax", "price", "y")[0].startswith("[[")  # 6 elements: in full


def test_rename_in_the_inspector_and_by_double_clicking_the_label(canvas):
    c = canvas
    select(c, "tax")
    edit = c.window.inspector.label_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "vat")
    QTest.keyClick(edit, Qt.Key_Return)
    graph = c.document.graph
    assert graph.nodes["tax"].label == "vat"
    assert c.scene.nodes["tax"].label == "vat"
    c.double_click(c.header("vat"))
    assert c.scene.input.renaming is not None
    editor = c.scene.input.renaming.field
    assert editor is not None and editor.toPlainText() == "vat"
    QTest.keyClicks(c.viewport, "tax rate")
    QTest.keyClick(c.viewport, Qt.Key_Return)
    assert graph.nodes["tax"].label == "tax rate" == c.scene.nodes["tax"].label
    assert c.document.undo_stack.count() == 2
    c.window.window_actions.edit.undo.trigger()
    c.window.window_actions.edit.undo.trigger()
    assert graph.nodes["tax"].label == "tax" == c.scene.nodes["tax"].label


def test_an_empty_label_is_refused(canvas):
    c = canvas
    select(c, "tax")
    edit = c.window.inspector.label_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key_Delete)
    QTest.keyClick(edit, Qt.Key_Return)
    assert c.document.graph.nodes["tax"].label == "tax"
    assert "cannot be empty" in c.window.inspector.message.text()
