"""The canvas view: zoom (wheel, keys), pan (middle drag or space + drag), fit to graph.

A fitted view stays fitted: when the view changes size (the training panel opens or
closes, the window is resized) it fits the graph again, unless the user has zoomed or
panned since the last fit, which says they chose what to look at.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from gui.base.safety import guarded

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


class GraphView(QGraphicsView):
    #: the user pressed Tab or typed a letter on the canvas: (scene position, text so far)
    search_requested = Signal(QPointF, str)
    zoom_changed = Signal(float)
    navigated = Signal()  # the user zoomed or panned: the view is theirs now

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing
                            | QPainter.SmoothPixmapTransform)
        # NoDrag: the scene's own RubberBandSelect gesture draws the selection rectangle
        self.setDragMode(QGraphicsView.NoDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        # NoAnchor: a resize (a dock changing width) must not scroll, or Qt replays the last
        # mouse event and a node held by the mouse would jump
        self.setResizeAnchor(QGraphicsView.NoAnchor)
        # One rectangle around everything that changed: Smart (and Minimal) gather every
        # changed item's rectangle into a region first, which took 0.3-0.8 s when a drag
        # moved 10,000 nodes and their edges (each drag event); the rectangle is what
        # Smart falls back to beyond 50 rectangles anyway.
        self.setViewportUpdateMode(QGraphicsView.BoundingRectViewportUpdate)
        self.setAcceptDrops(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.NoFrame)
        self.setFocusPolicy(Qt.StrongFocus)
        self._pan_from: QPointF | None = None
        self._space = False
        self.banner = ""  # a line across the top of the canvas: why something is missing
        self.setSceneRect(QRectF(-5000, -5000, 10000, 10000))
        #: the view shows the last fit, and the user has not zoomed or panned since
        self.fitted = False
        self._refit_pending = False  # a refit waits for the resizing to settle

    # -- a message on the canvas ---------------------------------------------------------

    def set_banner(self, text: str) -> None:
        if text != self.banner:
            self.banner = text
            self.viewport().update()

    @guarded
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self.banner:
            return
        theme = self.scene().theme
        painter.save()
        painter.resetTransform()  # viewport pixels: the banner stays put while panning
        width = self.viewport().width() - 24
        box = painter.boundingRect(QRectF(0, 0, width - 16, 1000),
                                   Qt.TextWordWrap | Qt.AlignLeft, self.banner)
        area = QRectF(12, 10, box.width() + 16, box.height() + 10)
        fill = QColor(theme.fault_fill)
        fill.setAlpha(235)
        painter.setPen(QPen(QColor(theme.fault), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(area, 5, 5)
        painter.setPen(QColor(theme.node_text))
        painter.drawText(area.adjusted(8, 5, -8, -5), Qt.TextWordWrap | Qt.AlignLeft,
                         self.banner)
        painter.restore()

    # -- zoom ---------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.fitted = False
        self.navigated.emit()
        new = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = new / self.zoom()
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom())

    def reset_zoom(self) -> None:
        self.fitted = False
        self.navigated.emit()
        self.resetTransform()
        self.zoom_changed.emit(1.0)

    def fit_to_graph(self, max_zoom: float = 1.25) -> None:
        """Show every node and number, with a margin, no larger than `max_zoom`.

        First the nodes alone are fitted: the numbers' size follows the zoom (they grow
        when zoomed out, to stay readable), so they are measured at the zoom that gives.
        If they then reach past the view (an output's numbers on the right), the fit makes
        room for them too.
        """
        rect = self.scene().graph_rect()
        if rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
            self.fitted = False
            return
        self._fit(rect, max_zoom)
        everything = self.scene().itemsBoundingRect()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.contains(everything):
            self._fit(everything, max_zoom)
        self.fitted = True

    @guarded
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.scene().view_moved()  # a big graph lays out the numbers that came into view

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scene().view_moved()
        if self.fitted and not self._refit_pending:
            self._refit_pending = True  # once for all the resizes of a dock's opening
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        """Fit again after a resize, if still fitted and no gesture holds a node."""
        self._refit_pending = False
        if self.fitted and self.scene().input.gesture is None:
            self.fit_to_graph()

    def _fit(self, rect: QRectF, max_zoom: float) -> None:
        rect = rect.adjusted(-40, -40, 40, 40)
        # The view scrolls only within its scene rect: a graph wider than it (2,000 nodes
        # laid out 100 to a row) was fitted off centre, half of it outside the window.
        grown = self.sceneRect().united(rect.adjusted(-rect.width(), -rect.height(),
                                                      rect.width(), rect.height()))
        if grown != self.sceneRect():
            self.setSceneRect(grown)
        self.fitInView(rect, Qt.KeepAspectRatio)
        if self.zoom() > max_zoom:
            self.resetTransform()
            self.scale(max_zoom, max_zoom)
            self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    @guarded
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.ControlModifier or not event.pixelDelta().y():
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15 ** steps)
                event.accept()
                return
        self.fitted = False  # a touchpad's scroll pans
        self.navigated.emit()
        super().wheelEvent(event)

    # -- pan ----------------------------------------------------------------------------

    def _start_pan(self, pos: QPointF) -> None:
        self.fitted = False
        self.navigated.emit()
        self._pan_from = pos
        self.viewport().setCursor(Qt.ClosedHandCursor)

    @guarded
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MiddleButton or (self._space and event.button() == Qt.LeftButton):
            self._start_pan(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    @guarded
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    @guarded
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (Qt.MiddleButton, Qt.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.OpenHandCursor if self._space else Qt.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keys ---------------------------------------------------------------------------

    def _editing_text(self) -> bool:
        focus = self.scene().focusItem() if self.scene() else None
        return focus is not None

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editing_text():
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text()
        if key == Qt.Key_Escape and self.scene().input.cancel():
            event.accept()
            return
        if key == Qt.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.OpenHandCursor)
            event.accept()
            return
        if key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom_by(1.25)
            return
        if key == Qt.Key_Minus:
            self.zoom_by(0.8)
            return
        if key == Qt.Key_Tab or (text.isalpha() and not event.modifiers()
                                 & (Qt.ControlModifier | Qt.AltModifier)):
            pos = self.mapToScene(self.mapFromGlobal(self.cursor().pos()))
            if not self.viewport().rect().contains(self.mapFromScene(pos)):
                pos = self.mapToScene(self.viewport().rect().center())
            self.search_requested.emit(pos, "" if key == Qt.Key_Tab else text)
            event.accept()
            return
        super().keyPressEvent(event)

    @guarded
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self.viewport().setCursor(Qt.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def recover(self) -> None:
        self._pan_from = None
        self.scene().recover()

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab opens the op search instead of moving the focus
