"""A big batch of new nodes gets its items over several turns of the event loop (issue 23).

Opening 10,000 nodes, undoing a delete of everything or duplicating half of them makes
20,000 items or more; the scene makes `ITEMS_PER_TURN` per turn so the window answers
meanwhile. These tests make the turns small (a 240-node graph, 60 items a turn) and check
that waiting never shows the learner anything wrong: once the last item is made every edge
shows what the engine computes for the graph as it is now, the view is fitted, new copies
are selected; and whatever needs the items before then (a click, an edit, select all, the
language) finds every one of them made.
"""

from __future__ import annotations

import json

import pytest
from canvas_truth import assert_canvas_is_true
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from test_many_nodes import dense_document
from test_refit import whole_graph_shown

from gui.canvas import scene as scene_module
from gui.canvas.edge_item import EdgeItem
from gui.canvas.node_item import NodeItem

NODES = 240
PER_TURN = 60


@pytest.fixture
def small_turns(monkeypatch):
    monkeypatch.setattr(scene_module, "ITEMS_PER_TURN", PER_TURN)


@pytest.fixture
def dense_file(tmp_path):
    path = tmp_path / "dense.json"
    path.write_text(json.dumps(dense_document(NODES)))
    return path


def made(scene, kind=NodeItem) -> int:
    """How many items of `kind` Qt has (not through `scene.nodes`, which makes them all)."""
    return sum(isinstance(item, kind) for item in scene.items())


def open_in_turns(window, qtbot, path) -> None:
    """Open `path` and return while its items are still being made."""
    with qtbot.waitSignal(window.document.computed, timeout=20_000):
        assert window.files.open_file(path, ask=False)
    assert window.scene.items_pending


def open_all_made(window, qtbot, path) -> None:
    """Open `path` and wait until its last item is made."""
    open_in_turns(window, qtbot, path)
    with qtbot.waitSignal(window.scene.items_made, timeout=20_000):
        pass


def delete_all_and_undo(window, canvas, qtbot) -> None:
    """Select all, Delete, Undo: every node comes back, its items over turns."""
    document = window.document
    window.window_actions.edit.select_all.trigger()
    with qtbot.waitSignal(document.computed, timeout=20_000):
        canvas.key(Qt.Key_Delete)
    assert made(window.scene) == 0 and not document.graph.nodes
    with qtbot.waitSignal(document.computed, timeout=20_000):
        window.window_actions.edit.undo.trigger()


def test_an_open_makes_its_items_over_turns_then_shows_the_engines_numbers_fitted(
        window, canvas, qtbot, small_turns, dense_file):
    scene = window.scene
    turns: list[tuple[bool, int]] = []
    scene.items_made.connect(lambda over_turns: turns.append((over_turns, made(scene))))
    open_in_turns(window, qtbot, dense_file)
    assert made(scene) == 0  # reading and computing were all the open's turn did
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass
    edges = len(window.document.graph.edges)
    assert turns == [(True, NODES)] and made(scene, EdgeItem) >= edges
    assert not scene.items_pending
    view = window.view
    assert not whole_graph_shown(view)  # (the window's first graph was fitted; not this)
    qtbot.waitUntil(lambda: whole_graph_shown(view), timeout=5000)  # in the next turn
    assert_canvas_is_true(window)
    # every output got its stub once its node was made
    outputs = window.presenter.result().outputs
    assert outputs and set(scene.stubs) == set(outputs)


def test_a_click_while_items_wait_finds_them_all_made_and_selects_the_node_under_it(
        window, canvas, qtbot, small_turns, dense_file):
    document, scene = window.document, window.scene
    open_all_made(window, qtbot, dense_file)
    delete_all_and_undo(window, canvas, qtbot)
    last = document.graph.nodes[f"n{NODES - 1}"]
    assert made(scene) < NODES and ("node", last.id) in scene._due
    # the view shows where the last node is (its item is not made yet); a click on its header
    window.view.centerOn(QPointF(*last.position))
    canvas.click(QPointF(last.position[0] + 40, last.position[1] + 10))
    assert made(scene) == NODES and not scene.items_pending
    assert scene.selected_node_ids() == [last.id]
    assert_canvas_is_true(window)


def test_a_press_before_the_last_item_keeps_the_view_where_the_user_has_it(
        window, canvas, qtbot, small_turns, dense_file):
    """The fit waits for the last item; a press that needs them all first cancels it: the
    view is not moved under the user's hand, then or at the next recompute."""
    document, view = window.document, window.view
    open_in_turns(window, qtbot, dense_file)
    where = view.transform()
    canvas.click(view.mapToScene(view.viewport().rect().center()))
    assert not window.scene.items_pending
    constant = next(n for n in document.graph.nodes.values() if n.type == "Constant")
    with qtbot.waitSignal(document.computed, timeout=20_000):
        window.editor.set_params(constant.id, {"init": "fixed", "value": 7})
    assert view.transform() == where  # fitted, 6,000 units wide would be at zoom ~0.1
    assert_canvas_is_true(window)


def test_an_edit_while_items_wait_applies_to_the_graph_and_the_canvas_shows_it(
        window, canvas, qtbot, small_turns, dense_file):
    document, scene = window.document, window.scene
    open_in_turns(window, qtbot, dense_file)
    constant = next(n for n in document.graph.nodes.values() if n.type == "Constant"
                    and ("node", n.id) in scene._due)
    with qtbot.waitSignal(document.computed, timeout=20_000):
        window.editor.set_params(constant.id, {"init": "fixed", "value": 7})
    assert not scene.items_pending  # an edit other than adding finds every item made
    assert_canvas_is_true(window)
    with qtbot.waitSignal(document.computed, timeout=20_000):
        window.editor.delete([constant.id])
    assert constant.id not in scene.nodes
    assert_canvas_is_true(window)


