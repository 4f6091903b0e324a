"""Pictures of the canvas: PNG (at twice the scene's resolution) and SVG."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from gui.canvas.node_item import DETAIL_LOD

MARGIN = 30


def _source_rect(scene) -> QRectF:
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _render(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    painter.fillRect(target, QColor(scene.theme.canvas))
    selected = scene.selectedItems()
    for item in selected:  # a picture shows the graph, not the current selection
        item.setSelected(False)
    scene.render(painter, target, source, Qt.KeepAspectRatio)
    for item in selected:
        item.setSelected(True)


@contextmanager
def _numbers_drawn(scene):
    """The edges' numbers are in the picture, whatever the view's zoom (zoomed out, the
    view does not draw them); every item is made first (a big graph's come over turns)."""
    scene.finish_items()
    scene.finish_items()
    scene.draw_labels(True)
    try:
        with scene.drawn_by_items():
            yield
    finally:
        scene.draw_labels(scene.zoom >= DETAIL_LOD)


def to_png(scene, path: str, scale: float = 2.0) -> bool:
    with _numbers_drawn(scene):
        return _to_png(scene, path, scale)


def to_svg(scene, path: str) -> bool:
    with _numbers_drawn(scene):
        return _to_svg(scene, path)


def _to_png(scene, path: str, scale: float) -> bool:
    source = _source_rect(scene)
    size = QSize(int(source.width() * scale), int(source.height() * scale))
    image = QImage(size, QImage.Format_ARGB32)
    image.fill(QColor(scene.theme.canvas))
    painter = QPainter(image)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return image.save(path, "PNG")


def _to_svg(scene, path: str) -> bool:
    source = _source_rect(scene)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("Backprop Studio graph")
    painter = QPainter()
    if not painter.begin(generator):
        return False
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return True
