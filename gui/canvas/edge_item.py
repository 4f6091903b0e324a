"""An edge on the canvas: a curve with its forward value above and its gradient below.

As in the book's figures, the value is written above the curve and the gradient below it,
in the theme's gradient colour; an ∞ or NaN is boxed in amber. Where along the curve the
pair sits (`label_t`, the middle unless that spot is taken) is chosen for the whole graph
by `gui.canvas.label_layout`, so no two labels overlap. The numbers keep a readable size on screen:
zoomed out, they are drawn larger in scene units (`label_scale`), up to a limit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from gui.base.safety import guarded
from gui.base.theme import LIGHT, Theme
from gui.canvas.node_item import (
    ANTIALIASING,
    CENTER,
    DETAIL_LOD,
    NO_BRUSH,
    NO_PEN,
    NUMBER_FONT,
    PORT_RADIUS,
    SELECTABLE,
    STUB_LENGTH,
    NodeItem,
)
from gui.canvas.presentation import Numbers

#: numbers are never drawn smaller on screen than at this zoom...
READABLE_ZOOM = 0.75
#: ...unless that would make them this many times larger than at 100 %
MAX_LABEL_SCALE = 3.0
#: where no spot is free at that size, a label may be drawn as small as at this zoom
#: rather than cover a node (`gui.canvas.label_layout`)
SMALLEST_READABLE_ZOOM = 0.55
GAP = 3.0  # between the curve and its labels

_METRICS: list[QFontMetricsF] = []
_WIDTHS: dict[str, float] = {}


_PENS: dict[tuple[int, float, bool], QPen] = {}


def _pen(color: QColor, width: float, dashed: bool) -> QPen:
    """An edge's pen, made once per colour, width and dash (10,000 edges share a few)."""
    key = (color.rgba(), width, dashed)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) > 64:
            _PENS.clear()
        pen = _PENS[key] = QPen(color, width)
        pen.setCapStyle(Qt.RoundCap)
        if dashed:
            pen.setStyle(Qt.DashLine)
    return pen


def label_scale(zoom: float, readable: float = READABLE_ZOOM) -> float:
    """How much larger (in scene units) numbers are drawn at `zoom`, to look as large as
    at the zoom `readable`."""
    return min(MAX_LABEL_SCALE, max(1.0, readable / zoom)) if zoom > 0 else 1.0


def _number_metrics() -> QFontMetricsF:
    """One QFontMetricsF for edge numbers (made lazily: it needs the application)."""
    if not _METRICS:
        _METRICS.append(QFontMetricsF(NUMBER_FONT))
    return _METRICS[0]


def _number_width(text: str) -> float:
    """Width of an edge number (its longest line); cached, as the same texts come back on
    every recompute."""
    width = _WIDTHS.get(text)
    if width is None:
        if len(_WIDTHS) > 200_000:  # two texts an edge, at the most edges a graph has
            _WIDTHS.clear()
        metrics = _number_metrics()
        width = _WIDTHS[text] = max(metrics.horizontalAdvance(line)
                                    for line in text.split("\n"))
    return width


def _bezier_span(p0: float, p1: float, p2: float, p3: float) -> tuple[float, float]:
    """The least and greatest value a cubic Bézier coordinate takes for t in [0, 1]: its
    ends, and where its derivative (a quadratic in t) is 0 between them."""
    lo, hi = min(p0, p3), max(p0, p3)
    a, b, c = p1 - p0, p2 - p1, p3 - p2
    qa, qb = a - 2 * b + c, 2 * (b - a)
    if abs(qa) < 1e-12:
        roots = [-a / qb] if abs(qb) > 1e-12 else []
    else:
        disc = qb * qb - 4 * qa * a
        if disc < 0:
            roots = []
        else:
            root = math.sqrt(disc)
            roots = [(-qb - root) / (2 * qa), (-qb + root) / (2 * qa)]
    for t in roots:
        if 0.0 < t < 1.0:
            u = 1.0 - t
            v = p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t)
            lo, hi = min(lo, v), max(hi, v)
    return lo, hi


