"""The bar above the canvas in step mode: the chain-rule text and previous/next buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from gui.stepper import Stepper


class StepBar(QFrame):
    def __init__(self, stepper: Stepper) -> None:
        super().__init__()
        self.stepper = stepper
        self.setFrameShape(QFrame.StyledPanel)
        self.counter = QLabel()
        self.text = QLabel()
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.exit_button = QPushButton("Exit step mode")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.counter)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.exit_button)
        self.previous_button.clicked.connect(stepper.previous)
        self.next_button.clicked.connect(stepper.next)
        self.exit_button.clicked.connect(stepper.stop)
        stepper.step_changed.connect(self._changed)

    def _changed(self, index: int, count: int, text: str) -> None:
        self.counter.setText(f"{index + 1} / {count}" if index >= 0 else "")
        self.text.setText(text)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < count - 1)
