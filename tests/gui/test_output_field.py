"""The graph's output and the gradient arriving there, set in the inspector (figure 5-11:
the gradient 1.3 comes from the rest of a larger graph), undoable, saved in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.files.graph_files import dumps_graph, loads_graph


def test_the_output_and_its_gradient_are_set_in_the_inspector(canvas):
    c = canvas
    c.click(c.header("all_price"))
    row = c.window.inspector.output_row
    assert row.isVisible() and not row.check.isChecked()
    QTest.mouseClick(row.check, Qt.LeftButton)
    graph = c.document.graph
    assert graph.output.node == "all_price" and row.grad_edit.isVisible()
    row.grad_edit.setFocus()
    QTest.keyClicks(row.grad_edit, "1.3")
    QTest.keyClick(row.grad_edit, Qt.Key_Return)
    assert graph.output.fields()["output_grad"] == 1.3
    c.wait_computed()
    # ∂L/∂apple = 1.3 × apple_num 2 = 2.6, as the book's add node passes 1.3 on
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.6")
    again = loads_graph(dumps_graph(graph))
    assert again.output.node == "all_price" and again.output.grad == 1.3
    c.window.window_actions.edit.undo.trigger()  # the gradient, then the output, one step each
    assert graph.output.fields().get("output_grad") is None and graph.output.node == "all_price"
    c.window.window_actions.edit.undo.trigger()
    assert graph.output.node is None
    c.wait_computed()
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")


def test_a_gradient_that_is_not_a_number_is_refused(canvas):
    c = canvas
    c.window.editor.set_output("price")
    c.click(c.header("price"))
    row = c.window.inspector.output_row
    row.grad_edit.setFocus()
    QTest.keyClicks(row.grad_edit, "[1, [2]]")
    QTest.keyClick(row.grad_edit, Qt.Key_Return)
    assert "ragged" in c.window.statusBar().currentMessage()
    assert "output_grad" not in c.document.graph.output.fields()
