"""The canvas's mouse and drop handling: what a press, a move, a release starts.

A press on a port starts a wire, on a node a node drag, on empty canvas a rubber band
(`gui.canvas.gestures`); moves and the release go to the gesture in progress, and any edit that
arrives meanwhile cancels it (`cancel_gesture`). Palette entries dropped on the canvas add
a node there. `GraphScene` takes these handlers from `SceneInput`; they only start, feed
and end gestures, which edit through the `Editor`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from core.ops import registry
from gui.canvas.edge_item import EdgeItem
from gui.canvas.gestures import Gesture, NodeDrag, RubberBandSelect, WireDrag
from gui.canvas.node_item import NodeItem, PortItem
from gui.canvas.label_editor import LabelEditor
from gui.base.safety import guarded

OP_MIME = "application/x-backprop-studio-op"


class SceneInput:
    """Mouse, context-menu and drop handlers of the scene (mixed into `GraphScene`)."""

    gesture: Gesture | None

    # -- gestures -----------------------------------------------------------------------

    def cancel_gesture(self) -> None:
        gesture, self.gesture = self.gesture, None
        if gesture is not None:
            gesture.cancel()

    def recover(self) -> None:
        """After an unexpected error in an event handler: drop the gesture in progress."""
        self.cancel_gesture()
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def port_at(self, pos: QPointF, radius: float = 12.0) -> PortItem | None:
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        ports = [i for i in self.items(area) if isinstance(i, PortItem)]
        if not ports:
            return None
        return min(ports, key=lambda p: (p.scenePos() - pos).manhattanLength())

    def item_at(self, pos: QPointF):
        """The node, edge or label editor under `pos`, topmost first (None: the canvas)."""
        for item in self.items(pos):
            if isinstance(item, (NodeItem, EdgeItem, LabelEditor)):
                return item
        return None

    @guarded
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel_gesture()  # one whose release never came
        if event.button() != Qt.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        port = self.port_at(pos)
        if port is not None:
            self.gesture = WireDrag(self, port)
            event.accept()
            return
        item = self.item_at(pos)
        if item is None:
            add = bool(event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier))
            self.gesture = RubberBandSelect(self, pos, add)
            event.accept()
            return
        super().mousePressEvent(event)  # selection, or the label editor's cursor
        if isinstance(item, EdgeItem) and not item.is_stub:
            self.edge_clicked.emit(item.edge_id)
        if isinstance(item, NodeItem):
            ids = self.selected_node_ids() if item.isSelected() else [item.node_id]
            self.gesture = NodeDrag(self, ids, pos)

    @guarded
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gesture is not None:
            self.gesture.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    @guarded
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        gesture = self.gesture
        if gesture is not None and event.button() == Qt.LeftButton:
            self.gesture = None  # before finishing: its edit must not cancel it
            gesture.finish(event.scenePos())
        super().mouseReleaseEvent(event)

    @guarded
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel_gesture()
        super().mouseDoubleClickEvent(event)

    @guarded
    def contextMenuEvent(self, event) -> None:
        self.cancel_gesture()
        self.context_menu_requested.emit(event.scenePos(), event.screenPos())
        event.accept()

    # -- palette drops ------------------------------------------------------------------

    @guarded
    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(OP_MIME))

    @guarded
    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(OP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    @guarded
    def dropEvent(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(OP_MIME):
            event.ignore()
            return
        type_name = bytes(data.data(OP_MIME)).decode("utf-8")
        if type_name not in registry.all_ops():
            event.ignore()
            return
        self.add_node_at(type_name, event.scenePos())
        event.acceptProposedAction()
