"""Arrange a graph left to right, the way the book draws it, with room for every number.

A layered layout: each op sits one column after the last of its inputs; a source sits in
the column just before the first node it feeds, level with the port it feeds, so its edge
runs straight (apple → apple_price, tax → price). Within a column, nodes keep the order
that least crosses their edges (the average height of what they connect to). Columns are
as far apart as the widest number written between them needs, so labels never have to
cover a node. Sizes come from the caller (the canvas measures its nodes and labels), so
this module needs no GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.graph import Graph

#: the space kept free between a column's nodes and the numbers beside them
MARGIN = 24.0
#: the smallest gap between two columns, and between two nodes of a column
MIN_GAP = 90.0
ROW_GAP = 70.0


@dataclass(frozen=True)
class Sizes:
    """What the canvas measured: node id → (width, height); node id → the y of each input
    port from the node's top, by port; edge id → the width its labels need."""

    nodes: dict[str, tuple[float, float]]
    ports: dict[str, dict[str, float]]
    output_port: dict[str, float]
    labels: dict[str, float]


def columns(graph: Graph) -> dict[str, int]:
    """Each node's column: ops after their inputs, sources just before their first use."""
    order = _topological(graph)
    column: dict[str, int] = {}
    for nid in order:
        inputs = graph.in_edges(nid).values()
        column[nid] = max((column[e.source] + 1 for e in inputs), default=0)
    for nid in reversed(order):  # sources (and input-less ops) move up to their consumers
        if not graph.in_edges(nid):
            uses = [column[e.target] for e in graph.out_edges(nid)]
            if uses:
                column[nid] = max(0, min(uses) - 1)
    return column


def _topological(graph: Graph) -> list[str]:
    indegree = {nid: len(graph.in_edges(nid)) for nid in graph.nodes}
    ready = [nid for nid, d in indegree.items() if d == 0]
    order = []
    while ready:
        nid = ready.pop(0)
        order.append(nid)
        for edge in graph.out_edges(nid):
            indegree[edge.target] -= 1
            if indegree[edge.target] == 0:
                ready.append(edge.target)
    return order + [nid for nid in graph.nodes if nid not in set(order)]  # cycles: last


def arrange(graph: Graph, sizes: Sizes) -> dict[str, tuple[float, float]]:
    """New positions (top-left corners) for every node."""
    if not graph.nodes:
        return {}
    column = columns(graph)
    layers: dict[int, list[str]] = {}
    for nid in graph.nodes:  # file order first: stable when nothing else decides
        layers.setdefault(column[nid], []).append(nid)
    keys = sorted(layers)
    # x: each column after the previous one and the widest labels written between them
    x_of, x = {}, 0.0
    for k in keys:
        x_of[k] = x
        width = max(sizes.nodes[n][0] for n in layers[k])
        leaving = [sizes.labels.get(e.id, 0.0) for n in layers[k] for e in graph.out_edges(n)]
        x += width + max(MIN_GAP, max(leaving, default=0.0) + 2 * MARGIN)
    # y: ops at the mean height of their inputs, sources level with the ports they feed
    y_of: dict[str, float] = {}
    for k in keys:
        wanted = {n: _wanted_y(graph, n, y_of, sizes) for n in layers[k]}
        ops = [n for n in layers[k] if wanted[n] is not None]
        y_of.update(_stack(sorted(ops, key=lambda n: wanted[n]), wanted, sizes))
    for k in reversed(keys):  # sources, and anything without placed inputs, by their uses
        todo = [n for n in layers[k] if n not in y_of]
        if todo:
            wanted = {n: _use_y(graph, n, y_of, sizes) for n in todo}
            placed = [n for n in layers[k] if n in y_of]
            y_of.update(_fit_between(placed, todo, wanted, y_of, sizes))
    top = min(y_of.values())
    return {n: (round(x_of[column[n]]), round(y_of[n] - top)) for n in graph.nodes}


def _wanted_y(graph: Graph, nid: str, y_of: dict, sizes: Sizes) -> float | None:
    """Where an op's top would put its ports level with its inputs' outputs (None: no
    input placed yet)."""
    ys = [y_of[e.source] + sizes.output_port[e.source] - sizes.ports[nid][port]
          for port, e in graph.in_edges(nid).items() if e.source in y_of]
    return sum(ys) / len(ys) if ys else None


def _use_y(graph: Graph, nid: str, y_of: dict, sizes: Sizes) -> float:
    """Where a source's top puts its output level with the first port it feeds."""
    for edge in graph.out_edges(nid):
        if edge.target in y_of:
            return (y_of[edge.target] + sizes.ports[edge.target][edge.port]
                    - sizes.output_port[nid])
    return 0.0


def _stack(nodes: list[str], wanted: dict, sizes: Sizes) -> dict[str, float]:
    """Nodes at their wanted heights, pushed apart (down, then the block back up) so no
    two overlap."""
    y: dict[str, float] = {}
    bottom = None
    for n in nodes:
        top = wanted[n] if bottom is None else max(wanted[n], bottom + ROW_GAP)
        y[n] = top
        bottom = top + sizes.nodes[n][1]
    if nodes:
        shift = sum(wanted[n] - y[n] for n in nodes) / len(nodes)
        y = {n: v + min(0.0, shift) for n, v in y.items()}
    return y


def _fit_between(placed: list[str], todo: list[str], wanted: dict, y_of: dict,
                 sizes: Sizes) -> dict[str, float]:
    """Place `todo` near their wanted heights without overlapping the column's others."""
    taken = sorted((y_of[n], y_of[n] + sizes.nodes[n][1]) for n in placed)
    out: dict[str, float] = {}
    for n in sorted(todo, key=lambda n: wanted[n]):
        height = sizes.nodes[n][1]
        top = wanted[n]
        moved = True
        while moved:  # slide down past anything in the way
            moved = False
            for a, b in taken:
                if top < b + ROW_GAP and top + height + ROW_GAP > a:
                    top = b + ROW_GAP
                    moved = True
        out[n] = top
        taken.append((top, top + height))
        taken.sort()
    return out
