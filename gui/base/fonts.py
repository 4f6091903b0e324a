"""The fonts of the app: a sans-serif family list that also covers Hangul.

Qt tries the families in order for every character, so Latin text takes the first family
the system has and Korean text falls back to the first one that can draw it. Without a
family, a QFont made before the application exists may resolve to any installed font (a
serif one was seen), so every font the canvas paints with is made here.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

#: Latin first, then the usual Korean fonts of Linux, Windows and macOS
FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK KR", "NanumGothic", "Malgun Gothic",
            "Apple SD Gothic Neo", "Sans Serif"]


def make_font(point_size: float, weight: QFont.Weight = QFont.Normal) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.SansSerif)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font
