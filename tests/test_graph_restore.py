"""Undo of a delete (`Graph.restore`) puts nodes and edges back as they were, in their
former order, checking only what the graph may differ in since: ids, ports, room, cycles."""

import dataclasses

import pytest

from core.files.graph_files import dumps_graph
from core.model.graph import Graph, GraphError
from tests.helpers import build, const


def chain() -> Graph:
    return build([("a", "Constant", const([1.0, 2.0])), ("b", "Constant", const(3.0)),
                  ("m", "Mul", None), ("s", "Add", None)],
                 [("a", "m", "x"), ("b", "m", "y"), ("m", "s", "x"), ("b", "s", "y")])


def delete(graph: Graph, node_ids: list[str]):
    """What the delete command keeps: each node and edge, and where it stood."""
    nodes = [dataclasses.replace(graph.nodes[n]) for n in node_ids]
    edges = list(dict.fromkeys(e for n in node_ids
                               for e in [*graph.in_edges(n).values(), *graph.out_edges(n)]))
    node_index = {nid: i for i, nid in enumerate(graph.nodes)}
    edge_index = {e: i for i, e in enumerate(graph.edges)}
    places = ([(node_index[n.id], n) for n in nodes], [(edge_index[e], e) for e in edges])
    with graph.batch():
        for node in nodes:
            graph.remove_node(node.id)
    return places


def test_restore_brings_back_the_exact_graph_and_says_so():
    graph = chain()
    before = dumps_graph(graph)
    bytes_before = graph.value_bytes
    nodes, edges = delete(graph, ["b", "a"])
    heard = []
    graph.node_added.connect(lambda node: heard.append(node.id))
    graph.edge_added.connect(lambda edge: heard.append(edge.id))
    graph.changed.connect(lambda: heard.append("changed"))
    graph.restore(nodes, edges)
    assert dumps_graph(graph) == before and graph.value_bytes == bytes_before
    assert heard == ["a", "b", "a->m.x", "b->m.y", "b->s.y", "changed"]
    # the graph's node is its own: the command's snapshot does not share its params
    assert graph.nodes["a"].params is not nodes[0][1].params


def test_restore_refuses_what_the_graph_no_longer_allows():
    graph = chain()
    nodes, edges = delete(graph, ["b"])
    graph.add_node("Constant", "b again", (0, 0), {"value": 1.0}, "b")  # the id is taken
    with pytest.raises(GraphError, match="already exists"):
        graph.restore(nodes, edges)

    graph = chain()
    nodes, edges = delete(graph, ["b"])
    graph.add_edge("a", "m", "y")  # the port is taken
    with pytest.raises(GraphError, match="already connected"):
        graph.restore(nodes, edges)

    graph = Graph()
    graph.add_node("Constant", "c", (0, 0), {"value": 1.0}, "c")
    graph.add_node("Add", "p", (0, 0), None, "p")
    graph.add_node("Add", "q", (0, 0), None, "q")
    graph.add_edge("c", "p", "x")
    edge = graph.add_edge("p", "q", "x")
    graph.remove_edge("q", "x")
    graph.add_edge("q", "p", "y")  # with p → q back, a cycle
    with pytest.raises(GraphError, match="cycle"):
        graph.restore([], [(1, edge)])
