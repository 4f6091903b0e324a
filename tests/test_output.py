"""The graph's output and the gradient arriving at it; labels get no gradient."""

import json
import subprocess
import sys

import numpy as np
import pytest

from core.engine.gradcheck import gradient_check
from core.engine.program import Program, evaluate
from core.files.graph_files import GraphFileError, dumps_graph, loads_graph
from core.model.graph import GraphError
from core.paths import SAMPLES
from tests.helpers import build, const

HEAD = '{"format": "backprop-studio-graph", "version": 1, '
NODES = ('"nodes": [{"id": "x", "type": "Constant", "label": "x", "position": [0, 0], '
         '"params": {"value": 10}}, {"id": "y", "type": "Constant", "label": "y", '
         '"position": [0, 100], "params": {"value": 5}}, {"id": "z", "type": "Mul", '
         '"label": "z", "position": [200, 50]}], "edges": [{"source": "x", "target": "z", '
         '"port": "x"}, {"source": "y", "target": "z", "port": "y"}]}')


def mul_graph(**header):
    extra = "".join(f"{json.dumps(k)}: {json.dumps(v)}, " for k, v in header.items())
    return loads_graph(HEAD + extra + NODES)


def two_sinks():
    return build([("a", "Constant", const(2.0)), ("b", "Constant", const(3.0)),
                  ("p", "Mul", {}), ("q", "Add", {})],
                 [("a", "p", "x"), ("b", "p", "y"), ("a", "q", "x"), ("b", "q", "y")])


def test_the_gradient_arriving_at_the_output_starts_backward():
    graph = mul_graph(output="z", output_grad=1.3)
    result = evaluate(graph)
    assert result.outputs == ["z"] and result.output == "z"
    assert float(result.grads["z"]) == 1.3
    assert float(result.grads["x"]) == 6.5 and float(result.grads["y"]) == 13.0


def test_a_named_output_differentiates_only_it_not_every_sink():
    graph = two_sinks()
    both = evaluate(graph)  # no output named: L = p + q
    assert both.outputs == ["p", "q"]
    assert float(both.grads["a"]) == 3.0 + 1.0
    graph.output.set_node("q")
    only_q = evaluate(graph)
    assert only_q.outputs == ["q"] and only_q.output == "q"
    assert float(only_q.grads["a"]) == 1.0 and "p" not in only_q.grads
    assert Program(graph).objective() == 0.0  # before a forward pass, nothing to sum


def test_an_array_output_gradient_must_fit_the_output():
    graph = build([("x", "Constant", const([1.0, 2.0])), ("s", "Square", {})],
                  [("x", "s", "x")])
    graph.output.set_node("s")
    graph.output.set_grad([0.5, -1.0])
    np.testing.assert_array_equal(evaluate(graph).grads["x"], [1.0, -4.0])  # 2x · dout
    graph.output.set_grad([1.0, 2.0, 3.0])
    result = evaluate(graph)
    assert result.errors["s"].message == (
        'Square "s": the gradient arriving at the output is (3,) but the output is (2,); '
        "give a number or an array of the output's shape")
    assert result.grads == {} and result.values["s"].shape == (2,)


def test_graph_methods_set_and_clear_the_output_and_say_so():
    graph = two_sinks()
    heard = []
    graph.changed.connect(lambda: heard.append(graph.output.fields()))
    graph.output.set_node("p")
    graph.output.set_grad(2.5)
    graph.output.set_grad(None)
    graph.output.set_grad([[1]])
    graph.output.set_node(None)
    assert heard == [{"output": "p"}, {"output": "p", "output_grad": 2.5}, {"output": "p"},
                     {"output": "p", "output_grad": [[1]]}, {}]
    with pytest.raises(GraphError, match="no node with id 'nope'"):
        graph.output.set_node("nope")
    with pytest.raises(GraphError, match="name the graph's output before"):
        graph.output.set_grad(1.5)
    graph.output.set_node("p")
    for bad, says in ((float("nan"), "only finite numbers"), ("one", "must be a number"),
                      ([[1, 2], [3]], "ragged")):
        with pytest.raises(GraphError, match=says):
            graph.output.set_grad(bad)
    assert graph.output.fields() == {"output": "p"}


