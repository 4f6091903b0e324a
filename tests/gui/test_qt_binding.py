"""Guards against a Qt binding that corrupts the interpreter.

PySide6-Essentials 6.12.0 returned `None` from void methods without a reference on
Python 3.11, so each `setText` lowered None's count until Python aborted mid-session.
pyproject.toml excludes that release; this test catches any release that does it again.
"""

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
