"""The panel's tabs: the curves (the panel's, given), and three views of what the latest
trainer gets wrong (the tabs' own).

The analysis views (confusion matrix, mistakes, first-layer weights) are filled only while
one of them is in front: while a run trains, every ANALYSIS_REFRESH_MS (the snapshot is
taken between two iterations); when paused or done, at once, if the trainer moved on.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from core.training.analysis import Analysis
from gui.training.analysis import ConfusionView, MistakesView, WeightsView
from gui.training.curves import TrainingCurves
from gui.training.session import TrainingSession

ANALYSIS_REFRESH_MS = 2000  # while training, the visible analysis tab refreshes this often


class TrainingTabs(QTabWidget):
    def __init__(self, session: TrainingSession, curves: TrainingCurves,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_analysis: Analysis | None = None
        self.curves = curves
        self.confusion, self.mistakes, self.weights = ConfusionView(), MistakesView(), WeightsView()
        self.setDocumentMode(True)
        for view in (self.curves, self.confusion, self.mistakes, self.weights):
            self.addTab(view, "")
        self.currentChanged.connect(lambda _i: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(ANALYSIS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        session.analysis_ready.connect(self._show)
        session.state_changed.connect(self._state_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Every tab's texts in the current language (the latest analysis shown again)."""
        for i, text in enumerate((self.tr("Curves"), self.tr("Confusion matrix"),
                                  self.tr("Mistakes"), self.tr("First-layer weights"))):
            self.setTabText(i, text)
        self.curves.retranslate()
        for view in (self.confusion, self.mistakes, self.weights):
            view.retranslate(self.last_analysis)

    def analysis_in_front(self) -> bool:
        return self.currentWidget() is not self.curves

    def _state_changed(self, state: str) -> None:
        if state == "running" and self.analysis_in_front():
            self.timer.start()
        elif state != "running":
            self.timer.stop()

    def refresh(self) -> None:
        """Bring the analysis tab in front up to date with the trainer."""
        trainer, state = self.session.trainer, self.session.state
        if trainer is None or not self.analysis_in_front():
            if state == "running" and not self.analysis_in_front():
                self.timer.stop()
            return
        if state == "running":
            self.session.request_analysis()  # computed between two iterations
            self.timer.start()
        elif self.last_analysis is None or self.last_analysis.iteration != trainer.iteration:
            self.session.request_analysis()

    def forget(self) -> None:
        self.last_analysis = None
        self.timer.stop()

    def _show(self, analysis: Analysis) -> None:
        self.last_analysis = analysis
        for view in (self.confusion, self.mistakes, self.weights):
            view.show_analysis(analysis)
