"""What changed in a graph while a copy of it trained: the run's network against the canvas.

Start trains a copy of the graph, and the user may go on editing the graph meanwhile.
`NetworkAtStart` remembers the network the run trains as it was at Start (the loss and
every node it is computed from: types, parameters, wiring, and the graph's output) and
compares the graph with it later:

- `structure_changes`: what makes the trained weights belong to another network (a node of
  it deleted or given another type, an op's or a constant's parameters changed, an input
  wired differently). Trained weights land on the graph only when there is none.
- `edited_parameters`: the Parameter nodes whose values were edited since Start (landing
  the trained values replaces those edits; undo brings them back).
- `computes_as_trained`: whether the graph still computes what the run computes, so that
  a training batch's numbers are the graph's numbers for that batch: nothing above
  changed, no new edge touches the network, the output is the same. When it does not,
  `feeds` says what of a batch still applies to the graph (the batch's data and labels,
  the run's weights of the parameters not edited), for the engine to compute the graph
  as it is with them.

The values of the data and labels nodes never count (the run replaces them batch by
batch), nor labels and positions. The params dicts are kept by reference: the graph
replaces a node's params on every edit and never changes them in place, so remembering a
network with large weights costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.i18n import translate
from core.model.graph import Graph
from core.training.roles import Roles


@dataclass(frozen=True)
class _Node:
    type: str
    described: str  # how messages name it, as it was at Start
    params: dict[str, Any]
    role: str  # its op's training role ("parameter", "data", "labels", …) or ""


@dataclass(frozen=True)
class NetworkAtStart:
    nodes: dict[str, _Node]
    edges: frozenset[tuple[str, str, str]]  # (source, target, port) at the network's nodes
    output: dict[str, Any]  # the graph's output fields

    @classmethod
    def of(cls, graph: Graph, roles: Roles) -> "NetworkAtStart":
        """The network of `graph` that a run with these roles trains."""
        ids = graph.ancestors([roles.loss]) | {roles.loss}
        nodes = {nid: _Node(graph.nodes[nid].type, graph.nodes[nid].describe(),
                            graph.nodes[nid].params, graph.nodes[nid].op.role)
                 for nid in graph.nodes if nid in ids}
        return cls(nodes, _edges_at(graph, nodes), graph.output.fields())

    @property
    def parameters(self) -> list[str]:
        return [nid for nid, node in self.nodes.items() if node.role == "parameter"]

    def structure_changes(self, graph: Graph) -> list[str]:
        """What changed in the trained network's structure, in words (empty: nothing)."""
        changes, gone = [], set()
        for nid, was in self.nodes.items():
            node = graph.nodes.get(nid)
            if node is None or node.type != was.type:
                gone.add(nid)
                changes.append(translate("Train", "{node} was deleted").format(
                    node=was.described))
            elif was.role not in ("parameter", "data", "labels") and \
                    not _same(node.params, was.params):
                changes.append(translate("Train", "the parameters of {node} changed").format(
                    node=node.describe()))
        before = {(t, p): s for s, t, p in self.edges if t in self.nodes}
        now = {(t, p): s for s, t, p in _edges_at(graph, self.nodes, into_only=True)}
        for (target, port) in sorted(before.keys() | now.keys()):
            source, was = now.get((target, port)), before.get((target, port))
            if source == was or target in gone or (source is None and was in gone):
                continue  # the same, or said already: a deleted node takes its edges
            node = graph.nodes[target].describe()
            if source is None:
                text = translate("Train", "input {port} of {node} was disconnected")
            else:
                text = translate("Train", "input {port} of {node} is fed by {source} now")
            changes.append(text.format(port=port, node=node, source=(
                graph.nodes[source].describe() if source is not None else "")))
        return changes

    def edited_parameters(self, graph: Graph) -> list[str]:
        """The Parameter nodes still in `graph` whose values were edited since Start."""
        return [nid for nid in self.parameters
                if nid in graph.nodes and not _same(graph.nodes[nid].params,
                                                     self.nodes[nid].params)]

    def feeds(self, graph: Graph, values: dict[str, Any]) -> dict[str, Any]:
        """Of a batch's node values (the run's), those that still feed `graph`: the data
        and labels nodes' and the unedited parameters' (each still there, same type)."""
        edited = set(self.edited_parameters(graph))
        return {nid: values[nid] for nid, was in self.nodes.items()
                if was.role in ("parameter", "data", "labels") and nid in values
                and nid in graph.nodes and graph.nodes[nid].type == was.type
                and nid not in edited}

    def computes_as_trained(self, graph: Graph) -> bool:
        """Whether `graph` computes what the run computes (with the run's batch and
        weights): the same network, its parameters unedited, no new edge at any of its
        nodes (a new consumer would change the gradients), the same output."""
        return (graph.output.fields() == self.output
                and _edges_at(graph, self.nodes) == self.edges
                and not self.edited_parameters(graph)
                and not self.structure_changes(graph))


def _edges_at(graph: Graph, nodes, into_only: bool = False) -> frozenset[tuple[str, str, str]]:
    """The edges into the network's nodes (and, unless `into_only`, out of them)."""
    return frozenset((e.source, e.target, e.port) for e in graph.edges
                     if e.target in nodes or (not into_only and e.source in nodes))


def _same(params: dict[str, Any], before: dict[str, Any]) -> bool:
    return params is before or params == before
