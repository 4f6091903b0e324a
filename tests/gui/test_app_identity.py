"""What the desktop knows the app by: its icon in every size (the window's, the about
box's), the desktop file name, the version; and a sample named on the command line."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core.about import VERSION
from core.paths import SAMPLES
from gui.app import open_initial
from gui.base.icon import app_icon

SIZES = [16, 24, 32, 48, 64, 128, 256]


def test_the_application_carries_icon_desktop_name_and_version():
    """make_app in a process of its own: it sets the font and names for the whole app."""
    proc = subprocess.run([sys.executable, "-c", SHOW_APP], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    sizes, desktop_name, version, corner = proc.stdout.split()
    assert sizes == ",".join(map(str, SIZES))
    assert desktop_name == "backprop-studio"
    assert version == VERSION
    assert corner == "#23395b"  # the 16-pixel icon's background, not a blank


SHOW_APP = """
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from gui.app import make_app
app = make_app()
icon = app.windowIcon()
sizes = sorted(s.width() for s in icon.availableSizes() if s.width() == s.height())
print(",".join(map(str, sizes)), QGuiApplication.desktopFileName(), app.applicationVersion(),
      icon.pixmap(QSize(16, 16)).toImage().pixelColor(1, 8).name())
"""


def test_the_about_box_shows_the_apps_icon(window):
    window.setWindowIcon(app_icon())  # as make_app gives it to every window
    seen = {}

    def look_and_close():
        box = QApplication.activeModalWidget()
        seen["icon"] = box.iconPixmap().toImage()
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, look_and_close)  # armed before the box blocks in its exec()
    window.window_actions.about_dialog()
    icon = seen["icon"]
    assert not icon.isNull()
    expected = app_icon().pixmap(icon.size()).toImage().convertToFormat(icon.format())
    assert icon == expected
    assert f"Backprop Studio {VERSION}" in seen["text"]


def test_a_sample_named_on_the_command_line_opens_as_a_sample(window, tmp_path,
                                                              monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert open_initial(window, "mul_node")
    assert window.document.path is None  # an untitled copy: saving never writes the sample
    assert window.document.graph.meta["title"] == "Multiply node: the inputs swap"
    (tmp_path / "mul_node").write_text((SAMPLES / "apple.json").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    assert open_initial(window, "mul_node")  # a file of that name wins
    assert window.document.graph.meta["title"] == "Buying apples"
