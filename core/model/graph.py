"""The graph model: nodes, edges and the rules that keep them a valid DAG.

The graph is the single source of truth. Every change goes through one of its methods,
which validates, changes the model and then emits an event (`node_added`, `edge_removed`,
...) that views listen to. Node ids are stable strings; edges are identified by the input
port they feed, since a port takes at most one edge. A node's type names its op
(`core.ops.registry`), which says everything the node does. The graph's output (which node
is L, the gradient arriving there) is a part it holds, `graph.output`
(`core.model.output.Output`); `meta` holds the rest of a file's header (title, figure ...).
"""

from __future__ import annotations

import copy
import itertools
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from core.i18n import translate
from core.model.errors import GraphError, no_node
from core.model.events import Event
from core.model.limits import (
    MAX_EDGES,
    MAX_FILE_BYTES,
    MAX_ID,
    MAX_LABEL,
    MAX_NODES,
    MAX_VALUE_BYTES,
    literal_bytes,
    megabytes,
    position_problem,
    text_problem,
)
from core.model.output import Output
from core.ops import registry
from core.ops.base import Op
from core.ops.values import ParamError, copied, stored_shape


@dataclass
class Node:
    id: str
    type: str
    label: str
    position: tuple[float, float] = (0.0, 0.0)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def op(self) -> type[Op]:
        return registry.get(self.type)

    def describe(self) -> str:
        """How messages name the node: `Affine "Affine1"`."""
        return f'{self.type} "{self.label}"'

    def copy(self, params: dict[str, Any] | None = None) -> Node:
        """The node as it is now, apart from any graph, with `params` if given (else the
        same dict): `dataclasses.replace` without its generic steps, ten times sooner (a
        delete of 10,000 nodes keeps a copy of each)."""
        return Node(self.id, self.type, self.label, self.position,
                    self.params if params is None else params)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    port: str
    # `source->target.port`, made once: the canvas and the presenter look edges up by
    # it thousands of times per edit
    id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{self.source}->{self.target}.{self.port}")


