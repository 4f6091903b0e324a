"""Practice, step mode and a training run on one graph while it is edited (issue "Two
features at once", done when): after every action, every edge and output stub shows what
the engine computes for the graph as it is (fed the batch being trained while the canvas
shows one), "?" where practice asks and blank where step mode has not reached, and every
node that cannot compute is outlined (`canvas_truth`). Real keys and clicks throughout;
every wait armed before its action.
"""

from __future__ import annotations

from canvas_truth import assert_canvas_is_true, batch_shown
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from training_driver import click, click_and_finish, training_panel

from core.engine.program import evaluate
from core.paths import SAMPLES

LABELS = "[[0,0,0,0,0,0,0,0,0,1], [0,0,0,0,0,0,0,0,1,0], [1,0,0,0,0,0,0,0,0,0]]"


def test_practice_step_mode_and_a_run_on_one_graph_while_editing(window, canvas, mnist_split,
                                                                  qtbot):
    w, c = window, canvas
    document, live = w.document, w.training.canvas.live
    panel = training_panel(w, mnist_split, 1_000_000)
    w.show_training()
    w.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    c.wait_computed()

    def check(where: str) -> None:
        assert_canvas_is_true(w, where)

    def key(k, modifier=Qt.NoModifier) -> None:
        QTest.keyClick(c.viewport, k, modifier)

    def edit(action) -> None:
        with qtbot.waitSignal(document.computed, timeout=10_000):
            action()

    def next_batch() -> None:
        with qtbot.waitSignal(live.shown, timeout=30_000):
            pass

    check("opened")
    key(Qt.Key_F9)  # Run ▸ Step Mode
    assert w.stepper.active
    check("step 1")
    for step in range(2, 7):
        key(Qt.Key_F10)  # Next Step
        check(f"step {step}")

    # a run starts under step mode: the lesson keeps the document's numbers
    click(qtbot, panel.controls.start_button)
    next_batch()
    assert not batch_shown(w)
    check("a batch under step mode")
    edit(lambda: c.set_value("t", LABELS))  # new labels, under step mode, during the run
    assert w.stepper.active
    check("labels edited under step mode")
    key(Qt.Key_F10)
    check("one more step")
    key(Qt.Key_Escape)  # Exit Step Mode
    assert not w.stepper.active
    check("step mode left")
    next_batch()
    assert batch_shown(w)
    check("the batch, step mode over")

    # Affine2 made the output and back; W2 deleted and brought back; all while it trains
    c.click(c.header("Affine2"))
    edit(lambda: key(Qt.Key_L, Qt.ControlModifier))
    check("Affine2 the output")
    next_batch()
    check("a batch with Affine2 the output")
    c.click(c.header("Affine2"))
    edit(lambda: key(Qt.Key_L, Qt.ControlModifier))  # Clear the Output
    check("the output cleared")
    c.click(c.header("W2"))
    edit(lambda: key(Qt.Key_Delete))
    check("W2 deleted")
    next_batch()
    check("a batch without W2")
    edit(lambda: key(Qt.Key_Z, Qt.ControlModifier))
    check("W2 back")
    next_batch()
    check("a batch with W2 again")

    # practice during the run, asking the forward values too: the loss is asked
    w.practice_bar.forward_box.setChecked(True)
    key(Qt.Key_F8)  # Run ▸ Practice
    assert w.practice.active
    check("practice asks")
    assert w.scene.stubs["loss"].value_text == "?"
    next_batch()  # a batch comes, and is not painted under the question
    check("a batch under practice")
    loss = float(evaluate(document.graph).values["loss"])
    QTest.keyClicks(w.practice_bar.answer_edit, repr(loss))
    QTest.keyClick(w.practice_bar.answer_edit, Qt.Key_Return)
    # the loss answered; the net now asks backward questions too (a shape, one element)
    assert ("value", "loss") in w.practice.round.done_keys
    check("answered")

    # the run ends while practice is on: its weights land, an edit, so the round ends
    with qtbot.waitSignal(document.computed, timeout=30_000):
        click_and_finish(qtbot, panel, panel.controls.stop_button)
    assert not w.practice.active and document.graph.nodes["W1"].params["init"] == "fixed"
    check("the run's weights landed")

    # practice and step mode once more on the trained graph, then every step to the end
    key(Qt.Key_F8)
    check("practice on the trained graph")
    QTest.mouseClick(w.practice_bar.end_button, Qt.LeftButton)
    assert not w.practice.active
    check("practice ended")
    key(Qt.Key_F9)
    check("step mode again")
    while w.stepper.index < len(w.stepper.steps) - 1:
        key(Qt.Key_F10)
        check(f"step {w.stepper.index + 1}")
    edit(lambda: key(Qt.Key_Z, Qt.ControlModifier))  # the initializers back, in step mode
    check("undo in step mode")
    key(Qt.Key_Escape)
    check("the end")
