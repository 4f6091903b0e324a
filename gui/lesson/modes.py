"""The lesson's two modes, one at a time: step mode (the narration, step by step) and
practice (the learner computes the gradients). Starting one ends the other; each says in
the status line why it ended when it was not the user who ended it."""

from __future__ import annotations

from PySide6.QtCore import QObject


class LessonModes(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.stepper.step_changed.connect(self._step_changed)
        window.practice.ended.connect(self._practice_ended)
        window.practice.changed.connect(self._practice_changed)

    def toggle_step_mode(self, on: bool) -> None:
        w = self.window
        if on:
            self.toggle_practice(False)
            w.stepper.start(w.document.result)
            if w.stepper.active:
                w.step_bar.show()
                w.exit_step_action.setEnabled(True)
        else:
            w.stepper.stop()
        w.step_action.setChecked(w.stepper.active)

    def _step_changed(self, index: int, count: int, text: str) -> None:
        w = self.window
        if index < 0:
            w.step_action.setChecked(False)
            w.exit_step_action.setEnabled(False)
            w.step_bar.hide()
            if text:
                w.show_message(text)

    def toggle_practice(self, on: bool) -> None:
        w = self.window
        if on:
            self.toggle_step_mode(False)
            # a sample practised unchanged earns its ✓ in File ▸ Open Sample
            sample = None if w.document.is_modified else w.files.sample_name
            if w.practice.start(w.document.result, w.practice_bar.forward_box.isChecked(),
                                sample):
                w.practice_bar.show()
        else:
            w.practice.stop()
        w.practice_action.setChecked(w.practice.active)

    def _practice_ended(self, why: str) -> None:
        self.window.practice_action.setChecked(False)
        if why:
            self.window.show_message(why)

    def _practice_changed(self) -> None:
        w = self.window
        round_ = w.practice.round
        if round_ is not None and round_.over:
            w.files.fill_samples_menu(w.samples_menu)  # the sample's ✓
