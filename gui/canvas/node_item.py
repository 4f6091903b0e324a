"""Graphics items of nodes: a node with its ports, and the wire that follows the mouse.

Items hold ids, never core objects; the scene creates, updates and removes them when the
core graph says so. A node where an ∞ or NaN started is outlined in the theme's amber fault
colour; one that cannot compute, in red. Edges and their numbers are `gui.canvas.edge_item`.

Zoomed out, a node's title and what its body says (a source's value, an op's symbol) are
drawn larger in scene units, as the edges' numbers are (`set_text_scale`, the scene gives
both the same `label_scale`), as far as they fit: the body's text within the body (a long
value on two lines), the title within the node's width, its header growing upward to hold it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from core.i18n import translate
from gui.base.fonts import make_font
from gui.base.safety import guarded
from gui.base.theme import LIGHT, Theme

NODE_WIDTH = 124.0
HEADER = 24.0
ROW = 22.0
BODY_MIN = 46.0
PORT_RADIUS = 5.0
STUB_LENGTH = 86.0
#: below this zoom a node is a plain box and an edge a plain line: no text at all. At and
#: above it, edge numbers are drawn at a readable size (see `gui.canvas.edge_item.label_scale`).
DETAIL_LOD = 0.28

LABEL_FONT = make_font(9.0)
SYMBOL_FONT = make_font(15.0)
LONG_SYMBOL_FONT = make_font(11.0)
SMALL_FONT = make_font(7.5)
NUMBER_FONT = make_font(9.5, QFont.DemiBold)


# Made once: PySide6 6.12 drops a reference to None each time painter.setBrush(Qt.NoBrush)
# converts the enum, and a long session of repaints then crashes the interpreter.
NO_PEN = QPen(Qt.NoPen)
NO_BRUSH = QBrush(Qt.NoBrush)

# Qt's enum values, looked up once: each `Qt.AlignCenter` or `QGraphicsItem.ItemIsSelectable`
# costs PySide 2-4 µs, and 10,000 items are made and painted with them.
SELECTABLE = QGraphicsItem.ItemIsSelectable
NO_CONTENTS = QGraphicsItem.ItemHasNoContents
DEVICE_CACHE = QGraphicsItem.DeviceCoordinateCache
ANTIALIASING = QPainter.Antialiasing
CENTER = Qt.AlignCenter
LEFT_MIDDLE = Qt.AlignVCenter | Qt.AlignLeft
BOTTOM_RIGHT = Qt.AlignBottom | Qt.AlignRight


_SYMBOL_WIDTHS: dict[tuple[float, str], float] = {}


def _symbol_width(font: QFont, symbol: str) -> float:
    """A node symbol's width; measured once per symbol (10,000 nodes share a dozen)."""
    key = (font.pointSizeF(), symbol)
    if key not in _SYMBOL_WIDTHS:
        _SYMBOL_WIDTHS[key] = QFontMetricsF(font).horizontalAdvance(symbol)
    return _SYMBOL_WIDTHS[key]


#: id(font) → (the font, kept so its id is never another's; its line height)
_HEIGHTS: dict[int, tuple[QFont, float]] = {}
_LABEL_METRICS: list[QFontMetricsF] = []


def _font_height(font: QFont) -> float:
    """A font's line height, measured once per font object (the fonts here are made once:
    the module's, and `scaled_font`'s)."""
    known = _HEIGHTS.get(id(font))
    if known is None:
        if len(_HEIGHTS) > 4000:
            _HEIGHTS.clear()
        known = _HEIGHTS[id(font)] = (font, QFontMetricsF(font).height())
    return known[1]


def _label_metrics() -> QFontMetricsF:
    """The metrics of node titles at 100 % (made lazily: it needs the application)."""
    if not _LABEL_METRICS:
        _LABEL_METRICS.append(QFontMetricsF(LABEL_FONT))
    return _LABEL_METRICS[0]


_LABEL_WIDTHS: dict[str, float] = {}


def _label_width(label: str) -> float:
    """A title's width at 100 %; kept, as the same titles are measured again on every zoom
    step past 100 % and on every undo that brings 10,000 nodes back."""
    width = _LABEL_WIDTHS.get(label)
    if width is None:
        if len(_LABEL_WIDTHS) > 100_000:  # ten times the most nodes a graph has
            _LABEL_WIDTHS.clear()
        width = _LABEL_WIDTHS[label] = _label_metrics().horizontalAdvance(label)
    return width


