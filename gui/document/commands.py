"""Undo commands: every user edit is one of these, and each calls core graph methods only.

Only `gui.document.editor.Editor` builds them (after checking the edit is valid); the scene and the
panels never change items directly: the command changes the core graph, the graph emits
events, and the scene updates its items from them. Undo restores the exact document, the
order of nodes and edges included (the order decides what a saved file holds and which
sink runs last). Compound edits (paste, moving an edge to another port) are one `Macro`.

A command's name (what Edit ▸ Undo says it would undo) is kept as `Words`, untranslated,
so a language switch names every command on the stack again (`retranslate`).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.graph import Edge, Graph, Node
from core.ops.values import copied

Position = tuple[float, float]


class Words:
    """A command's name as written (`context`, `text` marked where it is written) and the
    values it names: said in the current language whenever it is shown."""

    def __init__(self, context: str, text: str, **values: Any) -> None:
        self.context, self.text, self.values = context, text, values

    def __str__(self) -> str:
        return translate(self.context, self.text).format(**self.values)


def name(command: QUndoCommand, words: Words) -> None:
    """Give `command` its name (kept, to be said again in another language)."""
    command.words = words
    command.setText(str(words))


def retranslate(stack: QUndoStack) -> None:
    """Name every command on `stack` again in the current language."""
    for index in range(stack.count()):
        command = stack.command(index)
        words = getattr(command, "words", None)
        if words is not None:
            command.setText(str(words))


class Macro(QUndoCommand):
    """A compound edit: its parts redo in order and undo in reverse, as one undo step.

    The parts are plain commands the macro owns and calls itself, not Qt child commands:
    PySide lets both Python and the parent delete a child, which crashes once the stack
    discards an undone macro.
    """

    def __init__(self, graph: Graph, words: Words) -> None:
        super().__init__()
        name(self, words)
        self.graph = graph
        self.parts: list[QUndoCommand] = []

    def add(self, part: QUndoCommand) -> QUndoCommand:
        self.parts.append(part)
        return part

    def redo(self) -> None:
        with self.graph.batch():  # the parts are one change: one recompute
            for part in self.parts:
                part.redo()

    def undo(self) -> None:
        with self.graph.batch():
            for part in reversed(self.parts):
                part.undo()


class AddNodes(QUndoCommand):
    """Add nodes (and edges among them, or to nodes already there), as one step.

    The command owns the `nodes` it is given (the editor makes them for it): the graph
    copies their params as it adds them, so undo and redo always start from these."""

    def __init__(self, graph: Graph, nodes: list[Node], edges: list[Edge],
                 words: Words) -> None:
        super().__init__()
        name(self, words)
        self.graph, self.nodes, self.edges = graph, list(nodes), list(edges)

    def redo(self) -> None:
        graph = self.graph
        with graph.batch():
            for node in self.nodes:
                graph.add_node(node.type, node.label, node.position, node.params, node.id)
            for edge in self.edges:
                graph.add_edge(edge.source, edge.target, edge.port)

    def undo(self) -> None:
        with self.graph.batch():
            for edge in reversed(self.edges):
                self.graph.remove_edge(edge.target, edge.port)
            for node in reversed(self.nodes):
                self.graph.remove_node(node.id)


class RemoveItems(QUndoCommand):
    """Delete nodes (with every edge touching them) and single edges, as one step."""

    def __init__(self, graph: Graph, node_ids: list[str], edges: list[Edge],
                 words: Words | None = None) -> None:
        super().__init__()
        self.graph = graph
        # A snapshot of each node: params are never changed in place (set_params gives a
        # node a new dict), so they need no deep copy, which cost 0.4 s for 10,000 nodes.
        self.nodes = [graph.node(n).copy() for n in node_ids]
        # every edge touching them, once (by id: an edge's own hash is slow), in order
        touching: dict[str, Edge] = {}
        for n in node_ids:
            for edge in graph.in_edges(n).values():
                touching[edge.id] = edge
            for edge in graph.out_edges(n):
                touching[edge.id] = edge
        for edge in edges:
            touching[edge.id] = edge
        self.edges = list(touching.values())
        # where each one stood, so undo puts the graph back in the same order
        node_index = {nid: i for i, nid in enumerate(graph.nodes)}
        edge_index = {e.id: i for i, e in enumerate(graph.edges)}
        self.node_places = [(node_index[n.id], n) for n in self.nodes]
        self.edge_places = [(edge_index[e.id], e) for e in self.edges]
        name(self, words or self._describe())

    def _describe(self) -> Words:
        if self.nodes:
            names = ", ".join(n.label for n in self.nodes[:3]) + ("…" if len(self.nodes) > 3
                                                                   else "")
            return Words("commands", QT_TRANSLATE_NOOP("commands", "delete {names}"),
                         names=names)
        return Words("commands", QT_TRANSLATE_NOOP("commands", "delete {count} edge(s)"),
                     count=len(self.edges))

    def redo(self) -> None:
        with self.graph.batch():
            for edge in self.edges:
                self.graph.remove_edge(edge.target, edge.port)
            for node in self.nodes:
                self.graph.remove_node(node.id)

    def undo(self) -> None:
        self.graph.restore(self.node_places, self.edge_places)


class MoveNodes(QUndoCommand):
    """One drag, press to release, of one or more nodes."""

    def __init__(self, graph: Graph, moves: dict[str, tuple[Position, Position]]) -> None:
        super().__init__()
        name(self, Words("commands", QT_TRANSLATE_NOOP("commands", "move {count} node(s)"),
                         count=len(moves)))
        self.graph, self.moves = graph, dict(moves)

    def redo(self) -> None:
        self.graph.move_nodes({node_id: new for node_id, (_, new) in self.moves.items()})

    def undo(self) -> None:
        self.graph.move_nodes({node_id: old for node_id, (old, _) in self.moves.items()})


class Connect(QUndoCommand):
    """Add an edge; an edge already on that input port is replaced in the same step, and
    undo puts it back at its place in the order."""

    def __init__(self, graph: Graph, source: str, target: str, port: str) -> None:
        super().__init__()
        name(self, Words("commands",
                         QT_TRANSLATE_NOOP("commands", "connect {source} → {target}.{port}"),
                         source=graph.node(source).label, target=graph.node(target).label,
                         port=port))
        self.graph = graph
        self.edge = Edge(source, target, port)
        self._seen = False
        self.replaced: Edge | None = None
        self.replaced_index: int | None = None

    def redo(self) -> None:
        graph, edge = self.graph, self.edge
        if not self._seen:
            # What the port holds when the edit is first made (inside a macro, after the
            # parts before it ran); every later redo starts from that same graph.
            self._seen = True
            self.replaced = graph.edge_into(edge.target, edge.port)
            self.replaced_index = graph.edges.index(self.replaced) if self.replaced else None
        if self.replaced is not None:
            graph.remove_edge(edge.target, edge.port)
        graph.add_edge(edge.source, edge.target, edge.port, index=self.replaced_index)

    def undo(self) -> None:
        self.graph.remove_edge(self.edge.target, self.edge.port)
        if self.replaced is not None:
            r = self.replaced
            self.graph.add_edge(r.source, r.target, r.port, index=self.replaced_index)


class SetParams(QUndoCommand):
    """Change a node's parameters; repeated edits of the same node merge into one step."""

    ID = 1001

    def __init__(self, graph: Graph, node_id: str, params: dict[str, Any]) -> None:
        super().__init__()
        name(self, Words("commands", QT_TRANSLATE_NOOP("commands", "edit {label}"),
                         label=graph.node(node_id).label))
        self.graph, self.node_id = graph, node_id
        self.old = copied(graph.node(node_id).params)
        self.new = copied(params)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetParams) or other.node_id != self.node_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.graph.set_params(self.node_id, self.new)

    def undo(self) -> None:
        self.graph.set_params(self.node_id, self.old)


