"""The editor's evaluation, kept up to date edit by edit (`core.engine.live`), gives after
every edit exactly what `evaluate` gives for the graph as it is then: the same values,
gradients, issues, warnings and order, whatever the edits were (random ones here)."""

import random

import numpy as np
import pytest

from core.engine.live import LiveEvaluation
from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.model.graph import Graph, GraphError
from core.paths import SAMPLES
from tests.helpers import build, const


def assert_same(live, full):
    """Two results are the same: every dict in the same order, every array equal with
    the same dtype and shape (NaN equal to NaN)."""
    for name in ("values", "grads", "edge_grads"):
        a, b = getattr(live, name), getattr(full, name)
        assert list(a) == list(b), name
        for key in a:
            x, y = np.asarray(a[key]), np.asarray(b[key])
            assert x.dtype == y.dtype and x.shape == y.shape, (name, key)
            np.testing.assert_array_equal(x, y, err_msg=f"{name}[{key}]")
    for name in ("errors", "warnings"):
        a, b = getattr(live, name), getattr(full, name)
        assert list(a.items()) == list(b.items()), name
    assert (live.sinks, live.order, live.outputs) == (full.sinks, full.order, full.outputs)
    assert live.graph is full.graph


ELEMENTWISE = ["Add", "Mul", "Sub", "Div", "Sigmoid", "ReLU", "Exp", "Log", "Reciprocal",
               "Square", "Sqrt", "Dropout", "Sum", "Mean", "BatchNorm", "Softmax"]
SHAPES = [(), (3,), (2, 3)]


def random_value(rng: random.Random, shape=None):
    shape = rng.choice(SHAPES) if shape is None else shape
    numbers = np.array([rng.choice([0, -1.5, 0.5, 2, 3.3, rng.uniform(-3, 3)])
                        for _ in range(int(np.prod(shape)))]).reshape(shape)
    return numbers.tolist()


def random_params(rng: random.Random, graph: Graph, node_id: str) -> dict:
    node = graph.nodes[node_id]
    if node.op.is_source:
        kind = rng.random()
        if kind < 0.1:
            return {"init": "zeros", "shape": list(rng.choice(SHAPES[1:]))}
        if kind < 0.2:
            return {"init": "normal", "shape": [2, 3], "std": 0.5, "seed": rng.randrange(9)}
        return {"init": "fixed", "value": random_value(rng)}
    if node.type == "Dropout":
        return {"ratio": rng.choice([0.0, 0.3, 0.5]), "seed": rng.randrange(5)}
    if node.type in ("Sum", "Mean"):
        return {"axis": rng.choice([None, 0, 1, -1])}
    return dict(node.params)  # no params to change: made again all the same


def random_graph(rng: random.Random, nodes: int) -> Graph:
    graph = Graph()
    for i in range(nodes):
        if i < 3 or rng.random() < 0.3:
            graph.add_node("Constant", f"c{i}", (0, 0), {"value": random_value(rng)}, f"n{i}")
            continue
        kind = rng.choice(ELEMENTWISE)
        node = graph.add_node(kind, f"{kind}{i}", (0, 0), None, f"n{i}")
        for port in node.op.inputs:
            if rng.random() < 0.95:  # now and then a port left open
                graph.add_edge(f"n{rng.randrange(max(0, i - 12), i)}", node.id, port)
    return graph


def random_edit(rng: random.Random, graph: Graph) -> None:
    ids = list(graph.nodes)
    pick = rng.random()
    try:
        if pick < 0.55:
            node_id = rng.choice(ids)
            graph.set_params(node_id, random_params(rng, graph, node_id))
        elif pick < 0.65:
            edges = graph.edges
            if edges:
                edge = rng.choice(edges)
                graph.remove_edge(edge.target, edge.port)
        elif pick < 0.75:
            target = graph.nodes[rng.choice(ids)]
            if target.op.inputs:
                port = rng.choice(target.op.inputs)
                if graph.edge_into(target.id, port) is None:
                    graph.add_edge(rng.choice(ids), target.id, port)
        elif pick < 0.8:
            graph.set_label(rng.choice(ids), f"renamed{rng.randrange(1000)}")
        elif pick < 0.85:
            graph.remove_node(rng.choice(ids))
        elif pick < 0.9:
            graph.add_node("Constant", None, (0, 0), {"value": random_value(rng)})
        elif pick < 0.95:
            graph.output.set_node(rng.choice([None, *ids]))
        else:
            graph.output.set_grad(rng.choice([None, 2.5, 1.3]))
    except GraphError:
        pass  # a cycle, an output gradient with no output named ...: nothing changed


