"""Training the canvas graph while the learner edits it (issue "Two features at once",
items 4 to 7 and 10): the weights land only on the network that was trained, edits made
during a run are named when the landing replaces them, the live canvas shows the graph as
it is (a broken graph's errors, another output's gradient), and the message after a
second run says what undo brings back. Real clicks and keys on the canvas and the panel;
every wait armed before its action; runs long and stopped once the test has seen enough.
"""

from __future__ import annotations

import numpy as np
import pytest
from canvas_truth import assert_canvas_is_true, batch_shown
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from training_driver import click, click_and_finish, training_panel

from core.formatting import edge_label
from core.ops.sources import Source
from core.paths import SAMPLES

INITIALIZER = {"init": "normal", "shape": [784, 50], "std": 0.01, "seed": 1}
STARTED = "It trains the graph as it was at Start: edits you make now apply to the next run."


@pytest.fixture
def net(window, mnist_split, qtbot):
    """The two-layer net on the canvas, the Training panel set for a long run."""
    panel = training_panel(window, mnist_split, 1_000_000)
    window.show_training()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    yield panel
    panel.shutdown()


def start(qtbot, panel) -> None:
    """Click Start and wait for the first batch on the canvas."""
    with qtbot.waitSignal(panel.canvas.live.shown, timeout=30_000):
        click(qtbot, panel.controls.start_button)


def next_batch(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.canvas.live.shown, timeout=30_000):
        pass


def stop(qtbot, panel) -> str:
    """Click Stop; the panel's status line once the run has ended."""
    click_and_finish(qtbot, panel, panel.controls.stop_button)
    return panel.status_area.status.text()


def delete(qtbot, canvas, label: str) -> None:
    canvas.click(canvas.header(label))
    with qtbot.waitSignal(canvas.document.computed, timeout=5000):
        canvas.key(Qt.Key_Delete)


def test_weights_do_not_land_on_a_network_whose_relu_was_replaced(net, window, qtbot, canvas):
    document, scene = window.document, window.scene
    start(qtbot, net)
    assert net.status_area.status.text().endswith(STARTED)
    # replace ReLU by a Sigmoid: delete it, drop a Sigmoid, wire it in its place
    delete(qtbot, canvas, "Relu1")
    relu_at = canvas.header("Affine1") + (canvas.header("Affine2") - canvas.header("Affine1")) / 2
    canvas.drop_op("Sigmoid", relu_at)
    sigmoid = document.graph.find_label("Sigmoid")
    assert sigmoid is not None
    canvas.drag(canvas.output_port("Affine1"), canvas.input_port("Sigmoid", "x"))
    with qtbot.waitSignal(document.computed, timeout=5000):
        canvas.drag(canvas.output_port("Sigmoid"), canvas.input_port("Affine2", "x"))
    assert_canvas_is_true(window, "the edit's own numbers")
    next_batch(qtbot, net)  # the batch flows through the Sigmoid: what the engine computes
    assert batch_shown(window) and scene.edges[f"{sigmoid.id}->Affine2.x"].value_text
    assert_canvas_is_true(window, "a batch through the edited graph")
    text = stop(qtbot, net)
    assert text.endswith(
        'The trained weights were not put on the canvas: the network changed during the run '
        '(ReLU "Relu1" was deleted; input x of Affine "Affine2" is fed by Sigmoid "Sigmoid" '
        'now). They are the weights of the network as it was at Start: Save parameters… keeps '
        'them, and Start trains the network as it is now.')
    assert document.graph.nodes["W1"].params == INITIALIZER
    assert document.undo_stack.text(document.undo_stack.count() - 1).startswith("connect")
    assert_canvas_is_true(window, "after the run")  # the loss of the graph as it is