class RenameNode(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str, label: str) -> None:
        self.graph, self.node_id = graph, node_id
        self.old, self.new = graph.node(node_id).label, label.strip()
        super().__init__()
        name(self, Words("commands", QT_TRANSLATE_NOOP("commands", "rename {old} → {new}"),
                         old=self.old, new=self.new))

    def redo(self) -> None:
        self.graph.set_label(self.node_id, self.new)

    def undo(self) -> None:
        self.graph.set_label(self.node_id, self.old)


class SetMeta(QUndoCommand):
    """Replace the graph's header fields (title, description, figure …), as one step."""

    def __init__(self, graph: Graph, meta: dict[str, Any], words: Words) -> None:
        super().__init__()
        name(self, words)
        self.graph = graph
        self.old, self.new = copy.deepcopy(graph.meta), copy.deepcopy(meta)

    def redo(self) -> None:
        self.graph.meta = copy.deepcopy(self.new)

    def undo(self) -> None:
        self.graph.meta = copy.deepcopy(self.old)


class SetOutput(QUndoCommand):
    """Name the graph's output (or none) and the gradient arriving at it, as one step."""

    def __init__(self, graph: Graph, node_id: str | None, grad: Any,
                 words: Words) -> None:
        super().__init__()
        name(self, words)
        self.graph, self.node_id, self.grad = graph, node_id, copy.deepcopy(grad)
        self.old = graph.output.fields()

    def redo(self) -> None:
        self.graph.output.set_node(self.node_id)
        if self.node_id is not None:
            self.graph.output.set_grad(self.grad)  # None: back to 1

    def undo(self) -> None:
        self.graph.output.restore(self.old)
