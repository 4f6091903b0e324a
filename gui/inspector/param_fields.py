"""One input field per kind of op parameter, built from its `core.ops.params.Param` declaration.

Every field says `submitted` when the user means it (Enter, or leaving the field after a
change), so the inspector applies it; nothing typed is ever silently dropped. A literal
value larger than a few hundred numbers is shown as a summary, with "Edit as text" for
arrays small enough to edit that way: a 5-million-element value is never put into a text
box (that froze the window for minutes).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.formatting import format_number, literal_text, shape_str
from core.i18n import translate
from core.ops.params import Param
from core.ops.values import stored_shape
from gui.base.safety import guarded

#: literals up to this many numbers are edited in the text box straight away
SMALL_LITERAL = 200
#: literals up to this many numbers may be opened as text on request
TEXT_LIMIT = 10_000


class ValueEdit(QPlainTextEdit):
    """A value's text: Enter applies, Shift+Enter starts a new row, leaving applies."""

    submitted = Signal()

    @guarded
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not (
                event.modifiers() & Qt.ShiftModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    @guarded
    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.submitted.emit()


class Field(QWidget):
    """A parameter's field: `value()` reads it (ParamError if it cannot), `show_value`
    fills it from the model."""

    submitted = Signal()

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.setToolTip(translate("params", param.help) if param.help else "")

    def value(self, current: Any) -> Any:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def input_widget(self) -> QWidget:
        """The widget a user types or clicks into (tests drive it)."""
        raise NotImplementedError


class LineField(Field):
    """A shape, a number, a whole number or an axis, typed on one line."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QLineEdit(self)
        if param.kind == "axis":
            self.edit.setPlaceholderText(translate("param_fields", "empty for all axes"))
        elif param.kind == "shape":
            self.edit.setPlaceholderText(translate("param_fields", "e.g. 2, 3"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.returnPressed.connect(self.submitted)
        self._shown = ""
        self.edit.editingFinished.connect(self._left)

    def _left(self) -> None:
        if self.edit.text() != self._shown and not self.edit.hasFocus():
            self.submitted.emit()  # focus went elsewhere after a change: apply it

    def value(self, current: Any) -> Any:
        return self.param.parse(self.edit.text())

    def show_value(self, value: Any) -> None:
        self._shown = self.param.format(value)
        self.edit.setText(self._shown)

    def input_widget(self) -> QWidget:
        return self.edit


class ChoiceField(Field):
    """One of a few words (a source's init): a change applies at once."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.combo = QComboBox(self)
        for choice in param.choices:  # shown in the current language, kept as the file's word
            self.combo.addItem(translate("choices", choice), choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda _i: self.submitted.emit())

    def value(self, current: Any) -> Any:
        return self.param.check(self.combo.currentData())

    def show_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(str(value)), 0))

    def input_widget(self) -> QWidget:
        return self.combo


class LiteralField(Field):
    """A number or an array: typed as text when small, summarised when large."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = ValueEdit(self)
        self.edit.setPlaceholderText(translate("param_fields",
                                               "3.5   or   [1, 2]   or   1 2; 3 4"))
        self.edit.setFixedHeight(90)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(translate("param_fields", "Edit as text"), self)
        self.open_button.clicked.connect(self._open_as_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_button)
        layout.addWidget(self.edit)
        self.edit.submitted.connect(self.submitted)
        self._value: Any = None
        self._shown_text = ""
        self._as_text = True

    def show_value(self, value: Any) -> None:
        self._value = value
        size = math.prod(stored_shape(value))
        self._as_text = size <= SMALL_LITERAL
        if self._as_text:
            self._fill_text()
        else:
            self.summary.setText(_describe(value, size))
            self.open_button.setEnabled(size <= TEXT_LIMIT)
            self.open_button.setToolTip(
                "" if size <= TEXT_LIMIT else
                translate("param_fields", "{count:,} numbers are too many to edit as text; set "
                          "them with an initializer (init: normal or zeros) instead").format(
                    count=size))
        self.summary.setVisible(not self._as_text)
        self.open_button.setVisible(not self._as_text)
        self.edit.setVisible(self._as_text)

    def _fill_text(self) -> None:
        self._shown_text = literal_text(self._value)
        self.edit.setPlainText(self._shown_text)
        self.edit.document().setModified(False)

    def _open_as_text(self) -> None:
        self._as_text = True
        self._fill_text()
        self.summary.hide()
        self.open_button.hide()
        self.edit.show()
        self.edit.setFocus()

    def value(self, current: Any) -> Any:
        if not self._as_text:
            return current  # shown as a summary: unchanged
        text = self.edit.toPlainText()
        if text == self._shown_text:
            return current  # as shown (where 0 may stand for a rounding left over): unchanged
        return self.param.parse(text)

    def input_widget(self) -> QWidget:
        return self.edit


def _describe(value: Any, size: int) -> str:
    array = np.asarray(value, dtype=np.float64)
    return translate("param_fields", "{shape} array of {count:,} numbers, from {low} to "
                     "{high}").format(
        shape=shape_str(array.shape), count=size, low=format_number(array.min(), 4),
        high=format_number(array.max(), 4))


def make_field(param: Param, parent: QWidget | None = None) -> Field:
    if param.kind == "choice":
        return ChoiceField(param, parent)
    if param.kind == "literal":
        return LiteralField(param, parent)
    return LineField(param, parent)
