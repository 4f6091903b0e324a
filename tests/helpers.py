"""Small builders shared by the core tests."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from core.model.graph import Graph


def build(nodes, edges) -> Graph:
    """nodes: (id, type, params) tuples; edges: (source, target, port) tuples."""
    graph = Graph()
    for node_id, type_name, params in nodes:
        graph.add_node(type_name, node_id, params=params, node_id=node_id)
    for source, target, port in edges:
        graph.add_edge(source, target, port)
    return graph


def const(value) -> dict:
    return {"value": value}


@contextmanager
def registered(op: type) -> Iterator[type]:
    """The op class `op` in the catalogue for the `with` block only."""
    from core.ops import registry
    registry.register(op)
    try:
        yield op
    finally:
        registry.unregister(op.type_name)
