"""A preset's runs, trained one after another through the panel's one training session.

`PresetRunner` holds the runs still to train. Each starts when the one before has ended
(the panel's `run_finished`: its thread is joined), through the panel's `start_job`, so a
preset trains exactly as Start does, off the GUI thread, with pause and stop and the live
curves; each run also lands in the Curves tab, named by what differs. Stop (the panel's or
the preset's) ends the run training and drops the rest. The preset's runs train graphs of
their own: the canvas stays the user's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from core.training.presets import Preset, PresetRun
from core.training.roles import find_roles
from core.training.run import TrainError


class PresetRunner(QObject):
    run_started = Signal(object, object)  # (PresetRun, the panel's Run for it)
    finished = Signal(str)  # "finished" (every run trained) or "stopped" (or "failed")

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.preset: Preset | None = None
        self.queue: list[PresetRun] = []
        self.current: PresetRun | None = None
        self.iterations: int | None = None  # a shorter run than the preset's (tests, quick looks)
        panel.run_finished.connect(self._run_finished)
        panel.failed.connect(lambda _message: self._end("failed"))
        panel.run_started.connect(self._run_started)

    @property
    def active(self) -> bool:
        return self.preset is not None

    def start(self, preset: Preset, iterations: int | None = None) -> bool:
        """Train `preset`'s runs one after another (each of `iterations`, if given, else
        as the preset says). False when the panel is busy or cannot train."""
        if self.active or not self.panel.session.idle:
            return False
        self.preset, self.queue = preset, list(preset.runs)
        self.iterations = iterations
        if not self._next():
            self._end("failed")
            return False
        return True

    def stop(self) -> None:
        """End the run training now and drop the rest."""
        if self.active:
            self.queue = []
            self.panel.stop()

    def _next(self) -> bool:
        if not self.queue:
            return False
        self.current = run = self.queue.pop(0)
        config = run.config
        if self.iterations is not None:
            config = replace(config, iters=self.iterations)
        try:
            graph = run.graph()
            roles = find_roles(graph)
        except TrainError as e:
            self.panel.say(str(e), error=True)
            return False
        return self.panel.start_job(graph, roles, config)

    def _run_started(self, run) -> None:
        if self.active and self.current is not None:
            self.run_started.emit(self.current, run)

    def _run_finished(self, status: str, _message: str) -> None:
        if not self.active:
            return
        if status == "stopped" or not self.queue:
            self._end("finished" if status != "stopped" and not self.queue else "stopped")
            return
        # the next run starts once this signal's other listeners have had their say
        QTimer.singleShot(0, self, self._start_next)

    def _start_next(self) -> None:
        if self.active and not self._next():
            self._end("failed")

    def _end(self, how: str) -> None:
        if not self.active:
            return
        self.preset, self.queue, self.current = None, [], None
        self.finished.emit(how)
