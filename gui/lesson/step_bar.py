"""The bar above the canvas in step mode: where we are and buttons, the step's sentence below.

The sentence wraps onto as many lines as it needs and never widens the window: its label
asks for no width of its own. The bar shows only while step mode is active.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from gui.lesson.step_mode import Stepper


class StepBar(QFrame):
    def __init__(self, stepper: Stepper) -> None:
        super().__init__()
        self.stepper = stepper
        self.setFrameShape(QFrame.StyledPanel)
        self.counter = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.PlainText)  # "x < 0" is a sentence, not a tag
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)  # copy it into notes
        # Ignored: the label takes the width the bar has and wraps to it, instead of
        # asking for the width of its longest line (which widened the window).
        policy = QSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.text.setSizePolicy(policy)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.exit_button = QPushButton()
        # the counter and the buttons on one row, the sentence below at the bar's full width
        row = QHBoxLayout()
        row.addWidget(self.counter, 1)
        for button in (self.previous_button, self.next_button, self.exit_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.previous_button.clicked.connect(stepper.previous)
        self.next_button.clicked.connect(stepper.next)
        self.exit_button.clicked.connect(stepper.stop)
        stepper.step_changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' texts (the counter and the sentence follow the stepper's steps,
        which are built again when the document recomputes)."""
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.exit_button.setText(self.tr("Exit step mode"))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        # shown only while there is a step to show: a bar over a stopped stepper would
        # offer buttons that do nothing
        super().setVisible(visible and self.stepper.active)

    def _changed(self, index: int, count: int, text: str) -> None:
        step = self.stepper.current
        if index < 0 or step is None:
            self.counter.setText("")
            self.text.setText("")
            self.setVisible(False)
        else:
            phase = self.tr("Forward") if step.phase == "forward" else self.tr("Backward")
            self.counter.setText(self.tr("{phase} {number} / {count}").format(
                phase=phase, number=index + 1, count=count))
            self.text.setText(text)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
