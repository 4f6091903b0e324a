"""Each run keeps what its analysis tabs show (confusion matrix, mistakes, first-layer
weights); the tabs follow the run selected in the run list and say which run they show, and
the confusion matrix fits the panel without scrolling. Real clicks on real digits."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from training_driver import click_and_finish, training_panel, type_into


@pytest.fixture
def two_runs(window, mnist_split, qtbot):
    """lr 0.1, which learns, then lr 1e8, which diverges (NaN: nearly every digit is
    predicted as one class)."""
    window.resize(1366, 768)
    window.show_training()
    panel = training_panel(window, mnist_split, 150)
    for lr in ("0.1", "1e8"):
        type_into(qtbot, panel.controls.form.lr, lr)
        click_and_finish(qtbot, panel, panel.controls.start_button)
        run = panel.curves.runs[-1]
        qtbot.waitUntil(lambda run=run: run.analysis is not None, timeout=20_000)
    yield panel
    panel.shutdown()


def _click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _click_run(qtbot, run_list, row: int) -> None:
    rect = run_list.visualItemRect(run_list.item(row))
    # on the name, right of the check box and the colour dot
    qtbot.mouseClick(run_list.viewport(), Qt.LeftButton, pos=rect.center())


def _captions(tabs) -> list[str]:
    return [view.caption.text() for view in (tabs.confusion, tabs.mistakes, tabs.weights)]


def test_the_tabs_follow_the_selected_run_and_name_it(two_runs, qtbot):
    panel = two_runs
    tabs, run_list = panel.tabs, panel.curves.run_list
    learned, diverged = panel.curves.runs
    assert (learned.name, diverged.name) == ("lr 0.1", "lr 1e+08")
    assert learned.analysis is not diverged.analysis
    _click_tab(qtbot, tabs, 1)
    # nothing selected: the latest run, named
    assert all(text.startswith("<b>lr 1e+08</b> · ") for text in _captions(tabs))
    counts = tabs.confusion.counts
    assert counts.sum() == 2000 and counts.sum(axis=0).max() > 1800  # nearly all one digit
    _click_run(qtbot, run_list, 0)
    assert run_list.selected_run() is learned
    assert all(text.startswith("<b>lr 0.1</b> · ") for text in _captions(tabs))
    assert "Test set at iteration 150: " in tabs.confusion.caption.text()
    assert np.trace(tabs.confusion.counts) > 1500  # it learned: most digits right
    mistakes = tabs.mistakes.grid.count()
    _click_tab(qtbot, tabs, 2)
    assert 0 < mistakes <= 120
    wrong = learned.analysis.predicted != learned.analysis.t_test
    assert f"{wrong.sum():,} of 2,000 test digits" in tabs.mistakes.caption.text()
    _click_run(qtbot, run_list, 1)
    assert tabs.confusion.caption.text().startswith("<b>lr 1e+08</b> · ")
    assert f"{(diverged.analysis.predicted != diverged.analysis.t_test).sum():,} of 2,000" \
        in tabs.mistakes.caption.text()
    # a rename shows at once
    run_list.rename(1, "too large")
    _click_run(qtbot, run_list, 0)
    _click_run(qtbot, run_list, 1)
    assert tabs.weights.caption.text().startswith("<b>too large</b> · ")


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=["1366x768", "1024x700"])
def test_the_confusion_matrix_fits_without_scrolling(two_runs, qtbot, size):
    panel, window = two_runs, two_runs.window()
    window.resize(*size)
    _click_tab(qtbot, panel.tabs, 1)
    for _ in range(3):
        QApplication.processEvents()
    grid = panel.tabs.confusion.grid
    corner = grid.cell_rect(9, 9)
    assert grid.isVisible() and grid.height() >= 110
    assert corner.bottom() <= grid.height() and corner.right() <= grid.width()
    assert grid.cell_rect(0, 0).top() > 0 and grid.cell_rect(0, 0).height() >= 9
    scroll = window.training_dock.widget()
    assert scroll.verticalScrollBar().maximum() == 0


def test_an_analysis_asked_for_once_resume_was_asked_waits_for_the_trainers_thread(
        qtbot, monkeypatch):
    """While the panel still says "paused" but Resume was asked for (the trainer's
    "resumed" has not come back yet), the trainer's thread may already be training: the
    analysis is asked of it, made between two iterations, never beside one here."""
    from types import SimpleNamespace

    from core.training.run import RunControl
    from gui.training import session as session_module
    from gui.training.session import TrainingSession

    session = TrainingSession()
    made_here, asked = [], []
    monkeypatch.setattr(session_module, "analyse",
                        lambda trainer, data: made_here.append(trainer) or "analysis")
    control = RunControl()
    session.thread = SimpleNamespace(job=SimpleNamespace(control=control),
                                     request_analysis=lambda: asked.append("thread"))
    session.trainer, session._trainer_data, session.state = object(), object(), "paused"
    control.pause()
    with qtbot.waitSignal(session.analysis_ready, timeout=5_000):
        session.request_analysis()  # parked: made at once, here
    assert made_here == [session.trainer] and asked == []
    control.resume()
    session.request_analysis()
    assert asked == ["thread"] and len(made_here) == 1
    session.thread = None
