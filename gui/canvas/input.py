"""What the mouse does on the canvas: `CanvasInput`, which holds the one gesture slot.

A press on a port starts a wire, on a node a node drag, on empty canvas a rubber band; a
double-click on a node's header (or F2) starts renaming it in place (`gui.canvas.gestures`).
Palette entries dropped on the canvas add a node there. The slot holds at most one gesture,
and a gesture leaves it in one of three ways:

- it finishes: the mouse's release ends a drag, Enter (or a click elsewhere) a rename;
- it is cancelled: Escape, or any edit that arrives meanwhile (an undo-stack step, a node
  removed, the graph replaced), so a gesture never edits from stale state, and a typed
  name is never applied later by a drag;
- a press arrives: a drag whose release never came is cancelled, a rename commits (a
  click elsewhere), unless the press is in its own text field.

Why a controller and not the scene: the scene mirrors the model and draws what it is given;
what a press means, and the slot it fills, is another concept with state of its own. (It
was a mixin, `SceneInput`, that reached into the scene's attributes; now the dependency is
written down.) Qt delivers the events to the QGraphicsScene, so `GraphScene` keeps its
overrides, each one guarded line that hands the event here with Qt's own handling of it
(`default`: selecting, the text field's cursor), which this object calls where it belongs.
What it uses of the scene: `port_at`, `item_at`, `nodes`, `selected_node_ids`,
`add_node_at`, `mouseGrabberItem`, `views`, `document` (to hear of edits) and the signals
`edge_clicked` and `context_menu_requested`; the scene calls `cancel` when it rebuilds
for another graph. The gestures use the scene as their canvas (its items, `port_at`,
`place_nodes`, `sync_positions`, `editor`, `status_message`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from core.ops import registry
from gui.canvas.edge_item import EdgeItem
from gui.canvas.gestures import Gesture, NodeDrag, RenameInPlace, RubberBandSelect, WireDrag
from gui.canvas.node_item import NodeItem

OP_MIME = "application/x-backprop-studio-op"

#: Qt's own handling of the event being handled (the QGraphicsScene base method)
Default = Callable[[], None]


class CanvasInput:
    """The mouse and drops on one `GraphScene`, and the gesture in progress."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.gesture: Gesture | None = None
        document = scene.document
        # Any edit (a shortcut, a menu, undo, a drop) cancels the gesture in progress.
        document.undo_stack.indexChanged.connect(lambda _index: self.cancel())
        document.signals.node_removed.connect(lambda _node: self.cancel())

    @property
    def renaming(self) -> RenameInPlace | None:
        """The rename in place in progress, if that is the gesture."""
        return self.gesture if isinstance(self.gesture, RenameInPlace) else None

    # -- the slot -----------------------------------------------------------------------

    def cancel(self) -> bool:
        """Drop the gesture in progress, undoing what it drew; whether there was one."""
        gesture, self.gesture = self.gesture, None
        if gesture is None:
            return False
        gesture.cancel()
        return True

    def start_rename(self, node_id: str) -> None:
        """Open the text field over this node's header, the keyboard in it."""
        if node_id not in self.scene.nodes:
            return
        self._end_for_new()
        self.gesture = RenameInPlace(self.scene, node_id, self._ended)
        for view in self.scene.views():  # typing must reach the field, not the inspector
            if view.isVisible() and not view.hasFocus():
                view.setFocus(Qt.OtherFocusReason)

    def recover(self) -> None:
        """After an unexpected error in an event handler: drop the gesture in progress."""
        self.cancel()
        grabber = self.scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def _ended(self, gesture: Gesture) -> None:
        """A gesture ended by itself (a rename's Enter, Escape, or its field losing the
        keyboard): out of the slot, before its edit arrives."""
        if self.gesture is gesture:
            self.gesture = None

    def _end_for_new(self, pos: QPointF | None = None) -> bool:
        """Something new begins (a press at `pos`, another rename): a drag whose release
        never came is cancelled, a rename commits. Returns True, and ends nothing, when
        the press belongs to the gesture in progress (a click in the rename's field)."""
        gesture = self.gesture
        if gesture is None:
            return False
        if pos is not None and gesture.contains(pos):
            return True
        if gesture.follows_pointer:
            self.cancel()
        else:
            self.gesture = None  # before its edit, which would cancel what is in the slot
            gesture.finish()
        return False

    # -- the mouse ----------------------------------------------------------------------

    def press(self, event: QGraphicsSceneMouseEvent, default: Default) -> None:
        pos = event.scenePos()
        if self._end_for_new(pos) or event.button() != Qt.LeftButton:
            default()
            return
        scene = self.scene
        port = scene.port_at(pos)
        if port is not None:
            self.gesture = WireDrag(scene, port)
            event.accept()
            return
        item = scene.item_at(pos)
        if item is None:
            add = bool(event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier))
            self.gesture = RubberBandSelect(scene, pos, add)
            event.accept()
            return
        default()  # selection, or the label field's cursor
        if isinstance(item, EdgeItem) and not item.is_stub:
            scene.edge_clicked.emit(item.edge_id)
        if isinstance(item, NodeItem):
            ids = scene.selected_node_ids() if item.isSelected() else [item.node_id]
            self.gesture = NodeDrag(scene, ids, pos)

    def move(self, event: QGraphicsSceneMouseEvent, default: Default) -> None:
        gesture = self.gesture
        if gesture is not None and gesture.follows_pointer:
            gesture.move(event.scenePos())
            event.accept()
            return
        default()

    def release(self, event: QGraphicsSceneMouseEvent, default: Default) -> None:
        gesture = self.gesture
        if gesture is not None and gesture.follows_pointer and event.button() == Qt.LeftButton:
            self.gesture = None  # before finishing: its edit must not cancel it
            gesture.finish(event.scenePos())
        default()

    def double_click(self, event: QGraphicsSceneMouseEvent, default: Default) -> None:
        pos = event.scenePos()
        if self._end_for_new(pos):
            default()  # a word selected in the rename's field
            return
        item = self.scene.item_at(pos)
        if (event.button() == Qt.LeftButton and isinstance(item, NodeItem)
                and item.header_rect().contains(item.mapFromScene(pos))):
            self.start_rename(item.node_id)
            event.accept()
            return
        default()

    def context_menu(self, event, default: Default) -> None:
        if self._end_for_new(event.scenePos()):
            default()  # the rename's field: its own Cut, Copy, Paste
            return
        self.scene.context_menu_requested.emit(event.scenePos(), event.screenPos())
        event.accept()

    # -- palette drops ------------------------------------------------------------------

    def drag_enter(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(OP_MIME))

    def drag_move(self, event) -> None:
        if event.mimeData().hasFormat(OP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(OP_MIME):
            event.ignore()
            return
        type_name = bytes(data.data(OP_MIME)).decode("utf-8")
        if type_name not in registry.all_ops():
            event.ignore()
            return
        self.scene.add_node_at(type_name, event.scenePos())
        event.acceptProposedAction()
