"""The text field over a node's header in which its new label is typed (double-click the
header, or F2): the `RenameInPlace` gesture's field."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from gui.base.safety import guarded
from gui.canvas.node_item import LABEL_FONT


class LabelField(QGraphicsTextItem):
    """A one-line text field over a node's header; Enter commits, Escape discards, and
    losing the keyboard (a click elsewhere) commits. It ends once: `done(text)` is called
    with the text to commit, or None."""

    def __init__(self, text: str, done: Callable[[str | None], None]) -> None:
        super().__init__(text)
        self._done, self._finished = done, False
        self.setFont(LABEL_FONT)
        self.setTextInteractionFlags(Qt.TextEditorInteraction)
        self.setZValue(10)

    def begin(self) -> None:
        self.setFocus(Qt.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.Document)
        self.setTextCursor(cursor)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        self._done(self.toPlainText() if commit else None)

    @guarded
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.finish(commit=True)
        elif event.key() == Qt.Key_Escape:
            self.finish(commit=False)
        else:
            super().keyPressEvent(event)

    @guarded
    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    @guarded
    def paint(self, painter, option, widget=None) -> None:
        painter.fillRect(self.boundingRect(), self.scene().palette().base()
                         if self.scene() else Qt.white)
        super().paint(painter, option, widget)
