"""The Training panel: pick data and hyperparameters, train, watch, compare, inspect.

The panel trains the graph on the canvas when it is a trainable network (one Data and one
Labels node, Parameters, a loss: `core.training.roles.find_roles` decides), else the book's
two-layer net from the samples; Start trains a copy taken at that moment. A run of the
canvas graph shows live on the canvas and leaves its trained weights there, one undoable
edit (`gui.training.canvas_link`, once `attach_canvas` has been called). The threads and
the states (idle, loading, running, paused, downloading) belong to a `TrainingSession`;
the panel holds its parts, asks the session, and reacts to its signals. Each part owns its
widgets and is read through: `controls` (data folder, settings, the buttons), `status_area`
(progress line and bar, the status message), `curves` (a named curve per run, which stays
until Clear), `tabs` (the curves and the analysis views of the latest trainer's test-set
predictions), `files` (the dialogs) and `canvas` (the live view, `canvas.live`).
Chapter 6: `builder` puts the network the form's network fields describe on the canvas
(one undoable edit); `presets` (a tab) trains a figure's runs one after another through
`preset_runner`, each started with `start_job` as Start starts one.

Keys typed in the panel stay in the panel: a click on a field disabled during a run gives
the panel the focus (not the canvas), and editing keys (Ctrl+A, Ctrl+Z, Delete, letters…)
never fire the main window's shortcuts while the focus is here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from core.files.graph_files import GraphFileError
from core.model.graph import Graph
from core.training.roles import Roles, fit_problem
from core.training.run import TrainConfig, TrainError, TrainEvent, procedure
from gui.base.safety import guarded
from gui.training.canvas_link import CanvasLink
from gui.training.controls import TrainingControls, keep_focus_inside, panel_keeps, style_disabled
from gui.training.curves import TrainingCurves
from gui.training.files import PanelFiles
from gui.training.network import TrainedNetwork, run_settings
from gui.training.network_builder import NetworkBuilder
from gui.training.preset_runs import PresetRunner
from gui.training.presets_view import PresetsView
from gui.training.runs import Run
from gui.training.session import TrainingSession
from gui.training.status import StatusArea
from gui.training.tabs import TrainingTabs
from gui.training.worker import missing_files


class TrainingPanel(QWidget):
    status_message = Signal(str)  # for the window's status bar
    state_changed = Signal(str)
    run_finished = Signal(str, str)  # (status, message), the run's thread has ended
    failed = Signal(str)
    parameters_loaded = Signal(float)  # test accuracy (NaN without a test set)
    run_started = Signal(object)  # the Run of a run that has begun training
    network_built = Signal(object)  # the Graph the network fields put on the canvas

    def __init__(self, settings: QSettings, document=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.document = settings, document
        self.session = TrainingSession(self)
        self.run: Run | None = None
        self.iteration = 0  # the last iteration shown
        self._run_settings: dict = {}  # of the run being started, to name its curve
        self._done: TrainEvent | None = None  # the current run's last word
        self._styling = False
        self.setFocusPolicy(Qt.ClickFocus)  # a click on a disabled field keeps keys here

        # the parts, each holding its widgets: read `panel.controls.start_button`,
        # `panel.curves.clear_button`, `panel.status_area.status`, `panel.canvas.live`
        self.controls = TrainingControls(settings)  # data folder, settings, the buttons
        self.status_area = StatusArea()  # the progress line and bar, the status message
        self.curves = TrainingCurves()  # a named loss and accuracy curve per run
        self.presets = PresetsView()  # chapter 6's figures, one click each
        # the curves, the analyses, the presets, the optimizer paths, the histograms
        self.tabs = TrainingTabs(self.session, self.curves, self.presets)
        self.files = PanelFiles(self)  # the dialogs: folder, download, parameters, export
        self.trained = TrainedNetwork(document, self.controls.network_label, self)
        self.canvas = CanvasLink(self.session, document, self)  # live view, trained weights
        self.builder = NetworkBuilder(self.controls.form, document, self)  # fields → canvas
        self.builder.said.connect(lambda text, error: self.say(text, error))
        self.builder.built.connect(self.network_built)
        self.preset_runner = PresetRunner(self)

        c, files = self.controls, self.files
        c.form.validity_changed.connect(lambda _valid: self._update_buttons())
        c.start_button.clicked.connect(self.start)
        c.pause_button.clicked.connect(self.toggle_pause)
        c.stop_button.clicked.connect(self.stop)
        c.reset_button.clicked.connect(self.reset)
        c.load_button.clicked.connect(self.load_parameters)
        c.choose_button.clicked.connect(files.choose_folder)
        c.download_button.clicked.connect(lambda _checked=False: files.toggle_download())
        c.save_button.clicked.connect(files.save_parameters)
        self.curves.clear_button.clicked.connect(files.clear_runs)
        self.curves.export_png_button.clicked.connect(lambda: files.export_curves("png"))
        self.curves.export_csv_button.clicked.connect(lambda: files.export_curves("csv"))

        s = self.session
        s.state_changed.connect(self._state_changed)
        s.trainer_ready.connect(self._trainer_ready)
        s.progress.connect(self._progress)
        s.paused.connect(self._paused)
        s.resumed.connect(lambda: self.say(lambda: self.tr("Training {name}…").format(
            name=self.run.name if self.run else "")))
        s.run_done.connect(self._run_done)
        s.run_finished.connect(self._run_finished)
        s.parameters_loaded.connect(self._parameters_loaded)
        s.failed.connect(self._failed)
        s.analysis_failed.connect(lambda message: self.say(
            self.tr("No analysis: {error}").format(error=message), error=True))
        s.download_progress.connect(self.status_area.show_download)

        presets, runner = self.presets, self.preset_runner
        presets.train_clicked.connect(self.train_preset)
        presets.stop_clicked.connect(runner.stop)
        runner.run_started.connect(presets.add_run)
        runner.finished.connect(presets.end)

        self._layout()
        self.trained.refresh()
        self._show_counters(0, self.controls.form.iters.value(), 0, 0.0, 0.0)
        self._say_hint()
        self._update_buttons()

    def retranslate(self) -> None:
        """Every text in the current language, the status message included."""
        for part in (self.controls, self.status_area, self.tabs):
            part.retranslate()
        self.trained.refresh()
        self.status_area.say(self._said(), self._said_error)

    def _say_hint(self) -> None:
        self.say(lambda: self.tr("Choose the data folder and settings, then Start."))

    def _layout(self) -> None:
        right = QVBoxLayout()
        right.setSpacing(4)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.status_area)
        right.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)
        self.setMinimumHeight(270)
        style_disabled(self)

    @guarded(default=-1)
    def heightForWidth(self, width: int) -> int:
        # The wrapped labels give the layout a height-for-width, and the dock's scroll area
        # would then size the panel by its preferred height (plots 480 px tall) instead of
        # the height the dock has: the panel takes the height it is given.
        return -1

    # -- looks and keys ---------------------------------------------------------------------

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            if not self._styling:
                self._styling = True  # setPalette sends a PaletteChange of its own
                try:
                    style_disabled(self)
                finally:
                    self._styling = False
        super().changeEvent(event)

    @guarded
    def mousePressEvent(self, event) -> None:
        event.accept()  # a click on the panel (or a disabled field in it) ends here

    @guarded(default=False)
    def event(self, event: QEvent) -> bool:
        # A shortcut-override that no child took: editing keys and plain typing belong to
        # the panel (its fields, or nothing), never to the canvas's shortcuts.
        if event.type() == QEvent.ShortcutOverride and panel_keeps(event):
            event.accept()
            return True
        return super().event(event)

    # -- what to train, on what ---------------------------------------------------------------

    def network(self) -> tuple[Graph, str]:
        """A private copy of the graph to train, and where it came from."""
        graph, source, _roles = self.trained.current()
        return graph.copy(), source

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.trained.stale:
            self.trained.refresh()

    def attach_canvas(self, presenter, editor) -> None:
        """Runs of the canvas graph show live through the canvas's `presenter` and leave
        their trained parameters on it (through `editor`): see `gui.training.canvas_link`."""
        self.canvas.attach(presenter, editor)
        self.builder.attach(editor)

    # -- running ------------------------------------------------------------------------------

    def _ready_to_run(self, action: str) -> tuple[Graph, Roles, Path, TrainConfig] | None:
        """What Start or Load needs, or None after saying what is missing."""
        if not self.session.idle or not self.controls.form.is_valid():
            return None
        folder = self.controls.folder()
        missing = missing_files(folder)
        if missing:
            self.say(lambda: self.tr(
                "MNIST is not in {folder} (missing {files}). Choose the folder that holds "
                "the four MNIST files, or click Download.").format(
                folder=folder, files=", ".join(missing)) if action == "start" else
                self.tr("Loading parameters needs the MNIST test set; it is not in "
                        "{folder}.").format(folder=folder), error=True)
            return None
        config = self.controls.form.config()
        try:
            graph, _source, roles = self.trained.current()
            # the trained weights must fit in the graph's file: say so before any training
            problem = fit_problem(graph, roles, config.hidden) if action == "start" else None
        except (TrainError, GraphFileError) as e:
            problem = str(e)
        if problem:
            self.say(problem[:1].upper() + problem[1:] + ".", error=True)
            return None
        return graph, roles, folder, config

    def start(self) -> bool:
        ready = self._ready_to_run("start")
        if ready is None:
            return False
        graph, roles, folder, config = ready
        self.controls.form.save()
        return self._launch(graph, roles, folder, config)

    def start_job(self, graph: Graph, roles: Roles, config: TrainConfig) -> bool:
        """Train `graph` (not the canvas's: a preset's) with `config` on the data folder's
        digits, as Start trains; False (said) when the data is missing or a run trains."""
        if not self.session.idle:
            return False
        folder = self.controls.folder()
        missing = missing_files(folder)
        if missing:
            self.say(lambda: self.tr(
                "MNIST is not in {folder} (missing {files}). Choose the folder that holds "
                "the four MNIST files, or click Download.").format(
                folder=folder, files=", ".join(missing)), error=True)
            return False
        return self._launch(graph, roles, folder, config)

    def train_preset(self, preset) -> bool:
        """Train a chapter-6 preset's runs one after another (see `preset_runs`)."""
        if not self.session.idle:
            return False
        self.presets.begin(preset)
        if not self.preset_runner.start(preset, self.presets.iterations):
            return False
        return True

    def _launch(self, graph: Graph, roles: Roles, folder: Path, config: TrainConfig) -> bool:
        self._run_settings = run_settings(graph, roles, config)
        quick = self.session.has_data(folder, config.dtype)
        self._done = None
        self._show_counters(0, config.iters, 0, 0.0, 0.0)
        copy = graph.copy()
        self.canvas.prepare(graph, copy, roles)
        self.session.start(copy, folder, config)
        self.say(lambda: self.tr("Starting…") if quick
                 else self.tr("Loading MNIST from {folder}…").format(folder=folder))
        return True

    def load_parameters(self) -> bool:
        """Build a trainer for the current network and settings, and load a `.npz` into it."""
        if not self.session.idle or not self.controls.form.is_valid():
            return False
        path = self.files.ask_parameters_to_load()
        ready = self._ready_to_run("load") if path else None
        if ready is None:
            return False
        graph, _roles, folder, config = ready
        self._done = None
        self.session.load(graph.copy(), folder, config, path)
        self.tabs.trainer_changed(None, Path(path).name)  # the loaded net is no run
        self.curves.run_list.select(None)
        self.say(lambda: self.tr("Loading {path}…").format(path=path))
        return True

    def _trainer_ready(self, trainer) -> None:
        self.run = self.curves.start_run(self._run_settings, trainer.iters_per_epoch,
                                         trainer.config.iters)
        self.status_area.show_phase(trainer.phase, procedure(
            trainer.config, len(trainer.x_train), trainer.iters_per_epoch))
        self.tabs.trainer_changed(self.run)
        self.run_started.emit(self.run)
        run, count, on_canvas = self.run, len(trainer.x_train), self.canvas.trains_canvas

        def text() -> str:
            said = self.tr("Training {name} on {count:,} images…").format(name=run.name,
                                                                           count=count)
            if on_canvas:  # a copy: the canvas is the user's meanwhile
                said += " " + self.tr("It trains the graph as it was at Start: edits you "
                                      "make now apply to the next run.")
            return said

        self.say(text)

    def _progress(self, p) -> None:
        if self.run is not None:
            self.curves.add_progress(self.run, p.first_iteration, p.losses, p.epochs)
        self._show_counters(p.iteration, p.iterations, p.epoch, p.elapsed, p.iters_per_second)
        trainer = self.session.trainer
        if trainer is not None:  # the step of 5.7.1 the loop is at now
            self.status_area.show_phase(trainer.phase)

    def _show_counters(self, iteration: int, iterations: int, epoch: int, elapsed: float,
                       rate: float) -> None:
        self.iteration = iteration
        self.status_area.show_counters(iteration, iterations, epoch, elapsed, rate)

    def _paused(self, iteration: int) -> None:
        self.say(lambda: self.tr("Paused at iteration {iteration:,}.").format(
            iteration=iteration))
        self.tabs.refresh()

    def _run_done(self, event: TrainEvent) -> None:
        self._done = event
        self._show_counters(event.iteration, event.iterations, event.epoch, event.elapsed,
                            event.iters_per_second)
        self.status_area.show_phase("")
        if self.run is not None:
            # a finished run that did not learn is "stalled"; a stopped one stays
            # "stopped", and is marked all the same
            stalled = event.status == "finished" and not event.learned
            self.curves.finish_run(self.run, "stalled" if stalled else event.status,
                                   event.message, learned=event.learned)

    def _run_finished(self, status: str, message: str) -> None:
        """The run's thread has ended: say how it went, then fill the analysis views."""
        done, self._done = self._done, None
        if done is None:  # stopped before its first iteration
            self.say(message[:1].upper() + message[1:] + ".")
        else:
            run = self.run
            loss = float(run.loss.ys(1)[-1]) if run is not None and run.loss.count else 0.0
            warning = self.status_area.run_end(done, loss)[1]
            # the trained weights, if the run was the canvas graph's
            put = self.canvas.finished(done, self.session.trainer)

            def said() -> str:
                text = self.status_area.run_end(done, loss)[0]
                return f"{text} {put()}" if put is not None else text
            self.say(said, warning)
        self.run_finished.emit(status, message)
        # the analysis views fill right after, not inside the run's timed end
        QTimer.singleShot(0, self, self._analyse_idle)

    def _failed(self, message: str) -> None:
        self.say(message, error=True)
        self.failed.emit(message)

    def toggle_pause(self) -> None:
        if self.session.state in ("running", "loading"):
            self.controls.pause_button.setEnabled(False)  # until the trainer says it has paused
        self.session.toggle_pause()

    def stop(self) -> None:
        if self.session.thread is not None:
            self.session.stop()
            self.say(lambda: self.tr("Stopping…"))

    def reset(self) -> None:
        """Stop and join any run, forget the trainer; curves of earlier runs stay."""
        self.shutdown(downloads=False)
        self.session.forget_trainer()
        self.run = None
        self.tabs.forget()
        self._show_counters(0, self.controls.form.iters.value(), 0, 0.0, 0.0)
        self._update_buttons()
        note = self.canvas.reset_note()

        def said() -> str:
            text = self.tr("Reset: the next Start trains from freshly initialized weights.")
            return f"{text} {note()}" if note is not None else text
        self.say(said)

    def shutdown(self, downloads: bool = True) -> None:
        """Stop whatever runs and wait for its thread to end (closing the window or panel)."""
        self.session.shutdown(downloads)
        if self.run is not None and self.run.status == "running":
            self.curves.finish_run(self.run, "stopped", self.tr("stopped"))
        self._done = None
        self.tabs.timer.stop()

    def ask_to_stop(self, parent: QWidget) -> str:
        """Before the window or this panel closes while a run trains: ask, as for unsaved
        edits. Save stops it and puts the weights trained so far on the canvas, as Stop
        does ("kept"); Discard stops it and drops them ("stopped"); Cancel goes on
        training (""). Nothing is asked, and "stopped" said, when no run trains (one still
        loading its data has nothing to lose: the caller's `shutdown` stops it)."""
        if self.session.state not in ("running", "paused"):
            return "stopped"
        where = self.tr("Training is still running (iteration {iteration:,} of "
                        "{iterations:,}).").format(
            iteration=self.iteration, iterations=self.session.thread.job.config.iters)
        if self.canvas.trains_canvas:
            text = self.tr("{where}\n\nSave: stop it and put the weights trained so far on "
                           "the canvas.\nDiscard: stop it and discard them.\nCancel: go on "
                           "training.").format(where=where)
            buttons, default = (QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                                QMessageBox.Save)
        else:
            text = self.tr("{where}\n\nDiscard: stop it and discard the weights trained so "
                           "far (Cancel, then Save parameters…, keeps them).\nCancel: go on "
                           "training.").format(where=where)
            buttons, default = QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel
        answer = QMessageBox.question(parent, self.tr("Backprop Studio"), text, buttons,
                                      default)
        if answer == QMessageBox.Save:
            self.session.finish_now()  # the run ends as after Stop: its weights land
            return "kept"
        if answer == QMessageBox.Discard:
            self.shutdown()
            return "stopped"
        return ""

    def watch_close(self, widget: QWidget) -> None:
        """Ask before `widget` (the dock holding this panel) closes while a run trains."""
        widget.installEventFilter(self)

    @guarded(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Close and not self.session.idle:
            answer = self.ask_to_stop(watched)
            if not answer:
                event.ignore()
                return True  # cancelled: the dock stays open, the run goes on
            if answer == "stopped":
                self.shutdown()
                self.say(lambda: self.tr("Training stopped: the panel was closed."))
        return False

    # -- state, buttons, messages ---------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        if state != "idle":
            keep_focus_inside(self)
        self._update_buttons()
        self.state_changed.emit(state)

    def _update_buttons(self) -> None:
        self.controls.set_state(self.session.state, self.session.trainer is not None)
        self.presets.set_idle(self.session.idle)

    def say(self, text: str | Callable[[], str], error: bool = False) -> None:
        """Show a message in the panel and the window's status bar. Given as a function
        that says it, the message is said again after a language switch."""
        self._said = text if callable(text) else (lambda: text)
        self._said_error = error
        text = self._said()
        self.status_area.say(text, error)
        self.status_message.emit(text)

    # -- analysis ------------------------------------------------------------------------------

    def _analyse_idle(self) -> None:
        if self.session.idle:
            self.session.request_analysis()

    def _parameters_loaded(self, path: str, accuracy) -> None:
        if accuracy is None:
            self.say(lambda: self.tr("Loaded {name}.").format(name=Path(path).name))
        else:
            self.say(lambda: self.tr("Loaded {name}: test accuracy {accuracy:.1%}.").format(
                name=Path(path).name, accuracy=accuracy))
        self.session.request_analysis()
        self.parameters_loaded.emit(float("nan") if accuracy is None else accuracy)

    # -- scripted runs (screenshots, benchmarks) ----------------------------------------------

    def run_blocking(self, iterations: int, folder: str | Path | None = None,
                     timeout_ms: int = 600_000) -> bool:
        """Start a run of `iterations` and spin the event loop until it ends."""
        from gui.training.scripted import run_blocking
        return run_blocking(self, iterations, folder, timeout_ms)
