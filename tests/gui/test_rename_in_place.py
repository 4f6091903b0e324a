"""Renaming in place is a gesture in the canvas's one gesture slot (issue "A house that
shows its plan", 4).

Before, it had a second slot that no edit cancelled: a random walk of the editor found
sequences (Paste, Delete, double-click a node's name, type `price`, Escape, add an Affine
from the palette, Select All, drag a node) where the typed name was applied later, at the
drag, putting "rename Softmax → price" on the undo stack before the move. Now Escape
discards the typed name, any edit cancels a rename in progress, and Enter or a click
elsewhere commits it through the Editor. Real mouse and key events throughout.
"""

from __future__ import annotations

import pytest
from canvas_driver import Canvas
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.paths import SAMPLES
from gui.base.probe import snapshot
from gui.canvas.gestures import NodeDrag, RenameInPlace
from gui.canvas.label_field import LabelField


@pytest.fixture
def softmax(empty_canvas):
    """A Constant and a Softmax (its label "Softmax") on a new canvas, the Constant copied."""
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Softmax", QPointF(450, 300))
    c.wait_computed()
    c.click(c.header("Constant"))
    c.key(Qt.Key_C, Qt.ControlModifier)
    return c


def _stack(c) -> list[str]:
    stack = c.document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def _no_field(c) -> bool:
    return c.scene.input.gesture is None and not any(
        isinstance(item, LabelField) for item in c.scene.items())


def _type_a_name(c, label: str, name: str) -> None:
    c.double_click(c.header(label))
    renaming = c.scene.input.renaming
    assert isinstance(renaming, RenameInPlace) and renaming is c.scene.input.gesture
    assert snapshot(c.window)["renaming"] == renaming.node_id  # what the probe reports
    QTest.keyClicks(c.viewport, name)
    assert renaming.field.toPlainText() == name


def _paste_delete_and_type_price(c) -> None:
    c.key(Qt.Key_V, Qt.ControlModifier)  # Paste
    assert _stack(c)[-1] == "paste"
    c.key(Qt.Key_Delete)  # the pasted copy, selected, goes
    assert _stack(c)[-1].startswith("delete")
    _type_a_name(c, "Softmax", "price")


def _add_an_affine(c) -> None:
    c.drop_op("Affine", QPointF(300, 450))  # from the palette
    assert _stack(c)[-1] == "add Affine"


def _select_all_and_drag(c) -> None:
    c.key(Qt.Key_A, Qt.ControlModifier)  # Select All
    start = c.header("Softmax")
    c.press(start)
    c.move(start + QPointF(20, 10))
    assert isinstance(c.scene.input.gesture, NodeDrag)
    c.move(start + QPointF(40, 30))
    c.release(start + QPointF(40, 30))


def test_escape_discards_the_typed_name_and_the_drag_applies_none(softmax):
    c = softmax
    _paste_delete_and_type_price(c)
    c.key(Qt.Key_Escape)
    assert _no_field(c) and snapshot(c.window)["renaming"] is None
    _add_an_affine(c)
    _select_all_and_drag(c)
    graph = c.document.graph
    assert graph.find_label("Softmax") is not None and graph.find_label("price") is None
    assert not any(text.startswith("rename") for text in _stack(c))
    assert _stack(c)[-2:] == ["add Affine", "move 3 node(s)"]


def test_an_edit_cancels_a_rename_whose_escape_never_reached_it(softmax):
    """The random walk's Escape went to the main window, not to the field: the rename
    stayed open, and the drag's press committed it. Now the palette's drop, an edit,
    cancels it."""
    c = softmax
    _paste_delete_and_type_price(c)
    QTest.keyClick(c.window, Qt.Key_Escape)  # never reaches the field
    assert c.scene.input.renaming is not None
    _add_an_affine(c)
    assert _no_field(c) and snapshot(c.window)["renaming"] is None
    _select_all_and_drag(c)
    graph = c.document.graph
    assert graph.find_label("Softmax") is not None and graph.find_label("price") is None
    assert not any(text.startswith("rename") for text in _stack(c))
    assert _stack(c)[-2:] == ["add Affine", "move 3 node(s)"]


@pytest.mark.parametrize("edit", ["undo", "delete the node", "delete another node",
                                  "open a sample"])
def test_any_edit_cancels_a_rename_in_progress(canvas, edit):
    c = canvas
    c.drag(c.header("orange"), c.header("orange") + QPointF(0, 20))  # something to undo
    if edit == "delete another node":
        c.click(c.header("apple"))
    _type_a_name(c, "tax", "vat")
    if edit == "undo":
        c.window.window_actions.edit.undo.trigger()  # Edit ▸ Undo
    elif edit == "delete the node":
        c.scene.select_only(["tax"])
        c.window.window_actions.edit.delete.trigger()  # Edit ▸ Delete
    elif edit == "delete another node":
        c.window.window_actions.edit.delete.trigger()
    else:
        c.window.files.open_sample(SAMPLES / "apple.json", ask=False)
    assert _no_field(c)
    c.click(QPointF(-300, -300))  # a click elsewhere: nothing left to commit
    graph = c.document.graph
    assert graph.find_label("vat") is None
    assert not any(text.startswith("rename") for text in _stack(c))
    assert "Something went wrong" not in c.window.statusBar().currentMessage()


def test_a_click_on_the_canvas_commits_in_one_undo_step(canvas):
    c = canvas
    _type_a_name(c, "tax", "vat")
    c.click(c.header("tax") + QPointF(0, -200))  # empty canvas
    assert _no_field(c)
    assert c.document.graph.nodes["tax"].label == "vat" == c.scene.nodes["tax"].label
    assert _stack(c) == ["rename tax → vat"]
    c.window.window_actions.edit.undo.trigger()
    assert c.document.graph.nodes["tax"].label == "tax"


def test_a_press_on_another_node_commits_then_drags_it(canvas):
    c = canvas
    _type_a_name(c, "tax", "vat")
    start = c.header("apple")
    c.drag(start, start + QPointF(30, 30))
    assert c.document.graph.nodes["tax"].label == "vat"
    assert _stack(c) == ["rename tax → vat", "move 1 node(s)"]
    assert c.document.graph.nodes["apple"].position == (30.0, 30.0)


def test_clicks_in_the_field_place_the_cursor_and_f2_elsewhere_commits_first(canvas):
    c = canvas
    _type_a_name(c, "tax", "vat")
    field = c.scene.input.renaming.field
    c.click(field.sceneBoundingRect().center())  # in its own field: still renaming
    assert c.scene.input.renaming is not None and field.toPlainText() == "vat"
    c.double_click(field.sceneBoundingRect().center())  # selects the word, still renaming
    assert c.scene.input.renaming is not None and field.toPlainText() == "vat"
    assert field.textCursor().selectedText() == "vat"
    c.scene.select_only(["apple"])
    c.window.window_actions.edit.rename.trigger()  # F2 on apple: tax's name is committed first
    assert c.document.graph.nodes["tax"].label == "vat"
    assert c.scene.input.renaming.node_id == "apple"
    QTest.keyClicks(c.viewport, "pomme")
    c.key(Qt.Key_Return)
    assert c.document.graph.nodes["apple"].label == "pomme" and _no_field(c)
    assert _stack(c) == ["rename tax → vat", "rename apple → pomme"]


def test_a_new_canvas_after_renaming_shows_no_field(window, qtbot):
    window.files.open_sample(SAMPLES / "apple.json", ask=False)
    c = Canvas(window, qtbot)
    _type_a_name(c, "tax", "vat")
    window.new_graph()
    assert _no_field(c) and window.document.undo_stack.count() == 0