def body_height(n_inputs: int) -> float:
    return max(BODY_MIN, ROW * n_inputs + 8.0)


#: (id of a font, factor) → (that font, kept so its id stays its own; it that many times larger)
_SCALED_FONTS: dict[tuple[int, float], tuple[QFont, QFont]] = {}


def scaled_font(font: QFont, factor: float) -> QFont:
    """`font` `factor` times larger (made once per size: paints ask for it often)."""
    factor = round(factor, 2)
    if factor == 1.0:
        return font
    key = (id(font), factor)  # not font.key(): 15 µs a call, and an open makes 10,000
    known = _SCALED_FONTS.get(key)
    if known is None:
        if len(_SCALED_FONTS) > 2000:
            _SCALED_FONTS.clear()
        scaled = QFont(font)
        scaled.setPointSizeF(font.pointSizeF() * factor)
        known = _SCALED_FONTS[key] = (font, scaled)
    return known[1]


def fit_text(font: QFont, text: str, room: QRectF, scale: float,
             wrap: bool = False) -> tuple[QFont, str]:
    """`text` in `font` at up to `scale` times its size, as large as fits `room`: on one
    line, or (`wrap`) on two, broken after the comma nearest the middle, when that is
    larger; never below 7 pt, and elided when even that is too wide."""
    metrics = QFontMetricsF(font)
    candidates = [[text]]
    if wrap and ", " in text:
        cuts = [i for i in range(len(text)) if text.startswith(", ", i)]
        cut = min(cuts, key=lambda i: abs(2 * i - len(text))) + 1
        candidates.append([text[:cut], text[cut:].lstrip()])
    best_factor, best_lines = -1.0, candidates[0]
    for lines in candidates:
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        factor = min(scale, room.width() / max(width, 1.0), room.height() / max(height, 1.0))
        if factor > best_factor * 1.05:  # two lines only when clearly larger
            best_factor, best_lines = factor, lines
    factor = max(best_factor, 7.0 / font.pointSizeF())
    scaled = scaled_font(font, factor)
    text = "\n".join(best_lines)
    if best_factor < factor:  # too wide even at 7 pt
        text = QFontMetricsF(scaled).elidedText(" ".join(best_lines), Qt.ElideRight,
                                                room.width())
    return scaled, text


#: how far from a port's centre a press still takes it (easier to grab than the dot)
PORT_GRIP = 10.0


class Port:
    """A port dot: the output on a node's right edge, or one named input on its left.

    Not a graphics item: its node draws it and finds it under the mouse (`NodeItem.port_near`),
    so 10,000 nodes are 10,000 items, not 34,000 (each item costs Qt an index entry, and
    PySide a wrapper, when it is made, moved and removed).
    """

    __slots__ = ("node", "node_id", "port", "x", "y", "state")

    def __init__(self, node: NodeItem, port: str | None, x: float, y: float) -> None:
        self.node, self.node_id, self.port = node, node.node_id, port
        self.x, self.y = x, y  # in the node's coordinates
        self.state = ""  # "", "valid" or "invalid" while a wire is being dragged

    @property
    def is_output(self) -> bool:
        return self.port is None

    def near(self, x: float, y: float, radius: float) -> bool:
        """Whether the dot's grip (`PORT_GRIP` around it) meets the square of `radius`
        around (`x`, `y`), in the node's coordinates."""
        dx = max(0.0, abs(x - self.x) - radius)
        dy = max(0.0, abs(y - self.y) - radius)
        return dx * dx + dy * dy <= PORT_GRIP * PORT_GRIP

    def pos(self) -> QPointF:
        """Where the dot is in its node."""
        return QPointF(self.x, self.y)

    def scenePos(self) -> QPointF:  # named as a graphics item's, which it was
        """Where the dot is on the canvas (a node is only ever moved, never turned)."""
        return self.node.pos() + QPointF(self.x, self.y)

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.node.redraw()


