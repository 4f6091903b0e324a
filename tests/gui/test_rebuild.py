"""Done-when: rebuild the book's apple-and-orange graph from an empty canvas with mouse
gestures (and typed numbers and names), then read 715 and the gradients off the edges."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest


def rename(c, old, new):
    c.double_click(c.header(old))
    QTest.keyClicks(c.viewport, new)
    QTest.keyClick(c.viewport, Qt.Key_Return)


def set_value(c, label, text):
    c.click(c.header(label))
    inspector = c.window.inspector
    inspector.field("value").setFocus()
    inspector.field("value").selectAll()
    QTest.keyClicks(inspector.field("value"), text)
    QTest.mouseClick(inspector.apply_button, Qt.LeftButton)


def test_rebuild_apple_and_orange_from_an_empty_canvas(empty_canvas):
    c = empty_canvas
    c.view.fitInView(QRectF(-40, -60, 1100, 620), Qt.KeepAspectRatio)
    sources = {"apple": (60, 0, "100"), "apple_num": (60, 130, "2"),
               "orange": (60, 300, "150"), "orange_num": (60, 430, "3"),
               "tax": (580, 400, "1.1")}
    ops = {"apple_price": ("Mul", 320, 65), "orange_price": ("Mul", 320, 365),
           "all_price": ("Add", 580, 215), "price": ("Mul", 840, 300)}
    for name, (x, y, value) in sources.items():
        c.drop_op("Constant", QPointF(x, y))
        rename(c, "Constant", name)
        set_value(c, name, value)
    for name, (type_name, x, y) in ops.items():
        c.drop_op(type_name, QPointF(x, y))
        rename(c, type_name, name)
    wires = [("apple", "apple_price", "x"), ("apple_num", "apple_price", "y"),
             ("orange", "orange_price", "x"), ("orange_num", "orange_price", "y"),
             ("apple_price", "all_price", "x"), ("orange_price", "all_price", "y"),
             ("all_price", "price", "x"), ("tax", "price", "y")]
    for source, target, port in wires:
        c.drag(c.output_port(source), c.input_port(target, port))
    graph = c.document.graph
    assert len(graph.nodes) == 9 and len(graph.edges) == 8
    c.wait_computed()
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")
    assert c.edge_labels("apple_num", "apple_price", "y") == ("2", "110")
    assert c.edge_labels("orange", "orange_price", "x") == ("150", "3.3")
    assert c.edge_labels("orange_num", "orange_price", "y") == ("3", "165")
    assert c.edge_labels("tax", "price", "y") == ("1.1", "650")
    assert c.edge_labels("all_price", "price", "x") == ("650", "1.1")
    price = graph.find_label("price").id
    assert (c.scene.stubs[price].value_text, c.scene.stubs[price].grad_text) == ("715", "1")
    # every step was an undo step: undo them all and the canvas is empty again
    stack = c.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert graph.nodes == {} and c.scene.nodes == {} and c.scene.edges == {}
