"""Where each edge's numbers go, so that no two labels overlap and none covers a node, another
edge's curve or its arrowhead.

Each edge writes its value above and its gradient below one point of its curve. The
middle is the first choice; when that spot is taken (two wires converging on one node, or
crossing), the pair slides along its own curve to the nearest free spot, so it still sits
clearly on its own edge, not on a neighbour's. Nodes and the labels already placed are
hard obstacles; the other edges' curves (points along them, the arrowhead larger) are soft
ones, avoided where a spot allows. All are kept in grids of cells so each test looks only
at its neighbours. When some pair finds no spot free of hard obstacles at the size the zoom
asks for (`scale`), every label is laid out again smaller, at `min_scale`: numbers sitting
on a node were worse than numbers a little smaller, and one size for all reads better than
each its own. Larger graphs skip the curves and the second size (a recompute must stay
quick), and graphs with very many labels keep every pair in the middle: the search would
cost more than it helps at that size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

#: the points along a curve a label pair may take, in order of preference
CANDIDATES = (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8)
#: beyond this many labelled edges, every pair stays in the middle of its curve
MAX_PLACED = 3000
#: up to this many labelled edges, curves are obstacles and sizes may step down
MAX_CAREFUL = 60
MARGIN = 2.0  # the clear space kept around every label
#: a pair covering less than this (scene px², within the nodes' clear margin) is no reason
#: to draw every label smaller
TOUCH = 60.0
#: where along a curve its points are obstacles to the other edges' labels
CURVE_POINTS = tuple(i / 12 for i in range(1, 12))
POINT = 5.0  # the side of a curve point's obstacle
HEAD = 16.0  # the side of an arrowhead's obstacle


class _Grid:
    """Rectangles bucketed by the cells they touch, each with its owner (an edge id for the
    points of its curve; None for nodes and labels)."""

    def __init__(self, cell: float = 160.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[QRectF, str | None]]] = {}

    def _keys(self, r: QRectF) -> list[tuple[int, int]]:
        c = self.cell
        columns = range(math.floor(r.left() / c), math.floor(r.right() / c) + 1)
        rows = range(math.floor(r.top() / c), math.floor(r.bottom() / c) + 1)
        return [(i, j) for i in columns for j in rows]

    def add(self, r: QRectF, owner: str | None = None) -> None:
        entry = (r, owner)
        for key in self._keys(r):
            self.cells.setdefault(key, []).append(entry)

    def overlap(self, r: QRectF, ignore: str | None = None) -> float:
        """The area of `r` covered by stored rectangles (shared ones counted once each),
        but those of `ignore` (an edge's own curve)."""
        keys = self._keys(r)
        seen: set[int] | None = set() if len(keys) > 1 else None  # one cell: no repeats
        area = 0.0
        cells = self.cells
        for key in keys:
            for entry in cells.get(key, ()):
                other = entry[0]
                if not other.intersects(r) or (ignore is not None and entry[1] == ignore):
                    continue
                if seen is not None:
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                common = other.intersected(r)
                area += common.width() * common.height()
        return area


def _add_curve(grid: _Grid, edge) -> None:
    """Points along `edge`'s curve, and its arrowhead, as obstacles to other labels."""
    offset = edge.pos()
    for t in CURVE_POINTS:
        p = edge.anchor(t) + offset
        grid.add(QRectF(p.x() - POINT / 2, p.y() - POINT / 2, POINT, POINT), edge.edge_id)
    tip = edge.anchor(1.0) + offset
    grid.add(QRectF(tip.x() - HEAD, tip.y() - HEAD / 2, HEAD, HEAD), edge.edge_id)


def place_labels(edges, stubs, obstacles: list[QRectF], scale: float,
                 min_scale: float | None = None) -> None:
    """Give every edge item its label spot and size (`set_label_place`): at `scale`, or at
    `min_scale` when that is what it takes to cover no node and no label."""
    labelled = [e for e in edges if e.has_labels]
    if len(labelled) > MAX_PLACED:
        for edge in [*edges, *stubs]:
            edge.set_label_place(0.5, scale)
        return
    careful = len(labelled) <= MAX_CAREFUL
    curves = _Grid(cell=48.0)  # the soft obstacles, small: the same at every size
    if careful:
        for edge in edges:
            _add_curve(curves, edge)
    covered = _place_all(edges, stubs, labelled, obstacles, scale, curves)
    if careful and min_scale is not None and min_scale < scale and covered >= TOUCH:
        _place_all(edges, stubs, labelled, obstacles, min_scale, curves)
    for edge in edges:
        if not edge.has_labels:
            edge.set_label_place(0.5, scale)


def _place_all(edges, stubs, labelled, obstacles, scale: float, curves: _Grid) -> float:
    """Place every pair at `scale`; the most area of nodes and labels one pair covers."""
    grid = _Grid()  # the hard obstacles: nodes, and the labels placed so far
    for rect in obstacles:
        grid.add(rect)
    for stub in stubs:  # fixed: just after their node
        stub.set_label_place(0.5, scale)
        for rect in stub.scene_label_rects(0.5, scale):
            grid.add(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
    covered = 0.0
    # shorter edges have fewer good spots: they choose first
    order = sorted(labelled, key=lambda e: e.scene_path().length())
    for edge in order:
        best_t, best = 0.5, (math.inf, math.inf)  # (hard, soft) covered, least first
        for t in CANDIDATES:
            rects = [r.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
                     for r in edge.scene_label_rects(t, scale)]
            hard = sum(grid.overlap(r) for r in rects)
            if hard > best[0] or (hard == best[0] and hard > 0):
                continue  # no better; the curves are asked only where nothing hard is
            soft = sum(curves.overlap(r, edge.edge_id) for r in rects) if hard == 0 else 0.0
            if (hard, soft) < best:
                best_t, best = t, (hard, soft)
            if best == (0, 0):
                break
        covered = max(covered, best[0])
        edge.set_label_place(best_t, scale)
        for rect in edge.scene_label_rects(best_t, scale):
            grid.add(rect)
    return covered
