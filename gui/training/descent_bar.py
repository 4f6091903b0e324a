"""The Step bar: one gradient-descent step by hand, W ← W − lr·∂L/∂W, on the canvas graph.

A learning-rate field (a number > 0, remembered between starts) and a Step button. Step
asks the editor for one undoable step (`Editor.descend`): every Parameter node with a
gradient moves against it, the graph recomputes, and the bar says how the output moved
(`L 1.27 → 1.14`). The button is enabled only when the document's graph has Parameter
nodes that get a gradient and the field holds a valid rate; a refused step (a parameter
too large to write out, a graph that does not compute) is said by the editor's `refused`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from core.engine.result import Result
from core.formatting import format_number
from core.training.descent import stepping_parameters
from gui.training.form import FloatValidator

SETTING = "descent/lr"
DEFAULT_LR = "0.1"


def _scalar_output(result: Result | None) -> tuple[str, float] | None:
    """The output's label and value, when the output is one number."""
    if result is None or result.output is None:
        return None
    value = result.values[result.output]
    if value.size != 1:
        return None
    return result.graph.nodes[result.output].label, float(value.reshape(()))


class DescentBar(QWidget):
    status_message = Signal(str)  # how the output moved, for the window's status bar

    def __init__(self, document, editor, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.editor, self.settings = document, editor, settings
        self.lr_edit = QLineEdit(str(settings.value(SETTING, DEFAULT_LR)))
        self.lr_edit.setValidator(FloatValidator(0.0, False, self))
        if not self.lr_edit.hasAcceptableInput():
            self.lr_edit.setText(DEFAULT_LR)
        self.lr_edit.setMaximumWidth(90)
        self.step_button = QPushButton()
        self.label = label = QLabel()
        label.setBuddy(self.lr_edit)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.lr_edit)
        layout.addWidget(self.step_button)
        self.has_gradients = False
        self._before: tuple[str, float] | None = None  # the output before the last Step
        self.lr_edit.textChanged.connect(self._lr_changed)
        self.step_button.clicked.connect(self.step)
        document.computed.connect(self._computed)
        self._computed(document.result)

    def retranslate(self) -> None:
        self.lr_edit.setToolTip(self.tr("learning rate of a Step: W ← W − lr·∂L/∂W"))
        self.step_button.setText(self.tr("Gradient Step"))
        self.step_button.setToolTip(self.tr(
            "One gradient-descent step: every Parameter moves against its gradient, "
            "W ← W − lr·∂L/∂W. Edit ▸ Undo takes it back."))
        self.label.setText(self.tr("lr"))

    def lr(self) -> float | None:
        """The learning rate typed, or None while it is not a number > 0."""
        return float(self.lr_edit.text()) if self.lr_edit.hasAcceptableInput() else None

    def step(self) -> bool:
        lr = self.lr()
        if lr is None or not self.has_gradients:
            return False
        before = _scalar_output(self.document.result)
        if not self.editor.descend(lr):
            return False
        self._before = before
        return True

    def _lr_changed(self) -> None:
        valid = self.lr_edit.hasAcceptableInput()
        self.lr_edit.setStyleSheet("" if valid else
                                   "QLineEdit { background: #f9d6d5; color: #1f2933; }")
        if valid:
            self.settings.setValue(SETTING, self.lr_edit.text().strip())
        self._update()

    def _computed(self, result: Result | None) -> None:
        self.has_gradients = bool(stepping_parameters(self.document.graph, result))
        self._update()
        before, self._before = self._before, None
        after = _scalar_output(result)
        if before is not None and after is not None and before[0] == after[0]:
            self.status_message.emit(self.tr("Step: {label} {before} → {after}").format(
                label=after[0], before=format_number(before[1]), after=format_number(after[1])))

    def _update(self) -> None:
        self.step_button.setEnabled(self.has_gradients and self.lr() is not None)
