"""Run ▸ Check Gradients: numerical differentiation against backprop, side by side.

The check runs on a copy of the graph in a QThread (two forward passes per element checked
is slow: that is the lesson), with a progress bar and a Cancel button. Each source node gets
a row: a few of its elements by backprop and by central differences, the mean |difference|,
pass or fail, and what each took ("numerical: 400 forward passes, 21 ms; backprop: one
backward pass, 0.3 ms"). The arithmetic is `core.engine.gradcheck`'s; this module only shows it.

Check again checks the graph as it is then: the dialog of the window is given a function
returning the document's graph, and each check takes its own copy of it (the thread must
own what it reads), so an edit made while the dialog is open is in the next check.
"""

from __future__ import annotations

import threading
from typing import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.engine.gradcheck import (
    DEFAULT_SAMPLES,
    GradcheckReport,
    NodeCheck,
    duration,
    gradient_check,
)
from core.formatting import format_number
from core.model.graph import Graph

SHOWN = 3  # elements of an array shown side by side


class GradcheckThread(QThread):
    """Runs `gradient_check` off the GUI thread; `cancel()` stops it between two elements."""

    progressed = Signal(int, int)  # (elements done, elements in all)
    checked = Signal(object)  # GradcheckReport
    failed = Signal(str)

    def __init__(self, graph: Graph, full: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.graph, self.full = graph, full
        self._cancel = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:  # nothing may escape a Qt override, least of all in another thread
            report = gradient_check(self.graph, max_elements=None if self.full else
                                    DEFAULT_SAMPLES, progress=self._progress,
                                    cancelled=self._cancel.is_set)
        except Exception as e:  # noqa: BLE001 (shown to the user, never raised)
            self.failed.emit(f"{type(e).__name__}: {e}")
            return
        self.checked.emit(report)

    def _progress(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != self._percent:  # at most 101 signals, however many elements
            self._percent = percent
            self.progressed.emit(done, total)


class GradcheckDialog(QDialog):
    """The check of a graph: a fixed one, or the one a function gives when a check starts."""

    check_finished = Signal(object)  # GradcheckReport, or None when the check failed

    def __init__(self, graph: Graph | Callable[[], Graph],
                 parent: QWidget | None = None) -> None:
        """`graph`: the graph to check, or a function returning the graph as it is now
        (the document's); each check copies it."""
        super().__init__(parent)
        self._graph = graph if callable(graph) else (lambda: graph)
        self.graph: Graph | None = None  # the copy the last check ran on
        self.thread: GradcheckThread | None = None
        self.report: GradcheckReport | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.full_box = QCheckBox()
        self.progress = QProgressBar()
        self.table = QTableWidget(0, 7)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.run_button, self.cancel_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.full_box, 1)
        for button in (self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.progress, self.table, self.summary):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.resize(1000, 560)
        self._set_running(False)
        self.retranslate()
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-check: stop the thread before Qt goes away
            app.aboutToQuit.connect(self._stop)

    def retranslate(self) -> None:
        """Every text in the current language; a finished check's rows are written again."""
        self.setWindowTitle(self.tr("Check Gradients"))
        self.intro.setText(self.tr(
            "Each source's gradient by backprop (one backward pass gives all of them) against "
            "numerical differentiation, (f(x + h) − f(x − h)) / 2h, which needs two forward "
            "passes for every element."))
        self.full_box.setText(self.tr("Check every element (slow for large arrays; by "
                                      "default {n} sampled per array)").format(
            n=DEFAULT_SAMPLES))
        self.table.setHorizontalHeaderLabels([
            self.tr("Node"), self.tr("Shape"), self.tr("Backprop"), self.tr("Numerical"),
            self.tr("Mean |difference|"), self.tr("Result"), self.tr("Time")])
        self.run_button.setText(self.tr("Check again"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        if self.report is not None and not self.running:
            self._show_report()

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start a check (unless one is running)."""
        if self.running:
            return
        self.report = None
        self.table.setRowCount(0)
        self.progress.setValue(0)
        self.summary.setText(self.tr("Checking…"))
        self.graph = self._graph().copy()  # the graph as it is now, the thread's own
        thread = GradcheckThread(self.graph, self.full_box.isChecked(), self)
        thread.progressed.connect(self._progressed)
        thread.checked.connect(self._checked)
        thread.failed.connect(self._failed)
        self.thread = thread
        self._set_running(True)
        thread.start()

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.run_button.setEnabled(not running)
        self.full_box.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread.deleteLater()
            self.thread = None
        self._set_running(False)

    def _failed(self, message: str) -> None:
        self._finish()
        self.summary.setText(self.tr("The check could not run: {message}").format(
            message=message))
        self.check_finished.emit(None)

    def _checked(self, report: GradcheckReport) -> None:
        self._finish()
        self.report = report
        self._show_report()
        self.check_finished.emit(report)

    def _show_report(self) -> None:
        report = self.report
        self.table.setRowCount(len(report.checks))
        for row, check in enumerate(report.checks):
            for column, text in enumerate(self._row(check)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary(report))

    # -- what a row and the summary say ------------------------------------------------------

    def _row(self, c: NodeCheck) -> list[str]:
        shape = "(" + ", ".join(map(str, c.shape)) + ("," if len(c.shape) == 1 else "") + ")"
        if c.mean_abs_diff is None:
            return [c.label, shape, "—", "—", "—", c.note, ""]
        verdict = self.tr("pass") if c.passed else self.tr("FAIL")
        return [c.label, shape, self._elements(c, c.backprop), self._elements(c, c.numerical),
                format_number(c.mean_abs_diff, 3), verdict,
                c.sample_text() + "\n" + c.timing_text()]

    @staticmethod
    def _elements(c: NodeCheck, values: np.ndarray) -> str:
        """One number in full; for an array, its largest few (by backprop) with their
        positions, one per line: the elements where a wrong gradient would show most."""
        if c.size == 1:
            return format_number(values[0], 10)
        picked = np.argsort(-np.abs(c.backprop), kind="stable")[:SHOWN]
        places = np.unravel_index(c.indices[picked], c.shape)
        lines = ["[{}] {}".format(", ".join(str(int(p[k])) for p in places),
                                  format_number(values[i], 6))
                 for k, i in enumerate(picked)]
        return "\n".join(lines + (["…"] if len(values) > SHOWN else []))

    def _summary(self, report: GradcheckReport) -> str:
        passes = sum(c.forward_passes for c in report.checks)
        numerical = sum(c.numerical_seconds for c in report.checks)
        timing = self.tr("Numerical: {passes:,} forward passes, {numerical}. Backprop: one "
                         "backward pass, {backprop}.").format(
            passes=passes, numerical=duration(numerical),
            backprop=duration(report.backprop_seconds))
        if report.cancelled:
            verdict = self.tr("Cancelled: the rows above are what was compared so far.")
        elif report.errors:
            verdict = self.tr("The graph cannot compute: {error}").format(
                error=report.errors[0].message)
        elif report.passed:
            verdict = self.tr("Passed: backprop agrees with numerical differentiation.")
        else:
            failed = ", ".join(c.label for c in report.checks if not c.passed)
            verdict = self.tr("FAILED for {nodes}: backprop and numerical differentiation "
                              "disagree.").format(nodes=failed)
        return verdict + " " + timing

    # -- closing ------------------------------------------------------------------------------

    def _stop(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()  # a check stops between two elements: moments

    def done(self, result: int) -> None:  # Qt's name: close, reject and Escape end here
        try:
            self._stop()
        finally:
            super().done(result)


def open_gradcheck_dialog(parent: QWidget | None,
                          graph: Graph | Callable[[], Graph]) -> GradcheckDialog:
    """Show the dialog for `graph` (or the graph a function gives at each check: Check
    again checks the document as it is then) and start checking once the event loop runs
    (so a caller may connect to `check_finished` first)."""
    dialog = GradcheckDialog(graph, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    QTimer.singleShot(0, dialog.start)
    return dialog
