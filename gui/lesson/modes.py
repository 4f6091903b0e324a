"""The lesson's two modes, one at a time: step mode (the narration, step by step) and
practice (the learner computes the gradients). Starting one ends the other; each says why
it ended when it was not the user who ended it.

`LessonModes` is given what it coordinates (the document, the stepper and its bar, the
practice and its bar) and reports back through signals, which the window connects to its
actions (checked, enabled), its status line and File ▸ Open Sample's ✓: it knows nothing
of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.document.document import Document
from gui.lesson.practice import Practice, PracticeBar
from gui.lesson.step_bar import StepBar
from gui.lesson.step_mode import Stepper


class LessonModes(QObject):
    step_mode_changed = Signal(bool)  # step mode is on (True) or off
    practice_mode_changed = Signal(bool)  # practice is on (True) or off
    practice_finished = Signal()  # a round answered to its end: a sample may earn its ✓
    message = Signal(str)  # why a mode ended or could not start, for the status line

    def __init__(self, document: Document, stepper: Stepper, step_bar: StepBar,
                 practice: Practice, practice_bar: PracticeBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stepper, self.step_bar = stepper, step_bar
        self.practice, self.practice_bar = practice, practice_bar
        stepper.step_changed.connect(self._step_changed)
        practice.ended.connect(self._practice_ended)
        practice.changed.connect(self._practice_changed)

    def toggle_step_mode(self, on: bool) -> None:
        if on:
            self.toggle_practice(False)
            self.stepper.start(self.document.result)
            if self.stepper.active:
                self.step_bar.show()
        else:
            self.stepper.stop()
        self.step_mode_changed.emit(self.stepper.active)

    def _step_changed(self, index: int, count: int, text: str) -> None:
        if index < 0:  # step mode ended
            self.step_bar.hide()
            self.step_mode_changed.emit(False)
            if text:
                self.message.emit(text)

    def toggle_practice(self, on: bool, sample: str | None = None) -> None:
        """`sample`: the sample the graph was opened from, which earns its ✓ in File ▸ Open
        Sample when practised to the end unchanged."""
        if on:
            self.toggle_step_mode(False)
            sample = None if self.document.is_modified else sample
            if self.practice.start(self.document.result,
                                   self.practice_bar.forward_box.isChecked(), sample):
                self.practice_bar.show()
        else:
            self.practice.stop()
        self.practice_mode_changed.emit(self.practice.active)

    def _practice_ended(self, why: str) -> None:
        self.practice_mode_changed.emit(False)
        if why:
            self.message.emit(why)

    def _practice_changed(self) -> None:
        round_ = self.practice.round
        if round_ is not None and round_.over:
            self.practice_finished.emit()
