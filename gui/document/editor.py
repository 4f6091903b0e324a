"""The one edit API: every user action that changes the graph goes through `Editor`.

Widgets (the scene's gestures, the inspector, the menus) ask the editor for an edit; it
checks the edit with the same rules the file loader applies (`core.model.graph.Graph`'s checks:
label length, node and edge limits, ports, cycles, parameters), refuses with a message
(`refused`) when it would break them, and otherwise pushes one undo command. So no edit can
make a graph that File ▸ Open or crash recovery would refuse. Widgets never build commands.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand

from core.files.graph_files import GraphFileError, graph_to_document, loads_graph
from core.i18n import QT_TRANSLATE_NOOP
from core.model.graph import Edge, Graph, Node, value_bytes
from core.model.limits import literal_bytes
from core.model.output import OUTPUT_GRAD
from core.ops import registry
from core.ops.values import ParamError
from core.training.descent import (
    DescentError,
    descent_step,
    fixed_params,
    trained_parameters_problem,
)
from gui.document import commands
from gui.document.document import Document

Position = tuple[float, float]
#: how far a duplicate lands from its original
DUPLICATE_OFFSET = 40.0


class Editor(QObject):
    """Checks and performs edits on a document's graph, each as one undo step."""

    refused = Signal(str)  # an edit was not made: why, in words for the status bar
    added = Signal(list)  # ids of nodes an edit just created (the scene selects them)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    @property
    def graph(self) -> Graph:
        return self.document.graph

    def _refuse(self, message: str) -> None:
        self.refused.emit(message)

    def _push(self, command: QUndoCommand) -> None:
        self.document.push(command)

    # -- nodes ----------------------------------------------------------------------------

    def add_node(self, type_name: str, position: Position, label: str | None = None,
                 params: dict[str, Any] | None = None) -> str | None:
        """Add one node; returns its id, or None (and says why) when it cannot be added."""
        graph = self.graph
        try:
            op = registry.get(type_name)
        except KeyError:
            self._refuse(self.tr("There is no op called {name}.").format(name=type_name))
            return None
        label = graph.unique_label(label or type_name)
        problem = graph.room_problem(1) or graph.label_problem(label)
        if problem is None:
            try:
                params = op.validate_params(op.default_params if params is None else params)
                problem = graph.values_problem(value_bytes(op, params))
            except ParamError as e:
                problem = str(e)
        if problem:
            self._refuse(self.tr("Not added: {problem}").format(problem=problem))
            return None
        node = Node(graph.new_id(), type_name, label, _whole(position), params)
        self._push(commands.AddNodes(graph, [node], [], _words(
            QT_TRANSLATE_NOOP("Editor", "add {label}"), label=label)))
        self.added.emit([node.id])
        return node.id

    def delete(self, node_ids: list[str], edges: list[Edge] = ()) -> bool:
        """Delete nodes (with their edges) and edges, as one step."""
        graph = self.graph
        node_ids = [n for n in dict.fromkeys(node_ids) if n in graph.nodes]
        edges = [e for e in edges if graph.edge_into(e.target, e.port) == e]
        if not node_ids and not edges:
            self._refuse(self.tr("Select nodes or edges to delete."))
            return False
        self._push(commands.RemoveItems(graph, node_ids, edges))
        return True

    def move_nodes(self, moves: dict[str, tuple[Position, Position]]) -> bool:
        """Record a finished drag: node id → (where it was, where it is now)."""
        graph = self.graph
        moves = {nid: (old, _whole(new)) for nid, (old, new) in moves.items()
                 if nid in graph.nodes and _whole(new) != graph.nodes[nid].position}
        if not moves:
            return False
        moves = {nid: (graph.nodes[nid].position, new) for nid, (_old, new) in moves.items()}
        self._push(commands.MoveNodes(graph, moves))
        return True

    def arrange(self, sizes) -> bool:
        """Lay the whole graph out left to right with room for its numbers, as one step."""
        from core.model.layout import arrange
        graph = self.graph
        placed = arrange(graph, sizes)
        return self.move_nodes({nid: (graph.nodes[nid].position, pos)
                                for nid, pos in placed.items()})

    def rename(self, node_id: str, label: str) -> bool:
        graph = self.graph
        node = graph.nodes.get(node_id)
        label = label.strip()
        if node is None or label == node.label:
            return False
        problem = graph.label_problem(label)
        if problem:
            self._refuse(self.tr("Not renamed: {problem}; the old label is kept.")
                         .format(problem=problem))
            return False
        self._push(commands.RenameNode(graph, node_id, label))
        return True

    def set_params(self, node_id: str, params: dict[str, Any]) -> bool:
        """Give a node new parameters (checked by its op's declarations)."""
        node = self.graph.nodes.get(node_id)
        if node is None:
            return False
        try:
            params = node.op.validate_params(params)
        except ParamError as e:
            self._refuse(self.tr("Not applied: {problem}").format(problem=e))
            return False
        if params == node.params:
            return False
        problem = self.graph.values_problem(value_bytes(node.op, params),
                                            value_bytes(node.op, node.params))
        if problem:
            self._refuse(self.tr("Not applied: {problem}").format(problem=problem))
            return False
        self._push(commands.SetParams(self.graph, node_id, params))
        return True

    # -- the output -----------------------------------------------------------------------

    def set_output(self, node_id: str | None, grad: Any = None) -> bool:
        """Name `node_id` the graph's output L (None: every sink is an output again), with
        the gradient arriving at it (None: 1)."""
        graph = self.graph
        if node_id is not None and node_id not in graph.nodes:
            return False
        if grad is not None:
            try:
                OUTPUT_GRAD.check(grad)
            except ParamError as e:
                self._refuse(self.tr("Not applied: {problem}").format(problem=e))
                return False
        current = (graph.output.node, graph.output.given_grad)
        if (node_id, grad) == current:
            return False
        words = (_words(QT_TRANSLATE_NOOP("Editor", "make {label} the output"),
                        label=graph.node(node_id).label)
                 if node_id is not None else _words(QT_TRANSLATE_NOOP("Editor",
                                                                      "clear the output")))
        self._push(commands.SetOutput(graph, node_id, grad, words))
        return True

    # -- edges ----------------------------------------------------------------------------

    def connect_problem(self, source: str, target: str, port: str,
                        picked: Edge | None = None) -> str | None:
        """Why source → target.port cannot be wired (None when it can; a replacement of
        another edge on that port is allowed and is not a problem)."""
        graph = self.graph
        problem = graph.connect_problem(source, target, port)
        if problem:
            return problem
        existing = graph.edge_into(target, port)
        if existing is not None and existing != picked and existing.source == source:
            return self.tr("this edge already exists")
        return None

    def wire(self, source: str, target: str, port: str) -> bool:
        """Wire source → target.port; an edge already on that port is replaced.

        Not named `connect`: that would hide `QObject.connect`, which PySide6 before 6.9
        calls on the sender whenever one of this object's signals is connected."""
        problem = self.connect_problem(source, target, port)
        if problem:
            self._refuse(self.tr("Cannot connect: {problem}").format(problem=problem))
            return False
        self._push(commands.Connect(self.graph, source, target, port))
        return True

    def move_edge(self, edge: Edge, source: str, target: str, port: str) -> bool:
        """Take `edge` off its port and wire source → target.port instead, as one step."""
        graph = self.graph
        if graph.edge_into(edge.target, edge.port) != edge:
            return False  # it went away meanwhile: nothing to move
        if (edge.source, edge.target, edge.port) == (source, target, port):
            return False
        # Checked on the graph with the edge still in place: taking it off removes no path
        # that could matter (a DAG has no path back into its source).
        problem = self.connect_problem(source, target, port, picked=edge)
        if problem:
            self._refuse(self.tr("Cannot connect: {problem}").format(problem=problem))
            return False
        macro = commands.Macro(graph, _words(
            QT_TRANSLATE_NOOP("Editor", "move edge to {target}.{port}"),
            target=graph.node(target).label, port=port))
        macro.add(commands.RemoveItems(graph, [], [edge]))
        macro.add(commands.Connect(graph, source, target, port))
        self._push(macro)
        return True

    # -- copy and paste -------------------------------------------------------------------

    def fragment(self, node_ids: list[str]) -> dict[str, Any]:
        """The nodes and the edges among them, as a graph document (for the clipboard)."""
        graph = self.graph
        wanted = [n for n in node_ids if n in graph.nodes]
        chosen = set(wanted)
        doc = graph_to_document(graph)
        doc["nodes"] = [n for n in doc["nodes"] if n["id"] in chosen]
        doc["edges"] = [e for e in doc["edges"]
                        if e["source"] in chosen and e["target"] in chosen]
        for key in [k for k in doc if k not in ("format", "version", "nodes", "edges")]:
            del doc[key]
        return doc

    def copy(self, node_ids: list[str]) -> bool:
        if not node_ids:
            self._refuse(self.tr("Select nodes to copy."))
            return False
        # Plain text set by Qt itself: a QMimeData made in Python is a Python subclass, and
        # the clipboard still calls into it while the interpreter shuts down (a crash at
        # quit after any copy). As a graph document, the text pastes into a file too.
        QGuiApplication.clipboard().setText(json.dumps(self.fragment(node_ids),
                                                       ensure_ascii=False))
        return True

    def cut(self, node_ids: list[str]) -> bool:
        return self.copy(node_ids) and self.delete(node_ids)

    def paste(self, at: Position | None = None) -> list[str]:
        """Add the clipboard's nodes with their top-left at `at` (or beside the graph)."""
        try:  # whatever text is there goes through the file checks first
            pasted = loads_graph(QGuiApplication.clipboard().text(),
                                 self.tr("the clipboard"))
        except GraphFileError:
            self._refuse(self.tr("The clipboard does not hold nodes."))
            return []
        if not pasted.nodes:
            self._refuse(self.tr("The clipboard does not hold nodes."))
            return []
        nodes = list(pasted.nodes.values())
        left = min(n.position[0] for n in nodes)
        top = min(n.position[1] for n in nodes)
        if at is None:
            at = (left + DUPLICATE_OFFSET, top + DUPLICATE_OFFSET)
        return self._add_copies(pasted, (at[0] - left, at[1] - top),
                                _words(QT_TRANSLATE_NOOP("Editor", "paste")))

    def duplicate(self, node_ids: list[str], offset: Position | None = None) -> list[str]:
        """Copies of the nodes (and the edges among them), moved by `offset` (the canvas
        knows where they cover nothing), else a little below and right."""
        if not node_ids:
            self._refuse(self.tr("Select nodes to duplicate."))
            return []
        source = self.graph.copy(only=node_ids)
        offset = offset if offset is not None else (DUPLICATE_OFFSET, DUPLICATE_OFFSET)
        return self._add_copies(source, offset,
                                _words(QT_TRANSLATE_NOOP("Editor", "duplicate")))

    def _add_copies(self, source: Graph, offset: Position,
                    words: commands.Words) -> list[str]:
        """Add `source`'s nodes and edges with new ids and free labels, moved by `offset`."""
        graph = self.graph
        problem = (graph.room_problem(len(source.nodes), len(source.edges))
                   or graph.values_problem(source.value_bytes))
        if problem:
            self._refuse(self.tr("Not added: {problem}").format(problem=problem))
            return []
        taken = {n.label for n in graph.nodes.values()}
        new_ids: dict[str, str] = {}
        used: set[str] = set()  # ids given out here (the graph has none of them yet)
        nodes = []
        for node in source.nodes.values():
            label = graph.unique_label(node.label, taken)
            taken.add(label)
            new_id = graph.new_id()
            while new_id in used:
                new_id = graph.new_id()
            used.add(new_id)
            new_ids[node.id] = new_id
            x, y = node.position
            nodes.append(Node(new_id, node.type, label, _whole((x + offset[0], y + offset[1])),
                              copy.deepcopy(node.params)))
        edges = [Edge(new_ids[e.source], new_ids[e.target], e.port) for e in source.edges]
        self._push(commands.AddNodes(graph, nodes, edges, words))
        ids = [n.id for n in nodes]
        self.added.emit(ids)
        return ids

    # -- a whole new graph ----------------------------------------------------------------

    def replace_graph(self, graph: Graph, words: str) -> bool:
        """Put `graph` (nodes, edges, output, header) on the canvas in place of the one there,
        as ONE undo step: undo brings back the old graph exactly. `words` names the step
        (marked with QT_TRANSLATE_NOOP in the Editor's context). The new graph goes through
        the file loader's checks first, as a pasted one does; refused, nothing changed,
        when it would not load."""
        try:
            checked = loads_graph(json.dumps(graph_to_document(graph)),
                                  self.tr("the new graph"))
        except GraphFileError as e:
            self._refuse(self.tr("The graph was not replaced: {problem}").format(problem=e))
            return False
        old = self.graph
        said = _words(words)
        macro = commands.Macro(old, said)
        macro.add(commands.RemoveItems(old, list(old.nodes), [], said))
        macro.add(commands.AddNodes(old, list(checked.nodes.values()), list(checked.edges),
                                    said))
        fields = checked.output.fields()
        macro.add(commands.SetOutput(old, fields.get("output"), fields.get("output_grad"),
                                     said))
        macro.add(commands.SetMeta(old, checked.meta, said))
        self._push(macro)
        self.added.emit(list(checked.nodes))
        return True

    # -- parameter values: trained ones, or one gradient-descent step ---------------------

    def set_trained_parameters(self, arrays: dict[str, np.ndarray]) -> bool:
        """Give Parameter nodes these values (`init: fixed`), as one undo step.

        Undo brings back exactly what they held (their initializers). Refused, with
        nothing changed, when a node is gone, is no longer a Parameter, has another shape
        now, or a value is not finite.
        """
        problem = trained_parameters_problem(self.graph, arrays) or self._values_problem(arrays)
        if problem:
            self._refuse(self.tr("The trained parameters were not applied: {problem}.")
                         .format(problem=problem))
            return False
        self._push(self._fixed_values(arrays, _words(
            QT_TRANSLATE_NOOP("Editor", "set trained parameters"))))
        return True

    def descend(self, lr: float) -> bool:
        """One gradient-descent step, W ← W − lr·∂L/∂W for every Parameter node with a
        gradient, as one undo step (the parameters become fixed values)."""
        try:
            step = descent_step(self.graph, lr)  # from a fresh pass: no pending recompute
        except DescentError as e:
            self._refuse(str(e))
            return False
        problem = self._values_problem(step.new)
        if problem:
            self._refuse(self.tr("No step: {problem}.").format(problem=problem))
            return False
        self._push(self._fixed_values(step.new, _words(
            QT_TRANSLATE_NOOP("Editor", "gradient step, lr {lr}"), lr=f"{step.lr:g}")))
        return True

    def _values_problem(self, arrays: dict[str, np.ndarray]) -> str | None:
        """Whether these arrays, as the nodes' fixed values, fit in the graph's file."""
        graph = self.graph
        return graph.values_problem(sum(literal_bytes(np.shape(a)) for a in arrays.values()),
                                    sum(value_bytes(graph.nodes[nid].op, graph.nodes[nid].params)
                                        for nid in arrays))

    def _fixed_values(self, arrays: dict[str, np.ndarray],
                      words: commands.Words) -> QUndoCommand:
        macro = commands.Macro(self.graph, words)
        for nid, array in arrays.items():
            macro.add(commands.SetParams(self.graph, nid, fixed_params(array)))
        return macro


def _words(text: str, **values: Any) -> commands.Words:
    """An undo command's name, said in the language of the moment (`text` in the Editor's
    context, marked for translation where it is written)."""
    return commands.Words("Editor", text, **values)


def _whole(position: Position) -> Position:
    """Whole pixels keep files clean and diffs small."""
    return (float(round(position[0])), float(round(position[1])))
