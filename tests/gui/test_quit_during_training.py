"""Quitting, or closing the Training panel, while a run trains asks first (issue "Two
features at once", item 8): Save stops it and keeps the weights trained so far on the
canvas (then the unsaved-edits question lets them be saved), Discard stops it and drops
them, Cancel goes on training. Real keys (Ctrl+Q) and the dock's close; the questions are
answered through a recording QMessageBox.question, in the order they come.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from training_driver import click, training_panel

from core.files.graph_files import load_graph, save_graph
from core.ops.sources import Source
from core.paths import SAMPLES

INITIALIZER = {"init": "normal", "shape": [784, 50], "std": 0.01, "seed": 1}


@pytest.fixture
def answers(monkeypatch):
    """The answers the next questions get, in order; each question asked is recorded."""
    queue: list = []
    asked: list[str] = []

    def question(parent, title, text, buttons=QMessageBox.NoButton, default=None):
        asked.append(text)
        assert queue, f"unexpected question: {text}"
        answer = queue.pop(0)
        assert buttons & answer, f"{answer} is not offered: {text}"
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return queue, asked


@pytest.fixture
def training(window, mnist_split, qtbot, tmp_path):
    """A saved two-layer net open in the window, training a long run on real digits."""
    path = tmp_path / "net.json"
    save_graph(load_graph(SAMPLES / "two_layer_net.json"), path)
    assert window.files.open_file(path, ask=False)
    panel = training_panel(window, mnist_split, 50_000)
    window.show_training()
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 20, timeout=30_000)
    yield panel, path
    panel.shutdown()


def quit_keys(window) -> None:
    """File ▸ Quit: its key (Ctrl+Q on X11) where the platform binds one, else a click on
    it in the File menu (the headless platform binds no Quit key)."""
    quit_action = window.window_actions.file.quit
    keys = quit_action.shortcuts()
    if keys:
        QTest.keySequence(window, keys[0])
        return
    menu = window.window_actions.file.menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier,
                     menu.actionGeometry(quit_action).center())


def test_ctrl_q_asks_and_cancel_goes_on_training(window, training, answers, qtbot):
    panel, _path = training
    queue, asked = answers
    queue.append(QMessageBox.Cancel)
    quit_keys(window)
    assert window.isVisible() and panel.session.state in ("running", "paused")
    assert asked[0].startswith("Training is still running (iteration ")
    assert asked[0].endswith(" of 50,000).\n\nSave: stop it and put the weights trained so "
                             "far on the canvas.\nDiscard: stop it and discard them.\n"
                             "Cancel: go on training.")
    at = panel.iteration
    qtbot.waitUntil(lambda: panel.iteration > at + 20, timeout=30_000)  # it goes on


def test_ctrl_q_keeps_the_weights_and_the_save_question_saves_them(window, training,
                                                                   answers, qtbot):
    panel, path = training
    queue, asked = answers
    queue += [QMessageBox.Save, QMessageBox.Save]  # keep the weights; save the file
    thread = panel.session.thread
    quit_keys(window)
    assert not window.isVisible() and thread.isFinished() and panel.session.idle
    assert len(asked) == 2 and asked[1] == "The graph has unsaved changes. Save them first?"
    trained = panel.session.trainer.program.sources
    saved = load_graph(path)
    for nid in ("W1", "b1", "W2", "b2"):
        assert np.array_equal(Source.materialize(saved.nodes[nid].params, np.float32),
                              trained[nid])
    assert "now on the canvas" in panel.status_area.status.text()


def test_closing_the_window_and_discarding_leaves_the_graph_as_it_was(window, training,
                                                                      answers):
    panel, path = training
    queue, asked = answers
    queue.append(QMessageBox.Discard)
    thread = panel.session.thread
    assert window.close()
    assert thread.isFinished() and panel.session.idle and len(asked) == 1  # nothing to save
    assert window.document.graph.nodes["W1"].params == INITIALIZER
    assert load_graph(path).nodes["W1"].params == INITIALIZER


def test_closing_the_training_dock_asks_too(window, training, answers, qtbot):
    panel, _path = training
    queue, asked = answers
    dock = window.training_dock
    queue.append(QMessageBox.Cancel)
    assert not dock.close()  # the dock's close button calls close()
    assert dock.isVisible() and panel.session.state in ("running", "paused")
    queue.append(QMessageBox.Save)
    with qtbot.waitSignal(window.document.computed, timeout=30_000):
        assert dock.close()
    assert not dock.isVisible() and panel.session.idle and len(asked) == 2
    assert window.document.graph.nodes["W1"].params["init"] == "fixed"
    assert window.document.is_modified  # the landed weights: an edit to save
    assert "now on the canvas" in window.statusBar().currentMessage()