class EdgeItem(QGraphicsRectItem):
    """An edge (or, with no target, the output stub of an output node).

    A rectangle item only for its bounds, as `NodeItem` is: the rectangle (never stroked or
    filled) is what Qt asks for, in C++, each time 10,000 edges are indexed, moved or
    painted. The curve is kept as its two ends, in numbers; its QPainterPath and arrow head
    are made when it is first drawn or hit (a fitted big graph draws half its edges, and
    a group drag only moves them).
    """

    def __init__(self, edge_id: str, source: NodeItem, target: NodeItem | None,
                 port: str | None, theme: Theme = LIGHT, labels_drawn: bool = True) -> None:
        super().__init__()
        self.edge_id, self.source, self.target, self.port = edge_id, source, target, port
        self.theme = theme
        self.value_text = ""
        self.grad_text = ""
        self.value_fault = self.grad_fault = False  # the number is ∞ or NaN (somewhere)
        self.data_value = None  # the arrays behind the texts, for the hover tooltip
        self.data_grad = None
        self.label_t = 0.5  # where along the curve the labels sit
        self.scale = 1.0  # the numbers' size in scene units, relative to 100 % zoom
        self._anchors: dict[float, QPointF] = {}
        self._value_rect = QRectF()
        self._grad_rect = QRectF()
        self._rects_stale = False  # where the texts go: measured when next asked
        # Zoomed out below DETAIL_LOD the numbers are not drawn: the edge is its curve
        # alone, and new numbers change nothing on screen (no new bounds, no repaint).
        self.labels_drawn = labels_drawn
        #: where the curve's ends are on the canvas (x1, y1, x2, y2), to see a group move
        self._ends: tuple[float, float, float, float] | None = None
        #: the same ends in the item's coordinates, where the curve was laid out
        self._local = (0.0, 0.0, 0.0, 0.0)
        self._curve: QPainterPath | None = None  # made when first needed
        # above the nodes: where a number cannot find a free spot, it covers a node's
        # corner rather than hide under it (the numbers are what the canvas is for)
        self.setZValue(1.5)
        self.setAcceptHoverEvents(True)
        if target is not None:
            self.setFlags(SELECTABLE)
        self.setPen(NO_PEN)  # the rectangle is the bounds, not a drawing
        self.update_path()

    @property
    def is_stub(self) -> bool:
        return self.target is None

    @property
    def has_labels(self) -> bool:
        return bool(self.value_text or self.grad_text)

    def _end_coords(self) -> tuple[float, float, float, float]:
        # a node is only ever moved, never turned or scaled: its position plus the port's
        # (scenePos would map through the item's transform, 10,000 times per drag event)
        source = self.source
        here, out = source.pos(), source.output_port
        x1, y1 = here.x() + out.x, here.y() + out.y
        if self.target is None:
            return x1, y1, x1 + STUB_LENGTH, y1
        there, into = self.target.pos(), self.target.input_ports[self.port]
        return x1, y1, there.x() + into.x, there.y() + into.y

    def endpoints(self) -> tuple[QPointF, QPointF]:
        """Where the curve starts and ends on the canvas."""
        x1, y1, x2, y2 = self._end_coords()
        return QPointF(x1, y1), QPointF(x2, y2)

    def update_path(self) -> None:
        ends = self._end_coords()
        old = self._ends
        if old is not None:
            dx, dy = ends[0] - old[0], ends[1] - old[1]
            if (dx, dy) == (ends[2] - old[2], ends[3] - old[3]):
                # both ends moved alike (a dragged group): the curve just moves
                if dx or dy:
                    self._ends = ends
                    self.moveBy(dx, dy)
                return
        self._ends = self._local = ends
        self.setPos(0, 0)  # the curve is laid out in scene coordinates
        self._curve = None
        self._anchors = {}
        self._rects_stale = True
        self._refresh_bounds()

    def shift(self, dx: float, dy: float) -> None:
        """Both ends moved by (`dx`, `dy`), as a dragged group moves: the curve moves as
        it is (the scene knows how far; nothing is asked of the nodes or laid out)."""
        if dx or dy:
            x1, y1, x2, y2 = self._ends
            self._ends = (x1 + dx, y1 + dy, x2 + dx, y2 + dy)
            self.moveBy(dx, dy)

    def _controls(self) -> tuple[float, float, float, float, float, float]:
        """The curve in the item's coordinates: x1, y1, x2, y2 and the x of the two inner
        control points (the curve leaves and enters its ports level)."""
        x1, y1, x2, y2 = self._local
        dx = max(40.0, abs(x2 - x1) * 0.5)
        return x1, y1, x2, y2, x1 + dx, x2 - dx

    @property
    def path(self) -> QPainterPath:
        """The curve, in the item's coordinates (made once per layout of the curve, when
        first drawn or hit)."""
        if self._curve is None:
            x1, y1, x2, y2, cx1, cx2 = self._controls()
            path = self._curve = QPainterPath()
            path.moveTo(x1, y1)
            path.cubicTo(cx1, y1, cx2, y2, x2, y2)
        return self._curve

    def trace(self, path: QPainterPath) -> None:
        """Add the curve to `path`, in scene coordinates (from far away, the scene draws
        every edge as one path: `gui.canvas.overview`)."""
        x1, y1, x2, y2, cx1, cx2 = self._controls()
        here = self.pos()
        dx, dy = here.x(), here.y()
        path.moveTo(x1 + dx, y1 + dy)
        path.cubicTo(cx1 + dx, y1 + dy, cx2 + dx, y2 + dy, x2 + dx, y2 + dy)

    def far_pen(self, selected: bool) -> QPen:
        """The pen of the curve: the selection's colour and wider when selected, dashed
        for an output's stub."""
        t = self.theme
        color = t.color("selection") if selected else t.color("edge")
        return _pen(color, 2.4 if selected else 1.6, self.is_stub)

    def _head(self) -> QPolygonF:
        """The arrow head (drawn only close enough to be seen: made when drawn)."""
        x1, y1, x2, y2 = self._local
        x = x2 if self.is_stub else x2 - (PORT_RADIUS + 1)
        return QPolygonF([QPointF(x, y2), QPointF(x - 8, y2 - 4.5), QPointF(x - 8, y2 + 4.5)])

    def show_numbers(self, numbers: Numbers) -> None:
        """Show these texts (and keep the arrays behind them for the tooltip)."""
        faults = (numbers.value_fault, numbers.grad_fault)
        if faults != (self.value_fault, self.grad_fault):
            self.value_fault, self.grad_fault = faults
            self.update()
        texts = (numbers.value_text, numbers.grad_text)
        if texts != (self.value_text, self.grad_text):
            self.value_text, self.grad_text = texts
            self._relayout()
        self.data_value, self.data_grad = numbers.value, numbers.grad

    def set_labels_drawn(self, on: bool) -> None:
        """Whether the numbers are drawn (the scene says, from the zoom): they belong to
        the edge's bounds and shape only when they are."""
        if on != self.labels_drawn:
            self.labels_drawn = on
            self._refresh_bounds()

    def set_label_place(self, t: float, scale: float) -> None:
        if (t, scale) != (self.label_t, self.scale):
            self.label_t, self.scale = t, scale
            self._relayout()

    @guarded
    def hoverEnterEvent(self, event) -> None:
        if self.scene() is not None:
            self.setToolTip(self.scene().edge_tooltip(self))
        super().hoverEnterEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    # -- where the labels go -----------------------------------------------------------------

    def anchor(self, t: float) -> QPointF:
        """The point of the curve at parameter `t` (0 at the source, 1 at the target), in
        local coordinates: the Bézier formula, far cheaper than measuring the path's length
        (`pointAtPercent` took a third of the time of adding 10,000 edges)."""
        point = self._anchors.get(t)
        if point is None:
            x1, y1, x2, y2, cx1, cx2 = self._controls()
            u = 1.0 - t
            a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
            point = self._anchors[t] = QPointF(x1 * a + cx1 * b + cx2 * c + x2 * d,
                                               y1 * a + y1 * b + y2 * c + y2 * d)
        return point

    def label_rects(self, t: float, scale: float) -> tuple[QRectF, QRectF]:
        """Where the value and the gradient would be written with the labels at `t` and
        drawn `scale` times larger, in local coordinates (an empty rect for no text)."""
        if not self.value_text and not self.grad_text:
            return QRectF(), QRectF()
        mid = self.anchor(0.5 if self.is_stub else t)
        line = _number_metrics().height() * scale
        gap = GAP * scale

        def rect(text: str, above: bool) -> QRectF:
            if not text:
                return QRectF()
            w = (_number_width(text) + 8) * scale
            h = line * (text.count("\n") + 1)
            top = mid.y() - h - gap if above else mid.y() + gap
            # a stub's text starts after its node; an edge's is centred on the curve
            left = self._local[0] + 10 if self.is_stub else mid.x() - w / 2
            return QRectF(left, top, w, h)

        return rect(self.value_text, True), rect(self.grad_text, False)

    def scene_label_rects(self, t: float, scale: float) -> list[QRectF]:
        """The non-empty label rectangles at `t`, in scene coordinates (for the layout)."""
        return [r.translated(self.pos()) for r in self.label_rects(t, scale) if not r.isNull()]

    def _relayout(self) -> None:
        """The texts, their place or their size changed: where they go is measured when
        next asked, or now if they are drawn (they are then part of the bounds)."""
        self._rects_stale = True
        if self.labels_drawn:
            self._refresh_bounds()

    def _settle_rects(self) -> None:
        """Measure where the texts go, if something changed since."""
        if self._rects_stale:
            self._rects_stale = False
            self._value_rect, self._grad_rect = self.label_rects(self.label_t, self.scale)

    def _refresh_bounds(self) -> None:
        """The curve (with room for its pen and head) and, if drawn, the numbers: the
        rectangle Qt knows the edge by (a change tells Qt, which repaints both)."""
        x1, y1, x2, y2, cx1, cx2 = self._controls()
        left, right = _bezier_span(x1, cx1, cx2, x2)
        bounds = QRectF(left - 8, min(y1, y2) - 8, right - left + 16, abs(y2 - y1) + 16)
        if self.labels_drawn:
            self._settle_rects()
            for r in (self._value_rect, self._grad_rect):
                if not r.isNull():
                    bounds = bounds.united(r.adjusted(-2, -2, 2, 2))
        self.setRect(bounds)

    def value_rect(self) -> QRectF:
        """Where the value is written, in scene coordinates (empty when there is none)."""
        self._settle_rects()
        return self._value_rect.translated(self.pos()) if not self._value_rect.isNull() \
            else QRectF()

    def grad_rect(self) -> QRectF:
        self._settle_rects()
        return self._grad_rect.translated(self.pos()) if not self._grad_rect.isNull() \
            else QRectF()

    def curve_rect(self) -> QRectF:
        """Where the curve is, in scene coordinates (no numbers: nothing to measure)."""
        x1, y1, x2, y2, cx1, cx2 = self._controls()
        left, right = min(x1, x2, cx1, cx2), max(x1, x2, cx1, cx2)
        here = self.pos()
        return QRectF(left + here.x(), min(y1, y2) + here.y(), right - left, abs(y2 - y1))

    def scene_path(self) -> QPainterPath:
        return self.path.translated(self.pos())

    # -- painting ----------------------------------------------------------------------------

    @guarded(default=QPainterPath())
    def shape(self) -> QPainterPath:
        if self.labels_drawn:
            self._settle_rects()
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        shape = stroker.createStroke(self.path)
        if self.labels_drawn:
            for r in (self._value_rect, self._grad_rect):
                if not r.isNull():
                    shape.addRect(r)
        return shape

    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        pen = self.far_pen(selected)
        color = pen.color()
        painter.setPen(pen)
        painter.setBrush(NO_BRUSH)
        if lod < DETAIL_LOD:
            # far away: thousands of curves a few pixels long; smoothing them costs more
            # than it shows, and arrow heads and numbers would be specks
            painter.setRenderHint(ANTIALIASING, False)
            painter.drawPath(self.path)
            return
        self._settle_rects()  # drawn at this zoom even before the scene says so
        path = self.path
        painter.setRenderHint(ANTIALIASING)
        painter.drawPath(path)
        painter.setPen(NO_PEN)
        painter.setBrush(color)
        painter.drawPolygon(self._head())
        self._paint_labels(painter)

    def _paint_labels(self, painter: QPainter) -> None:
        t = self.theme
        fill = QColor(t.color("label_fill"))
        fill.setAlpha(225)
        painter.setFont(NUMBER_FONT)
        for text, rect, ink, fault in (
                (self.value_text, self._value_rect, "value_text", self.value_fault),
                (self.grad_text, self._grad_rect, "grad_text", self.grad_fault)):
            if not text:
                continue
            if fault:  # ∞ or NaN: an amber box, outlined, so it stands out calmly
                painter.setPen(QPen(t.color("fault"), 1.0 * self.scale))
                painter.setBrush(t.color("fault_fill"))
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                painter.setPen(t.color("fault"))
            else:
                painter.setPen(NO_PEN)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 3 * self.scale, 3 * self.scale)
                painter.setPen(t.color(ink))
            if self.scale == 1.0:
                painter.drawText(rect, CENTER, text)
            else:  # the text at its 100 % size, scaled up about the rectangle's corner
                painter.save()
                painter.translate(rect.topLeft())
                painter.scale(self.scale, self.scale)
                painter.drawText(QRectF(0, 0, rect.width() / self.scale,
                                        rect.height() / self.scale), CENTER, text)
                painter.restore()
