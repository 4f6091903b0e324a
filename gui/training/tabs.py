"""The panel's tabs: the curves (the panel's, given), three views of what a run's trained
net gets wrong (the tabs' own), for the run selected in the run list, else the latest; then
chapter 6's: the presets (the panel's, given: they train), the optimizers' paths on the
book's surface and the activation histograms (the tabs' own: they draw core's numbers).

Every run keeps the last analysis made of it (`Run.analysis`: its confusion matrix,
mistakes and first-layer weights), so selecting an earlier run in the list shows that run's
views again; each caption starts with the run's name. With no run selected the views show
the session's latest trainer: the latest run, or parameters loaded from a file. The
analysis of that trainer is made only while one of the views is in front and shows it:
while it trains, every ANALYSIS_REFRESH_MS (the snapshot is taken between two iterations);
when paused or done, at once, if the trainer moved on. A run's analysis is also made when
it ends (the panel asks).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from core.training.analysis import Analysis
from gui.training.analysis import ConfusionView, MistakesView, WeightsView
from gui.training.curves import TrainingCurves
from gui.training.histogram_view import HistogramView
from gui.training.paths_view import PathsView
from gui.training.runs import Run
from gui.training.session import TrainingSession

ANALYSIS_REFRESH_MS = 2000  # while training, the visible analysis tab refreshes this often


class TrainingTabs(QTabWidget):
    def __init__(self, session: TrainingSession, curves: TrainingCurves, presets: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.curves = curves
        #: the run of the session's latest trainer (None: parameters loaded from a file,
        #: named `loaded_name`, whose analysis is `loaded`; or none yet). Reset forgets the
        #: trainer, not which run was the latest.
        self.trainer_run: Run | None = None
        self.loaded_name = ""
        self.loaded: Analysis | None = None
        self.shown: Run | None = None  # the run selected in the run list
        self.confusion, self.mistakes, self.weights = ConfusionView(), MistakesView(), WeightsView()
        self.presets, self.paths, self.histograms = presets, PathsView(), HistogramView()
        self.setDocumentMode(True)
        for view in (self.curves, self.confusion, self.mistakes, self.weights, self.presets,
                     self.paths, self.histograms):
            self.addTab(view, "")
        self.currentChanged.connect(lambda _i: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(ANALYSIS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        session.analysis_ready.connect(self._arrived)
        session.state_changed.connect(self._state_changed)
        curves.run_list.run_selected.connect(self.show_run)
        self.retranslate()

    def retranslate(self) -> None:
        """Every tab's texts in the current language (the analysis shown, shown again)."""
        for i, text in enumerate((self.tr("Curves"), self.tr("Confusion matrix"),
                                  self.tr("Mistakes"), self.tr("First-layer weights"),
                                  self.tr("Presets"), self.tr("Optimizer paths"),
                                  self.tr("Activation histograms"))):
            self.setTabText(i, text)
        self.curves.retranslate()
        for view in (self.presets, self.paths, self.histograms):
            view.retranslate()
        self._display()

    # -- which analysis ---------------------------------------------------------------------

    @property
    def last_analysis(self) -> Analysis | None:
        """The analysis the views show now (None: none)."""
        return self._source()[1]

    def _source(self) -> tuple[str, Analysis | None]:
        """The name and analysis of what the views show: the selected run, else the latest
        trainer's (its run's, or the loaded parameters')."""
        run = self.shown if self.shown is not None else self.trainer_run
        if run is not None and run in self.curves.runs:
            return run.name, run.analysis
        if self.shown is None and self.trainer_run is None:
            return self.loaded_name, self.loaded
        return "", None

    def _showing_trainer(self) -> bool:
        """Whether the views show the session's latest trainer (a refresh may ask for it)."""
        return self.shown is None or self.shown is self.trainer_run

    def show_run(self, run: Run | None) -> None:
        """Show `run`'s analysis (None: the latest trainer's), and bring it up to date."""
        self.shown = run
        self._display()
        self.refresh()

    def trainer_changed(self, run: Run | None, loaded_name: str = "") -> None:
        """The session's trainer is now `run`'s, or (None) parameters loaded from the file
        named `loaded_name`."""
        self.trainer_run = run
        self.loaded_name, self.loaded = (loaded_name, None) if run is None else ("", None)
        self._display()
        self.refresh()

    def _display(self) -> None:
        name, analysis = self._source()
        for view in (self.confusion, self.mistakes, self.weights):
            view.retranslate(analysis, name)

    # -- keeping it up to date --------------------------------------------------------------

    def analysis_in_front(self) -> bool:
        return self.currentWidget() in (self.confusion, self.mistakes, self.weights)

    def _state_changed(self, state: str) -> None:
        if state == "running" and self.analysis_in_front() and self._showing_trainer():
            self.timer.start()
        elif state != "running":
            self.timer.stop()

    def refresh(self) -> None:
        """Bring the analysis tab in front up to date with the trainer, when it shows it."""
        trainer, state = self.session.trainer, self.session.state
        if trainer is None or not self.analysis_in_front() or not self._showing_trainer():
            self.timer.stop()
            return
        if state == "running":
            self.session.request_analysis()  # computed between two iterations
            self.timer.start()
        else:
            stored = self._source()[1]
            if stored is None or stored.iteration != trainer.iteration:
                self.session.request_analysis()

    def forget(self) -> None:
        """The session forgot its trainer (Reset): each run keeps its last analysis."""
        self.timer.stop()

    def _arrived(self, analysis: Analysis) -> None:
        """An analysis of the session's trainer: kept by its run (or as the loaded one)."""
        if self.trainer_run is not None:
            self.trainer_run.analysis = analysis
        else:
            self.loaded = analysis
        if self._showing_trainer():
            self._display()
