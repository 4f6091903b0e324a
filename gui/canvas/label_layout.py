"""Where each edge's numbers go, so that no two labels overlap and none covers a node.

Each edge writes its value above and its gradient below one point of its curve. The
middle is the first choice; when that spot is taken (two wires converging on one node, or
crossing), the pair slides along its own curve to the nearest free spot, so it still sits
clearly on its edge. Nodes and the labels already placed are obstacles, kept in a grid
of cells so each test looks only at its neighbours. Graphs with very many labels keep every
pair in the middle: the search would cost more than it helps at that size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

#: the points along a curve a label pair may take, in order of preference
CANDIDATES = (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8)
#: beyond this many labelled edges, every pair stays in the middle of its curve
MAX_PLACED = 3000
MARGIN = 2.0  # the clear space kept around every label


class _Grid:
    """Rectangles bucketed by the cells they touch."""

    def __init__(self, cell: float = 160.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, r: QRectF):
        c = self.cell
        for i in range(math.floor(r.left() / c), math.floor(r.right() / c) + 1):
            for j in range(math.floor(r.top() / c), math.floor(r.bottom() / c) + 1):
                yield (i, j)

    def add(self, r: QRectF) -> None:
        for key in self._keys(r):
            self.cells.setdefault(key, []).append(r)

    def overlap(self, r: QRectF) -> float:
        """The area of `r` covered by stored rectangles (shared ones counted once each)."""
        seen: set[int] = set()
        area = 0.0
        for key in self._keys(r):
            for other in self.cells.get(key, ()):
                if id(other) not in seen and other.intersects(r):
                    seen.add(id(other))
                    common = other.intersected(r)
                    area += common.width() * common.height()
        return area


def place_labels(edges, stubs, obstacles: list[QRectF], scale: float) -> None:
    """Give every edge item its label spot (`set_label_place`) at `scale`."""
    labelled = [e for e in edges if e.has_labels]
    if len(labelled) > MAX_PLACED:
        for edge in [*edges, *stubs]:
            edge.set_label_place(0.5, scale)
        return
    grid = _Grid()
    for rect in obstacles:
        grid.add(rect)
    for stub in stubs:  # fixed: just after their node
        stub.set_label_place(0.5, scale)
        for rect in stub.scene_label_rects(0.5, scale):
            grid.add(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
    # shorter edges have fewer good spots: they choose first
    order = sorted(labelled, key=lambda e: e.scene_path().length())
    for edge in order:
        best_t, best_cost = 0.5, math.inf
        for t in CANDIDATES:
            cost = sum(grid.overlap(r.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
                       for r in edge.scene_label_rects(t, scale))
            if cost == 0:
                best_t = t
                break
            if cost < best_cost:
                best_t, best_cost = t, cost
        edge.set_label_place(best_t, scale)
        for rect in edge.scene_label_rects(best_t, scale):
            grid.add(rect)
    for edge in edges:
        if not edge.has_labels:
            edge.set_label_place(0.5, scale)
