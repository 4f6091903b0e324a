"""Chapter 6 in the Training panel: the optimizer and the network fields, the network built
on the canvas as one undoable edit, and the presets trained one run after another while
the user goes on working. Real clicks and keys on real digits; every wait armed before
its action."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt
from training_driver import click, click_and_finish, training_panel, type_into

from core.files.graph_files import graph_to_document
from core.paths import SAMPLES
from core.training.networks import multi_layer_net
from core.training.presets import PRESETS


def _doc(graph) -> str:
    return json.dumps(graph_to_document(graph), sort_keys=True)


def test_runs_are_named_by_the_optimizer_chosen(window, mnist_split, qtbot):
    window.show_training()
    panel = training_panel(window, mnist_split, 20)
    form = panel.controls.form
    click_and_finish(qtbot, panel, panel.controls.start_button)  # SGD, the default
    form.optimizer.setFocus()
    qtbot.keyClick(form.optimizer, Qt.Key_Down)  # Momentum
    assert form.config().optimizer == "momentum"
    status, _ = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "finished"
    assert [run.name for run in panel.curves.runs] == ["SGD", "Momentum"]
    assert panel.curves.runs[-1].loss.seen == 20


def test_the_network_fields_build_the_graph_as_one_undoable_edit(window, canvas, qtbot,
                                                                 no_dialogs):
    window.show_training()
    document, form = window.document, window.training.controls.form
    apple = _doc(document.graph)
    with qtbot.waitSignal(window.training.network_built, timeout=10_000):
        type_into(qtbot, form.layers, "100,100,100,100")
        qtbot.keyClick(form.layers, Qt.Key_Return)
    built = multi_layer_net((100, 100, 100, 100), activation="relu", init=0.01,
                            seed=form.seed.value())
    assert _doc(document.graph) == _doc(built)
    assert not no_dialogs  # the apple sample was not edited: nothing asked
    assert window.training.builder.edited_by_user() is False
    document.undo_stack.undo()  # one step brings the apple sample back
    assert _doc(document.graph) == apple
    document.undo_stack.redo()
    assert _doc(document.graph) == _doc(built)

    # an edit by the user, then Sigmoid: asked first (the test answers Discard)
    canvas.click(canvas.header("Affine1"))
    with qtbot.waitSignal(document.computed, timeout=10_000):
        qtbot.keyClick(canvas.viewport, Qt.Key_Delete)
    assert window.training.builder.edited_by_user()
    with qtbot.waitSignal(window.training.network_built, timeout=10_000):
        form.activation.setFocus()
        qtbot.keyClick(form.activation, Qt.Key_Down)
    assert [kind for kind, _title, _text in no_dialogs] == ["question"]
    assert _doc(document.graph) == _doc(multi_layer_net((100,) * 4, activation="sigmoid",
                                                        init=0.01, seed=form.seed.value()))
    document.undo_stack.undo()  # the edited graph comes back, without Affine1
    assert "Affine1" not in {n.label for n in document.graph.nodes.values()}


def test_a_preset_draws_one_curve_per_run_while_the_user_works(window, canvas, mnist_split,
                                                             qtbot):
    w = window
    w.show_training()
    panel = training_panel(w, mnist_split, 100)
    view = panel.presets
    view.iterations = 30  # a quick look: 30 iterations a run
    tabs = panel.tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(tabs.indexOf(view)).center())
    preset = PRESETS["6-9"]
    assert view.preset() is preset
    assert "SGD" in view.look_for.text() and "not its exact numbers" in view.caveat.text()
    started = []
    panel.preset_runner.run_started.connect(lambda p, r: started.append((p, r)))
    with qtbot.waitSignal(panel.run_started, timeout=60_000):
        click(qtbot, view.train_button)
    assert not view.train_button.isEnabled() and view.stop_button.isEnabled()

    # meanwhile: an edit and its undo, the language switched and back, a file opened
    canvas.click(canvas.header("apple"))
    with qtbot.waitSignal(w.document.computed, timeout=10_000):
        qtbot.keyClick(canvas.viewport, Qt.Key_Delete)
    with qtbot.waitSignal(w.document.computed, timeout=10_000):
        qtbot.keyClick(canvas.viewport, Qt.Key_Z, Qt.ControlModifier)
    w.set_language("ko")
    assert "그림" in view.choice.currentText()
    w.set_language("en")
    w.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)

    with qtbot.waitSignal(panel.preset_runner.finished, timeout=240_000) as blocker:
        pass
    assert blocker.args == ["finished"]
    assert [p for p, _run in started] == list(preset.runs)
    assert len(view.lines) == 4 and all(len(items) == 1 for _p, _r, items in view.lines)
    for preset_run, run, items in view.lines:
        assert run.status in ("finished", "stalled") and run.loss.seen == 30
        xs, ys = items[0].getData()
        np.testing.assert_allclose(ys, run.loss.ys(1))  # the plot shows the run's numbers
        assert f"{preset_run.label()} — loss {run.loss.ys(1)[-1]:.3f}" in view.legend.text()
    # the Curves tab has them too, named by what differs: the optimizer (and Adam's lr)
    assert [run.name for run in panel.curves.runs] == [
        "SGD, lr 0.01", "Momentum, lr 0.01", "AdaGrad, lr 0.01", "Adam, lr 0.001"]
    assert view.train_button.isEnabled() and not view.stop_button.isEnabled()
    assert "apple" not in {n.label for n in w.document.graph.nodes.values()}  # the file


def test_a_preset_stops_and_keeps_what_it_trained(window, mnist_split, qtbot):
    window.show_training()
    panel = training_panel(window, mnist_split, 100)
    view = panel.presets
    view.iterations = 100_000
    view.choice.setCurrentIndex(1)  # 6-15
    with qtbot.waitSignal(panel.run_started, timeout=60_000):
        click(qtbot, view.train_button)
    with qtbot.waitSignal(panel.preset_runner.finished, timeout=60_000) as blocker:
        click(qtbot, view.stop_button)
    assert blocker.args == ["stopped"]
    assert len(view.lines) == 1 and len(panel.curves.runs) == 1
    assert panel.session.idle and view.train_button.isEnabled()


def test_batch_norm_and_dropout_build_their_nodes_and_train(window, mnist_split, qtbot,
                                                            no_dialogs):
    window.show_training()
    panel = training_panel(window, mnist_split, 20)
    form, document = panel.controls.form, window.document
    with qtbot.waitSignal(panel.network_built, timeout=10_000):
        type_into(qtbot, form.layers, "100,100")
        qtbot.keyClick(form.layers, Qt.Key_Return)
    with qtbot.waitSignal(panel.network_built, timeout=10_000):
        form.batchnorm.setFocus()
        qtbot.keyClick(form.batchnorm, Qt.Key_Space)  # Batch Norm on
    with qtbot.waitSignal(panel.network_built, timeout=10_000):
        form.dropout.setFocus()
        form.dropout.lineEdit().selectAll()
        qtbot.keyClicks(form.dropout, "0.2")
        qtbot.keyClick(form.dropout, Qt.Key_Return)  # one change, when Return is pressed
    built = multi_layer_net((100, 100), activation="relu", batchnorm=True, dropout=0.2,
                            init=0.01, seed=form.seed.value())
    assert _doc(document.graph) == _doc(built)
    types = [node.type for node in document.graph.nodes.values()]
    assert types.count("BatchNorm") == 2 and types.count("Dropout") == 2
    assert not no_dialogs  # each build replaced a graph this builder put there
    status, _ = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "finished"
    run = panel.curves.runs[-1]
    assert run.loss.seen == 20 and np.isfinite(run.loss.ys(0)).all()
    assert _doc(document.graph) != _doc(built)  # the trained weights are on the canvas
    document.undo_stack.undo()  # the weights as built
    assert _doc(document.graph) == _doc(built)
    document.undo_stack.undo()  # Dropout off again, Batch Norm kept
    types = [node.type for node in document.graph.nodes.values()]
    assert types.count("BatchNorm") == 2 and "Dropout" not in types


def test_batch_norm_and_dropout_presets_train_and_fit_on_a_laptop(window, mnist_split, qtbot):
    window.resize(1024, 700)
    window.show_training()
    panel = training_panel(window, mnist_split, 100)
    view = panel.presets
    view.iterations = 20
    tabs = panel.tabs
    tabs.setCurrentIndex(tabs.indexOf(view))
    for key in ("6-18", "6-23"):
        view.choice.setCurrentIndex(list(PRESETS).index(key))
        preset = PRESETS[key]
        rows = len(preset.runs) + preset.shows_test
        assert view.legend.text().count("<br>") == rows - 1  # one row per run, before
        with qtbot.waitSignal(panel.preset_runner.finished, timeout=240_000) as blocker:
            click(qtbot, view.train_button)
        assert blocker.args == ["finished"]
        assert len(view.lines) == len(preset.runs)
        for preset_run, run, items in view.lines:
            assert run.status in ("finished", "stalled") and run.loss.seen == 20
            assert len(items) == 1 + preset.shows_test
            train, test = run.accuracy.ys(0), run.accuracy.ys(1)
            np.testing.assert_allclose(items[0].getData()[1], train)
            if preset.shows_test:
                np.testing.assert_allclose(items[1].getData()[1], test)
                assert (f"{preset_run.label()} — train {train[-1]:.1%}, test {test[-1]:.1%}"
                        in view.legend.text())
            else:
                assert f"{preset_run.label()} — train {train[-1]:.1%}" in view.legend.text()
        assert view.legend.text().count("<br>") == rows - 1  # and after: the same rows
        legend = view.legend
        assert legend.height() >= legend.heightForWidth(legend.width())  # nothing cut off
        assert view.side.verticalScrollBar().maximum() == 0  # all of it in sight
        assert view.caveat.height() >= view.caveat.heightForWidth(view.caveat.width())