def test_undo_of_deleting_everything_brings_every_item_back_over_turns(
        window, canvas, qtbot, small_turns, dense_file):
    scene = window.scene
    open_all_made(window, qtbot, dense_file)
    labels = {nid: item.label for nid, item in scene.nodes.items()}
    delete_all_and_undo(window, canvas, qtbot)
    assert scene.items_pending and made(scene) < NODES
    # select all before the rest is made: every node, made now
    window.window_actions.edit.select_all.trigger()
    assert not scene.items_pending
    assert sorted(scene.selected_node_ids()) == sorted(labels)
    assert {nid: item.label for nid, item in scene.nodes.items()} == labels
    assert_canvas_is_true(window)


def test_copies_made_over_turns_are_the_selection_before_and_after_they_are_drawn(
        window, canvas, qtbot, small_turns, dense_file):
    document, scene = window.document, window.scene
    open_all_made(window, qtbot, dense_file)
    before = set(document.graph.nodes)
    window.window_actions.edit.select_all.trigger()
    selections: list[int] = []

    def heard() -> None:
        selections.append(len(scene.selected_node_ids()))

    scene.selectionChanged.connect(heard)
    with qtbot.waitSignal(document.computed, timeout=20_000):
        window.window_actions.edit.duplicate.trigger()
    copies = set(document.graph.nodes) - before
    assert len(copies) == NODES and scene.items_pending
    # the inspector and the edit actions already see the copies as the selection
    assert set(scene.selected_node_ids()) == copies and selections == [NODES]
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: len(selections) > 1, timeout=5000)  # said once more, drawn
    assert {i.node_id for i in scene.selectedItems() if isinstance(i, NodeItem)} == copies
    assert set(scene.selected_node_ids()) == copies
    scene.selectionChanged.disconnect(heard)
    assert_canvas_is_true(window)


def test_step_mode_and_a_language_switch_while_items_wait(window, canvas, qtbot, small_turns,
                                                         dense_file):
    scene = window.scene
    open_in_turns(window, qtbot, dense_file)
    window.window_actions.run.step.trigger()  # Run ▸ Step Mode (F9)
    stepper = window.stepper
    for _ in stepper.steps:  # on to a step at a node whose item is not made yet
        if ("node", window.presenter.lesson.highlight) in scene._due:
            break
        stepper.next()
    highlight = window.presenter.lesson.highlight
    assert ("node", highlight) in scene._due
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass
    lit = [i.node_id for i in scene.items() if isinstance(i, NodeItem) and i.highlighted]
    assert lit == [highlight]  # made highlighted, if it was made after the step
    assert_canvas_is_true(window)
    open_in_turns(window, qtbot, dense_file)  # another graph ends the lesson
    window.set_language("ko")
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass  # the items still to be made are made in Korean
    assert not window.stepper.active
    assert_canvas_is_true(window)
    window.set_language("en")


def test_practice_started_while_items_wait_hides_and_asks_on_the_items_made_later(
        window, canvas, qtbot, small_turns, dense_file):
    """Practice starts on the numbers the presenter has; the edges made afterwards show
    them masked as the lesson says, the one asked as "?"; an answer is drawn at once."""
    scene, practice = window.scene, window.practice
    open_in_turns(window, qtbot, dense_file)
    window.window_actions.run.practice.trigger()
    assert practice.active and scene.items_pending
    with qtbot.waitSignal(scene.items_made, timeout=20_000):
        pass
    assert_canvas_is_true(window)
    asked = practice.round.current
    drawn = [item for item in scene.edges.values() if "?" in (item.value_text, item.grad_text)]
    assert asked is not None and len(drawn) == 1
    practice.show_answer()
    assert_canvas_is_true(window)
    window.window_actions.edit.undo.trigger()  # nothing to undo: practice goes on
    assert practice.active
    assert_canvas_is_true(window)


def test_a_pan_before_the_last_item_keeps_the_view_and_a_language_switch_keeps_the_fit(
        window, canvas, qtbot, small_turns, dense_file):
    """A pan with the middle button (the view's own, no press reaches the scene) takes the
    view: the fit after the last item does not come. A language switch is no such act:
    the fit comes."""
    from PySide6.QtTest import QTest
    view = window.view
    open_in_turns(window, qtbot, dense_file)
    middle = view.viewport().rect().center()
    QTest.mousePress(view.viewport(), Qt.MiddleButton, Qt.NoModifier, middle)
    for step in range(1, 4):
        QTest.mouseMove(view.viewport(), middle + QPoint(-30 * step, -20 * step))
    QTest.mouseRelease(view.viewport(), Qt.MiddleButton, Qt.NoModifier,
                       middle + QPoint(-90, -60))
    where = (view.transform(), view.mapToScene(view.viewport().rect().center()))
    with qtbot.waitSignal(window.scene.items_made, timeout=20_000):
        pass
    for _ in range(3):
        QApplication.processEvents()  # the turns after, where a fit would run
    assert (view.transform(), view.mapToScene(view.viewport().rect().center())) == where

    open_in_turns(window, qtbot, dense_file)
    window.set_language("ko")
    assert window.scene.items_pending  # the items made so far speak Korean; the rest will
    with qtbot.waitSignal(window.scene.items_made, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: whole_graph_shown(view), timeout=5000)
    window.set_language("en")
