"""Whatever the editor can hold, it saves, reopens and recovers, and autosave never blocks
the window (issue "Two features at once", 9). The recipe: W1 784 × 4096 (the largest
hidden size the Training panel offers), 30 iterations, Save: the file opens again and the
recovery file of the same graph is one recovery reads. Real clicks and keys; the
autosave's writer is held on a gate to show, without timing anything, that the window goes
on while it writes.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from training_driver import click, click_and_finish, training_panel, type_into

from core.model.limits import MAX_FILE_BYTES
from core.ops.sources import Source
from core.paths import SAMPLES
from gui.document import recovery
from gui.document.recovery import Autosaver


@pytest.fixture
def autosaver(window, tmp_path):
    """The window's autosave, as `backprop-studio` starts it, every 50 ms after an edit."""
    recovery.start(window, tmp_path / "recovery", interval_ms=50)
    return window.findChild(Autosaver)


def shape(qtbot, canvas, label: str, text: str) -> None:
    with qtbot.waitSignal(canvas.document.computed, timeout=10_000):
        canvas.set_value(label, text, name="shape")


def test_a_784_by_4096_net_trains_saves_opens_and_recovers(window, canvas, mnist_split, qtbot,
                                                          tmp_path, monkeypatch, autosaver,
                                                          no_dialogs):
    document = window.document
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    shape(qtbot, canvas, "W1", "784, 4096")
    shape(qtbot, canvas, "b1", "4096")
    shape(qtbot, canvas, "W2", "4096, 10")
    panel = training_panel(window, mnist_split, 30)
    window.show_training()
    type_into(qtbot, panel.controls.form.hidden.lineEdit(), "4096")  # as the canvas has it
    with qtbot.waitSignal(document.computed, timeout=120_000):
        status, _message = click_and_finish(qtbot, panel, panel.controls.start_button,
                                            timeout=120_000)
    assert status == "finished" and "now on the canvas" in panel.status_area.status.text()
    trained = panel.session.trainer.program.sources
    w1 = document.graph.nodes["W1"].params
    assert np.array_equal(Source.materialize(w1, np.float32), trained["W1"])
    # the recovery file of the trained graph: written off the window's thread, and read
    with qtbot.waitSignal(autosaver.saved, timeout=120_000):
        pass
    found = recovery.read_recovery(autosaver.file)
    assert found.graph.nodes["W1"].params == w1
    # File ▸ Save As…, then File ▸ Open of that file
    path = tmp_path / "wide.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.window_actions.file.save_as.trigger()
    assert path.stat().st_size < MAX_FILE_BYTES and not document.is_modified
    window.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
    assert window.files.open_file(path, ask=False)
    again = document.graph
    assert again.nodes["W1"].params == w1 and not [m for m in no_dialogs
                                                   if m[0] == "critical"]
    # a copy of W1 would make a file the loader refuses: Ctrl+D says so and adds nothing
    canvas.click(canvas.header("W1"))
    count = len(again.nodes)
    canvas.key(Qt.Key_D, Qt.ControlModifier)  # Edit ▸ Duplicate
    assert len(again.nodes) == count
    assert "Not added: the values would take up to" in window.statusBar().currentMessage()
    assert "a graph file has room for 84.0 MB of values" in window.statusBar().currentMessage()


def test_start_refuses_a_network_whose_weights_would_not_fit(window, canvas, mnist_split,
                                                            qtbot):
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    shape(qtbot, canvas, "W1", "784, 5000")
    shape(qtbot, canvas, "b1", "5000")
    shape(qtbot, canvas, "W2", "5000, 10")
    panel = training_panel(window, mnist_split, 30)
    window.show_training()
    type_into(qtbot, panel.controls.form.hidden.lineEdit(), "0")  # "as graph"
    assert panel.controls.form.hidden.value() == 0
    click(qtbot, panel.controls.start_button)
    assert panel.session.idle and panel.session.thread is None  # nothing started
    assert panel.status_area.status.text() == (
        "The trained weights would make the graph's values take up to 98.7 MB in its file, "
        'and a graph file has room for 84.0 MB of values: make Parameter "W1" (784 × 5000) '
        "smaller.")


def test_the_window_runs_while_the_autosave_writes(window, canvas, autosaver, qtbot,
                                                   monkeypatch):
    gate, entered = threading.Event(), threading.Event()
    write = recovery.write_document

    def held(*args, **kwargs):
        entered.set()
        assert gate.wait(60)
        return write(*args, **kwargs)

    monkeypatch.setattr(recovery, "write_document", held)
    with qtbot.waitSignal(canvas.document.computed, timeout=5000):
        canvas.set_value("apple", "200")  # an edit: the autosave starts 50 ms later
    qtbot.waitUntil(lambda: entered.is_set(), timeout=10_000)
    assert autosaver.writing and not autosaver.file.exists()
    # the writer is held; the window answers: a timer fires, and another edit is made
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=5000)
    with qtbot.waitSignal(canvas.document.computed, timeout=5000):
        canvas.set_value("orange", "300")
    with qtbot.waitSignal(autosaver.saved, timeout=30_000):
        gate.set()
    # the edit made meanwhile is written right after
    qtbot.waitUntil(lambda: recovery.read_recovery(autosaver.file).graph.nodes["orange"]
                    .params == {"init": "fixed", "value": 300}, timeout=30_000)
    assert not list(autosaver.folder.glob(".*.tmp"))


def test_a_write_under_way_is_dropped_when_nothing_is_unsaved_any_more(window, canvas,
                                                                       autosaver, qtbot,
                                                                       monkeypatch):
    gate, entered = threading.Event(), threading.Event()
    write, written = recovery.write_document, []

    def held(*args, **kwargs):
        entered.set()
        assert gate.wait(60)
        written.append(write(*args, **kwargs))
        return written[-1]

    monkeypatch.setattr(recovery, "write_document", held)
    with qtbot.waitSignal(canvas.document.computed, timeout=5000):
        canvas.set_value("apple", "200")
    qtbot.waitUntil(lambda: entered.is_set(), timeout=10_000)
    # the writer goes on once the discard has said the write is no longer wanted
    join = autosaver._join
    monkeypatch.setattr(autosaver, "_join", lambda: (gate.set(), join()))
    with qtbot.waitSignal(canvas.document.computed, timeout=5000):
        canvas.key(Qt.Key_Z, Qt.ControlModifier)  # back to the graph as opened: clean
    assert not canvas.document.is_modified and not autosaver.writing
    assert written == [False]  # dropped: the writer stopped before its first piece
    assert not autosaver.file.exists()
    assert not list(autosaver.folder.glob(".*.tmp")) and not list(autosaver.folder.glob("*"))
