"""The graph seen from far away: every node and edge drawn in a few QPainter calls.

Zoomed out below `DETAIL_LOD`, a node is a box in its header's colour and an edge a thin
curve; 10,000 nodes and 14,000 edges then fit in the window. Drawn as items, each one
cost QGraphicsView its own painter state and a call into Python: the first paint of the
dense benchmark graph fitted took 1.1-1.6 s, each later one 0.3-0.6 s (every event of a
drag). From that zoom the scene marks its items as having no contents (Qt skips them)
and draws them from its background, here: the boxes as one list of rectangles per look,
the curves as one path per pen, over them as items are. The items stay for everything
else (hit tests, selection, tooltips); what a gesture draws (a wire, the rename field)
comes above.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from gui.base.theme import Theme

ANTIALIASING = QPainter.Antialiasing
NO_BRUSH = Qt.NoBrush


def paint_overview(painter: QPainter, theme: Theme, area: QRectF, nodes, edges,
                   stubs) -> None:
    """Draw `nodes`, then `edges` and `stubs` over them (items, as near), as they look
    from far away; only the nodes in `area` (the part of the scene being painted) are
    measured and drawn (the curves, one path each pen, are clipped by the painter)."""
    painter.setRenderHint(ANTIALIASING, False)  # specks: smoothing costs more than it shows
    boxes: dict[tuple[str, float, str], list[QRectF]] = {}
    marked = []  # nodes whose ports a wire being dragged marks
    for item in nodes:
        box = item.mapRectToScene(item.box())
        if box.intersects(area):
            boxes.setdefault(item.far_look(), []).append(box)
            if item.has_marked_ports():
                marked.append(item)
    for (border, width, fill), rects in sorted(boxes.items(), key=lambda kv: kv[0][1]):
        painter.setPen(QPen(theme.color(border), width))  # the widest borders last: on top
        painter.setBrush(theme.color(fill))
        painter.drawRects(rects)
    for item in marked:
        painter.save()
        painter.translate(item.pos())
        item.paint_ports(painter)
        painter.restore()
    paths: dict[tuple[bool, bool], tuple[QPen, QPainterPath]] = {}
    for item in [*edges, *stubs]:
        key = (item.isSelected(), item.is_stub)
        entry = paths.get(key)
        if entry is None:
            entry = paths[key] = (item.far_pen(key[0]), QPainterPath())
        item.trace(entry[1])
    painter.setBrush(NO_BRUSH)
    for _key, (pen, path) in sorted(paths.items(), key=lambda kv: kv[0]):
        painter.setPen(pen)  # the selection last: on top
        painter.drawPath(path)
