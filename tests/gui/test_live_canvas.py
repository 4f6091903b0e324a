"""The wired graph, alive while it trains: live numbers on the canvas, then trained weights.

The canvas holds the book's two-layer net; the Training panel trains it on real digits
(the 8,000 / 2,000 split) with real clicks. Every wait is armed before the click that
causes it. Runs are long (a million iterations) and stopped once the test has seen what it
needs, so a slow machine only makes them longer, never flaky.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from training_driver import click, click_and_finish, training_panel

from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.formatting import summarize
from core.ops.sources import Source
from core.paths import SAMPLES
from core.training.mnist import load_mnist
from core.training.run import Snapshot
from gui.canvas.tooltips import heatmap_png
from gui.training.live_canvas import INTERVAL_MS, live_result

DATA_EDGE, W1_EDGE = "x->Affine1.x", "W1->Affine1.W"
INITIALIZER = {"init": "normal", "shape": [784, 50], "std": 0.01, "seed": 1}
PUT = ("The trained weights are now on the canvas; Edit ▸ Undo brings the initializers "
       "back; saving saves the trained values.")


@lru_cache(maxsize=None)
def _digits(folder: str) -> np.ndarray:
    return load_mnist(folder).x_train


@pytest.fixture
def net(window, mnist_split, qtbot):
    """The two-layer net on the canvas, the panel attached to it, set for a long run."""
    panel = training_panel(window, mnist_split, 1_000_000)
    panel.attach_canvas(window.presenter, window.editor)  # what the main window does
    window.show_training()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    yield panel
    panel.shutdown()


def wait_snapshots(qtbot, live, count: int) -> None:
    qtbot.waitUntil(lambda: live.count >= count, timeout=30_000)


def stop(qtbot, panel) -> tuple[str, str]:
    return click_and_finish(qtbot, panel, panel.controls.stop_button)


def test_the_canvas_shows_the_batch_flowing_while_its_graph_trains(net, window, qtbot,
                                                                    mnist_split):
    scene, live = window.scene, net.canvas.live
    seen = []  # (W1's value, W1's gradient, the loss) as each snapshot is painted
    live.shown.connect(lambda _r: seen.append(
        (scene.edges[W1_EDGE].value_text, scene.edges[W1_EDGE].grad_text,
         scene.stubs["loss"].value_text)))
    ticks = []  # a 20 ms timer of the window's event loop: it must keep ticking
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start(20)
    with qtbot.waitSignal(live.shown, timeout=30_000) as first:
        click(qtbot, net.controls.start_button)
    result = first.args[0]
    assert result.graph is window.document.graph
    wait_snapshots(qtbot, live, 3)
    timer.stop()
    # edge labels change during the run: each snapshot is another batch, other weights
    assert len(set(seen)) >= 2 and all(text for row in seen for text in row)
    assert scene.edges[DATA_EDGE].value_text.startswith("(100, 784)")  # a batch, not the file's 3
    # snapshots come at most 4 a second, and the event loop ran all along
    assert len(ticks) >= 2 * INTERVAL_MS // 20 // 4
    # the data edge's tooltip shows the batch's first digit, a real training image
    data = scene.edges[DATA_EDGE]
    assert data.data_value.shape == (100, 784)
    first_image = data.data_value[0]
    tip = scene.edge_tooltip(data)
    assert "first image, 28 × 28" in tip and heatmap_png(first_image.reshape(28, 28)) in tip
    assert np.any(np.all(_digits(str(mnist_split)) == first_image, axis=1))
    # the loss's stub shows the loss of the batch being trained
    stub = scene.stubs["loss"]
    loss = float(live.latest.values["loss"])
    assert 0 < loss < 3 and stub.value_text == summarize(live.latest.values["loss"])
    assert "value</b>" in scene.edge_tooltip(stub) and repr(loss)[:6] in scene.edge_tooltip(stub)
    # a real click lands while it trains: the loop is not blocked
    with qtbot.waitSignal(net.state_changed, timeout=10_000,
                          check_params_cb=lambda s: s == "paused"):
        click(qtbot, net.controls.pause_button)
    status, _message = stop(qtbot, net)
    assert status == "stopped"
    # the canvas shows the document's numbers again: its own batch of 3 digits
    qtbot.waitUntil(lambda: scene.edges[DATA_EDGE].value_text.startswith("(3, 784)"))


def test_a_run_leaves_its_trained_weights_on_the_canvas_until_undo(net, window, qtbot,
                                                                   tmp_path):
    document, scene = window.document, window.scene
    with qtbot.waitSignal(net.canvas.live.shown, timeout=30_000):
        click(qtbot, net.controls.start_button)
    qtbot.waitUntil(lambda: net.iteration >= 400, timeout=60_000)
    with qtbot.waitSignal(document.computed, timeout=30_000):  # the trained weights' numbers
        status, _message = stop(qtbot, net)
    assert status == "stopped" and net.status_area.status.text().endswith(PUT)
    trained = net.session.trainer.program.sources
    graph = document.graph
    for nid in ("W1", "b1", "W2", "b2"):
        assert graph.nodes[nid].params["init"] == "fixed"
        assert np.array_equal(Source.materialize(graph.nodes[nid].params, np.float32),
                              trained[nid])  # every float32 exactly
    assert document.undo_stack.count() == 1  # one undoable edit
    assert document.undo_stack.text(0) == "set trained parameters"
    # hovering W1 shows the trained matrix
    w1 = scene.edges[W1_EDGE]
    assert np.array_equal(w1.data_value, trained["W1"].astype(np.float64))
    assert "<img src='data:image/png;base64," in scene.edge_tooltip(w1)
    # the trained net classifies the file's own three digits better than chance (ln 10)
    assert float(document.result.values["loss"]) < 2.0
    # saving saves the trained values
    path = tmp_path / "trained.json"
    document.save(path)
    saved = load_graph(path)
    assert np.array_equal(Source.materialize(saved.nodes["W1"].params, np.float32), trained["W1"])
    # Edit ▸ Undo (the key, on the canvas) brings the initializers back exactly
    window.view.setFocus()
    with qtbot.waitSignal(document.computed, timeout=5000):
        qtbot.keyClick(window.view.viewport(), Qt.Key_Z, Qt.ControlModifier)
    assert graph.nodes["W1"].params == INITIALIZER
    assert graph.nodes["b1"].params == {"init": "zeros", "shape": [50]}
    assert float(document.result.values["loss"]) == pytest.approx(2.3, abs=0.05)
    with qtbot.waitSignal(document.computed, timeout=5000):
        window.window_actions.edit.redo.trigger()
    assert np.array_equal(Source.materialize(graph.nodes["W1"].params, np.float32), trained["W1"])


def test_the_next_start_trains_from_the_initializers_and_reset_keeps_the_document(
        net, window, qtbot):
    document = window.document
    net.controls.form.iters.setValue(200)
    click_and_finish(qtbot, net, net.controls.start_button)
    assert document.graph.nodes["W1"].params["init"] == "fixed"
    first = net.curves.runs[-1]
    click_and_finish(qtbot, net, net.controls.start_button)
    second = net.curves.runs[-1]
    # fresh weights again (same seed, same run), not a continuation of the first run
    assert np.array_equal(second.loss.ys(0)[:20], first.loss.ys(0)[:20])
    assert second.loss.ys(0)[0] > 2.0
    assert document.undo_stack.count() == 2
    click(qtbot, net.controls.reset_button)
    assert net.status_area.status.text() == (
        "Reset: the next Start trains from freshly initialized weights. The trained weights "
        "stay on the canvas; Edit ▸ Undo brings the initializers back.")
    assert document.undo_stack.count() == 2 and document.graph.nodes["W1"].params["init"] == "fixed"
    # two undos: back to the first run's weights, then to the initializers
    window.window_actions.edit.undo.trigger()
    window.window_actions.edit.undo.trigger()
    assert document.graph.nodes["W1"].params == INITIALIZER
    click(qtbot, net.controls.reset_button)
    assert net.status_area.status.text() == (
        "Reset: the next Start trains from freshly initialized weights.")


def test_edits_while_it_trains_are_kept_and_a_deleted_parameter_is_not_overwritten(
        net, window, qtbot, canvas):
    document, scene, live = window.document, window.scene, net.canvas.live
    with qtbot.waitSignal(live.shown, timeout=30_000):
        click(qtbot, net.controls.start_button)
    assert scene.edges[DATA_EDGE].value_text.startswith("(100, 784)")
    # delete b2 on the canvas, with a click and the Delete key
    canvas.click(canvas.header("b2"))
    with qtbot.waitSignal(document.computed, timeout=5000):
        canvas.key(Qt.Key_Delete)
    assert "b2" not in document.graph.nodes
    # the recompute shows the document's own numbers (its batch of 3) ...
    assert scene.edges[DATA_EDGE].value_text.startswith("(3, 784)")
    assert scene.nodes["Affine2"].error  # Affine2 lost its b on the canvas
    # ... until the next snapshot brings the batch being trained back
    with qtbot.waitSignal(live.shown, timeout=30_000):
        pass
    assert scene.edges[DATA_EDGE].value_text.startswith("(100, 784)")
    status, _message = stop(qtbot, net)
    assert net.status_area.status.text().endswith(
        "The trained weights were not put on the canvas: the parameter b2 is no longer in "
        "the graph.")
    assert document.graph.nodes["W1"].params == INITIALIZER
    assert document.undo_stack.count() == 1  # the delete, nothing else


def test_a_run_of_the_sample_leaves_the_canvas_alone(window, mnist_split, qtbot):
    panel = training_panel(window, mnist_split, 300)
    panel.attach_canvas(window.presenter, window.editor)
    shown = []
    panel.canvas.live.shown.connect(shown.append)
    window.show_training()  # apple-and-orange cannot train: the panel trains the sample
    assert "two-layer-net sample" in panel.controls.network_label.text()
    status, _message = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "finished" and shown == []
    assert window.document.undo_stack.count() == 0
    assert "canvas" not in panel.status_area.status.text()
    panel.shutdown()


def test_step_mode_keeps_the_documents_lesson_while_it_trains(net, window, qtbot):
    scene, live = window.scene, net.canvas.live
    with qtbot.waitSignal(live.shown, timeout=30_000):
        click(qtbot, net.controls.start_button)
    window.window_actions.run.step.trigger()  # Run ▸ Step Mode (F9)
    assert window.stepper.active
    with qtbot.waitSignal(live.shown, timeout=30_000):
        pass  # a snapshot comes, and is not painted over the lesson
    assert not scene.edges[DATA_EDGE].value_text.startswith("(100, 784)")
    window.window_actions.run.exit_step.trigger()
    assert scene.edges[DATA_EDGE].value_text.startswith("(3, 784)")  # the document's again
    with qtbot.waitSignal(live.shown, timeout=30_000):
        pass
    assert scene.edges[DATA_EDGE].value_text.startswith("(100, 784)")
    stop(qtbot, net)


def test_nodes_added_since_the_start_keep_the_documents_numbers():
    graph = load_graph(SAMPLES / "two_layer_net.json")
    trained = graph.copy()
    values = {nid: np.full((2, 2), i, float) for i, nid in enumerate(trained.nodes)}
    snapshot = Snapshot(7, 0.5, values, {"W1": values["W1"] * 0.1},
                        {"W1->Affine1.W": values["W1"] * 0.1}, ["loss"])
    graph.add_node("Parameter", "extra", params={"value": [1.0, 2.0]}, node_id="extra")
    graph.add_node("ReLU", "r", node_id="r")
    graph.add_edge("extra", "r", "x")
    base = evaluate(graph)
    live = live_result(graph, snapshot, base)
    assert live.graph is graph
    assert live.values["W1"] is values["W1"] and live.values["extra"] is base.values["extra"]
    assert live.edge_grads["W1->Affine1.W"] is snapshot.edge_grads["W1->Affine1.W"]
    # the trainer sent no gradient for the images: none is shown, not the document's
    assert "x->Affine1.x" not in live.edge_grads and "x->Affine1.x" in base.edge_grads
    assert live.edge_grads["extra->r.x"] is base.edge_grads["extra->r.x"]
    assert live.sinks == ["loss", "r"] and live.outputs == ["loss", "r"]
    graph.output.set_node("loss")
    assert live_result(graph, snapshot, base).outputs == ["loss"]
    # without the document's result, only the trained nodes show
    assert set(live_result(graph, snapshot, None).values) == set(trained.nodes)


def test_opening_another_graph_while_it_trains_ends_the_live_view(net, window, qtbot):
    live = net.canvas.live
    with qtbot.waitSignal(live.shown, timeout=30_000):
        click(qtbot, net.controls.start_button)
    count = live.count
    window.files.open_sample(SAMPLES / "affine_node.json", ask=False)
    assert not live.active
    qtbot.waitUntil(lambda: net.iteration > 300, timeout=60_000)  # snapshots would have come
    assert live.count == count
    stop(qtbot, net)
    assert net.status_area.status.text().endswith("The trained weights were not put on the canvas: "
                                      "another graph was opened meanwhile.")
    assert window.document.graph.nodes["W"].params == {
        "init": "fixed", "value": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]}
    assert window.document.undo_stack.count() == 0
