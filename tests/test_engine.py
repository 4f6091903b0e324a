"""The engine: order, fan-out, broadcasting, and errors reported as values."""

import numpy as np
import pytest

from core.engine.gradcheck import gradient_check
from core.engine.program import Program, evaluate
from core.model.graph import Graph, GraphError
from core.ops.base import unbroadcast
from tests.helpers import build, const


def test_fan_out_sums_the_gradients_of_every_use():
    # y = x·x through one Mul with both ports fed by x: dy/dx = 2x
    graph = build([("x", "Constant", const(3.0)), ("m", "Mul", {})],
                  [("x", "m", "x"), ("x", "m", "y")])
    result = evaluate(graph)
    assert float(result.values["m"]) == 9.0
    assert [float(result.edge_grads[e.id]) for e in graph.out_edges("x")] == [3.0, 3.0]
    assert float(result.grads["x"]) == 6.0


def test_broadcast_gradients_are_reduced_to_the_input_shape():
    graph = build([("x", "Constant", const([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])),
                   ("b", "Constant", const([10.0, 20.0, 30.0])),
                   ("s", "Constant", const(2.0)), ("add", "Add", {}), ("mul", "Mul", {})],
                  [("x", "add", "x"), ("b", "add", "y"), ("add", "mul", "x"),
                   ("s", "mul", "y")])
    result = evaluate(graph)
    np.testing.assert_array_equal(result.grads["b"], [4.0, 4.0, 4.0])  # 2 rows × 2
    assert float(result.grads["s"]) == float(np.sum(result.values["add"]))
    assert result.grads["s"].shape == ()


def test_unbroadcast_sums_new_and_stretched_axes():
    g = np.arange(24.0).reshape(2, 3, 4)
    np.testing.assert_array_equal(unbroadcast(g, (3, 1)), g.sum(axis=(0, 2)).reshape(3, 1))
    np.testing.assert_array_equal(unbroadcast(g, ()), g.sum())


def test_missing_input_is_reported_and_the_rest_still_computes():
    graph = build([("a", "Constant", const(2.0)), ("b", "Constant", const(5.0)),
                   ("m", "Mul", {}), ("half", "Mul", {}), ("after", "Square", {})],
                  [("a", "m", "x"), ("b", "m", "y"), ("m", "half", "x"),
                   ("half", "after", "x")])
    result = evaluate(graph)
    assert result.errors["half"].message == 'Mul "half": input y is not connected'
    assert result.errors["half"].port == "y"
    assert result.errors["after"].message == \
        'Square "after": input x waits for Mul "half", which could not compute'
    assert float(result.values["m"]) == 10.0
    # m's only consumer failed: a gradient from m would belong to another output than the
    # graph's end, so backward starts nowhere and no gradient pretends otherwise
    assert result.sinks == [] and result.grads == {} and result.edge_grads == {}


def test_shape_mismatch_names_the_node_the_ports_and_the_rule():
    graph = build([("x", "Data", {"init": "zeros", "shape": [100, 784]}),
                   ("W", "Parameter", {"init": "zeros", "shape": [780, 50]}),
                   ("b", "Parameter", {"init": "zeros", "shape": [50]}),
                   ("Affine1", "Affine", {})],
                  [("x", "Affine1", "x"), ("W", "Affine1", "W"), ("b", "Affine1", "b")])
    result = evaluate(graph)
    assert result.errors["Affine1"].message == (
        'Affine "Affine1": x is (100, 784) but W is (780, 50) — '
        "x's last axis must equal W's first")
    bad = build([("x", "Constant", const([1.0, 2.0])), ("y", "Constant", const([1.0, 2.0, 3.0])),
                 ("add", "Add", {})], [("x", "add", "x"), ("y", "add", "y")])
    assert evaluate(bad).errors["add"].message == \
        'Add "add": x is (2,) but y is (3,) — they cannot broadcast together'