@pytest.mark.parametrize("seed", range(6))
def test_after_random_edits_the_live_result_is_what_evaluate_gives(seed):
    rng = random.Random(seed)
    graph = random_graph(rng, 40)
    live = LiveEvaluation(graph)
    assert_same(live.result(), evaluate(graph))
    for _ in range(120):
        for _ in range(rng.choice([1, 1, 1, 2, 3])):  # now and then several edits, one run
            random_edit(rng, graph)
        assert_same(live.result(), evaluate(graph))


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_sample_stays_exact_as_its_values_are_edited(path):
    graph = load_graph(path)
    rng = random.Random(path.stem)
    live = LiveEvaluation(graph)
    assert_same(live.result(), evaluate(graph))
    sources = [n for n in graph.nodes.values() if n.op.is_source and "value" in n.params]
    for _ in range(10):
        node = rng.choice(sources)
        value = np.asarray(node.params["value"], dtype=float)
        edited = (value * rng.choice([0.5, -1, 2]) + rng.choice([0, 0.25])).tolist()
        graph.set_params(node.id, {**node.params, "value": edited})
        assert_same(live.result(), evaluate(graph))


def test_an_edit_of_one_value_computes_only_what_it_changes():
    """Upstream of the edit, and beside it, the values are those of the last run (the
    same arrays); downstream they are new, and right."""
    graph = build([("a", "Constant", const(2.0)), ("b", "Constant", const(3.0)),
                   ("c", "Constant", const(4.0)), ("ab", "Mul", None), ("abc", "Add", None)],
                  [("a", "ab", "x"), ("b", "ab", "y"), ("ab", "abc", "x"), ("c", "abc", "y")])
    live = LiveEvaluation(graph)
    before = live.result()
    assert float(before.values["abc"]) == 10.0
    graph.set_params("c", {"value": 5.0})
    after = live.result()
    assert after.values["ab"] is before.values["ab"]  # not computed again
    assert float(after.values["abc"]) == 11.0
    assert float(after.grads["a"]) == 3.0 and float(after.grads["c"]) == 1.0
    graph.set_params("a", {"value": 1.0})
    again = live.result()
    assert float(again.values["ab"]) == 3.0 and float(again.values["abc"]) == 8.0
    assert float(again.grads["b"]) == 1.0
    assert_same(again, evaluate(graph))


def test_a_closed_live_evaluation_no_longer_listens():
    graph = Graph()
    graph.add_node("Constant", "a", (0, 0), {"value": 2.0}, "a")
    live = LiveEvaluation(graph)
    live.result()
    live.close()
    graph.set_params("a", {"value": 3.0})
    assert not live._edited


def test_asked_again_with_nothing_edited_it_computes_anew_in_the_words_of_now():
    """The window asks again after a switch of language: the issues come in the new one."""
    from core import i18n

    graph = Graph()
    graph.add_node("Constant", "a", (0, 0), {"value": 2.0}, "a")
    graph.add_node("Mul", "m", (0, 0), None, "m")
    graph.add_edge("a", "m", "x")  # y is not connected: an issue
    live = LiveEvaluation(graph)
    english = live.result().errors["m"].message
    try:
        i18n.set_language("ko")
        korean = live.result().errors["m"].message
        assert korean != english and korean == evaluate(graph).errors["m"].message
    finally:
        i18n.set_language("en")
    assert live.result().errors["m"].message == english
