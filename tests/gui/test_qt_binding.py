"""Guards against a Qt binding that corrupts the interpreter, or deletes what it returns.

PySide6-Essentials 6.12.0 returned `None` from void methods without a reference on
Python 3.11, so each `setText` lowered None's count until Python aborted mid-session.
pyproject.toml excludes that release; this test catches any release that does it again.
"""

import gc
import sys

from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for _ in range(2000):
        label.setText("x")
        painter.setPen(QPen())
    painter.end()
    assert sys.getrefcount(None) > before - 500


def test_the_menus_outlive_the_keyboard_shortcuts_dialog(window):
    """Before 6.11.2, PySide6's QAction.menu() gave Python the menu it returned, which then
    deleted it: the shortcuts sheet, reading the menu bar that way, took every menu with it."""
    sheet = window.window_actions.shortcuts_dialog()
    assert "Ctrl+Z" in sheet.text()
    sheet.close()
    gc.collect()
    a = window.window_actions
    assert [g.menu.title() for g in (a.file, a.edit, a.view, a.run, a.help)] == [
        "&File", "&Edit", "&View", "&Run", "&Help"]
