"""The Training panel: pick data and hyperparameters, train, watch, compare, inspect.

The panel trains the graph on the canvas when it is a trainable network (one Data and one
Labels node, Parameters, a loss: `core.trainer.find_roles` decides), else the book's
two-layer net from the samples. Training runs in a `TrainingThread`; the panel only reacts
to its signals, so the window stays responsive. Each run becomes a named curve that stays
until Clear; the analysis tabs show the latest trainer's view of the test set.

States: idle → loading → running ⇄ paused → idle (and idle → downloading → idle).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout,
                               QWidget)

from core.fileformat import GraphFileError, document_to_graph, graph_to_document, load_graph
from core.graph import Graph
from core.mnist import default_folder
from core.paths import SAMPLES
from core.trainer import TrainError, Trainer, TrainEvent, find_roles
from gui.training.analysis import ConfusionView, MistakesView, WeightsView
from gui.training.curves import Run, TrainingCurves
from gui.training.form import HyperparameterForm
from gui.training.worker import (Analysis, DownloadThread, Progress, TrainingThread, TrainJob,
                                 analyse, data_key, missing_files)

SAMPLE_NET = SAMPLES / "two_layer_net.json"
PARAMS_FILTER = "Parameters (*.npz);;All files (*)"
ANALYSIS_REFRESH_MS = 2000  # while training, the visible analysis tab refreshes this often


def clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def network_chain(graph: Graph, data: str, loss: str) -> str:
    """The ops from the data to the loss, by type: `Affine → ReLU → Affine → SoftmaxWithLoss`."""
    chain, node = [], data
    while node != loss:
        nexts = [e.target for e in graph.out_edges(node)
                 if not graph.nodes[e.target].op.is_source]
        if not nexts:
            break
        node = nexts[0]
        chain.append(graph.nodes[node].type)
        if len(chain) > 12:
            chain.append("…")
            break
    return " → ".join(chain)


class TrainingPanel(QWidget):
    status_message = Signal(str)  # for the window's status bar
    state_changed = Signal(str)
    run_finished = Signal(str, str)  # (status, message)
    failed = Signal(str)
    analysis_shown = Signal(object)  # Analysis
    parameters_loaded = Signal(float)  # test accuracy (NaN without a test set)

    def __init__(self, settings: QSettings, document=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.document = settings, document
        self.state = "idle"
        self.thread: TrainingThread | None = None
        self.download: DownloadThread | None = None
        self.trainer: Trainer | None = None
        self.run: Run | None = None
        self._data_key = None
        self._data = None  # the last data set loaded: one at a time, it can be large
        self._run_name = ""
        self._iterations = 0
        self._last_analysis: Analysis | None = None

        self.network_label = QLabel()
        self.network_label.setWordWrap(True)
        self.folder_edit = QLineEdit(str(settings.value("training/data_folder",
                                                        str(default_folder()))))
        self.folder_edit.setToolTip("the folder with the four MNIST files (.gz or raw)")
        self.folder_edit.editingFinished.connect(self._folder_edited)
        self.choose_button = QPushButton("Choose…")
        self.choose_button.clicked.connect(self.choose_folder)
        self.download_button = QPushButton("Download")
        self.download_button.setToolTip("download MNIST (about 11 MB) into this folder")
        self.download_button.clicked.connect(lambda _checked=False: self.toggle_download())
        #: where Download fetches from and the md5 sums it checks (None: core's defaults)
        self.mirrors: list[str] | None = None
        self.md5: dict[str, str] | None = None
        self.form = HyperparameterForm(settings)
        self.form.validity_changed.connect(lambda _valid: self._update_buttons())

        self.start_button = QPushButton("Start")
        self.start_button.setDefault(True)
        self.pause_button = QPushButton("Pause")
        self.stop_button = QPushButton("Stop")
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("stop, and forget the trained parameters (the curves stay)")
        self.save_button = QPushButton("Save parameters…")
        self.load_button = QPushButton("Load parameters…")
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save_parameters)
        self.load_button.clicked.connect(self.load_parameters)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)  # coarse: QProgressBar repaints at once on change
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.counters = QLabel()
        # its text changes 20 times a second: its size must not re-lay out the panel
        self.counters.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.curves = TrainingCurves()
        self.confusion = ConfusionView()
        self.mistakes = MistakesView()
        self.weights = WeightsView()
        self.clear_button = QPushButton("Clear runs")
        self.export_png_button = QPushButton("Export PNG…")
        self.export_csv_button = QPushButton("Export CSV…")
        self.clear_button.clicked.connect(self.clear_runs)
        self.export_png_button.clicked.connect(lambda: self.export_curves("png"))
        self.export_csv_button.clicked.connect(lambda: self.export_curves("csv"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.curves, "Curves")
        self.tabs.addTab(self.confusion, "Confusion matrix")
        self.tabs.addTab(self.mistakes, "Mistakes")
        self.tabs.addTab(self.weights, "First-layer weights")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_analysis())
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setInterval(ANALYSIS_REFRESH_MS)
        self._analysis_timer.timeout.connect(self._refresh_analysis)

        self._layout()
        self.update_network()
        if document is not None:
            document.graph_replaced.connect(lambda _g: self.update_network())
            document.computed.connect(lambda _r: self.update_network())
        self._show_counters(0, self.form.iters.value(), 0, 0.0, 0.0)
        self._say("Choose the data folder and settings, then Start.")
        self._update_buttons()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.network_label)
        data = QHBoxLayout()
        data.setSpacing(4)
        data.addWidget(QLabel("Data"))
        data.addWidget(self.folder_edit, 1)
        data.addWidget(self.choose_button)
        data.addWidget(self.download_button)
        left.addLayout(data)
        left.addWidget(self.form)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, button in enumerate((self.start_button, self.pause_button, self.stop_button,
                                    self.reset_button)):
            buttons.addWidget(button, 0, i)
        buttons.addWidget(self.save_button, 1, 0, 1, 2)
        buttons.addWidget(self.load_button, 1, 2, 1, 2)
        left.addLayout(buttons)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(380)
        left.setContentsMargins(0, 0, 0, 0)

        right = QVBoxLayout()
        right.setSpacing(4)
        right.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.counters, 1)
        for button in (self.clear_button, self.export_png_button, self.export_csv_button):
            button.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
            top.addWidget(button)
        right.addLayout(top)
        right.addWidget(self.progress_bar)
        right.addWidget(self.status)
        right.addWidget(self.tabs, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(left_box)
        layout.addLayout(right, 1)
        self.setMinimumHeight(270)
        # The theme gives every colour group the same text colour; a disabled button must
        # still look disabled.
        palette = self.palette()
        for role in (QPalette.ButtonText, QPalette.WindowText, QPalette.Text):
            palette.setColor(QPalette.Disabled, role, QColor("#8f98a3"))
        self.setPalette(palette)

    def heightForWidth(self, width: int) -> int:
        # The wrapped labels give the layout a height-for-width, and the dock's scroll area
        # would then size the panel by its preferred height (plots 480 px tall) instead of
        # the height the dock has: the panel takes the height it is given.
        return -1

    # -- what to train, on what ---------------------------------------------------------------

    def network(self) -> tuple[Graph, str]:
        """A private copy of the graph to train, and where it came from."""
        if self.document is not None:
            try:
                find_roles(self.document.graph)
                graph = self.document.graph
                return document_to_graph(graph_to_document(graph)), "the graph on the canvas"
            except (TrainError, GraphFileError):
                pass
        return load_graph(SAMPLE_NET), "the two-layer-net sample"

    def update_network(self) -> None:
        try:
            graph, source = self.network()
            roles = find_roles(graph)
            chain = network_chain(graph, roles.data, roles.loss)
            labels = ", ".join(graph.nodes[p].label for p in roles.parameters)
            self.network_label.setText(f"<b>Trains</b> {source}: {chain} "
                                       f"<span style='color: gray'>(parameters {labels})</span>")
        except (TrainError, GraphFileError) as e:
            self.network_label.setText(f"No network to train: {e}")

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip() or str(default_folder())).expanduser()

    def set_folder(self, folder: str | Path) -> None:
        self.folder_edit.setText(str(folder))
        self._folder_edited()

    def _folder_edited(self) -> None:
        self.settings.setValue("training/data_folder", str(self.folder()))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "MNIST folder", str(self.folder()))
        if path:
            self.set_folder(path)
            missing = missing_files(self.folder())
            if missing:
                self._say(f"{self.folder()} lacks {', '.join(missing)}: choose another "
                          "folder, or Download.", error=True)
            else:
                self._say(f"MNIST found in {self.folder()}.")

    # -- running ------------------------------------------------------------------------------

    def start(self) -> bool:
        if self.state != "idle" or not self.form.is_valid():
            return False
        folder = self.folder()
        missing = missing_files(folder)
        if missing:
            self._say(f"MNIST is not in {folder} (missing {', '.join(missing)}). Choose the "
                      "folder that holds the four MNIST files, or click Download.", error=True)
            return False
        try:
            graph, _source = self.network()
        except GraphFileError as e:
            self._say(str(e), error=True)
            return False
        config = self.form.config()
        self.form.save()
        self._run_name = self.form.run_name()
        self._iterations = config.iters
        self._launch(TrainJob(graph, folder, config, self._cached(folder, config.dtype)))
        self._say(f"Loading MNIST from {folder}…" if self._data is None
                  or self._data_key != data_key(folder, config.dtype) else "Starting…")
        return True

    def _cached(self, folder: Path, dtype: str):
        return self._data if self._data_key == data_key(folder, dtype) else None

    def _launch(self, job: TrainJob) -> None:
        thread = self.thread = TrainingThread(job, self)
        queued = Qt.QueuedConnection
        thread.data_loaded.connect(self._data_loaded, queued)
        thread.trainer_ready.connect(self._trainer_ready, queued)
        thread.progress.connect(self._progress, queued)
        thread.control.connect(self._control, queued)
        thread.parameters_loaded.connect(self._parameters_loaded, queued)
        thread.analysis_ready.connect(self._analysis_ready, queued)
        thread.failed.connect(self._failed, queued)
        thread.finished.connect(self._thread_finished, queued)
        self._set_state("loading")
        thread.start()

    def _mine(self) -> bool:
        """Whether the signal being handled comes from the current thread (not a reset one)."""
        return self.thread is not None and self.sender() is self.thread

    def _data_loaded(self, key, data) -> None:
        self._data_key, self._data = key, data

    def _trainer_ready(self, trainer: Trainer) -> None:
        if not self._mine():
            return
        self.trainer = trainer
        if self.thread.job.train:
            self.run = self.curves.start_run(self._run_name, trainer.iters_per_epoch,
                                             trainer.config.iters)
            if self.state == "loading":
                self._set_state("running")
            self._say(f"Training {self.run.name} on {len(trainer.x_train):,} images…")

    def _progress(self, p: Progress) -> None:
        if not self._mine() or self.run is None:
            return
        self.curves.add_progress(self.run, p.first_iteration, p.losses, p.epochs)
        self._show_counters(p.iteration, p.iterations, p.epoch, p.elapsed, p.iters_per_second)

    def _show_counters(self, iteration: int, iterations: int, epoch: int, elapsed: float,
                       rate: float) -> None:
        self.progress_bar.setValue(int(100 * iteration / iterations) if iterations else 0)
        eta = clock((iterations - iteration) / rate) if rate > 0 else "–"
        self.counters.setText(f"iteration <b>{iteration:,}</b> / {iterations:,}"
                              f"  ·  epoch <b>{epoch}</b>  ·  {rate:,.0f} it/s"
                              f"  ·  elapsed {clock(elapsed)}  ·  ETA {eta}")
        self.counters.setProperty("iteration", iteration)

    @property
    def iteration(self) -> int:
        return int(self.counters.property("iteration") or 0)

    def _control(self, event: TrainEvent) -> None:
        if not self._mine():
            return
        if event.kind == "paused":
            self._set_state("paused")
            self._say(f"Paused at iteration {event.iteration:,}.")
            self._refresh_analysis()
        elif event.kind == "resumed":
            self._set_state("running")
            self._say(f"Training {self.run.name if self.run else ''}…")
        elif event.kind == "done":
            self._show_counters(event.iteration, event.iterations, event.epoch, event.elapsed,
                                event.iters_per_second)
            if self.run is not None:
                self.curves.finish_run(self.run, event.status, event.message)
            text = event.message[:1].upper() + event.message[1:]
            if event.test_acc is not None and event.status != "diverged":
                text += f": test accuracy {event.test_acc:.1%}"
            self._say(text + ".", error=event.status == "diverged")
            self._set_state("idle")
            self.run_finished.emit(event.status, event.message)
            # the analysis views fill right after, not inside the run's timed end
            QTimer.singleShot(0, self, self._analyse_now)

    def _data_for_trainer(self):
        return self.thread.data if self.thread is not None else self._data

    def _failed(self, message: str) -> None:
        if not self._mine():
            return
        self._say(message, error=True)
        self._set_state("idle")
        self.failed.emit(message)

    def _thread_finished(self) -> None:
        thread = self.sender()
        if thread is self.thread:
            self.thread = None
            if self.state != "idle":  # stopped while loading: the trainer never ran
                self._say("Stopped before the first iteration.")
                self._set_state("idle")
                self.run_finished.emit("stopped", "stopped before the first iteration")
        if thread is not None:
            thread.deleteLater()

    def toggle_pause(self) -> None:
        if self.thread is None:
            return
        if self.state in ("running", "loading"):
            self.thread.pause()
            self.pause_button.setEnabled(False)  # until the trainer says it has paused
        elif self.state == "paused":
            self.thread.resume()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self._say("Stopping…")

    def reset(self) -> None:
        """Stop and join any run, forget the trainer; curves of earlier runs stay."""
        self.shutdown(downloads=False)
        self.trainer = None
        self.run = None
        self._last_analysis = None
        self._show_counters(0, self.form.iters.value(), 0, 0.0, 0.0)
        self._set_state("idle")
        self._say("Reset: the next Start trains from freshly initialized weights.")

    def shutdown(self, downloads: bool = True) -> None:
        """Stop whatever runs and wait for its thread to end (closing the window or panel)."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.stop()
            thread.wait()
            thread.deleteLater()
            if self.run is not None and self.run.status == "running":
                self.curves.finish_run(self.run, "stopped", "stopped")
        if downloads and self.download is not None:
            self.download.cancel()
            self.download.wait()
            self.download = None
        self._analysis_timer.stop()
        if self.state != "idle":
            self._set_state("idle")

    def watch_close(self, widget: QWidget) -> None:
        """Stop training when `widget` (the dock holding this panel) is closed."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Close and self.state != "idle":
            self.shutdown()
            self._say("Training stopped: the panel was closed.")
        return False

    # -- state, buttons, messages ---------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_buttons()
        if state == "running" and self._analysis_tab():
            self._analysis_timer.start()
        elif state != "running":
            self._analysis_timer.stop()
        self.state_changed.emit(state)

    def _update_buttons(self) -> None:
        state = self.state
        idle = state == "idle"
        self.start_button.setEnabled(idle and self.form.is_valid())
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText("Resume" if state == "paused" else "Pause")
        self.stop_button.setEnabled(state in ("loading", "running", "paused"))
        self.reset_button.setEnabled(state != "downloading")
        self.form.set_editable(idle)
        for widget in (self.folder_edit, self.choose_button, self.load_button):
            widget.setEnabled(idle)
        self.download_button.setEnabled(state in ("idle", "downloading"))
        self.download_button.setText("Cancel" if state == "downloading" else "Download")
        self.save_button.setEnabled(self.trainer is not None and state in ("idle", "paused"))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #d32f2f; font-weight: bold" if error else "")
        self.status_message.emit(text)

    # -- analysis ------------------------------------------------------------------------------

    def _analysis_tab(self) -> bool:
        return self.tabs.currentWidget() is not self.curves

    def _refresh_analysis(self) -> None:
        """Bring the visible analysis tab up to date with the trainer."""
        if self.trainer is None or not self._analysis_tab():
            if self.state == "running" and not self._analysis_tab():
                self._analysis_timer.stop()
            return
        if self.state == "running":
            self.thread.request_analysis()  # computed between two iterations
            self._analysis_timer.start()
        elif self.state in ("idle", "paused") and (
                self._last_analysis is None
                or self._last_analysis.iteration != self.trainer.iteration):
            self._analyse_now()

    def _analyse_now(self) -> None:
        """Analyse in this thread: only while the trainer is idle (paused or done)."""
        data = self._data_for_trainer()
        if self.trainer is None or data is None:
            return
        try:
            self._show_analysis(analyse(self.trainer, data))
        except TrainError as e:
            self._say(f"No analysis: {e}", error=True)

    def _analysis_ready(self, analysis: Analysis) -> None:
        if self._mine():
            self._show_analysis(analysis)

    def _show_analysis(self, analysis: Analysis) -> None:
        self._last_analysis = analysis
        for view in (self.confusion, self.mistakes, self.weights):
            view.show_analysis(analysis)
        self.analysis_shown.emit(analysis)

    # -- runs, files ---------------------------------------------------------------------------

    def clear_runs(self) -> None:
        self.curves.clear(keep=self.run if self.state != "idle" else None)

    def export_curves(self, kind: str) -> bool:
        filters = "PNG image (*.png)" if kind == "png" else "CSV table (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, "Export curves", f"training.{kind}", filters)
        if not path:
            return False
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            if kind == "png":
                if not self.curves.export_png(path):
                    raise OSError("the image could not be written")
            else:
                self.curves.export_csv(path)
        except OSError as e:
            self._say(f"Cannot export {path}: {e}", error=True)
            return False
        self._say(f"Exported the curves to {path}.")
        return True

    def save_parameters(self) -> bool:
        if self.trainer is None or self.state not in ("idle", "paused"):
            return False
        path, _ = QFileDialog.getSaveFileName(self, "Save parameters", "parameters.npz",
                                              PARAMS_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".npz"):
            path += ".npz"
        try:
            self.trainer.save_parameters(path)
        except TrainError as e:
            self._say(str(e), error=True)
            return False
        self._say(f"Saved the parameters to {path}.")
        return True

    def load_parameters(self) -> bool:
        """Build a trainer for the current network and settings, and load a `.npz` into it."""
        if self.state != "idle" or not self.form.is_valid():
            return False
        path, _ = QFileDialog.getOpenFileName(self, "Load parameters", "", PARAMS_FILTER)
        if not path:
            return False
        folder = self.folder()
        if missing_files(folder):
            self._say(f"Loading parameters needs the MNIST test set; it is not in {folder}.",
                      error=True)
            return False
        graph, _source = self.network()
        config = self.form.config()
        self._launch(TrainJob(graph, folder, config, self._cached(folder, config.dtype),
                              parameters=Path(path), train=False))
        self._say(f"Loading {path}…")
        return True

    def _parameters_loaded(self, path: str, accuracy) -> None:
        if not self._mine():
            return
        acc = float("nan") if accuracy is None else accuracy
        self._say(f"Loaded {Path(path).name}" + ("" if accuracy is None
                                                  else f": test accuracy {accuracy:.1%}") + ".")
        self._analyse_now()
        self.parameters_loaded.emit(acc)

    # -- downloads ----------------------------------------------------------------------------

    def toggle_download(self) -> None:
        if self.state == "downloading":
            if self.download is not None:
                self.download.cancel()
            return
        if self.state != "idle":
            return
        folder = self.folder()
        names = missing_files(folder)
        if not names:
            self._say(f"MNIST is already in {folder}.")
            return
        self.download = DownloadThread(folder, names, self, self.mirrors, self.md5)
        queued = Qt.QueuedConnection
        self.download.progress.connect(self._download_progress, queued)
        self.download.succeeded.connect(self._download_succeeded, queued)
        self.download.failed.connect(self._download_failed, queued)
        self.download.finished.connect(self._download_finished, queued)
        self._set_state("downloading")
        self._say(f"Downloading MNIST into {folder}…")
        self.download.start()

    def _download_progress(self, text: str, fraction: float) -> None:
        self.progress_bar.setValue(int(100 * fraction))
        self.counters.setText(text)

    def _download_succeeded(self, folder: str) -> None:
        self.set_folder(folder)
        self._say(f"MNIST downloaded into {folder}. Start when ready.")

    def _download_failed(self, message: str) -> None:
        self._say(f"Could not download MNIST: {message}. Choose a folder that already holds "
                  "the four MNIST files instead.", error=True)
        self.progress_bar.setValue(0)

    def _download_finished(self) -> None:
        thread = self.sender()
        if thread is self.download:
            self.download = None
            self._set_state("idle")
        if thread is not None:
            thread.deleteLater()

    # -- scripted runs (screenshots, benchmarks) ----------------------------------------------

    def run_blocking(self, iterations: int, folder: str | Path | None = None,
                     timeout_ms: int = 600_000) -> bool:
        """Start a run of `iterations` and spin the event loop until it ends."""
        if folder is not None:
            self.set_folder(folder)
        self.form.iters.setValue(iterations)
        loop = QEventLoop()
        self.run_finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        if not self.start():
            return False
        loop.exec()
        self.run_finished.disconnect(loop.quit)
        self.failed.disconnect(loop.quit)
        if self.state != "idle":
            self.shutdown()
            return False
        return self.run is not None and self.run.status == "finished"