class Graph:
    """Nodes and edges, with events for every change, and the graph's output."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        # the rest of the file's header: "title", "description", "figure" ...
        self.meta: dict[str, Any] = {}
        self._in: dict[tuple[str, str], Edge] = {}  # (target, port) -> edge
        self._out: dict[str, list[Edge]] = {}  # source -> edges, in insertion order
        self._ids = itertools.count(1)
        self._value_bytes = 0  # the most the nodes' values take in a file (`values_problem`)
        self.node_added = Event()  # (node)
        self.node_removed = Event()  # (node)
        self.node_changed = Event()  # (node, what): what is "label" or "params"
        self.nodes_moved = Event()  # (nodes) one event for a whole group moved at once
        self.edge_added = Event()  # (edge)
        self.edge_removed = Event()  # (edge)
        self.changed = Event()  # () after any change that can alter computed values
        #: which node is L, and the gradient arriving at it
        self.output = Output(self.nodes, self.changed)
        self._held = 0  # inside how many `batch`es
        self._missed = False  # a change happened in the batch: `changed` is owed

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many edits as one (a delete of 10,000 nodes, a paste, an undo of either):
        listeners still hear of each node and edge, but `changed` (which recomputes) is
        said once, at the end."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._missed:
                self._missed = False
                self.changed.emit()

    def _changed(self) -> None:
        if self._held:
            self._missed = True
        else:
            self.changed.emit()

    # -- queries ------------------------------------------------------------------------

    @property
    def edges(self) -> list[Edge]:
        return list(self._in.values())

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(no_node(node_id)) from None

    def in_edges(self, node_id: str) -> dict[str, Edge]:
        """The edges into `node_id`, by port, in the op's port order."""
        node = self.node(node_id)
        return {p: self._in[(node_id, p)] for p in node.op.inputs if (node_id, p) in self._in}

    def out_edges(self, node_id: str) -> list[Edge]:
        return list(self._out.get(node_id, ()))

    def edge_into(self, node_id: str, port: str) -> Edge | None:
        return self._in.get((node_id, port))

    def display_names(self) -> dict[str, str]:
        """Node id → what output calls the node (`run`, and the table an exported script
        prints): its label, with its id added where labels repeat."""
        counts: dict[str, int] = {}
        for node in self.nodes.values():
            counts[node.label] = counts.get(node.label, 0) + 1
        return {nid: n.label if counts[n.label] == 1 else f"{n.label} ({nid})"
                for nid, n in self.nodes.items()}

    def find_label(self, label: str) -> Node | None:
        return next((n for n in self.nodes.values() if n.label == label), None)

    def ancestors(self, node_ids: Iterable[str]) -> set[str]:
        """The nodes whose values `node_ids` are computed from, `node_ids` included."""
        return self._walk(node_ids, lambda nid: (e.source for e in self.in_edges(nid).values()))

    def descendants(self, node_ids: Iterable[str]) -> set[str]:
        """The nodes computed from `node_ids`, `node_ids` included."""
        return self._walk(node_ids, lambda nid: (e.target for e in self._out.get(nid, ())))

    @staticmethod
    def _walk(start: Iterable[str], step) -> set[str]:
        seen: set[str] = set()
        stack = list(start)
        while stack:
            nid = stack.pop()
            if nid not in seen:
                seen.add(nid)
                stack.extend(step(nid))
        return seen

    def reaches(self, start: str, goal: str) -> bool:
        """Whether a path of edges leads from `start` to `goal`."""
        stack, seen = [start], set()
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                stack.extend(e.target for e in self._out.get(current, ()))
        return False

    def copy(self, only: Iterable[str] | None = None) -> "Graph":
        """An independent graph with the same nodes, edges, order and header (or only the
        nodes `only` and the edges among them); no listeners."""
        keep = None if only is None else set(only)
        other = Graph()
        if keep is None:
            other.meta = copy.deepcopy(self.meta)
            other.output.restore(self.output.fields())
        for node in self.nodes.values():
            if keep is None or node.id in keep:
                other.nodes[node.id] = node.copy(copied(node.params))
                other._value_bytes += value_bytes(node.op, node.params)
        for edge in self._in.values():
            if keep is None or (edge.source in keep and edge.target in keep):
                other._in[(edge.target, edge.port)] = edge
                other._out.setdefault(edge.source, []).append(edge)
        return other

    # -- what an edit may do ------------------------------------------------------------

    @staticmethod
    def label_problem(label: str) -> str | None:
        """Why `label` cannot name a node (None when it can): the file format's rules."""
        if not label.strip():
            return translate("Graph", "a label cannot be empty")
        if len(label) > MAX_LABEL:
            return translate("Graph", "a label may have at most {limit} characters, and this "
                             "one has {count:,}").format(limit=MAX_LABEL, count=len(label))
        return text_problem(label, "label")

    def room_problem(self, nodes: int = 1, edges: int = 0) -> str | None:
        """Why `nodes` more nodes and `edges` more edges do not fit (None when they do)."""
        if len(self.nodes) + nodes > MAX_NODES:
            return translate("Graph", "too many nodes: a graph holds at most {limit:,}, and "
                             "this one would have {count:,}").format(
                limit=MAX_NODES, count=len(self.nodes) + nodes)
        if len(self._in) + edges > MAX_EDGES:
            return translate("Graph", "too many edges: a graph holds at most {limit:,}, and "
                             "this one would have {count:,}").format(
                limit=MAX_EDGES, count=len(self._in) + edges)
        return None

    @property
    def value_bytes(self) -> int:
        """The most the values of all the nodes take in the graph's file (`literal_bytes`)."""
        return self._value_bytes

    def values_problem(self, added: int, removed: int = 0) -> str | None:
        """Why values taking `added` bytes more (and `removed` fewer) in the file do not
        fit (None when they do): the graph's file must stay within what the loader reads."""
        size = self._value_bytes + added - removed
        if added <= removed or size <= MAX_VALUE_BYTES:
            return None
        return translate("Graph", "the values would take up to {size} in the graph's file, "
                         "and a graph file has room for {limit} of values (it is limited to "
                         "{file})").format(size=megabytes(size),
                                           limit=megabytes(MAX_VALUE_BYTES, up=False),
                                           file=megabytes(MAX_FILE_BYTES, up=False))

    def connect_problem(self, source: str, target: str, port: str,
                        cycles: bool = True) -> str | None:
        """Why an edge source → target.port cannot be added (None when it can).

        An occupied port is not a problem here: `replace_edge` callers decide that.
        `cycles=False` leaves out the search for a cycle (a walk of everything downstream),
        for a caller that checks the whole graph once after many edges (`restore`).
        """
        if source not in self.nodes or target not in self.nodes:
            missing = source if source not in self.nodes else target
            return no_node(missing)
        tnode = self.nodes[target]
        if port not in tnode.op.inputs:
            ports = ", ".join(tnode.op.inputs) or translate("Graph", "none")
            return translate("Graph", "{node} has no input port {port!r} (ports: {ports})"
                             ).format(node=tnode.describe(), port=port, ports=ports)
        if source == target:
            return translate("Graph", "a node cannot feed itself")
        if (target, port) not in self._in:
            room = self.room_problem(nodes=0, edges=1)
            if room:
                return room
        if cycles and self.reaches(target, source):
            return translate("Graph", "{source} already depends on {target}: this edge would "
                             "make a cycle").format(source=self.nodes[source].describe(),
                                                    target=tnode.describe())
        return None

    def new_id(self, prefix: str = "n") -> str:
        while True:
            candidate = f"{prefix}{next(self._ids)}"
            if candidate not in self.nodes:
                return candidate

    def unique_label(self, base: str, taken: set[str] | None = None) -> str:
        """`base`, or `base_2`, `base_3` ... whichever is free (`apple_2` → `apple_3`).

        `taken` is the set of labels in use (default: this graph's); a caller naming many
        nodes passes one set and adds to it, instead of the graph being scanned each time.
        """
        labels = {n.label for n in self.nodes.values()} if taken is None else taken
        base = base.strip() or "node"
        if base not in labels and len(base) <= MAX_LABEL:
            return base
        stem = re.sub(r"_\d+$", "", base) or base
        for i in itertools.count(2):
            suffix = f"_{i}"
            candidate = stem[:MAX_LABEL - len(suffix)] + suffix
            if candidate not in labels:
                return candidate
        raise AssertionError("unreachable")

    # -- edits --------------------------------------------------------------------------

    def add_node(self, type_name: str, label: str | None = None,
                 position: tuple[float, float] = (0.0, 0.0),
                 params: dict[str, Any] | None = None, node_id: str | None = None,
                 index: int | None = None, _emit: bool = True) -> Node:
        """Add a node; `index` puts it back at a former place in the order (undo)."""
        try:
            op = registry.get(type_name)
        except KeyError:
            raise GraphError(translate("Graph", "unknown node type {type!r}").format(
                type=type_name)) from None
        if node_id is None:
            node_id = self.new_id()
        elif node_id in self.nodes:
            raise GraphError(translate("Graph", "a node with id {id!r} already exists").format(
                id=node_id))
        elif not node_id or len(node_id) > MAX_ID:
            raise GraphError(translate("Graph", "a node id has 1 to {limit} characters, not "
                                       "{count}").format(limit=MAX_ID, count=len(node_id)))
        problem = (self.room_problem() or text_problem(node_id, "id")
                   or (self.label_problem(label) if label is not None else None)
                   or position_problem(position))
        if problem:
            raise GraphError(problem)
        try:
            # validate first: it bounds the nesting, so the copy below cannot recurse away
            checked = copied(op.validate_params(op.default_params if params is None else params))
        except ParamError as e:
            raise GraphError(f'{type_name} "{label or node_id}": {e}') from None
        size = value_bytes(op, checked)
        problem = self.values_problem(size)
        if problem:
            raise GraphError(f'{type_name} "{label or node_id}": {problem}')
        self._value_bytes += size
        node = Node(node_id, type_name, label or self.unique_label(type_name),
                    (float(position[0]), float(position[1])), checked)
        self.nodes[node_id] = node
        if index is not None:
            _move_last_to(self.nodes, index)
        if _emit:
            self.node_added.emit(node)
            self._changed()
        return node

    def remove_node(self, node_id: str) -> tuple[Node, list[Edge]]:
        """Remove a node and its edges; returns both so an undo can put them back."""
        node = self.node(node_id)
        edges = list(self.in_edges(node_id).values()) + self.out_edges(node_id)
        for edge in edges:
            self._detach(edge)
        del self.nodes[node_id]
        self._out.pop(node_id, None)
        self._value_bytes -= value_bytes(node.op, node.params)
        self.node_removed.emit(node)
        self._changed()
        return node, edges

    def add_edge(self, source: str, target: str, port: str, index: int | None = None,
                 _emit: bool = True, _cycles: bool = True) -> Edge:
        """Add an edge; `index` puts it back at a former place in the order (undo)."""
        problem = self.connect_problem(source, target, port, cycles=_cycles)
        if problem:
            raise GraphError(problem)
        if (target, port) in self._in:
            tnode = self.nodes[target]
            raise GraphError(translate("Graph", "input {port} of {node} is already connected")
                             .format(port=port, node=tnode.describe()))
        edge = Edge(source, target, port)
        self._in[(target, port)] = edge
        self._out.setdefault(source, []).append(edge)
        if index is not None:
            # the order of edges decides the order nodes run in: restore it exactly
            _move_last_to(self._in, index)
            self._out[source] = [e for e in self._in.values() if e.source == source]
        if _emit:
            self.edge_added.emit(edge)
            self._changed()
        return edge

    def restore(self, nodes: list[tuple[int, Node]], edges: list[tuple[int, Edge]]) -> None:
        """Put removed nodes and edges back at their former places in the order (undo of
        a delete), all at once: one reordering however many there are.

        They were in this graph, so they passed every check of `add_node` and `add_edge`
        then, and what comes back are the copies the delete kept (`Node.copy`), which
        nothing edits since: what is checked again is only what the graph now may differ
        in (ids taken, ports connected, room, cycles), not each label, position and
        parameter."""
        for _index, node in nodes:
            self._put_back(node)
        if nodes:
            _reinsert(self.nodes, {node.id: index for index, node in nodes})
        room = self.room_problem(nodes=0, edges=len(edges))
        if room:
            raise GraphError(room)
        for _index, edge in edges:
            self._put_back_edge(edge)
        # one search for a cycle after all of them, not a walk downstream per edge
        if edges and self.has_cycle():
            raise GraphError(translate("Graph", "these edges would make a cycle"))
        if edges:
            _reinsert(self._in, {(e.target, e.port): index for index, e in edges})
            rebuilt: dict[str, list[Edge]] = {e.source: [] for _i, e in edges}
            for e in self._in.values():  # each source's out-edges in the restored order
                if e.source in rebuilt:
                    rebuilt[e.source].append(e)
            self._out.update(rebuilt)
        for _index, node in sorted(nodes, key=lambda p: p[0]):
            self.node_added.emit(self.nodes[node.id])
        for _index, edge in sorted(edges, key=lambda p: p[0]):
            self.edge_added.emit(edge)
        if nodes or edges:
            self._changed()

    def _put_back(self, node: Node) -> None:
        """A removed node back, as it was (`restore`), at the end of the order."""
        if node.id in self.nodes:
            raise GraphError(translate("Graph", "a node with id {id!r} already exists").format(
                id=node.id))
        problem = self.room_problem()
        if problem:
            raise GraphError(problem)
        op = node.op
        params = copied(node.params)
        size = value_bytes(op, params)
        problem = self.values_problem(size)
        if problem:
            raise GraphError(f"{node.describe()}: {problem}")
        self._value_bytes += size
        self.nodes[node.id] = node.copy(params)

    def _put_back_edge(self, edge: Edge) -> None:
        """A removed edge back (`restore`), at the end of the order; the caller searches
        for cycles once all are back."""
        source, target, port = edge.source, edge.target, edge.port
        if source not in self.nodes or target not in self.nodes:
            raise GraphError(no_node(source if source not in self.nodes else target))
        if (target, port) in self._in:
            raise GraphError(translate("Graph", "input {port} of {node} is already connected")
                             .format(port=port, node=self.nodes[target].describe()))
        edge = Edge(source, target, port)
        self._in[(target, port)] = edge
        self._out.setdefault(source, []).append(edge)

    def has_cycle(self) -> bool:
        """Whether some path of edges leads from a node back to itself (Kahn's count:
        the nodes that can be ordered are all of them in a DAG)."""
        waiting = {nid: 0 for nid in self.nodes}
        for target, _port in self._in:
            waiting[target] += 1
        ready = [nid for nid, n in waiting.items() if n == 0]
        ordered = 0
        while ready:
            nid = ready.pop()
            ordered += 1
            for edge in self._out.get(nid, ()):
                waiting[edge.target] -= 1
                if waiting[edge.target] == 0:
                    ready.append(edge.target)
        return ordered < len(self.nodes)

    def remove_edge(self, target: str, port: str) -> Edge:
        edge = self._in.get((target, port))
        if edge is None:
            raise GraphError(translate("Graph", "input {port} of node {id!r} is not connected")
                             .format(port=port, id=target))
        self._detach(edge)
        self._changed()
        return edge

    def _detach(self, edge: Edge) -> None:
        del self._in[(edge.target, edge.port)]
        self._out[edge.source].remove(edge)
        self.edge_removed.emit(edge)

    def set_label(self, node_id: str, label: str) -> None:
        node = self.node(node_id)
        label = label.strip()
        problem = self.label_problem(label)
        if problem:
            raise GraphError(problem)
        node.label = label
        self.node_changed.emit(node, "label")
        self._changed()

    def set_params(self, node_id: str, params: dict[str, Any]) -> None:
        node = self.node(node_id)
        try:
            checked = copied(node.op.validate_params(params))
        except ParamError as e:
            raise GraphError(f"{node.describe()}: {e}") from None
        size, before = value_bytes(node.op, checked), value_bytes(node.op, node.params)
        problem = self.values_problem(size, before)
        if problem:
            raise GraphError(f"{node.describe()}: {problem}")
        self._value_bytes += size - before
        node.params = checked
        self.node_changed.emit(node, "params")
        self._changed()

    def move_node(self, node_id: str, position: tuple[float, float]) -> None:
        self.move_nodes({node_id: position})

    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> None:
        """Move nodes; listeners hear once for the whole group (a drag of 10,000 nodes)."""
        nodes = [self.node(nid) for nid in positions]
        for position in positions.values():
            problem = position_problem(position)
            if problem:
                raise GraphError(problem)
        for node, position in zip(nodes, positions.values()):
            node.position = (float(position[0]), float(position[1]))
        if nodes:
            self.nodes_moved.emit(nodes)

    def clear(self) -> None:
        with self.batch():
            for node_id in list(self.nodes):
                self.remove_node(node_id)


def _reinsert(table: dict, places: dict) -> None:
    """Move the keys in `places` (now at the end of `table`) to their indices there."""
    moved = sorted(places.items(), key=lambda kv: kv[1])
    rest = [k for k in table if k not in places]
    order, r = [], iter(rest)
    for key, index in moved:
        while len(order) < index:
            nxt = next(r, None)
            if nxt is None:
                break
            order.append(nxt)
        order.append(key)
    order.extend(r)
    items = {k: table[k] for k in order}
    table.clear()
    table.update(items)


def _move_last_to(table: dict, index: int) -> None:
    """Move the newest entry of `table` to position `index`, keeping the same dict."""
    keys = list(table)
    for key in keys[index:-1]:
        table[key] = table.pop(key)  # re-inserted after the newest entry


def value_bytes(op: type[Op], params: dict[str, Any]) -> int:
    """The most a node's (checked) params' literal values take in a file."""
    return sum(literal_bytes(stored_shape(params[p.name])) for p in op.params_spec
               if p.kind == "literal" and p.name in params)