class NodeItem(QGraphicsRectItem):
    """A node: its label in the header, its symbol (or a source's value) in the body.

    A rectangle item only for its bounds: the rectangle (`_bounds`, never stroked or filled)
    is what Qt asks for, in C++, several times per node each time 10,000 nodes move, are
    indexed or painted; a Python `boundingRect` cost a call into Python each time.
    """

    def __init__(self, node_id: str, type_name: str, symbol: str, inputs: tuple[str, ...],
                 is_source: bool, theme: Theme = LIGHT, label: str = "",
                 text_scale: float = 1.0) -> None:
        super().__init__()
        self.node_id, self.type_name, self.symbol = node_id, type_name, symbol
        self.inputs, self.is_source, self.theme = inputs, is_source, theme
        self.label = label
        self.body_text = symbol  # a source shows its value here
        self.caption = type_name if not is_source else symbol
        self.error = ""
        self.warning = ""
        self.highlighted = False
        self._header_cache = self._label_cache = self._body_cache = None
        self.text_scale = text_scale  # how much larger the title and body text are drawn
        self.header_extra = 0.0  # how far the header grows above the node for its title
        body = body_height(len(inputs))
        self.height = HEADER + body
        self.symbol_font = SYMBOL_FONT if len(symbol) <= 6 else LONG_SYMBOL_FONT
        symbol_width = _symbol_width(self.symbol_font, symbol)
        self.width = max(NODE_WIDTH, symbol_width + (58 if inputs else 30))
        if text_scale > 1.0:
            self.header_extra = self._header_growth()
        self.setPen(NO_PEN)  # the rectangle is the bounds, not a drawing: no pen widens it
        self.setRect(self._bounds())
        # Not ItemIsMovable: a drag is the scene's NodeDrag gesture, which an edit arriving
        # mid-drag can cancel (Qt's own moving could not be). Nodes only move through the
        # scene's place_nodes, which moves their edges too: no itemChange per position.
        self.setFlags(SELECTABLE)
        self.setAcceptHoverEvents(True)  # the cross cursor over a port
        self.setZValue(1)
        # A node changes rarely (label, issue, selection); panning and edits elsewhere then
        # only blit its cached pixmap.
        self.setCacheMode(DEVICE_CACHE)
        # The ports are drawn by the node and found by geometry (`port_near`), not items.
        top = HEADER + (body - ROW * len(inputs)) / 2 + ROW / 2
        self.input_ports: dict[str, Port] = {
            port: Port(self, port, 0.0, top + ROW * i) for i, port in enumerate(inputs)}
        self.output_port = Port(self, None, self.width, HEADER + body / 2)

    # -- state from the model -----------------------------------------------------------

    def set_label(self, label: str) -> None:
        if label != self.label:
            self.label = label
            self._fit_header()
            self.update()

    def set_text_scale(self, scale: float) -> None:
        """Draw the title and the body's text up to `scale` times larger (the zoom's
        `label_scale`), as far as they fit."""
        if abs(scale - self.text_scale) > 1e-3:
            self.text_scale = scale
            self._fit_header()
            self.update()

    def _header_growth(self) -> float:
        """How far the header must grow above the node for the title at its scale."""
        if self.text_scale <= 1.0:
            return 0.0  # the title fits the header at 100 %: nothing to measure
        return max(0.0, _font_height(self._label_font()) + 6.0 - HEADER)

    def _fit_header(self) -> None:
        """The header's growth above the node for the title at its scale."""
        extra = self._header_growth()
        if extra != self.header_extra:
            self.header_extra = extra
            self._header_cache = None
            self.setRect(self._bounds())  # tells Qt, which repaints what it covered

    def set_body_text(self, text: str) -> None:
        if text != self.body_text:
            self.body_text = text
            self.update()

    def set_issue(self, error: str, warning: str = "") -> None:
        if (error, warning) != (self.error, self.warning):
            self.error, self.warning = error, warning
            self.setToolTip(error or warning or "")
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def ports(self) -> list[Port]:
        return [*self.input_ports.values(), self.output_port]

    def port_near(self, pos: QPointF, radius: float) -> Port | None:
        """The port whose grip meets the square of `radius` around `pos` (in the scene),
        nearest first; None when there is none."""
        here = self.pos()
        x, y = pos.x() - here.x(), pos.y() - here.y()
        near = [p for p in self.ports() if p.near(x, y, radius)]
        return min(near, key=lambda p: abs(p.x - x) + abs(p.y - y)) if near else None

    @guarded
    def hoverMoveEvent(self, event) -> None:
        if self.port_near(event.scenePos(), 0.0) is not None:
            self.setCursor(Qt.CrossCursor)
        elif self.hasCursor():
            self.unsetCursor()

    @guarded
    def hoverLeaveEvent(self, event) -> None:
        if self.hasCursor():
            self.unsetCursor()

    def box(self) -> QRectF:
        """What the node draws, its grown header included (no glow, no ring)."""
        return QRectF(0, -self.header_extra, self.width, self.height + self.header_extra)

    def header_rect(self) -> QRectF:
        return QRectF(0, -self.header_extra, self.width, HEADER + self.header_extra)

    # -- painting -----------------------------------------------------------------------

    def _bounds(self) -> QRectF:
        top = -7 - self.header_extra  # room for glow/ring, and a grown header
        # left and right: room for a port marked while a wire is dragged (7 px and its pen)
        return QRectF(-9, top, self.width + 18, self.height + 7 - top)

    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = self.theme
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self.box()
        border_name, width, fill_name = self.far_look()
        border, header_fill = t.color(border_name), t.color(fill_name)
        if lod < DETAIL_LOD:  # far away: a box with its header colour is all one can see
            painter.setPen(QPen(border, width))
            painter.setBrush(header_fill)
            painter.drawRect(rect)
            if self.has_marked_ports():
                self._paint_ports(painter)
            return
        painter.setRenderHint(ANTIALIASING)
        if self.isSelected() and (self.error or self.warning):
            painter.setPen(QPen(t.color("selection"), 2.0))
            painter.setBrush(NO_BRUSH)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        if self.highlighted:
            painter.setPen(NO_PEN)
            glow = QColor(t.color("highlight"))
            glow.setAlpha(90)
            painter.setBrush(glow)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 10, 10)
        painter.setPen(NO_PEN)
        painter.setBrush(t.color("node_fill"))
        painter.drawRoundedRect(rect, 7, 7)
        painter.setBrush(header_fill)
        painter.drawPath(self._header_path())
        painter.setPen(QPen(border, width))
        painter.setBrush(NO_BRUSH)
        painter.drawRoundedRect(rect, 7, 7)
        painter.setPen(QPen(t.color("node_border"), 0.8))
        painter.drawLine(QPointF(0, HEADER), QPointF(self.width, HEADER))
        self._paint_ports(painter)

        painter.setPen(t.color("node_text"))
        header = self.header_rect()
        font, label = self._label_font_and_text()
        painter.setFont(font)
        painter.drawText(QRectF(7, header.top(), self._label_room(), header.height()),
                         LEFT_MIDDLE, label)
        if self.warning and not self.error:  # the fault started here: say so in the header
            painter.setPen(t.color("fault"))
            painter.setFont(LABEL_FONT)
            painter.drawText(QRectF(self.width - 22, header.top(), 16, header.height()),
                             CENTER, "⚠")
        body = QRectF(0, HEADER, self.width, self.height - HEADER)
        if lod >= 0.7:  # port names and the role are small print: only when readable
            painter.setFont(SMALL_FONT)
            painter.setPen(t.color("muted_text"))
            for port, item in self.input_ports.items():
                y = item.y
                painter.drawText(QRectF(10, y - 8, 40, 16), LEFT_MIDDLE,
                                 port)
            if self.is_source:  # its role, small, in the body's corner
                painter.drawText(QRectF(7, self.height - 16, self.width - 12, 14),
                                 BOTTOM_RIGHT,
                                 translate("symbols", self.caption))  # "const" in any language
        painter.setPen(t.color("node_text"))
        font, text = self._body_font_and_text(body)
        painter.setFont(font)
        painter.drawText(self._body_rect(body), CENTER, text)

    def far_look(self) -> tuple[str, float, str]:
        """How the node looks from far away, and its border near: (the border's theme
        colour, its width, the box's fill colour: its header's)."""
        border, width = "node_border", 1.2
        if self.error:  # an error stays red when selected; the selection then glows
            border, width = "error", 2.4
        elif self.warning:
            border, width = "fault", 2.0
        elif self.isSelected():
            border, width = "selection", 2.4
        return border, width, "source_header" if self.is_source else "node_header"

    def redraw(self) -> None:
        """Paint the node again: from far away, where the scene's background draws it (the
        item has no contents, and Qt ignores its `update`), its place on the canvas."""
        if self.flags() & NO_CONTENTS:
            scene = self.scene()
            if scene is not None:
                scene.update(self.sceneBoundingRect())
        else:
            self.update()

    def has_marked_ports(self) -> bool:
        """Whether a wire being dragged marks one of its ports (valid or not)."""
        return any(port.state for port in self.ports())

    def paint_ports(self, painter: QPainter) -> None:
        """The ports, in the item's coordinates (the far view draws them for a node whose
        ports a wire marks)."""
        self._paint_ports(painter)

    def _paint_ports(self, painter: QPainter) -> None:
        theme = self.theme
        painter.setPen(QPen(theme.color("node_border"), 1.5))
        painter.setBrush(theme.color("node_fill"))
        marked = []
        for port in self.ports():
            if port.state:
                marked.append(port)
            else:
                painter.drawEllipse(port.pos(), PORT_RADIUS, PORT_RADIUS)
        for port in marked:  # a wire being dragged marks it valid (larger) or invalid
            color = theme.color("valid" if port.state == "valid" else "error")
            r = PORT_RADIUS + (2 if port.state == "valid" else 1)
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(color)
            painter.drawEllipse(port.pos(), r, r)

    def _header_path(self) -> QPainterPath:
        if self._header_cache is None or self._header_cache[0] != self.width:
            top = -self.header_extra
            rounded = QPainterPath()
            rounded.addRoundedRect(QRectF(0, top, self.width, self.height - top), 7, 7)
            clip = QPainterPath()
            clip.addRect(QRectF(0, top, self.width, HEADER - top))
            self._header_cache = (self.width, rounded.intersected(clip))
        return self._header_cache[1]

    def _label_room(self) -> float:
        return self.width - (30 if self.warning and not self.error else 14)

    def _label_font(self) -> QFont:
        """The title's font: up to `text_scale` times larger, as wide as the header allows,
        never smaller than at 100 % (at 100 % nothing to measure: 10,000 nodes open
        without 10,000 measurements)."""
        if self.text_scale <= 1.0:
            return LABEL_FONT
        room = self._label_room()
        width = _label_width(self.label)
        return scaled_font(LABEL_FONT, max(1.0, min(self.text_scale, room / max(width, 1.0))))

    def _label_font_and_text(self) -> tuple[QFont, str]:
        """The title's font (`_label_font`) and its text, elided if it must be (asked
        when the node is painted)."""
        key = (self.label, self._label_room(), self.text_scale)
        if self._label_cache is None or self._label_cache[0] != key:
            room = key[1]
            font = self._label_font()
            text = QFontMetricsF(font).elidedText(self.label, Qt.ElideRight, room)
            self._label_cache = (key, font, text)
        return self._label_cache[1], self._label_cache[2]

    def _body_rect(self, body: QRectF) -> QRectF:
        return body.adjusted(26 if self.inputs else 8, 2, -12, -2)

    def _body_font_and_text(self, body: QRectF) -> tuple[QFont, str]:
        """The body's text (a source's value, an op's symbol) as large as `text_scale`
        asks and the body allows; a long value may take two lines."""
        key = (self.body_text, self.width, self.text_scale)
        if self._body_cache is None or self._body_cache[0] != key:
            font = self.symbol_font if not self.is_source else NUMBER_FONT
            font, text = fit_text(font, self.body_text, self._body_rect(body),
                                  self.text_scale, wrap=self.is_source)
            self._body_cache = (key, font, text)
        return self._body_cache[1], self._body_cache[2]


class RubberBand(QGraphicsPathItem):
    """The wire that follows the mouse while an edge is being dragged."""

    def __init__(self, start: QPointF, theme: Theme) -> None:
        super().__init__()
        self.start = start
        pen = QPen(QColor(theme.selection), 1.8, Qt.DashLine)
        pen.setCapStyle(Qt.RoundCap)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.NoBrush))
        self.setZValue(3)
        self.set_end(start)

    def set_end(self, end: QPointF, reverse: bool = False) -> None:
        p1, p2 = (end, self.start) if reverse else (self.start, end)
        path = QPainterPath(p1)
        dx = max(30.0, abs(p2.x() - p1.x()) * 0.5)
        path.cubicTo(p1 + QPointF(dx, 0), p2 - QPointF(dx, 0), p2)
        self.setPath(path)
