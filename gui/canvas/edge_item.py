"""An edge on the canvas: a curve with its forward value above and its gradient below.

As in the book's figures, the value is written above the curve and the gradient below it,
in the theme's gradient colour; an ∞ or NaN is boxed in amber. Where along the curve the
pair sits (`label_t`, the middle unless that spot is taken) is chosen for the whole graph
by `gui.canvas.label_layout`, so no two labels overlap. The numbers keep a readable size on screen:
zoomed out, they are drawn larger in scene units (`label_scale`), up to a limit.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from gui.base.safety import guarded
from gui.base.theme import LIGHT, Theme
from gui.canvas.node_item import (
    DETAIL_LOD,
    NO_BRUSH,
    NO_PEN,
    NUMBER_FONT,
    PORT_RADIUS,
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


class EdgeItem(QGraphicsItem):
    """An edge (or, with no target, the output stub of an output node)."""

    def __init__(self, edge_id: str, source: NodeItem, target: NodeItem | None,
                 port: str | None, theme: Theme = LIGHT) -> None:
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
        self.path = QPainterPath()
        self._anchors: dict[float, QPointF] = {}
        self._value_rect = QRectF()
        self._grad_rect = QRectF()
        self._bounds = QRectF()
        # The rectangles and bounds wait until asked for (`_settle`): an open, a recompute
        # or a zoom may change an edge's texts, size and place in turn, and each change
        # then costs Qt one notice instead of a layout.
        self._stale = False  # the bounds (Qt was told)
        self._rects_stale = False  # where the texts go
        # Zoomed out below DETAIL_LOD the numbers are not drawn: the edge is its curve
        # alone, and new numbers change nothing on screen (no notice, no repaint).
        self.labels_drawn = True
        self._ends: tuple[QPointF, QPointF] | None = None  # where the curve was laid out
        # above the nodes: where a number cannot find a free spot, it covers a node's
        # corner rather than hide under it (the numbers are what the canvas is for)
        self.setZValue(1.5)
        self.setAcceptHoverEvents(True)
        if target is not None:
            self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.update_path()

    @property
    def is_stub(self) -> bool:
        return self.target is None

    @property
    def has_labels(self) -> bool:
        return bool(self.value_text or self.grad_text)

    def endpoints(self) -> tuple[QPointF, QPointF]:
        # a node is only ever moved, never turned or scaled: its position plus the port's
        # (scenePos would map through both items' transforms, 10,000 times per drag event)
        source = self.source
        p1 = source.output_port.scenePos()
        if self.target is None:
            return p1, p1 + QPointF(STUB_LENGTH, 0)
        return p1, self.target.input_ports[self.port].scenePos()

    def update_path(self) -> None:
        p1, p2 = self.endpoints()
        if self._ends is not None:
            d1, d2 = p1 - self._ends[0], p2 - self._ends[1]
            if d1 == d2:  # both ends moved alike (a dragged group): the curve just moves
                if not d1.isNull():
                    self._ends = (p1, p2)
                    self.setPos(self.pos() + d1)
                return
        self._ends = (p1, p2)
        self.setPos(0, 0)  # the curve is laid out in scene coordinates
        path = QPainterPath(p1)
        dx = max(40.0, abs(p2.x() - p1.x()) * 0.5)
        self._controls = (p1, p1 + QPointF(dx, 0), p2 - QPointF(dx, 0), p2)
        path.cubicTo(*self._controls[1:])
        self.path = path
        self._anchors = {}
        self._start_x = p1.x()
        tip = p2 if self.is_stub else p2 - QPointF(PORT_RADIUS + 1, 0)
        self._head = QPolygonF([tip, tip + QPointF(-8, -4.5), tip + QPointF(-8, 4.5)])
        self._rects_stale = True
        self._notice()

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
            self._notice()
            self.labels_drawn = on

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
            a, b, c, d = self._controls
            u = 1.0 - t
            point = self._anchors[t] = (a * (u * u * u) + b * (3 * u * u * t)
                                        + c * (3 * u * t * t) + d * (t * t * t))
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
            left = self._start_x + 10 if self.is_stub else mid.x() - w / 2
            return QRectF(left, top, w, h)

        return rect(self.value_text, True), rect(self.grad_text, False)

    def scene_label_rects(self, t: float, scale: float) -> list[QRectF]:
        """The non-empty label rectangles at `t`, in scene coordinates (for the layout)."""
        return [r.translated(self.pos()) for r in self.label_rects(t, scale) if not r.isNull()]

    def _relayout(self) -> None:
        """The texts, their place or their size changed: measured when next asked; Qt
        hears now (before the bounds change) if the numbers are drawn."""
        self._rects_stale = True
        if self.labels_drawn:
            self._notice()

    def _notice(self) -> None:
        """The bounds will change: Qt must hear before they do (it repaints what the edge
        covered); they are measured when next asked."""
        if not self._stale:
            self.prepareGeometryChange()
            self._stale = True

    def _settle_rects(self) -> None:
        """Measure where the texts go, if something changed since."""
        if self._rects_stale:
            self._rects_stale = False
            self._value_rect, self._grad_rect = self.label_rects(self.label_t, self.scale)

    @guarded  # asked by Qt's boundingRect and shape: nothing may escape
    def _settle(self) -> None:
        """Measure the bounds (and the labels, if drawn), if something changed since."""
        if self.labels_drawn:
            self._settle_rects()
        if not self._stale:
            return
        self._stale = False
        bounds = self.path.boundingRect().adjusted(-8, -8, 8, 8)
        if self.labels_drawn:
            for r in (self._value_rect, self._grad_rect):
                if not r.isNull():
                    bounds = bounds.united(r.adjusted(-2, -2, 2, 2))
        self._bounds = bounds

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
        return self.path.controlPointRect().translated(self.pos())

    def scene_path(self) -> QPainterPath:
        return self.path.translated(self.pos())

    # -- painting ----------------------------------------------------------------------------

    # Qt calls these two, and they measure the numbers lazily: guarded like `paint`, so a
    # failure there is reported, never raised into Qt (which would abort the process)
    @guarded(default=QRectF())
    def boundingRect(self) -> QRectF:
        if self._stale:
            self._settle()
        return self._bounds

    @guarded(default=QPainterPath())
    def shape(self) -> QPainterPath:
        self._settle()
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
        t = self.theme
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        color = t.color("selection") if selected else t.color("edge")
        painter.setPen(_pen(color, 2.4 if selected else 1.6, self.is_stub))
        painter.setBrush(NO_BRUSH)
        if lod < DETAIL_LOD:
            # far away: thousands of curves a few pixels long; smoothing them costs more
            # than it shows, and arrow heads and numbers would be specks
            painter.setRenderHint(QPainter.Antialiasing, False)
            painter.drawPath(self.path)
            return
        self._settle()
        self._settle_rects()  # drawn at this zoom even before the scene says so
        painter.setRenderHint(QPainter.Antialiasing)
        painter.drawPath(self.path)
        painter.setPen(NO_PEN)
        painter.setBrush(color)
        painter.drawPolygon(self._head)
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
                painter.drawText(rect, Qt.AlignCenter, text)
            else:  # the text at its 100 % size, scaled up about the rectangle's corner
                painter.save()
                painter.translate(rect.topLeft())
                painter.scale(self.scale, self.scale)
                painter.drawText(QRectF(0, 0, rect.width() / self.scale,
                                        rect.height() / self.scale), Qt.AlignCenter, text)
                painter.restore()
