"""Render the app's icon, backprop-studio.svg, as the PNG sizes a desktop asks for.

Run after changing the SVG: `.venv/bin/python resources/icons/make.py`. The window's icon
(_NET_WM_ICON) and the installed desktop entry use the PNGs; the desktop entry installs the
SVG too, as the scalable icon.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "backprop-studio.svg"
#: the same drawing with fewer strokes, for the sizes where the full one blurs
SMALL_SVG = HERE / "backprop-studio-small.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for size in SIZES:
        out = HERE / f"backprop-studio-{size}.png"
        if not render(SMALL_SVG if size in SMALL else SVG, size).save(str(out), "PNG"):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
