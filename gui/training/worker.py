"""Training off the GUI thread: load MNIST, build the `Trainer`, run it, report as signals.

`TrainingThread` is a QThread whose `run` does the blocking work: it loads the data (or
takes data already loaded for the same folder and dtype), builds the trainer, optionally
loads a parameters file, and calls `Trainer.run()`. Pause and stop requests live in the
job's `RunControl` (core), made before the thread starts, so a Stop clicked while the data
still loads counts. The trainer reports through a plain callback in this thread; the
callback only appends to lists and, at most every `UPDATE_INTERVAL` seconds, hands the GUI
one `Progress` batch through a queued signal. So the GUI repaints at most 10 times a
second however fast the iterations come, and the training loop never waits for the GUI.
A `Snapshot` of the graph's arrays (for the live canvas) goes out as soon as the trainer
takes one, which it does only when the GUI has asked (`RunControl.request_snapshot`).

`DownloadThread` fetches missing MNIST files with `core.training.download`, one file at a time,
reporting bytes as they arrive. Both threads are joined with `wait()`.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QThread, Signal

from core.model.graph import Graph
from core.training import mnist
from core.training.analysis import analyse
from core.training.idx import MnistError
from core.training.mnist import IDX_NAMES, MnistData, load_mnist
from core.training.run import RunControl, TrainConfig, TrainError, TrainEvent
from core.training.trainer import Trainer

#: seconds between two progress batches: 10 GUI updates per second (the cap is 20; each
#: update takes the GIL from the training thread, so fewer is faster and still looks live)
UPDATE_INTERVAL = 0.1


@dataclass
class Progress:
    """What happened since the last batch: new losses, new evaluations, the counters."""

    first_iteration: int  # the iteration of losses[0] (iterations count from 1)
    losses: np.ndarray
    epochs: list[tuple[int, float, float | None]]  # (iteration, train_acc, test_acc)
    iteration: int
    iterations: int
    epoch: int
    elapsed: float
    iters_per_second: float


@dataclass
class TrainJob:
    """One press of Start (or Load parameters): what to train, on which data, how."""

    graph: Graph  # a private copy: the canvas may change while this trains
    folder: Path
    config: TrainConfig
    data: MnistData | None = None  # already loaded for this folder and dtype
    parameters: Path | None = None  # load these before training (or instead of it)
    train: bool = True
    control: RunControl = field(default_factory=RunControl)  # pause and stop, from the GUI


def missing_files(folder: Path) -> list[str]:
    """The standard MNIST files (as the `.gz` names Download fetches) `folder` lacks."""
    try:
        names = mnist.missing_files(folder)
    except MnistError:  # a file, not a folder: nothing in it
        names = list(IDX_NAMES)
    return [name + ".gz" for name in names]


def data_key(folder: Path, dtype: str) -> tuple[str, str]:
    return (str(Path(folder).resolve()), dtype)


class TrainingThread(QThread):
    """Runs one `TrainJob`; signals arrive in the GUI thread (queued connections)."""

    data_loaded = Signal(object, object)  # (key, MnistData) to reuse for the next run
    trainer_ready = Signal(object)  # the Trainer, before it runs
    progress = Signal(object)  # Progress, at most every UPDATE_INTERVAL seconds
    run_event = Signal(object)  # TrainEvent "paused", "resumed" or "done"
    snapshot = Signal(object)  # core.training.run.Snapshot, one per request (live canvas)
    parameters_loaded = Signal(str, object)  # (path, test accuracy or None)
    analysis_ready = Signal(object)  # Analysis
    failed = Signal(str)

    def __init__(self, job: TrainJob, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self.trainer: Trainer | None = None
        self.data: MnistData | None = job.data
        self._analysis_wanted = threading.Event()
        self._losses: list[float] = []
        self._epochs: list[tuple[int, float, float | None]] = []
        self._last_emit = 0.0
        self._last_event: TrainEvent | None = None

    def request_analysis(self) -> None:
        """Ask for an `Analysis` between two iterations (the trainer's arrays are busy)."""
        self._analysis_wanted.set()

    # -- the worker thread ------------------------------------------------------------------

    def run(self) -> None:
        job = self.job
        try:
            if self.data is None:
                self.data = load_mnist(job.folder, dtype=np.dtype(job.config.dtype))
                self.data_loaded.emit(data_key(job.folder, job.config.dtype), self.data)
            if job.control.stop_requested:
                return  # stopped while loading: no trainer at all
            data = self.data
            trainer = self.trainer = Trainer(job.graph, data.x_train, data.t_train,
                                             data.x_test, data.t_test, job.config,
                                             callback=self._on_event, control=job.control)
            self.trainer_ready.emit(trainer)
            if job.parameters is not None:
                trainer.load_parameters(job.parameters)
                accuracy = trainer.accuracy(data.x_test, data.t_test) if len(data.x_test) else None
                self.parameters_loaded.emit(str(job.parameters), accuracy)
            if job.train:
                self._last_emit = time.perf_counter()
                trainer.run()
        except (MnistError, TrainError) as e:
            self.failed.emit(str(e))
        except MemoryError:
            self.failed.emit(self.tr("not enough memory for this data set and dtype"))
        except Exception as e:  # a bug: report it instead of dying silently in a thread
            traceback.print_exc()
            self.failed.emit(self.tr("unexpected error: {kind}: {error}").format(
                kind=type(e).__name__, error=e))

    def _on_event(self, event: TrainEvent) -> None:
        """The trainer's callback, in this thread: collect, and flush now and then."""
        kind = event.kind
        if kind == "iteration":
            self._losses.append(event.loss)
            self._last_event = event
            if self._analysis_wanted.is_set():
                # Between two iterations the parameters hold still: a consistent snapshot.
                self._analysis_wanted.clear()
                self.analysis_ready.emit(analyse(self.trainer, self.data))
        elif kind == "epoch":
            self._epochs.append((event.iteration, event.train_acc, event.test_acc))
            self._last_event = event
        elif kind == "snapshot":  # asked for by the GUI: it waits for this one
            self.snapshot.emit(event.snapshot)
            return
        else:  # paused, resumed, done: flush what is pending, then say so at once
            self._flush(event)
            self.run_event.emit(event)
            return
        now = time.perf_counter()
        if now - self._last_emit >= UPDATE_INTERVAL:
            self._flush(event)
            self._last_emit = now

    def _flush(self, event: TrainEvent) -> None:
        if not self._losses and not self._epochs:
            return
        last = self._last_event or event
        losses = np.array(self._losses, dtype=np.float64)
        first = last.iteration - len(losses) + 1
        self.progress.emit(Progress(first, losses, self._epochs, last.iteration,
                                    last.iterations, last.epoch, event.elapsed,
                                    event.iters_per_second))
        self._losses = []
        self._epochs = []


class _Cancelled(Exception):
    """Raised from the download's progress callback to abandon it (the .part file goes)."""


class DownloadThread(QThread):
    """Downloads the missing MNIST files into a folder, reporting progress."""

    progress = Signal(str, float)  # (text, fraction 0..1 of all files)
    succeeded = Signal(str)  # folder
    failed = Signal(str)

    def __init__(self, folder: Path, names: list[str], parent=None, mirrors=None,
                 md5=None) -> None:
        super().__init__(parent)
        self.folder, self.names, self.mirrors, self.md5 = Path(folder), list(names), mirrors, md5
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, index: int, name: str, done: int, total: int | None) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        now = time.perf_counter()
        if now - self._last_emit < UPDATE_INTERVAL:
            return
        self._last_emit = now
        count = len(self.names)
        if total:
            text = self.tr("Downloading {name} ({index} of {count}): {done:.1f} of "
                           "{total:.1f} MB").format(name=name, index=index + 1, count=count,
                                                    done=done / 1e6, total=total / 1e6)
        else:
            text = self.tr("Downloading {name} ({index} of {count}): {done:.1f} MB").format(
                name=name, index=index + 1, count=count, done=done / 1e6)
        self.progress.emit(text, (index + (done / total if total else 0.0)) / count)

    def run(self) -> None:
        from core.training.download import download_mnist  # the network code, only when needed
        try:
            for i, name in enumerate(self.names):
                if self._cancel.is_set():
                    raise _Cancelled
                download_mnist(self.folder, names=[name], mirrors=self.mirrors, md5=self.md5,
                               progress=False,
                               progress_callback=lambda done, total, i=i, name=name:
                               self._report(i, name, done, total))
            self.progress.emit(self.tr("Downloaded MNIST"), 1.0)
            self.succeeded.emit(str(self.folder))
        except _Cancelled:
            self.failed.emit(self.tr("the download was cancelled"))
        except MnistError as e:
            self.failed.emit(str(e))
        except Exception as e:
            traceback.print_exc()
            self.failed.emit(self.tr("unexpected error: {kind}: {error}").format(
                kind=type(e).__name__, error=e))