def test_non_finite_values_are_marked_where_they_start_without_numpy_warnings():
    # pyproject turns RuntimeWarning into an error: none may reach the user
    graph = build([("z", "Constant", const(0.0)), ("big", "Constant", const(1000.0)),
                   ("log", "Log", {}), ("exp", "Exp", {}), ("inv", "Reciprocal", {}),
                   ("after", "Square", {})],
                  [("z", "log", "x"), ("big", "exp", "x"), ("z", "inv", "x"),
                   ("log", "after", "x")])
    result = evaluate(graph)
    assert float(result.values["log"]) == -np.inf
    assert float(result.values["exp"]) == np.inf and float(result.values["inv"]) == np.inf
    assert set(result.warnings) == {"log", "exp", "inv"}  # not "after": it only passes it on
    assert "1 infinite value(s) although its inputs are finite" in result.warnings["log"].message
    assert not result.errors


def test_a_cycle_is_refused_by_the_graph_and_reported_by_the_engine():
    graph = build([("a", "Square", {}), ("b", "Square", {}), ("c", "Constant", const(1.0))], [])
    graph.add_edge("a", "b", "x")
    with pytest.raises(GraphError, match="would make a cycle"):
        graph.add_edge("b", "a", "x")
    # a graph built around the checks (as a corrupted program might) still does not hang
    from core.model.graph import Edge
    sneaky = Edge("b", "a", "x")
    graph._in[("a", "x")] = sneaky
    graph._out.setdefault("b", []).append(sneaky)
    result = evaluate(graph)
    assert "part of a cycle" in result.errors["a"].message
    assert "part of a cycle" in result.errors["b"].message
    assert "c" in result.values


def test_graph_edits_emit_events_in_order():
    graph, seen = Graph(), []
    graph.node_added.connect(lambda n: seen.append(("node+", n.id)))
    graph.edge_added.connect(lambda e: seen.append(("edge+", e.id)))
    graph.edge_removed.connect(lambda e: seen.append(("edge-", e.id)))
    graph.node_removed.connect(lambda n: seen.append(("node-", n.id)))
    graph.add_node("Constant", node_id="a")
    graph.add_node("Square", node_id="s")
    graph.add_edge("a", "s", "x")
    graph.remove_node("a")
    assert seen == [("node+", "a"), ("node+", "s"), ("edge+", "a->s.x"), ("edge-", "a->s.x"),
                    ("node-", "a")]


def test_graph_refuses_bad_edits_with_reasons():
    graph = build([("a", "Constant", const(1.0)), ("s", "Square", {})], [("a", "s", "x")])
    with pytest.raises(GraphError, match='input x of Square "s" is already connected'):
        graph.add_edge("a", "s", "x")
    with pytest.raises(GraphError, match="has no input port 'q'"):
        graph.add_edge("a", "s", "q")
    with pytest.raises(GraphError, match="a node cannot feed itself"):
        graph.add_edge("s", "s", "x")
    with pytest.raises(GraphError, match="unknown node type 'Nope'"):
        graph.add_node("Nope")
    with pytest.raises(GraphError, match="value is ragged"):
        graph.set_params("a", {"value": [[1], [2, 3]]})
    assert graph.nodes["a"].params == {"init": "fixed", "value": 1.0}  # unchanged


def test_program_reuses_sources_and_feeds_replace_them():
    graph = build([("x", "Data", const([1.0, 2.0])), ("w", "Parameter", const(3.0)),
                   ("m", "Mul", {}), ("s", "Sum", {})],
                  [("x", "m", "x"), ("w", "m", "y"), ("m", "s", "x")])
    program = Program(graph, np.float32)
    assert program.parameters()["w"].dtype == np.float32
    values = program.forward({"x": np.array([10.0, 20.0])})
    assert float(values["s"]) == 90.0 and values["s"].dtype == np.float32
    grads, _ = program.backward()
    assert float(grads["w"]) == 30.0
    only = program.forward(targets=["m"])
    assert "s" not in only and list(only["m"]) == [3.0, 6.0]


