"""The training session: one object owns the worker threads and the state they put us in.

States (`state`, announced by `state_changed`):

    idle ──start──▶ loading ──trainer ready──▶ running ⇄ paused
      ▲                │                          │        │
      └────────────────┴──── the thread ended ────┴────────┘
    idle ──load parameters──▶ loading ──the thread ended──▶ idle
    idle ──download──▶ downloading ──the thread ended──▶ idle

`idle` always means "no thread of ours runs": a run's outcome (`run_finished`,
`parameters_loaded`, `failed`) is announced only after its thread has ended and been
joined, in the state `idle`. Pause and stop requests go to the job's `RunControl` (core),
the one place that holds them; the trainer obeys them between two iterations.

The session keeps the last data set loaded (one at a time: it can be large) to reuse it for
the next run on the same folder and dtype, and the last trainer (to save, analyse or go on).
Widgets only call its methods and react to its signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from core.model.graph import Graph
from core.training.analysis import Analysis, analyse
from core.training.mnist import MnistData
from core.training.run import TrainConfig, TrainError, TrainEvent
from core.training.trainer import Trainer
from gui.training.worker import DownloadThread, TrainingThread, TrainJob, data_key


class TrainingSession(QObject):
    state_changed = Signal(str)
    trainer_ready = Signal(object)  # Trainer of a training job, before its first iteration
    progress = Signal(object)  # Progress
    paused = Signal(int)  # the iteration it holds at
    resumed = Signal()
    run_done = Signal(object)  # the trainer's "done" TrainEvent (its thread is ending)
    snapshot = Signal(object)  # a Snapshot asked for with request_snapshot
    run_finished = Signal(str, str)  # (status, message), the thread ended: idle
    parameters_loaded = Signal(str, object)  # (path, test accuracy or None), idle
    failed = Signal(str)  # a run or a load could not be done, idle
    analysis_ready = Signal(object)  # Analysis
    analysis_failed = Signal(str)
    download_progress = Signal(str, float)  # (text, fraction)
    download_finished = Signal(bool, str)  # (ok, the folder or what went wrong), idle

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"
        self.thread: TrainingThread | None = None
        self.download: DownloadThread | None = None
        self.trainer: Trainer | None = None
        self._trainer_data: MnistData | None = None
        self._data_key = None
        self._data: MnistData | None = None
        self._outcome: tuple[str, object] | None = None  # what the current thread reported
        self._download_result: tuple[bool, str] | None = None
        #: where downloads fetch from and the md5 sums they check (None: core's defaults)
        self.mirrors: list[str] | None = None
        self.md5: dict[str, str] | None = None

    # -- questions ----------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        return self.state == "idle"

    def has_data(self, folder: Path, dtype: str) -> bool:
        """Whether the data for `folder` and `dtype` is loaded already (Start is quick)."""
        return self._data is not None and self._data_key == data_key(folder, dtype)

    # -- runs ---------------------------------------------------------------------------------

    def start(self, graph: Graph, folder: Path, config: TrainConfig) -> bool:
        """Train a private copy of a graph; False when not idle."""
        return self._launch(TrainJob(graph, folder, config, self._cached(folder, config)))

    def load(self, graph: Graph, folder: Path, config: TrainConfig, path: Path) -> bool:
        """Build a trainer and load a parameters file into it, without training."""
        return self._launch(TrainJob(graph, folder, config, self._cached(folder, config),
                                     parameters=Path(path), train=False))

    def _cached(self, folder: Path, config: TrainConfig) -> MnistData | None:
        return self._data if self.has_data(folder, config.dtype) else None

    def _launch(self, job: TrainJob) -> bool:
        if not self.idle:
            return False
        self._outcome = None
        thread = self.thread = TrainingThread(job, self)
        queued = Qt.QueuedConnection
        thread.data_loaded.connect(self._data_loaded, queued)
        thread.trainer_ready.connect(self._trainer_ready, queued)
        thread.progress.connect(self._progress, queued)
        thread.run_event.connect(self._run_event, queued)
        thread.snapshot.connect(self._snapshot, queued)
        thread.parameters_loaded.connect(self._parameters_loaded, queued)
        thread.analysis_ready.connect(self._analysis_ready, queued)
        thread.failed.connect(self._failed, queued)
        thread.finished.connect(self._thread_finished, queued)
        self._set_state("loading")
        thread.start()
        return True

    def toggle_pause(self) -> None:
        if self.thread is None:
            return
        if self.state in ("loading", "running"):
            self.thread.job.control.pause()  # "paused" comes back from the trainer
        elif self.state == "paused":
            self.thread.job.control.resume()

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.job.control.stop()

    def finish_now(self) -> None:
        """Stop the run and end it before returning, as Stop does when the event loop goes
        on: its thread is joined, then what it reported is handled at once (the end of the
        run is announced with `run_done` and `run_finished`, in the state `idle`). For a
        window or a panel closing: the trained weights still land where Stop puts them."""
        thread = self.thread
        if thread is None:
            return
        thread.job.control.stop()
        thread.wait()
        # The thread's signals wait in the event queue for this object: deliver them now,
        # in order (and only them: no user input is handled meanwhile).
        QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)

    def request_snapshot(self) -> None:
        """Ask the run for one `Snapshot` of its next iteration (`snapshot` brings it)."""
        if self.thread is not None:
            self.thread.job.control.request_snapshot()

    def forget_trainer(self) -> None:
        """Drop the trainer (Reset): the next Start trains from fresh weights."""
        self.trainer, self._trainer_data = None, None

    def shutdown(self, downloads: bool = True) -> bool:
        """Stop what runs and join its thread at once (closing the window or the panel).

        True when a run was stopped. Nothing more is announced about it.
        """
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.job.control.stop()
            thread.wait()
            thread.deleteLater()
        if downloads and self.download is not None:
            self.download.cancel()
            self.download.wait()
            self.download = None
        if self.download is None:
            self._set_state("idle")
        return thread is not None

    # -- what the thread says (queued: in this thread) ---------------------------------------

    def _mine(self) -> bool:
        """Whether the signal being handled comes from the current thread (not a shut one)."""
        return self.thread is not None and self.sender() is self.thread

    def _data_loaded(self, key, data) -> None:
        self._data_key, self._data = key, data

    def _trainer_ready(self, trainer: Trainer) -> None:
        if not self._mine():
            return
        self.trainer, self._trainer_data = trainer, self.thread.data
        if self.thread.job.train:
            if self.state == "loading":
                self._set_state("running")
            self.trainer_ready.emit(trainer)

    def _progress(self, progress) -> None:
        if self._mine():
            self.progress.emit(progress)

    def _snapshot(self, snapshot) -> None:
        if self._mine():
            self.snapshot.emit(snapshot)

    def _run_event(self, event: TrainEvent) -> None:
        if not self._mine():
            return
        if event.kind == "paused":
            self._set_state("paused")
            self.paused.emit(event.iteration)
        elif event.kind == "resumed":
            self._set_state("running")
            self.resumed.emit()
        elif event.kind == "done":
            self._outcome = ("done", event)
            self.run_done.emit(event)

    def _parameters_loaded(self, path: str, accuracy) -> None:
        if self._mine():
            self._outcome = ("loaded", (path, accuracy))

    def _failed(self, message: str) -> None:
        if self._mine():
            self._outcome = ("failed", message)

    def _thread_finished(self) -> None:
        thread = self.sender()
        if thread is not None and thread is self.thread:
            thread.wait()  # `finished` comes just before the thread really ends
            self.thread = None
            outcome, self._outcome = self._outcome, None
            self._set_state("idle")
            self._announce(thread.job, outcome)
        if thread is not None:
            thread.deleteLater()

    def _announce(self, job: TrainJob, outcome: tuple[str, object] | None) -> None:
        kind, value = outcome or ("", None)
        if kind == "failed":
            self.failed.emit(value)
        elif kind == "done":
            self.run_finished.emit(value.status, value.message)
        elif kind == "loaded":
            self.parameters_loaded.emit(*value)
        elif job.train:  # stopped while loading: the trainer never ran
            self.run_finished.emit("stopped", self.tr("stopped before the first iteration"))
        else:
            self.run_finished.emit("stopped", self.tr("stopped before the parameters were "
                                                      "loaded"))

    # -- analysis -------------------------------------------------------------------------------

    def request_analysis(self) -> None:
        """An `Analysis` of the trainer: between two iterations while it runs, else now."""
        if self.trainer is None:
            return
        # "paused" until the trainer says it resumed: once Resume is asked for, its
        # thread may already be training, and the analysis waits for an iteration's end
        resuming = (self.state == "paused" and self.thread is not None
                    and not self.thread.job.control.pause_requested)
        if (self.state == "running" or resuming) and self.thread is not None:
            self.thread.request_analysis()
        elif self.state in ("idle", "paused") and self._trainer_data is not None:
            try:
                analysis = analyse(self.trainer, self._trainer_data)
            except TrainError as e:
                self.analysis_failed.emit(str(e))
                return
            self.analysis_ready.emit(analysis)

    def _analysis_ready(self, analysis: Analysis) -> None:
        if self._mine():
            self.analysis_ready.emit(analysis)

    # -- downloads ----------------------------------------------------------------------------

    def start_download(self, folder: Path, names: list[str]) -> bool:
        if not self.idle:
            return False
        self.download = DownloadThread(folder, names, self, self.mirrors, self.md5)
        queued = Qt.QueuedConnection
        self.download.progress.connect(self._download_progress, queued)
        self.download.succeeded.connect(self._download_succeeded, queued)
        self.download.failed.connect(self._download_failed, queued)
        self.download.finished.connect(self._download_finished, queued)
        self._download_result = None
        self._set_state("downloading")
        self.download.start()
        return True

    def cancel_download(self) -> None:
        if self.download is not None:
            self.download.cancel()

    def _download_progress(self, text: str, fraction: float) -> None:
        if self.sender() is self.download:
            self.download_progress.emit(text, fraction)

    def _download_succeeded(self, folder: str) -> None:
        if self.sender() is self.download:
            self._download_result = (True, folder)

    def _download_failed(self, message: str) -> None:
        if self.sender() is self.download:
            self._download_result = (False, message)

    def _download_finished(self) -> None:
        thread = self.sender()
        if thread is not None and thread is self.download:
            thread.wait()
            self.download = None
            result = self._download_result or (False, self.tr("the download ended early"))
            self._set_state("idle")
            self.download_finished.emit(*result)
        if thread is not None:
            thread.deleteLater()

    # -- state --------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