def test_a_bias_set_during_a_paused_run_is_named_when_the_landing_replaces_it(
        net, window, qtbot, canvas):
    document = window.document
    start(qtbot, net)
    with qtbot.waitSignal(net.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s == "paused"):
        click(qtbot, net.controls.pause_button)
    b2 = "[" + ", ".join(["0.5"] * 10) + "]"
    canvas.click(canvas.header("b2"))
    inspector = window.inspector
    inspector.field("init").setCurrentText("fixed")  # the init picker
    field = inspector.field("value")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, b2)
    with qtbot.waitSignal(document.computed, timeout=5000):
        QTest.mouseClick(inspector.apply_button, Qt.LeftButton)
    mine = document.graph.nodes["b2"].params
    assert mine == {"init": "fixed", "value": [0.5] * 10}
    assert_canvas_is_true(window, "paused, b2 edited")
    with qtbot.waitSignal(document.computed, timeout=30_000):
        text = stop(qtbot, net)
    assert text.endswith(
        "The trained weights are now on the canvas. They replaced the values you gave b2 "
        "during the run (it trained from the values at Start); Edit ▸ Undo brings your "
        "values back.")
    trained = net.session.trainer.program.sources
    assert np.array_equal(Source.materialize(document.graph.nodes["b2"].params, np.float32),
                          trained["b2"])
    window.view.setFocus()
    with qtbot.waitSignal(document.computed, timeout=5000):
        qtbot.keyClick(window.view.viewport(), Qt.Key_Z, Qt.ControlModifier)
    assert document.graph.nodes["b2"].params == mine
    assert document.graph.nodes["W1"].params == INITIALIZER
    assert_canvas_is_true(window, "undone")


def test_a_broken_graph_shows_its_errors_not_the_runs_numbers(net, window, qtbot, canvas):
    scene = window.scene
    start(qtbot, net)
    delete(qtbot, canvas, "W2")
    next_batch(qtbot, net)
    assert batch_shown(window)
    # the batch still flows as far as the graph computes ...
    assert scene.edges["x->Affine1.x"].value_text.startswith("(100, 784)")
    assert scene.edges["Relu1->Affine2.x"].value_text.startswith("(100, 50)")
    # ... and no further: Affine2 is outlined, the loss shows nothing, no gradient anywhere
    assert "W is not connected" in scene.nodes["Affine2"].error
    assert scene.nodes["loss"].error
    assert "loss" not in scene.stubs
    assert all(item.grad_text == "" for item in scene.edges.values())
    assert_canvas_is_true(window, "W2 deleted")
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        window.window_actions.edit.undo.trigger()
    next_batch(qtbot, net)  # the network as trained again: the run's own numbers
    assert scene.edges["W2->Affine2.W"].grad_text
    assert_canvas_is_true(window, "W2 back")
    with qtbot.waitSignal(window.document.computed, timeout=30_000):
        text = stop(qtbot, net)
    assert text.endswith("Edit ▸ Undo brings the initializers back; saving saves the "
                         "trained values.")


def test_affine2_made_the_output_during_a_run_shows_its_own_gradient_1(net, window, qtbot,
                                                                        canvas):
    scene = window.scene
    start(qtbot, net)
    canvas.click(canvas.header("Affine2"))
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        canvas.key(Qt.Key_L, Qt.ControlModifier)  # Edit ▸ Make the Output
    assert window.document.graph.output.node == "Affine2"
    next_batch(qtbot, net)
    assert batch_shown(window)
    stub = scene.stubs["Affine2"]
    assert stub.value_text.startswith("(100, 10)")
    # ∂Affine2/∂Affine2 = 1 for every element, not the loss's gradient
    assert stub.grad_text == edge_label(np.ones((100, 10)), gradient=True)
    assert "loss" not in scene.stubs
    assert_canvas_is_true(window, "Affine2 the output")
    with qtbot.waitSignal(window.document.computed, timeout=30_000):
        stop(qtbot, net)  # the same network: the weights land
    assert window.document.graph.nodes["W1"].params["init"] == "fixed"
    assert_canvas_is_true(window, "after the run")


def test_after_a_second_run_undo_is_said_to_bring_back_the_first_runs_weights(
        net, window, qtbot):
    document = window.document
    net.controls.form.iters.setValue(100)
    click_and_finish(qtbot, net, net.controls.start_button)
    assert net.status_area.status.text().endswith(
        "Edit ▸ Undo brings the initializers back; saving saves the trained values.")
    first = {nid: document.graph.nodes[nid].params for nid in ("W1", "b1", "W2", "b2")}
    net.controls.form.seed.setValue(7)
    click_and_finish(qtbot, net, net.controls.start_button)
    assert net.status_area.status.text().endswith(
        "The trained weights are now on the canvas; Edit ▸ Undo brings back the weights of "
        "the run before; saving saves the trained values.")
    with qtbot.waitSignal(document.computed, timeout=5000):
        window.window_actions.edit.undo.trigger()
    assert {nid: document.graph.nodes[nid].params for nid in first} == first
    assert_canvas_is_true(window, "run 1's weights")
