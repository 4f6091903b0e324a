"""Gestures on the canvas: each one small object with start, move, finish and cancel.

`gui.canvas.input.CanvasInput` holds at most one at a time (its slot): a drag starts on a
mouse press and gets the moves and the release; a rename in place starts on a double-click
on a node's header (or F2) and gets the keys through its text field. Any edit that arrives
meanwhile (an undo, a delete, a paste from a shortcut, a drop from the palette) or another
graph cancels the gesture: `cancel` puts every item back where the model has it and removes
what the gesture drew, so nothing on screen disagrees with the model and nothing stale is
recorded later. Only `finish` edits, through the `Editor`, as one undo step.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from core.i18n import translate
from core.model.graph import Edge
from gui.canvas.label_field import LabelField
from gui.canvas.node_item import Port, RubberBand


class Gesture:
    """An interaction in progress; subclasses draw during `move` and edit in `finish`.

    A gesture that `follows_pointer` (a drag) gets the mouse's moves and its release; a
    press that arrives while it is on means its release never came, and cancels it.
    """

    follows_pointer = True

    def __init__(self, scene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        """The mouse was released at `pos`: make the edit (if any)."""

    def cancel(self) -> None:
        """Undo everything drawn; the model was never changed."""

    def contains(self, pos: QPointF) -> bool:
        """Whether a press at `pos` belongs to this gesture rather than ending it."""
        return False


class NodeDrag(Gesture):
    """Drag the nodes selected at the press; one MoveNodes step on release.

    The set of nodes and their start positions are fixed at the press, from the model, so
    a selection that changes meanwhile (Ctrl+A) neither joins the drag nor is recorded.
    """

    def __init__(self, scene, node_ids: list[str], press: QPointF) -> None:
        super().__init__(scene)
        graph = scene.graph
        self.press = QPointF(press)
        self.origin = {nid: QPointF(*graph.nodes[nid].position) for nid in node_ids
                       if nid in graph.nodes and nid in scene.nodes}
        self.moved = False
        self.shown = QPointF()  # how far the nodes are shown moved

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        if not self.moved and delta.manhattanLength() < 1:
            return
        self.moved = True
        # whole pixels, as the model will have them: the release then moves nothing again
        delta = QPointF(round(delta.x()), round(delta.y()))
        if delta == self.shown:
            return  # there already (a release where the last move was)
        self.shown = delta
        self.scene.place_nodes({nid: start + delta for nid, start in self.origin.items()})

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        if not self.moved:
            return
        dx, dy = self.shown.x(), self.shown.y()  # where `move` showed every node
        moves = {nid: ((start.x(), start.y()), (start.x() + dx, start.y() + dy))
                 for nid, start in self.origin.items() if nid in self.scene.nodes}
        self.scene.editor.move_nodes(moves)
        self.scene.sync_positions(self.origin)  # a sub-pixel wiggle goes back to the model

    def cancel(self) -> None:
        self.scene.sync_positions(self.origin)


class WireDrag(Gesture):
    """Drag a wire from a port; dropped on a matching port it connects (or moves the edge
    picked up from an occupied input), dropped on nothing it removes the picked edge."""

    def __init__(self, scene, port: Port) -> None:
        super().__init__(scene)
        self.picked: Edge | None = None
        if not port.is_output:
            self.picked = scene.graph.edge_into(port.node_id, port.port)
        if self.picked is not None:
            self.start = scene.nodes[self.picked.source].output_port
            scene.edges[self.picked.id].setOpacity(0.25)
        else:
            self.start = port
        self.target: Port | None = None
        self.ok = False
        self.band = RubberBand(self.start.scenePos(), scene.theme)
        scene.addItem(self.band)

    def _ends(self, target: Port) -> tuple[str, str, str]:
        out, inp = (self.start, target) if self.start.is_output else (target, self.start)
        return out.node_id, inp.node_id, inp.port

    def problem(self, target: Port) -> str | None:
        source, dst, port = self._ends(target)
        return self.scene.editor.connect_problem(source, dst, port, picked=self.picked)

    def move(self, pos: QPointF) -> None:
        scene = self.scene
        self.band.set_end(pos, reverse=not self.start.is_output)
        target = scene.port_at(pos)
        if target is not None and target.is_output == self.start.is_output:
            target = None
        if self.target is not None and self.target is not target:
            self.target.set_state("")
        self.target, self.ok = target, False
        if target is None:
            return
        problem = self.problem(target)
        self.ok = problem is None
        target.set_state("valid" if self.ok else "invalid")
        graph = scene.graph
        source, dst, port = self._ends(target)
        if problem:
            scene.status_message.emit(translate("gestures", "Cannot connect: {problem}").format(
                problem=problem))
            return
        existing = graph.edge_into(dst, port)
        if existing is not None and existing != self.picked:
            scene.status_message.emit(translate(
                "gestures", "Release to replace the edge from {old} into {target}.{port}").format(
                old=graph.node(existing.source).label, target=graph.node(dst).label, port=port))
        else:
            scene.status_message.emit(translate(
                "gestures", "Release to connect {source} → {target}.{port}").format(
                source=graph.node(source).label, target=graph.node(dst).label, port=port))

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target, ok, picked = self.target, self.ok, self.picked
        self.cancel()  # the drawing goes; the edit below is what stays
        scene, editor = self.scene, self.scene.editor
        if target is not None and ok:
            source, dst, port = self._ends(target)
            if picked is not None and (picked.target, picked.port) == (dst, port):
                return  # put back where it was
            done = (editor.move_edge(picked, source, dst, port) if picked is not None
                    else editor.wire(source, dst, port))
            if done:
                graph = scene.graph
                scene.status_message.emit(translate(
                    "gestures", "Connected {source} → {target}.{port}").format(
                    source=graph.node(source).label, target=graph.node(dst).label, port=port))
        elif target is not None:
            scene.status_message.emit(translate("gestures", "Cannot connect: {problem}").format(
                problem=self.problem(target) or translate("gestures", "these ports do not fit")))
        elif picked is not None and editor.delete([], [picked]):
            scene.status_message.emit(translate("gestures", "Edge removed"))

    def cancel(self) -> None:
        scene = self.scene
        if self.target is not None:
            self.target.set_state("")
        if self.picked is not None and self.picked.id in scene.edges:
            scene.edges[self.picked.id].setOpacity(1.0)
        if self.band.scene() is scene:
            scene.removeItem(self.band)


class RubberBandSelect(Gesture):
    """Drag on empty canvas: select what the rectangle touches (Ctrl or Shift adds)."""

    def __init__(self, scene, press: QPointF, add: bool) -> None:
        super().__init__(scene)
        self.press, self.add = QPointF(press), add
        self.rect = QGraphicsRectItem()
        color = QColor(scene.theme.selection)
        self.rect.setPen(QPen(color, 0, Qt.DashLine))
        color.setAlpha(30)
        self.rect.setBrush(QBrush(color))
        self.rect.setZValue(5)
        scene.addItem(self.rect)
        if not add:
            scene.clearSelection()

    def _area(self, pos: QPointF) -> QRectF:
        return QRectF(self.press, pos).normalized()

    def move(self, pos: QPointF) -> None:
        self.rect.setRect(self._area(pos))

    def finish(self, pos: QPointF) -> None:
        area = self._area(pos)
        self.cancel()
        if area.width() < 2 and area.height() < 2:
            return  # a click on the canvas: the selection was cleared at the press
        path = QPainterPath()
        path.addRect(area)
        operation = (Qt.AddToSelection if self.add else Qt.ReplaceSelection)
        self.scene.setSelectionArea(path, operation, Qt.IntersectsItemShape)

    def cancel(self) -> None:
        if self.rect.scene() is self.scene:
            self.scene.removeItem(self.rect)


class RenameInPlace(Gesture):
    """Typing a node's new label in a field over its header: Enter or a click elsewhere
    commits (one `RenameNode` step through the `Editor`), Escape discards the typed name.

    The mouse does not drive it: moves and releases go to its field (placing the cursor,
    selecting text). It tells `ended` as soon as it is over, before its edit, so the edit
    finds the gesture slot empty.
    """

    follows_pointer = False

    def __init__(self, scene, node_id: str, ended: Callable[[Gesture], None]) -> None:
        super().__init__(scene)
        self.node_id, self._ended = node_id, ended
        item = scene.nodes[node_id]
        self.field = LabelField(item.label, self._field_done)
        self.field.setPos(item.pos() + QPointF(3, 0))
        scene.addItem(self.field)
        self.field.begin()

    def contains(self, pos: QPointF) -> bool:
        """Whether `pos` is in the field (a click there places the cursor, it does not
        commit)."""
        return self.field.sceneBoundingRect().contains(pos)

    def finish(self, pos: QPointF | None = None) -> None:
        self.field.finish(commit=True)

    def cancel(self) -> None:
        self.field.finish(commit=False)

    def _field_done(self, text: str | None) -> None:
        self._ended(self)
        scene = self.scene
        if self.field.scene() is scene:
            scene.removeItem(self.field)
        if text is not None:
            scene.editor.rename(self.node_id, text)