def test_the_header_fields_round_trip_and_version_1_files_still_load():
    graph = mul_graph(title="t", figure="5-13", output="z", output_grad=[1.3])
    text = dumps_graph(graph)
    assert '  "figure": "5-13",\n  "output": "z",\n  "output_grad": [1.3],\n' in text
    assert dumps_graph(loads_graph(text)) == text
    plain = mul_graph()
    assert plain.meta == {} and plain.output.node is None and plain.output.grad == 1
    assert '"output' not in dumps_graph(plain) and '"figure"' not in dumps_graph(plain)


def test_a_deleted_output_is_not_saved_and_comes_back_with_undo_of_the_delete():
    graph = mul_graph(output="z", output_grad=1.3)
    node, edges = graph.remove_node("z")
    assert graph.output.node is None and graph.output.grad == 1
    assert '"output' not in dumps_graph(graph)
    loads_graph(dumps_graph(graph))  # what the editor saves, the loader accepts
    graph.restore([(2, node)], [(0, edges[0]), (1, edges[1])])
    assert graph.output.node == "z" and float(evaluate(graph).grads["x"]) == 6.5


@pytest.mark.parametrize("header,message", [
    ({"output": "w"}, 'the header: output "w" is not a node in this file'),
    ({"output": "z", "output_grad": "big"}, "output_grad: 'big' is not of type"),
    ({"output": "z", "output_grad": [1, [2]]}, "the header: output_grad is ragged: output_grad[1] has shape (1,)"),
    ({"output_grad": 2}, "'output' is a dependency of 'output_grad'"),
    ({"figure": ""}, "figure: a figure cannot be empty"),
])
def test_bad_header_fields_are_refused_with_their_place(header, message):
    with pytest.raises(GraphFileError) as refused:
        mul_graph(**header)
    assert message in str(refused.value)


def test_labels_get_no_gradient_anywhere():
    graph = build([("x", "Data", const([0.3, 2.9, 4.0])), ("t", "Labels", const([0.0, 0.0, 1.0])),
                   ("loss", "SoftmaxWithLoss", {})], [("x", "loss", "x"), ("t", "loss", "t")])
    result = evaluate(graph)
    assert "t" not in result.grads and "t->loss.t" not in result.edge_grads
    assert result.grads["x"].shape == (3,)
    assert [c.label for c in gradient_check(graph).checks] == ["x"]
    # a Constant t is no label: the loss is linear in it, and its gradient is checked
    graph2 = build([("x", "Data", const([0.3, 2.9, 4.0])),
                    ("t", "Constant", const([0.0, 0.0, 1.0])), ("loss", "SoftmaxWithLoss", {})],
                   [("x", "loss", "x"), ("t", "loss", "t")])
    assert [c.label for c in gradient_check(graph2).checks] == ["x", "t"]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_run_json_gives_labels_a_null_gradient_and_honours_the_output(tmp_path):
    doc = json.loads(cli("run", SAMPLES / "softmax_loss.json", "--json").stdout)
    assert doc["nodes"]["t"]["grad"] is None
    assert next(e for e in doc["edges"] if e["source"] == "t")["grad"] is None
    assert doc["nodes"]["scores"]["grad"] == pytest.approx([0.0182113, 0.2451918, -0.2634031], abs=1e-7)
    doc = json.loads(cli("run", SAMPLES / "mul_node.json", "--json").stdout)
    assert doc["output"] == "z"
    assert {k: doc["nodes"][k]["grad"] for k in "xyz"} == {"x": 6.5, "y": 13.0, "z": 1.3}
    proc = cli("gradcheck", SAMPLES / "softmax_loss.json")
    assert [line.split(":")[0] for line in proc.stdout.splitlines()[:-1]] == ["scores"]


def test_gradcheck_differentiates_what_backward_does_the_output_times_its_gradient():
    report = gradient_check(mul_graph(output="z", output_grad=1.3))
    assert report.passed
    assert {c.label: round(c.backprop[0], 12) for c in report.checks} == {"x": 6.5, "y": 13.0}
    assert all(abs(c.numerical[0] - c.backprop[0]) < 1e-8 for c in report.checks)
