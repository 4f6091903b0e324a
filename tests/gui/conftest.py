"""GUI test fixtures: a main window with its own throwaway settings, shown offscreen."""

from __future__ import annotations

import pytest
from canvas_driver import Canvas
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.paths import SAMPLES


@pytest.fixture
def settings(tmp_path):
    """Settings in a temporary ini file: tests never read or write the user's settings."""
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record message boxes instead of blocking on them; answer 'Discard' to questions."""
    shown = []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.Discard))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: pytest.fail("unexpected open dialog"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("unexpected save dialog"))
    return shown


@pytest.fixture
def window(qtbot, settings, no_dialogs):
    from gui.main_window import MainWindow
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()  # shortcuts (Delete, Ctrl+Z) need the active window, also under X11
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    w.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
    return w


@pytest.fixture
def canvas(window, qtbot):
    return Canvas(window, qtbot)


@pytest.fixture
def empty_canvas(window, qtbot):
    window.new_graph()
    c = Canvas(window, qtbot)
    c.view.reset_zoom()
    c.view.centerOn(400, 250)
    return c


@pytest.fixture(autouse=True)
def english_window_texts():
    """Every GUI test ends with Qt's translators removed, whatever language it chose."""
    yield
    from core.i18n import language
    from gui.base import i18n
    if language() != "en" or i18n._installed:
        i18n.apply_language("en")
