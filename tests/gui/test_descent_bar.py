"""The Step bar: one gradient-descent step by hand, with real clicks and keys."""

from __future__ import annotations

import numpy as np
import pytest
from training_driver import click, type_into

from core.engine.program import evaluate
from core.files.graph_files import save_graph
from core.paths import SAMPLES
from core.training.descent import fixed_params
from gui.training.descent_bar import DescentBar
from tests.helpers import build

W = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]
B = [0.1, 0.2, 0.3]


def tiny_net():
    """x · W + b → Softmax-with-Loss against t: two parameters, one scalar loss L."""
    return build([("x", "Data", {"value": [[1.0, 0.5]]}),
                  ("W", "Parameter", {"value": W}),
                  ("b", "Parameter", {"value": B}),
                  ("A", "Affine", {}),
                  ("t", "Labels", {"value": [[1.0, 0.0, 0.0]]}),
                  ("L", "SoftmaxWithLoss", {})],
                 [("x", "A", "x"), ("W", "A", "W"), ("b", "A", "b"), ("A", "L", "x"),
                  ("t", "L", "t")])


@pytest.fixture
def bar(window, settings, qtbot, tmp_path):
    path = tmp_path / "tiny.json"
    save_graph(tiny_net(), path)
    assert window.files.open_file(path, ask=False)
    b = DescentBar(window.document, window.editor, settings)
    qtbot.addWidget(b)
    b.show()
    qtbot.waitExposed(b)
    return b


def test_one_step_moves_w_against_its_gradient_and_lowers_the_loss(bar, window, qtbot):
    document = window.document
    graph = document.graph
    before = document.result
    assert bar.step_button.isEnabled() and bar.lr_edit.text() == "0.1"
    type_into(qtbot, bar.lr_edit, "0.5")
    with qtbot.waitSignal(bar.status_message, timeout=5000) as said:
        click(qtbot, bar.step_button)
    after = document.result
    for nid in ("W", "b"):
        expected = before.values[nid] - 0.5 * before.grads[nid]
        assert np.array_equal(after.values[nid], expected)  # exactly W - lr·dW
        assert graph.nodes[nid].params == fixed_params(expected)
    loss_before, loss_after = float(before.values["L"]), float(after.values["L"])
    assert loss_after < loss_before - 0.05
    assert said.args[0] == f"Step: L {loss_before:.6g} → {loss_after:.6g}"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "gradient step, lr 0.5"
    with qtbot.waitSignal(document.computed, timeout=5000):
        window.window_actions.edit.undo.trigger()
    assert graph.nodes["W"].params == {"init": "fixed", "value": W}
    assert graph.nodes["b"].params == {"init": "fixed", "value": B}
    assert float(document.result.values["L"]) == loss_before
    with qtbot.waitSignal(document.computed, timeout=5000):
        window.window_actions.edit.redo.trigger()
    assert float(document.result.values["L"]) == loss_after
    # a second Step goes on downhill, as its own undo step
    with qtbot.waitSignal(document.computed, timeout=5000):
        click(qtbot, bar.step_button)
    assert float(document.result.values["L"]) < loss_after
    assert document.undo_stack.count() == 2


def test_the_learning_rate_must_be_a_number_above_zero_and_is_remembered(bar, settings,
                                                                        window, qtbot):
    for text in ("0", "-1", "1e"):
        type_into(qtbot, bar.lr_edit, text)
        assert not bar.step_button.isEnabled(), text
    type_into(qtbot, bar.lr_edit, "abc")  # letters never get in
    assert bar.lr_edit.text() == ""
    type_into(qtbot, bar.lr_edit, "2e-2")
    assert bar.step_button.isEnabled() and bar.lr() == 0.02
    assert settings.value("descent/lr") == "2e-2"
    again = DescentBar(window.document, window.editor, settings)
    qtbot.addWidget(again)
    assert again.lr_edit.text() == "2e-2"


def test_step_is_enabled_only_for_parameters_with_gradients(bar, window, qtbot):
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        window.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
    assert not bar.step_button.isEnabled()  # constants only
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        window.files.open_sample(SAMPLES / "affine_node.json", ask=False)
    assert bar.step_button.isEnabled()
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    assert bar.step_button.isEnabled()
    # W1 (784 × 50, drawn by its initializer) is too large to write out number by number
    with qtbot.waitSignal(window.editor.refused, timeout=5000) as refused:
        click(qtbot, bar.step_button)
    assert refused.args[0].startswith('No step: Parameter "W1" is drawn by its normal '
                                      "initializer, (784, 50) = 39,200 numbers")
    assert window.document.undo_stack.count() == 0
    assert refused.args[0] in window.statusBar().currentMessage()


def test_the_affine_sample_steps_the_way_its_gradient_says(bar, window, qtbot):
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        window.files.open_sample(SAMPLES / "affine_node.json", ask=False)
    before = evaluate(window.document.graph)
    # Y = X·W + B with ∂L/∂Y = [1, 2, 3]: ∂L/∂W = Xᵀ·[1, 2, 3], ∂L/∂B = [1, 2, 3]
    with qtbot.waitSignal(window.document.computed, timeout=5000):
        click(qtbot, bar.step_button)
    Y = window.document.result.values["Y"]
    # each Y_j moves by -lr·(|X|² + 1)·g_j = -0.1 · 2.25 · [1, 2, 3]
    assert np.allclose(Y - before.values["Y"], [-0.225, -0.45, -0.675])
