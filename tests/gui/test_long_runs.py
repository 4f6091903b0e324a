"""Long sessions in the Training panel: 50 start/stop cycles leave nothing behind.

Each cycle clicks Start, waits until the run really trains (a progress batch has shown an
iteration), clicks Stop and waits until the run has fully ended (the thread finished and
the panel idle). Afterwards no Python thread, no QThread and no active timer may remain
that was not there before. The data is a small slice of the real digits (1,000 / 200) so a
run's setup and its closing evaluation stay cheap; the panel reads it as an `mnist.npz`.
"""

from __future__ import annotations

import gc
import threading
import time
import weakref

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QStatusBar
from training_driver import click

from core.training.mnist import load_mnist
from gui.training.worker import TrainingThread

CYCLES = 50


@pytest.fixture
def small_mnist(mnist_split, tmp_path):
    """1,000 training and 200 test digits from the real split, as a Keras-style npz."""
    data = load_mnist(mnist_split)
    folder = tmp_path / "small-mnist"
    folder.mkdir()

    def pixels(x):
        return np.round(x * 255).astype(np.uint8).reshape(len(x), 28, 28)

    np.savez(folder / "mnist.npz", x_train=pixels(data.x_train[:1000]),
             y_train=data.t_train[:1000].astype(np.uint8), x_test=pixels(data.x_test[:200]),
             y_test=data.t_test[:200].astype(np.uint8))
    return folder


def active_timers(window) -> set:
    """The window's running timers, but the status bar's (each message restarts its own)."""
    return {t for t in window.findChildren(QTimer)
            if t.isActive() and not isinstance(t.parent(), QStatusBar)}


def living(refs: list[weakref.ref]) -> list:
    return [obj for obj in (ref() for ref in refs) if obj is not None]


@pytest.mark.slow
def test_fifty_start_stop_cycles_leave_no_threads_or_timers(window, small_mnist, qtbot):
    panel = window.training
    window.show_training()  # the curves draw, as for a learner watching
    panel.controls.set_folder(small_mnist)
    panel.controls.form.iters.setValue(1_000_000)
    qtbot.waitUntil(lambda: not panel.findChildren(QThread), timeout=5000)
    python_threads = set(threading.enumerate())
    timers = active_timers(window)
    made: list[weakref.ref] = []
    started = time.perf_counter()

    for cycle in range(CYCLES):
        # every other run with an analysis tab in front: its refresh timer runs too
        tab_bar = panel.tabs.tabBar()
        qtbot.mouseClick(tab_bar, Qt.LeftButton, pos=tab_bar.tabRect(cycle % 2).center())
        assert panel.tabs.currentIndex() == cycle % 2
        click(qtbot, panel.controls.start_button)
        thread = panel.session.thread
        assert isinstance(thread, TrainingThread)
        made.append(weakref.ref(thread))
        # really running: a progress batch with at least one iteration has arrived
        qtbot.waitUntil(lambda: panel.session.state == "running" and panel.iteration >= 1,
                        timeout=20_000)
        with qtbot.waitSignal(panel.run_finished, timeout=20_000) as finished:
            click(qtbot, panel.controls.stop_button)
        assert finished.args[0] == "stopped", (cycle, finished.args)
        # fully ended: the thread has finished and the panel let go of it
        session = panel.session
        qtbot.waitUntil(lambda: session.thread is None and session.state == "idle",
                        timeout=10_000)
        assert not shiboken6.isValid(thread) or thread.isFinished()
        del thread
    elapsed = time.perf_counter() - started

    # every QThread the panel made is deleted (deleteLater ran) and its wrapper freed, but
    # the last one: the panel keeps the last trainer (to save or analyse it), and the
    # trainer's callback is that thread's bound method
    qtbot.waitUntil(lambda: not panel.findChildren(QThread), timeout=5000)
    assert len(made) == CYCLES
    assert not any(shiboken6.isValid(t) for t in living(made))
    gc.collect()  # thread → trainer → callback → thread is a cycle
    assert living(made) in ([], [panel.session.trainer.callback.__self__]), len(living(made))

    def no_new_threads() -> None:
        assert set(threading.enumerate()) == python_threads

    def no_new_timers() -> None:  # a run's one-shot timers (redraw, analysis) end soon
        assert active_timers(window) == timers

    qtbot.waitUntil(no_new_threads, timeout=5000)
    qtbot.waitUntil(no_new_timers, timeout=5000)
    assert len(panel.curves.runs) == CYCLES and panel.session.state == "idle"
    assert all(run.status == "stopped" for run in panel.curves.runs)
    print(f"\n{CYCLES} start/stop cycles in {elapsed:.1f} s")
