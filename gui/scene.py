"""The scene mirrors the core graph: one item per node and per edge, kept in id → item maps.

It listens to the document's graph signals to add, move, relabel and remove items, and to
`computed` to write values and gradients on the edges. User gestures on the canvas (wiring
port to port, dragging nodes, dropping palette entries, renaming) become undo commands
pushed to the document; the scene never edits an item in answer to a gesture directly.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from core import registry
from core.engine import Result
from core.formatting import not_finite, source_preview, source_text, summarize
from core.graph import Edge, Graph, Node
from gui import commands
from gui.document import Document
from gui.items import HEADER, NODE_WIDTH, EdgeItem, NodeItem, PortItem, RubberBand
from gui.label_editor import LabelEditor
from gui.theme import LIGHT, Theme
from gui.tooltips import edge_tooltip

OP_MIME = "application/x-backprop-studio-op"
GRID = 20


class GraphScene(QGraphicsScene):
    status_message = Signal(str)

    def __init__(self, document: Document, theme: Theme = LIGHT, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = theme
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.stubs: dict[str, EdgeItem] = {}  # sink node id → its output stub
        self._edge_records: dict[str, Edge] = {}
        self._wire: dict | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._highlight: str | None = None
        self._editor: LabelEditor | None = None
        self.reveal = None  # step mode: callable(kind, key) -> bool; None shows everything
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        s = document.signals
        s.node_added.connect(self._on_node_added)
        s.node_removed.connect(self._on_node_removed)
        s.node_changed.connect(self._on_node_changed)
        s.edge_added.connect(self._on_edge_added)
        s.edge_removed.connect(self._on_edge_removed)
        document.graph_replaced.connect(self.rebuild)
        document.computed.connect(self.apply_result)
        self.rebuild(document.graph)

    @property
    def graph(self) -> Graph:
        return self.document.graph

    # -- mirroring the model ------------------------------------------------------------

    def rebuild(self, graph: Graph) -> None:
        self._cancel_wire()
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        self.stubs.clear()
        self._edge_records.clear()
        self._editor = None
        for node in graph.nodes.values():
            self._on_node_added(node)
        for edge in graph.edges:
            self._on_edge_added(edge)

    def _on_node_added(self, node: Node) -> None:
        op = node.op
        item = NodeItem(node.id, node.type, op.symbol, op.inputs, op.is_source, self.theme)
        item.set_label(node.label)
        if op.is_source:
            item.set_body_text(source_preview(node.params))
        item.setPos(*node.position)
        self.nodes[node.id] = item
        self.addItem(item)

    def _on_node_removed(self, node: Node) -> None:
        self._remove_stub(node.id)
        item = self.nodes.pop(node.id)
        self.removeItem(item)

    def _on_node_changed(self, node: Node, what: str) -> None:
        item = self.nodes[node.id]
        if what == "label":
            item.set_label(node.label)
        elif what == "position":
            if (item.pos().x(), item.pos().y()) != node.position:
                item.setPos(*node.position)
        elif what == "params" and node.op.is_source:
            item.set_body_text(source_preview(node.params))

    def _on_edge_added(self, edge: Edge) -> None:
        item = EdgeItem(edge.id, self.nodes[edge.source], self.nodes[edge.target], edge.port,
                        self.theme)
        self.edges[edge.id] = item
        self._edge_records[edge.id] = edge
        self.addItem(item)

    def _on_edge_removed(self, edge: Edge) -> None:
        item = self.edges.pop(edge.id)
        del self._edge_records[edge.id]
        self.removeItem(item)

    def _remove_stub(self, node_id: str) -> None:
        stub = self.stubs.pop(node_id, None)
        if stub is not None:
            self.removeItem(stub)

    def node_item_moved(self, item: NodeItem) -> None:
        """A node item moved (a drag in progress, or the model moved it): edges follow."""
        node_id = item.node_id
        for edge_id, edge in self._edge_records.items():
            if node_id in (edge.source, edge.target):
                self.edges[edge_id].update_path()
        if node_id in self.stubs:
            self.stubs[node_id].update_path()

    # -- computed values ----------------------------------------------------------------

    def apply_result(self, result: Result) -> None:
        """Write each edge's value and gradient, each node's issue, each sink's stub."""
        shown = self.reveal or (lambda kind, key: True)
        values, grads, edge_grads = result.values, result.grads, result.edge_grads
        value_texts: dict[str, tuple[str, bool]] = {}  # a fanned-out value: summarized once
        for edge_id, edge in self._edge_records.items():
            value = values.get(edge.source)
            grad = edge_grads.get(edge_id)
            if value is not None and edge.source not in value_texts:
                value_texts[edge.source] = (summarize(value), not_finite(value))
            value_text, value_fault = value_texts.get(edge.source, ("", False))
            show_value = value is not None and shown("value", edge.source)
            show_grad = grad is not None and shown("grad", edge_id)
            self.edges[edge_id].set_texts(
                value_text if show_value else "", summarize(grad) if show_grad else "",
                show_value and value_fault, show_grad and not_finite(grad))
            self.edges[edge_id].data_value = value
            self.edges[edge_id].data_grad = grad
        # A stub shows where backward starts; a sink whose edges lead to nodes that could
        # not compute gets none (it would lie across those edges' own labels).
        sinks = {n for n in result.sinks if not self.graph.out_edges(n)}
        for node_id in list(self.stubs):
            if node_id not in sinks:
                self._remove_stub(node_id)
        for node_id in sinks:
            stub = self.stubs.get(node_id)
            if stub is None:
                stub = EdgeItem(f"{node_id}->", self.nodes[node_id], None, None, self.theme)
                self.stubs[node_id] = stub
                self.addItem(stub)
            value, grad = values.get(node_id), grads.get(node_id)
            show_value = shown("value", node_id)
            show_grad = grad is not None and shown("grad", node_id)
            stub.set_texts(summarize(value) if show_value else "",
                           summarize(grad) if show_grad else "",
                           show_value and not_finite(value), show_grad and not_finite(grad))
            stub.data_value, stub.data_grad = value, grad
        for node_id, item in self.nodes.items():
            error = result.errors.get(node_id)
            warning = result.warnings.get(node_id)
            item.set_issue(error.message if error else "", warning.message if warning else "")
            if item.is_source and node_id in values:
                item.set_body_text(source_text(values[node_id]))

    def edge_tooltip(self, item: EdgeItem) -> str:
        """Built on hover only: heatmaps are too costly to make for every edge each time."""
        source = self.graph.nodes.get(item.source.node_id)
        if item.is_stub:
            title = f"{source.label} (output)" if source else ""
        else:
            target = self.graph.nodes.get(item.target.node_id)
            title = f"{source.label} → {target.label}.{item.port}" if source and target else ""
        tip = edge_tooltip(title, getattr(item, "data_value", None),
                           getattr(item, "data_grad", None), self.theme.grad_text)
        if item.value_fault or item.grad_fault:
            which = " and ".join(w for w, on in (("value", item.value_fault),
                                                 ("gradient", item.grad_fault)) if on)
            tip = (f"<p style='color:{self.theme.fault}'>⚠ The {which} here is not a finite "
                   "number (∞ or NaN). The node outlined in amber is where it started: "
                   "an overflow, a log of 0 or a division by 0.</p>" + tip)
        return tip

    def set_highlight(self, node_id: str | None) -> None:
        if self._highlight in self.nodes:
            self.nodes[self._highlight].set_highlighted(False)
        self._highlight = node_id
        if node_id in self.nodes:
            self.nodes[node_id].set_highlighted(True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for item in [*self.nodes.values(), *self.edges.values(), *self.stubs.values()]:
            item.set_theme(theme)
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(self.theme.canvas))
        if painter.worldTransform().m11() < 0.45:
            return  # a dense grid at small zoom is only noise
        painter.setPen(QPen(QColor(self.theme.grid), 1.0))
        left = math.floor(rect.left() / GRID) * GRID
        top = math.floor(rect.top() / GRID) * GRID
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += GRID * 2
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += GRID * 2

    # -- selection and edits ------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edges(self) -> list[Edge]:
        return [self._edge_records[i.edge_id] for i in self.selectedItems()
                if isinstance(i, EdgeItem) and not i.is_stub]

    def delete_selection(self) -> bool:
        nodes, edges = self.selected_node_ids(), self.selected_edges()
        if not nodes and not edges:
            return False
        self.document.push(commands.RemoveItems(self.graph, nodes, edges))
        return True

    def add_node_at(self, type_name: str, scene_pos: QPointF) -> str:
        """Add a node whose header is under `scene_pos`; returns its id."""
        pos = (round(scene_pos.x() - NODE_WIDTH / 2), round(scene_pos.y() - HEADER / 2))
        command = commands.AddNode(self.graph, type_name, pos)
        self.document.push(command)
        return command.node_id

    def start_rename(self, node_id: str) -> None:
        if self._editor is not None:
            self._editor.finish(commit=True)
        item = self.nodes[node_id]
        self._editor = LabelEditor(node_id, item.label, self._finish_rename)
        self._editor.setPos(item.pos() + QPointF(3, 0))
        self.addItem(self._editor)
        for view in self.views():  # typing must reach the editor, not the inspector
            if view.isVisible() and not view.hasFocus():
                view.setFocus(Qt.OtherFocusReason)
        self._editor.begin()

    def _finish_rename(self, editor: LabelEditor, text: str | None) -> None:
        if self._editor is editor:
            self._editor = None
        if editor.scene() is self:
            self.removeItem(editor)
        node = self.graph.nodes.get(editor.node_id)
        if text is None or node is None or text.strip() == node.label:
            return
        if not text.strip():
            self.status_message.emit("A label cannot be empty; the old one is kept.")
            return
        self.document.push(commands.Rename(self.graph, node.id, text))

    # -- wiring -------------------------------------------------------------------------

    def port_at(self, pos: QPointF, radius: float = 12.0) -> PortItem | None:
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        ports = [i for i in self.items(area) if isinstance(i, PortItem)]
        if not ports:
            return None
        return min(ports, key=lambda p: (p.scenePos() - pos).manhattanLength())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.LeftButton:
            port = self.port_at(event.scenePos())
            if port is not None:
                self._begin_wire(port)
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton:
            self._press_positions = {i.node_id: i.pos() for i in self.selectedItems()
                                     if isinstance(i, NodeItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._wire is not None:
            self._update_wire(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._wire is not None and event.button() == Qt.LeftButton:
            self._update_wire(event.scenePos())
            self._end_wire()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and self._press_positions:
            moves = {}
            for node_id, old in self._press_positions.items():
                item = self.nodes.get(node_id)
                if item is not None and item.pos() != old:
                    # whole pixels keep files clean; the command then puts the item there
                    new = (float(round(item.pos().x())), float(round(item.pos().y())))
                    if new != (old.x(), old.y()):
                        moves[node_id] = ((old.x(), old.y()), new)
                    else:  # a sub-pixel wiggle: back to where the model has it
                        item.setPos(*self.graph.node(node_id).position)
            self._press_positions = {}
            if moves:
                self.document.push(commands.MoveNodes(self.graph, moves))

    def _begin_wire(self, port: PortItem) -> None:
        """Start from an output (wire forward) or from an input (wire backward; an
        occupied input is picked up: its edge is moved or, dropped on nothing, removed)."""
        picked = None
        if not port.is_output:
            picked = self.graph.edge_into(port.node_id, port.port)
        if picked is not None:
            source_port = self.nodes[picked.source].output_port
            self._wire = {"from": source_port, "picked": picked, "target": None, "ok": False}
            self.edges[picked.id].setOpacity(0.25)
        else:
            self._wire = {"from": port, "picked": None, "target": None, "ok": False}
        self._wire["band"] = RubberBand(self._wire["from"].scenePos(), self.theme)
        self.addItem(self._wire["band"])

    def _update_wire(self, pos: QPointF) -> None:
        wire = self._wire
        start: PortItem = wire["from"]
        band: RubberBand = wire["band"]
        band.set_end(pos, reverse=not start.is_output)
        target = self.port_at(pos)
        if target is not None and target.is_output == start.is_output:
            target = None
        if wire["target"] is not None and wire["target"] is not target:
            wire["target"].set_state("")
        wire["target"], wire["ok"] = target, False
        if target is None:
            return
        problem = self._wire_problem(start, target)
        wire["ok"] = problem is None or problem.startswith("Release to replace")
        target.set_state("valid" if wire["ok"] else "invalid")
        if problem:
            self.status_message.emit(problem)
        else:
            src, dst, port = self._wire_ends(start, target)
            self.status_message.emit(f"Release to connect {self.graph.node(src).label} → "
                                     f"{self.graph.node(dst).label}.{port}")

    @staticmethod
    def _wire_ends(a: PortItem, b: PortItem) -> tuple[str, str, str]:
        out, inp = (a, b) if a.is_output else (b, a)
        return out.node_id, inp.node_id, inp.port

    def _wire_problem(self, start: PortItem, target: PortItem) -> str | None:
        src, dst, port = self._wire_ends(start, target)
        picked = self._wire["picked"]
        problem = self.graph.connect_problem(src, dst, port)
        if problem:
            return "Cannot connect: " + problem
        existing = self.graph.edge_into(dst, port)
        if existing is not None and existing != picked:
            if existing.source == src:
                return "Cannot connect: this edge already exists"
            return (f"Release to replace the edge from {self.graph.node(existing.source).label} "
                    f"into {self.graph.node(dst).label}.{port}")
        return None

    def _end_wire(self) -> None:
        wire = self._wire
        target, picked = wire["target"], wire["picked"]
        ok = wire["ok"]
        problem = self._wire_problem(wire["from"], target) if target is not None else None
        self._cancel_wire()
        if target is not None and ok:
            src, dst, port = self._wire_ends(wire["from"], target)
            if picked is not None and (picked.target, picked.port) == (dst, port):
                return  # put back where it was
            if picked is not None:
                macro = commands.Macro(f"move edge to {self.graph.node(dst).label}.{port}")
                macro.add(commands.RemoveItems, self.graph, [], [picked])
                macro.add(commands.Connect, self.graph, src, dst, port)
                self.document.push(macro)
            else:
                self.document.push(commands.Connect(self.graph, src, dst, port))
            self.status_message.emit(f"Connected {self.graph.node(src).label} → "
                                     f"{self.graph.node(dst).label}.{port}")
        elif target is not None:
            self.status_message.emit(problem or "Cannot connect these ports")
        elif picked is not None:
            self.document.push(commands.RemoveItems(self.graph, [], [picked]))
            self.status_message.emit("Edge removed")

    def _cancel_wire(self) -> None:
        wire, self._wire = self._wire, None
        if wire is None:
            return
        if wire["target"] is not None:
            wire["target"].set_state("")
        if wire["picked"] is not None and wire["picked"].id in self.edges:
            self.edges[wire["picked"].id].setOpacity(1.0)
        if wire["band"].scene() is self:
            self.removeItem(wire["band"])

    # -- palette drops ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(OP_MIME))

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(OP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

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
