"""The Training panel's left column: what it trains, the data folder, the settings, the buttons.

Which buttons and fields are enabled follows the session's state (`set_state`); a field
disabled during a run looks disabled in either theme (`style_disabled`), and keeps the
focus in the panel, so that typing never lands on the canvas (`keep_focus_inside`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.training.mnist import default_folder
from gui.training.form import HyperparameterForm

WIDTH = 360


class TrainingControls(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.network_label = QLabel()
        self.network_label.setWordWrap(True)
        self.folder_edit = QLineEdit(str(settings.value("training/data_folder",
                                                        str(default_folder()))))
        self.folder_edit.editingFinished.connect(self._folder_edited)
        self.choose_button, self.download_button = QPushButton(), QPushButton()
        self.form = HyperparameterForm(settings)
        self.start_button, self.pause_button = QPushButton(), QPushButton()
        self.start_button.setDefault(True)
        self.stop_button, self.reset_button = QPushButton(), QPushButton()
        self.save_button, self.load_button = QPushButton(), QPushButton()
        self.data_label = QLabel()
        self._state = ("idle", False)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.network_label)
        data = QHBoxLayout()
        data.setSpacing(4)
        data.addWidget(self.data_label)
        data.addWidget(self.folder_edit, 1)
        data.addWidget(self.choose_button)
        data.addWidget(self.download_button)
        layout.addLayout(data)
        layout.addWidget(self.form)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, button in enumerate((self.start_button, self.pause_button, self.stop_button,
                                    self.reset_button)):
            buttons.addWidget(button, 0, i)
        buttons.addWidget(self.save_button, 1, 0, 1, 2)
        buttons.addWidget(self.load_button, 1, 2, 1, 2)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFixedWidth(WIDTH)
        self.retranslate()

    def retranslate(self) -> None:
        self.folder_edit.setToolTip(self.tr("the folder with the four MNIST files (.gz or raw)"))
        self.data_label.setText(self.tr("Data"))
        self.choose_button.setText(self.tr("Choose…"))
        self.download_button.setToolTip(self.tr("download MNIST (about 11 MB) into this folder"))
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("stop, and forget the trained parameters (the "
                                             "curves stay)"))
        self.save_button.setText(self.tr("Save parameters…"))
        self.load_button.setText(self.tr("Load parameters…"))
        self.form.retranslate()
        self.set_state(*self._state)  # Pause or Resume, Download or Cancel

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip() or str(default_folder())).expanduser()

    def set_folder(self, folder: str | Path) -> None:
        self.folder_edit.setText(str(folder))
        self._folder_edited()

    def _folder_edited(self) -> None:
        self.settings.setValue("training/data_folder", str(self.folder()))

    def set_state(self, state: str, has_trainer: bool) -> None:
        """Enable what the session's state allows."""
        self._state = (state, has_trainer)
        idle = state == "idle"
        self.start_button.setEnabled(idle and self.form.is_valid())
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state in ("loading", "running", "paused"))
        self.reset_button.setEnabled(state != "downloading")
        self.form.set_editable(idle)
        for widget in (self.folder_edit, self.choose_button, self.load_button):
            widget.setEnabled(idle)
        self.download_button.setEnabled(state in ("idle", "downloading"))
        self.download_button.setText(self.tr("Cancel") if state == "downloading"
                                     else self.tr("Download"))
        self.save_button.setEnabled(has_trainer and state in ("idle", "paused"))


def style_disabled(widget: QWidget) -> None:
    """Give `widget` disabled colours that look disabled: grey text on the window colour.

    The themes give every colour group the same colours, so a disabled field looked just
    like an editable one. Call again when the palette changes (a theme switch).
    """
    pal = widget.palette()
    window = pal.color(QPalette.Active, QPalette.Window)
    text = pal.color(QPalette.Active, QPalette.WindowText)
    muted = QColor((text.red() + window.red()) // 2, (text.green() + window.green()) // 2,
                   (text.blue() + window.blue()) // 2)
    for role in (QPalette.ButtonText, QPalette.WindowText, QPalette.Text):
        pal.setColor(QPalette.Disabled, role, muted)
    for role in (QPalette.Base, QPalette.Button):
        pal.setColor(QPalette.Disabled, role, window)
    widget.setPalette(pal)


def keep_focus_inside(widget: QWidget) -> None:
    """If the focus is in `widget`, move it to `widget` itself, which stays enabled: a
    field about to be disabled would pass it on to whatever comes next in the window."""
    focus = QApplication.focusWidget()
    if focus is not None and focus is not widget and widget.isAncestorOf(focus):
        widget.setFocus(Qt.OtherFocusReason)


#: key sequences that edit text: in the panel they never reach the window's shortcuts
EDITING_KEYS = (QKeySequence.SelectAll, QKeySequence.Undo, QKeySequence.Redo,
                QKeySequence.Cut, QKeySequence.Copy, QKeySequence.Paste, QKeySequence.Delete,
                QKeySequence.DeleteStartOfWord, QKeySequence.DeleteEndOfWord)


def panel_keeps(event: QKeyEvent) -> bool:
    """Whether a key pressed in the panel belongs to the panel rather than the window's
    shortcuts: editing keys (Ctrl+A, Ctrl+Z, Delete, …) and plain typing; not F-keys,
    Escape, or other Ctrl/Alt combinations (Ctrl+S still saves)."""
    if any(event.matches(keys) for keys in EDITING_KEYS):
        return True
    modifiers = event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier)
    key = event.key()
    return (modifiers == Qt.NoModifier and key != Qt.Key_Escape
            and not Qt.Key_F1 <= key <= Qt.Key_F35)
