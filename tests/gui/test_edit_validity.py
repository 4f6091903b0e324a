"""Every edit keeps a graph the file loader accepts, and undo restores the exact document.

Before: duplicating a node with a 200-character label made a 201-character one; Save
worked, File ▸ Open refused the file and crash recovery declared the autosave damaged.
Undoing an edge replacement put the replaced edge back at the end: "no unsaved changes",
but Save wrote different bytes. A value nested 1,000 levels deep raised RecursionError
out of the inspector; a value of a million numbers froze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.files.graph_files import dumps_graph, load_graph, loads_graph, save_graph
from core.model.limits import MAX_LABEL, MAX_NODES
from core.paths import SAMPLES


def _reloads(c, tmp_path) -> None:
    """What the editor holds saves to a file that the loader opens again, unchanged."""
    path = tmp_path / "edited.json"
    save_graph(c.document.graph, path)
    assert dumps_graph(load_graph(path)) == path.read_text(encoding="utf-8")


def test_duplicating_a_200_character_label_keeps_it_within_the_limit(canvas, tmp_path):
    c = canvas
    long = "a" * MAX_LABEL
    assert c.window.editor.rename("tax", long)
    c.scene.select_only(["tax"])
    c.window.window_actions.edit.duplicate.trigger()
    c.window.window_actions.edit.duplicate.trigger()
    labels = [n.label for n in c.document.graph.nodes.values() if n.label.startswith("aaaa")]
    assert [len(label) for label in labels] == [MAX_LABEL] * 3
    assert sorted(label[-2:] for label in labels) == ["_2", "_3", "aa"]
    _reloads(c, tmp_path)


def test_a_label_over_the_limit_is_refused_with_the_reason_first(canvas):
    c = canvas
    before = dumps_graph(c.document.graph)
    assert not c.window.editor.rename("tax", "b" * (MAX_LABEL + 1))
    message = c.window.statusBar().currentMessage()
    assert message.startswith(f"Not renamed: a label may have at most {MAX_LABEL} characters")
    assert dumps_graph(c.document.graph) == before and c.document.undo_stack.count() == 0


def test_pasting_past_the_node_limit_is_refused_and_changes_nothing(canvas, qtbot):
    c = canvas
    graph = c.document.graph
    many = {"format": "backprop-studio-graph", "version": 1, "edges": [],
            "nodes": [{"id": f"k{i}", "type": "Constant", "label": f"k{i}",
                       "position": [0, 0], "params": {"value": 1}}
                      for i in range(MAX_NODES - len(graph.nodes) + 1)]}
    import json

    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().setText(json.dumps(many))
    before = dumps_graph(graph)
    c.window.window_actions.edit.paste.trigger()
    assert "too many nodes" in c.window.statusBar().currentMessage()
    assert dumps_graph(graph) == before and c.document.undo_stack.count() == 0


def test_undoing_an_edge_replacement_restores_the_exact_file(canvas):
    c = canvas
    original = dumps_graph(c.document.graph)
    c.drag(c.output_port("tax"), c.input_port("all_price", "y"))  # replaces orange_price
    assert c.document.graph.edge_into("all_price", "y").source == "tax"
    c.window.window_actions.edit.undo.trigger()
    assert dumps_graph(c.document.graph) == original
    assert not c.document.is_modified


def test_undoing_an_edge_move_restores_the_exact_file(canvas):
    c = canvas
    original = dumps_graph(c.document.graph)
    # pick the edge off all_price.x and drop it on the occupied all_price.y
    c.drag(c.input_port("all_price", "x"), c.input_port("all_price", "y"))
    graph = c.document.graph
    assert graph.edge_into("all_price", "x") is None
    assert graph.edge_into("all_price", "y").source == "apple_price"
    assert c.document.undo_stack.count() == 1
    c.window.window_actions.edit.undo.trigger()
    assert dumps_graph(graph) == original
    c.window.window_actions.edit.redo.trigger()
    c.window.window_actions.edit.undo.trigger()
    assert dumps_graph(graph) == original and not c.document.is_modified


def _select(c, label):
    c.click(c.header(label))
    assert c.window.inspector.node_id == c.document.graph.find_label(label).id


def test_a_value_nested_a_thousand_levels_deep_is_refused(canvas):
    c = canvas
    _select(c, "apple")
    before = dumps_graph(c.document.graph)
    edit = c.window.inspector.field("value")
    edit.setPlainText("[" * 1000 + "1" + "]" * 1000)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key_Return)
    assert "nested more than 8 levels" in c.window.inspector.message.text()
    assert dumps_graph(c.document.graph) == before


def test_enter_applies_a_value_shift_enter_starts_a_row_and_leaving_applies(canvas):
    c = canvas
    _select(c, "tax")
    edit = c.window.inspector.field("value")
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "1 2")
    QTest.keyClick(edit, Qt.Key_Return, Qt.ShiftModifier)  # a new row, not applied yet
    QTest.keyClicks(edit, "3 4")
    assert c.document.graph.nodes["tax"].params["value"] == 1.1
    QTest.keyClick(edit, Qt.Key_Return)
    assert c.document.graph.nodes["tax"].params["value"] == [[1, 2], [3, 4]]
    edit.selectAll()
    QTest.keyClicks(edit, "5")
    c.window.inspector.label_edit.setFocus()  # clicking away applies, never drops
    QTest.qWait(0)
    assert c.document.graph.nodes["tax"].params["value"] == 5


def test_a_large_value_is_summarised_and_small_enough_ones_open_as_text(canvas):
    c = canvas
    editor, inspector = c.window.editor, c.window.inspector
    editor.set_params("tax", {"init": "fixed", "value": [[0.5] * 30] * 20})  # 600 numbers
    _select(c, "tax")
    field = inspector.fields["value"]
    assert field.edit.isHidden() and "(20, 30) array of 600 numbers" in field.summary.text()
    QTest.mouseClick(field.open_button, Qt.LeftButton)
    assert field.edit.isVisible() and field.edit.toPlainText().startswith("[[0.5, 0.5")
    editor.set_params("tax", {"init": "fixed", "value": [[0.0] * 200] * 100})  # 20,000
    assert not inspector.fields["value"].open_button.isEnabled()
    # the summary keeps the value when another field is applied
    before = dict(c.document.graph.nodes["tax"].params)
    inspector.apply_params()
    assert c.document.graph.nodes["tax"].params == before


def test_new_nodes_are_selected_so_the_inspector_opens_on_them(empty_canvas):
    c = empty_canvas
    c.drop_op("Mul", QPointF(300, 200))
    node_id = next(iter(c.document.graph.nodes))
    assert c.scene.selected_node_ids() == [node_id]
    assert c.window.inspector.node_id == node_id
    QTest.keyClick(c.viewport, Qt.Key_Delete)  # so Delete deletes it at once
    assert not c.document.graph.nodes


def test_every_sample_survives_select_all_duplicate_and_save(window, qtbot, tmp_path):
    from canvas_driver import Canvas
    for path in sorted(SAMPLES.glob("*.json")):
        window.files.open_sample(path, ask=False)
        c = Canvas(window, qtbot)
        window.window_actions.edit.select_all.trigger()
        window.window_actions.edit.duplicate.trigger()
        assert len(c.document.graph.nodes) == 2 * len(loads_graph(path.read_text()).nodes)
        _reloads(c, tmp_path)
        window.document.undo_stack.setClean()