def _random_graph(rng: np.random.Generator) -> Graph:
    """A random DAG of the elementwise ops, with broadcasting shapes and fan-out."""
    shapes = [(), (3,), (2, 3), (2, 1), (1, 3)]
    graph, pool = Graph(), []
    for i in range(rng.integers(2, 5)):
        shape = shapes[rng.integers(len(shapes))]
        value = rng.uniform(0.3, 1.5, shape) * rng.choice([-1, 1], shape)
        pool.append(graph.add_node("Constant", f"c{i}", params={"value": value.tolist()}).id)
    for _ in range(rng.integers(3, 9)):
        kind = rng.choice(["Mul", "Add", "ReLU", "Sigmoid", "Square", "Exp", "Log",
                           "Reciprocal"])
        a = pool[rng.integers(len(pool))]  # reuse makes fan-out
        if kind in ("Mul", "Add"):
            b = pool[rng.integers(len(pool))]
            node = graph.add_node(kind)
            graph.add_edge(a, node.id, "x")
            graph.add_edge(b, node.id, "y")
        elif kind == "Exp":
            # exp of a sigmoid stays within (1, e), so exp chains cannot overflow
            squash, node = graph.add_node("Sigmoid"), graph.add_node("Exp")
            graph.add_edge(a, squash.id, "x")
            graph.add_edge(squash.id, node.id, "x")
        elif kind in ("Log", "Reciprocal"):
            # keep the input positive: 1 + a²
            sq, one, plus = graph.add_node("Square"), graph.add_node("Constant"), graph.add_node("Add")
            graph.add_edge(a, sq.id, "x")
            graph.add_edge(sq.id, plus.id, "x")
            graph.add_edge(one.id, plus.id, "y")
            node = graph.add_node(kind)
            graph.add_edge(plus.id, node.id, "x")
        else:
            node = graph.add_node(kind)
            graph.add_edge(a, node.id, "x")
        pool.append(node.id)
    return graph


@pytest.mark.parametrize("seed", range(60))
def test_random_graphs_pass_gradcheck(seed):
    graph = _random_graph(np.random.default_rng(seed))
    result = evaluate(graph)
    assert not result.errors
    report = gradient_check(graph, tolerance=1e-6)
    assert report.passed, [(c.label, c.mean_abs_diff) for c in report.checks]
    assert any(c.mean_abs_diff is not None for c in report.checks)


def test_random_graphs_cover_fan_out_and_broadcasting():
    fan_out = broadcast = 0
    for seed in range(60):
        graph = _random_graph(np.random.default_rng(seed))
        result = evaluate(graph)
        fan_out += any(len(graph.out_edges(n)) > 1 for n in graph.nodes)
        broadcast += any(result.edge_grads[e.id].shape != result.grads[e.target].shape
                         for e in graph.edges if e.id in result.edge_grads)
    assert fan_out >= 40 and broadcast >= 20, (fan_out, broadcast)


def test_nodes_and_edges_go_back_to_their_former_places():
    graph = build([("a", "Constant", const(1.0)), ("b", "Constant", const(2.0)),
                   ("m", "Mul", {}), ("s", "Square", {})],
                  [("a", "m", "x"), ("b", "m", "y"), ("a", "s", "x")])
    order, edges = list(graph.nodes), graph.edges
    node, removed = graph.remove_node("a")
    graph.add_node(node.type, node.label, node.position, node.params, node.id, index=0)
    for edge in removed:  # removed in their order, so ascending former positions
        graph.add_edge(edge.source, edge.target, edge.port, index=edges.index(edge))
    assert list(graph.nodes) == order and graph.edges == edges
    assert [e.target for e in graph.out_edges("a")] == ["m", "s"]


# -- memory: a result this computer cannot hold is an error value, never a MemoryError -----

