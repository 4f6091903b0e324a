"""The document recomputes an edit of a value at the cost of what it changes
(`core.engine.live`), and its numbers are still exactly what `evaluate` gives for the graph
as it is now: after value edits, undo, redo, a rename, a delete and its undo."""

from canvas_truth import assert_canvas_is_true

from core.engine.program import evaluate
from tests.test_live_evaluation import assert_same


def test_the_book_numbers_follow_value_edits_undo_and_redo(window, qtbot):
    document, editor = window.document, window.editor
    assert float(document.result.values["price"]) == 715.0000000000001
    with qtbot.waitSignal(document.computed):
        editor.set_params("orange_num", {"init": "fixed", "value": 4})
    # 100 × 2 + 150 × 4 = 800, × 1.1
    assert float(document.result.values["price"]) == 880.0000000000001
    assert float(document.result.grads["orange"]) == 4.4
    assert float(document.result.grads["tax"]) == 800.0
    assert_same(document.result, evaluate(document.graph))
    assert_canvas_is_true(window, "after a value edit")
    with qtbot.waitSignal(document.computed):
        window.window_actions.edit.undo.trigger()
    assert float(document.result.values["price"]) == 715.0000000000001
    assert float(document.result.grads["orange"]) == 3.3000000000000003
    assert_same(document.result, evaluate(document.graph))
    with qtbot.waitSignal(document.computed):
        window.window_actions.edit.redo.trigger()
    assert_same(document.result, evaluate(document.graph))
    assert_canvas_is_true(window, "after redo")


def test_edits_of_every_kind_keep_the_numbers_exact(window, qtbot):
    document, editor = window.document, window.editor
    steps = [
        lambda: editor.set_params("tax", {"init": "fixed", "value": 1.2}),
        lambda: editor.rename("apple", "pomme"),
        lambda: editor.set_params("apple", {"init": "fixed", "value": [100, 200]}),
        lambda: editor.delete(["orange_num"]),
        lambda: editor.set_params("orange", {"init": "fixed", "value": 0}),
        lambda: window.window_actions.edit.undo.trigger(),
        lambda: window.window_actions.edit.undo.trigger(),
        lambda: editor.set_output("apple_price", 2.0),
        lambda: editor.set_params("apple_num", {"init": "fixed", "value": 5}),
    ]
    for i, step in enumerate(steps):
        with qtbot.waitSignal(document.computed):
            step()
        assert_same(document.result, evaluate(document.graph))
        assert_canvas_is_true(window, f"after step {i}")
    assert document.result.values["apple_price"].tolist() == [500.0, 1000.0]  # [100, 200] × 5
