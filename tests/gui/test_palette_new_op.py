"""A registered op is in the palette: the throwaway `Cube` (tests/cube_op.py), registered
before the window opens, is listed with its group, symbol and rule, found by a search,
and added to the graph by a double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_the_palette_lists_a_newly_registered_op(cube_op, window):
    palette = window.palette
    tree = palette.tree
    item = tree.op_items["Cube"]
    assert item.parent() is tree.groups["primitives"]
    assert (item.text(0), item.text(1)) == ("Cube", "x³")
    assert "forward x³; backward dout·3x²" in item.toolTip(0)
    palette.search.setFocus()
    QTest.keyClicks(palette.search, "cube")
    assert [n for n, i in tree.op_items.items() if not i.isHidden()] == ["Cube"]
    before = len(window.document.graph.nodes)
    center = tree.visualItemRect(item).center()
    QTest.mouseClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    QTest.mouseDClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    QTest.mouseRelease(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    graph = window.document.graph
    assert len(graph.nodes) == before + 1
    added = list(graph.nodes.values())[-1]
    assert (added.type, added.label) == ("Cube", "Cube")