def too_big():
    """A Mul of zeros (10⁶, 1) by (1, 10⁶): a valid file whose result is 10¹² numbers."""
    return build([("a", "Constant", {"init": "zeros", "shape": [10**6, 1]}),
                  ("b", "Constant", {"init": "zeros", "shape": [1, 10**6]}),
                  ("m", "Mul", {}), ("after", "Square", {}), ("c", "Constant", const(3.0)),
                  ("ok", "Square", {})],
                 [("a", "m", "x"), ("b", "m", "y"), ("m", "after", "x"), ("c", "ok", "x")])


def test_a_result_too_big_for_this_computer_is_an_error_on_its_node(monkeypatch):
    result = evaluate(too_big())  # the real machine: no MemoryError escapes
    assert result.errors["m"].message.startswith(
        'Mul "m": its result (1000000, 1000000) would need 7.3 TB; this computer has ')
    import core.engine.memory
    monkeypatch.setattr(core.engine.memory, "total_memory", lambda: int(23.5 * 2**30))
    result = evaluate(too_big())
    assert result.errors["m"].message == \
        'Mul "m": its result (1000000, 1000000) would need 7.3 TB; this computer has 23.5 GB'
    assert result.errors["m"].cause is None
    assert result.errors["after"].cause == "m"  # a consequence, not a second cause
    assert float(result.values["ok"]) == 9.0 and float(result.grads["c"]) == 6.0


@pytest.mark.parametrize("where", ["forward", "backward", "source"])
def test_memory_error_anywhere_becomes_an_issue(where, monkeypatch):
    from core.ops import primitives, sources

    def no_memory(*args, **kwargs):
        raise MemoryError

    square = primitives.Square
    target = {"forward": (square, "forward"), "backward": (square, "backward"),
              "source": (sources.Source, "materialize")}[where]
    monkeypatch.setattr(*target, no_memory)
    graph = build([("x", "Constant", const(3.0)), ("sq", "Square", {}), ("y", "Constant",
                   const(2.0)), ("m", "Mul", {})],
                  [("x", "sq", "x"), ("sq", "m", "x"), ("y", "m", "y")])
    result = evaluate(graph)
    expected = {
        "forward": ("sq", 'Square "sq": this computer ran out of memory computing its result '
                          "(x is ())"),
        "backward": ("sq", 'Square "sq": this computer ran out of memory computing its '
                           "gradient"),
        "source": ("x", "Constant \"x\": its value () does not fit in this computer's memory"),
    }[where]
    assert result.errors[expected[0]].message == expected[1]
    if where == "backward":
        assert float(result.values["m"]) == 18.0 and float(result.grads["y"]) == 9.0


def test_the_unchecked_forward_says_when_memory_runs_out(monkeypatch):
    from core.ops import primitives
    graph = build([("x", "Constant", const(3.0)), ("sq", "Square", {})], [("x", "sq", "x")])
    program = Program(graph, check_finite=False)
    program.forward()

    def no_memory(self, x):
        raise MemoryError

    monkeypatch.setattr(primitives.Square, "forward", no_memory)
    program.forward(check=False)
    assert "ran out of memory" in program.errors["sq"].message


def test_consequences_name_their_cause_and_group_under_the_root():
    from core.engine.issues import root_causes
    graph = build([("a", "Constant", const(2.0)), ("half", "Mul", {}), ("after", "Square", {}),
                   ("later", "Square", {}), ("lone", "Add", {})],
                  [("a", "half", "x"), ("half", "after", "x"), ("after", "later", "x"),
                   ("a", "lone", "x")])
    result = evaluate(graph)
    assert [result.errors[n].cause for n in ("half", "after", "later", "lone")] == \
        [None, "half", "after", None]
    assert [(root.node, [c.node for c in consequences])
            for root, consequences in root_causes(result.errors)] == \
        [("half", ["after", "later"]), ("lone", [])]
