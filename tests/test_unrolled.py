"""The training path's walk written out as straight-line Python (`core.engine.unrolled`):
the same values and gradients as the careful path, bit for bit and in the same order,
whatever the graph (fan-out, broadcasts, a named output that feeds other nodes, node ids
no identifier could be), and the careful path again when an op fails on it."""

from __future__ import annotations

import numpy as np
import pytest

from core.engine.program import Program, evaluate
from core.model.graph import Graph
from tests.helpers import build, const
from tests.test_training_path import fan_out_graph

ODD = ['x"\'\\', "line\nbreak", "곱셈 {0}", "__import__('os')"]


def broadcast_graph() -> Graph:
    """A bias row added to every row, and a scalar weight: both gradients are summed down
    to their shapes (`unbroadcast`)."""
    nodes = [("x", "Parameter", {"init": "fixed", "value": [[1.0, -2.0, 0.5], [0.3, 0.2, -1.0]]}),
             ("b", "Parameter", {"init": "fixed", "value": [0.1, 0.2, -0.3]}),
             ("k", "Parameter", {"init": "fixed", "value": 1.5}),
             ("xb", "Add", {}), ("s", "Sigmoid", {}), ("ks", "Mul", {}), ("sum", "Sum", {})]
    edges = [("x", "xb", "x"), ("b", "xb", "y"), ("xb", "s", "x"), ("k", "ks", "x"),
             ("s", "ks", "y"), ("ks", "sum", "x")]
    return build(nodes, edges)


def output_that_feeds_on() -> Graph:
    """The named output (with a gradient of 2 arriving) feeds another node, whose own
    gradient then joins the output's: the output is a seed and a sum at once."""
    nodes = [("x", "Parameter", {"init": "fixed", "value": [0.5, -1.5]}),
             ("y", "Constant", const([2.0, 3.0])), ("m", "Mul", {}), ("s", "Sigmoid", {}),
             ("m2", "Mul", {})]
    edges = [("x", "m", "x"), ("y", "m", "y"), ("m", "s", "x"), ("s", "m2", "x"),
             ("x", "m2", "y")]
    graph = build(nodes, edges)
    graph.output.set_node("s")
    graph.output.set_grad(2.0)
    return graph


def odd_ids() -> Graph:
    """The fan-out graph with node ids (and so edge ids) of quotes, a backslash, a line
    break, Hangul and braces, and code: they become string literals, never code."""
    graph = fan_out_graph()
    renamed = Graph()
    names = dict(zip(["x", "r", "rs", "aw"], ODD))
    for nid, node in graph.nodes.items():
        renamed.add_node(node.type, node.label, params=node.params, node_id=names.get(nid, nid))
    for edge in graph.edges:
        renamed.add_edge(names.get(edge.source, edge.source),
                         names.get(edge.target, edge.target), edge.port)
    return renamed


GRAPHS = {"fan-out": fan_out_graph, "broadcast": broadcast_graph,
          "output that feeds on": output_that_feeds_on, "odd ids": odd_ids}


def same(got: dict, expected: dict, what: str) -> None:
    assert list(got) == list(expected), what  # the same keys, in the same order
    for key, value in expected.items():
        assert np.asarray(got[key]).tobytes() == np.asarray(value).tobytes(), (what, key)


def training_path(graph: Graph) -> Program:
    """A training program that has made its training path: a careful pass (which checks
    the shapes), then the training path's forward and the careful backward after it
    (which makes the backward's plan)."""
    program = Program(graph, recycle=True, check_finite=False)
    for check in (True, False):
        program.forward(check=check)
        program.backward()
    assert program._lean_steps and program._lean_plans
    return program


@pytest.mark.parametrize("name", list(GRAPHS))
def test_the_unrolled_walk_gives_what_the_careful_one_gives(name):
    graph = GRAPHS[name]()
    expected = evaluate(graph)
    assert not expected.errors and expected.grads
    program = training_path(graph)
    for _ in range(3):
        values = program.forward(check=False)
        assert program._lean, "the forward did not take the training path"
        grads, edge_grads = program.backward()
        same(values, expected.values, "values")
        same(grads, expected.grads, "grads")
        same(edge_grads, expected.edge_grads, "edge grads")


def test_an_op_that_fails_on_the_training_path_is_told_by_the_careful_one():
    """Shapes that changed behind the training path's back (its contract is the same
    shapes): the op that fails sends the pass down the careful path, which names it."""
    program = training_path(broadcast_graph())
    program.sources["b"] = np.array([1.0, 2.0])  # (3,) became (2,): xb cannot broadcast
    values = program.forward(check=False)
    assert "xb" not in values and "xb" in program.errors
    message = program.errors["xb"].message
    assert message.startswith('Add "xb"') and "y is (2,)" in message
