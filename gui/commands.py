"""Undo commands: every user edit is one of these, and each calls core graph methods only.

The scene and panels never change items directly; they push a command, the command changes
the core graph, the graph emits events, and the scene updates its items from them.
Compound edits (paste, duplicate, moving an edge to another port) are one `Macro`.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from core.graph import Edge, Graph

Position = tuple[float, float]


class Macro(QUndoCommand):
    """A compound edit: its parts redo in order and undo in reverse, as one undo step.

    The parts are plain commands the macro owns and calls itself, not Qt child commands:
    PySide lets both Python and the parent delete a child, which crashes once the stack
    discards an undone macro.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.parts: list[QUndoCommand] = []

    def add(self, command_class, *args, **kwargs) -> QUndoCommand:
        part = command_class(*args, **kwargs)
        self.parts.append(part)
        return part

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


class AddNode(QUndoCommand):
    def __init__(self, graph: Graph, type_name: str, position: Position,
                 label: str | None = None, params: dict[str, Any] | None = None,
                 node_id: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.type_name, self.position = type_name, position
        self.label = label or graph.unique_label(type_name)  # as core names new nodes
        self.params = copy.deepcopy(params)
        self.node_id = node_id or graph.new_id()
        self.setText(f"add {self.label}")

    def redo(self) -> None:
        self.graph.add_node(self.type_name, self.label, self.position, self.params, self.node_id)

    def undo(self) -> None:
        self.graph.remove_node(self.node_id)


class RemoveItems(QUndoCommand):
    """Delete nodes (with every edge touching them) and single edges, as one step."""

    def __init__(self, graph: Graph, node_ids: list[str], edges: list[Edge],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.nodes = [copy.deepcopy(graph.node(n)) for n in node_ids]
        wanted = set(node_ids)
        touching = [e for e in graph.edges if e.source in wanted or e.target in wanted]
        self.edges = list(dict.fromkeys(touching + list(edges)))
        # where each one stood, so undo puts the graph back in the same order
        node_order, edge_order = list(graph.nodes), graph.edges
        self.node_index = {n.id: node_order.index(n.id) for n in self.nodes}
        self.edge_index = {e: edge_order.index(e) for e in self.edges}
        parts = []
        if self.nodes:
            parts.append(", ".join(n.label for n in self.nodes[:3])
                         + ("…" if len(self.nodes) > 3 else ""))
        if not self.nodes and self.edges:
            parts.append(f"{len(self.edges)} edge" + ("s" if len(self.edges) > 1 else ""))
        self.setText("delete " + " and ".join(parts))

    def redo(self) -> None:
        for edge in self.edges:
            self.graph.remove_edge(edge.target, edge.port)
        for node in self.nodes:
            self.graph.remove_node(node.id)

    def undo(self) -> None:
        # ascending former positions: each insert lands where it stood
        for node in sorted(self.nodes, key=lambda n: self.node_index[n.id]):
            self.graph.add_node(node.type, node.label, node.position, node.params, node.id,
                                index=self.node_index[node.id])
        for edge in sorted(self.edges, key=self.edge_index.get):
            self.graph.add_edge(edge.source, edge.target, edge.port,
                                index=self.edge_index[edge])


class MoveNodes(QUndoCommand):
    """One drag, press to release, of one or more nodes."""

    def __init__(self, graph: Graph, moves: dict[str, tuple[Position, Position]],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.moves = graph, dict(moves)
        self.setText(f"move {len(moves)} node" + ("s" if len(moves) > 1 else ""))

    def redo(self) -> None:
        for node_id, (_, new) in self.moves.items():
            self.graph.move_node(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _) in self.moves.items():
            self.graph.move_node(node_id, old)


class Connect(QUndoCommand):
    """Add an edge; an edge already on that input port is replaced in the same step."""

    def __init__(self, graph: Graph, source: str, target: str, port: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.edge = Edge(source, target, port)
        self.replaced = graph.edge_into(target, port)
        self.setText(f"connect {graph.node(source).label} → {graph.node(target).label}.{port}")

    def redo(self) -> None:
        if self.replaced is not None:
            self.graph.remove_edge(self.edge.target, self.edge.port)
        self.graph.add_edge(self.edge.source, self.edge.target, self.edge.port)

    def undo(self) -> None:
        self.graph.remove_edge(self.edge.target, self.edge.port)
        if self.replaced is not None:
            r = self.replaced
            self.graph.add_edge(r.source, r.target, r.port)


class SetParams(QUndoCommand):
    """Change a node's parameters; repeated edits of the same node merge into one step."""

    ID = 1001

    def __init__(self, graph: Graph, node_id: str, params: dict[str, Any],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.node_id = graph, node_id
        self.old = copy.deepcopy(graph.node(node_id).params)
        self.new = copy.deepcopy(params)
        self.setText(f"edit {graph.node(node_id).label}")

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


class Rename(QUndoCommand):
    def __init__(self, graph: Graph, node_id: str, label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.graph, self.node_id = graph, node_id
        self.old, self.new = graph.node(node_id).label, label.strip()
        self.setText(f"rename {self.old} → {self.new}")

    def redo(self) -> None:
        self.graph.set_label(self.node_id, self.new)

    def undo(self) -> None:
        self.graph.set_label(self.node_id, self.old)


def paste_command(graph: Graph, fragment: dict[str, Any], offset: Position,
                  text: str = "paste") -> Macro:
    """A macro adding a copied fragment's nodes (new ids, free labels) and its
    inner edges. `fragment` is {"nodes": [{type, label, position, params, id}], "edges":
    [{source, target, port}]} as `copy_fragment` makes it."""
    macro = Macro(text)
    new_ids: dict[str, str] = {}
    taken = {n.label for n in graph.nodes.values()}
    used_ids = set(graph.nodes)
    for rec in fragment["nodes"]:
        label = rec["label"]
        if label in taken:
            i = 2
            while f"{label}{i}" in taken:
                i += 1
            label = f"{label}{i}"
        taken.add(label)
        node_id = graph.new_id()
        while node_id in used_ids:
            node_id = graph.new_id()
        used_ids.add(node_id)
        new_ids[rec["id"]] = node_id
        x, y = rec["position"]
        macro.add(AddNode, graph, rec["type"], (x + offset[0], y + offset[1]), label,
                  rec["params"], node_id)
    for rec in fragment["edges"]:
        if rec["source"] in new_ids and rec["target"] in new_ids:
            macro.add(_DeferredConnect, graph, new_ids[rec["source"]],
                      new_ids[rec["target"]], rec["port"])
    return macro


class _DeferredConnect(QUndoCommand):
    """An edge between nodes that a sibling command creates first (so no checks now)."""

    def __init__(self, graph: Graph, source: str, target: str, port: str) -> None:
        super().__init__()
        self.graph, self.edge = graph, Edge(source, target, port)

    def redo(self) -> None:
        self.graph.add_edge(self.edge.source, self.edge.target, self.edge.port)

    def undo(self) -> None:
        self.graph.remove_edge(self.edge.target, self.edge.port)


def copy_fragment(graph: Graph, node_ids: list[str]) -> dict[str, Any]:
    """The selected nodes and the edges among them, as plain records (for the clipboard)."""
    wanted = [n for n in node_ids if n in graph.nodes]
    chosen = set(wanted)
    nodes = [{"id": n.id, "type": n.type, "label": n.label, "position": list(n.position),
              "params": copy.deepcopy(n.params)} for n in (graph.nodes[i] for i in wanted)]
    edges = [{"source": e.source, "target": e.target, "port": e.port} for e in graph.edges
             if e.source in chosen and e.target in chosen]
    return {"nodes": nodes, "edges": edges}
