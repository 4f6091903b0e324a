"""Gestures on the canvas: each one small object with start, move, finish and cancel.

The scene starts a gesture on a mouse press, forwards moves and the release to it, and
cancels it when any edit arrives meanwhile (an undo, a delete, a paste from a shortcut) or
the graph is replaced: `cancel` puts every item back where the model has it and removes
what the gesture drew, so nothing on screen disagrees with the model and nothing stale is
recorded. Only `finish` edits, through the `Editor`, as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from core.model.graph import Edge
from gui.base.i18n import translate
from gui.canvas.node_item import PortItem, RubberBand
from gui.canvas.label_editor import LabelEditor



class Gesture:
    """A press-to-release interaction; subclasses draw during `move` and edit in `finish`."""

    def __init__(self, scene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        """The mouse was released at `pos`: make the edit (if any)."""

    def cancel(self) -> None:
        """Undo everything drawn; the model was never changed."""


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

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        if not self.moved and delta.manhattanLength() < 1:
            return
        self.moved = True
        # whole pixels, as the model will have them: the release then moves nothing again
        delta = QPointF(round(delta.x()), round(delta.y()))
        self.scene.place_nodes({nid: start + delta for nid, start in self.origin.items()})

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        if not self.moved:
            return
        moves = {}
        for nid, start in self.origin.items():
            item = self.scene.nodes.get(nid)
            if item is not None:
                moves[nid] = ((start.x(), start.y()), (item.pos().x(), item.pos().y()))
        self.scene.editor.move_nodes(moves)
        self.scene.sync_positions(self.origin)  # a sub-pixel wiggle goes back to the model

    def cancel(self) -> None:
        self.scene.sync_positions(self.origin)


class WireDrag(Gesture):
    """Drag a wire from a port; dropped on a matching port it connects (or moves the edge
    picked up from an occupied input), dropped on nothing it removes the picked edge."""

    def __init__(self, scene, port: PortItem) -> None:
        super().__init__(scene)
        self.picked: Edge | None = None
        if not port.is_output:
            self.picked = scene.graph.edge_into(port.node_id, port.port)
        if self.picked is not None:
            self.start = scene.nodes[self.picked.source].output_port
            scene.edges[self.picked.id].setOpacity(0.25)
        else:
            self.start = port
        self.target: PortItem | None = None
        self.ok = False
        self.band = RubberBand(self.start.scenePos(), scene.theme)
        scene.addItem(self.band)

    def _ends(self, target: PortItem) -> tuple[str, str, str]:
        out, inp = (self.start, target) if self.start.is_output else (target, self.start)
        return out.node_id, inp.node_id, inp.port

    def problem(self, target: PortItem) -> str | None:
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
                    else editor.connect(source, dst, port))
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


class Rename(Gesture):
    """Typing a node's new label in place: Enter or a click elsewhere commits, Escape (or
    the node going away) cancels."""

    def __init__(self, scene, node_id: str) -> None:
        super().__init__(scene)
        self.node_id = node_id
        item = scene.nodes[node_id]
        self.editor = LabelEditor(node_id, item.label, self._done)
        self.editor.setPos(item.pos() + QPointF(3, 0))
        scene.addItem(self.editor)
        self.editor.begin()

    def _done(self, editor: LabelEditor, text: str | None) -> None:
        scene = self.scene
        if scene.renaming is self:
            scene.renaming = None
        if editor.scene() is scene:
            scene.removeItem(editor)
        if text is not None:
            scene.editor.rename(self.node_id, text)

    def finish(self, pos: QPointF | None = None) -> None:
        self.editor.finish(commit=True)

    def cancel(self) -> None:
        self.editor.finish(commit=False)
