"""`backprop-studio export-code`: the graph as the book's layer code, a script that prints
exactly what `backprop-studio run` prints, on every sample and on random graphs."""

from __future__ import annotations

import ast
import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli.main import main as cli_main
from core.engine.program import evaluate
from core.export.names import Namer, identifier
from core.export.script import ExportError, array_code, graph_to_python
from core.files.graph_files import load_graph, save_graph
from core.model.graph import Graph
from core.ops.registry import all_ops
from core.paths import SAMPLES, sample_files
from tests.helpers import build


def run_text(path, capsys) -> str:
    """What `backprop-studio run FILE` prints."""
    capsys.readouterr()
    status = cli_main(["run", str(path)])
    assert status == 0
    return capsys.readouterr().out


def python(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True,
                          timeout=120, **kwargs)


def imports(code: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module)
    return names


# -- every sample ---------------------------------------------------------------------------

@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.stem)
def test_the_script_of_every_sample_prints_what_run_prints(sample, tmp_path, capsys):
    out = tmp_path / f"{sample.stem}.py"
    assert cli_main(["export-code", str(sample), "-o", str(out)]) == 0
    expected = run_text(sample, capsys)
    proc = python(out, cwd=tmp_path)
    assert proc.stderr == b""
    assert proc.returncode == 0
    assert proc.stdout == expected.encode("utf-8")
    assert imports(out.read_text(encoding="utf-8")) == {"numpy"}


def test_apple_reads_like_the_book(capsys):
    assert cli_main(["export-code", str(SAMPLES / "apple.json")]) == 0
    code = capsys.readouterr().out
    assert "class MulLayer:" in code
    assert "    def backward(self, dout):" in code
    assert "apple_price_layer = MulLayer()" in code
    assert "apple_price = apple_price_layer.forward(apple, apple_num)" in code
    assert "price = price_layer.forward(apple_price, tax)" in code
    assert "dprice = np.ones_like(price)" in code
    assert "dapple_price, dtax = price_layer.backward(dprice)" in code
    assert "dapple, dapple_num = apple_price_layer.backward(dapple_price)" in code
    assert "apple = np.array(100.0)" in code and "tax = np.array(1.1)" in code
    # only the layers this graph uses
    assert "class AddLayer" not in code and "class Affine" not in code
    # the header names the file, the title and the figure
    assert code.startswith("# Buying apples (figure 5-2, 5-14)\n")
    assert "The graph apple.json as chapter 5" in code
    assert imports(code) == {"numpy"}


def test_the_two_layer_net_is_the_books_layers_and_its_initializers(capsys):
    code = graph_to_python(load_graph(SAMPLES / "two_layer_net.json"), "two_layer_net.json")
    for name in ("class Affine:", "class Relu:", "class SoftmaxWithLoss:", "def softmax(",
                 "def cross_entropy_error("):
        assert name in code
    assert "W1 = 0.01 * np.random.default_rng(1).standard_normal((784, 50))" in code
    assert "b1 = np.zeros((50,))" in code
    assert "dRelu1, dW2, db2 = Affine2_layer.backward(dAffine2)" in code
    assert "dAffine2 = L_layer.backward(dL)" in code
    # the book's Relu writes into dout; this one says why it does not
    assert "dout[mask] = 0" in code
    assert max(len(line) for line in code.splitlines()) <= 88


def test_a_value_that_fans_out_sums_its_gradients_with_a_plus(capsys):
    code = graph_to_python(load_graph(SAMPLES / "softmax_loss_primitives.json"))
    lines = code.splitlines()
    # exp(a) feeds S and y: one gradient from each, summed in the order the engine sums
    assert "dexp_a_from_y, done_over_S = y_layer.backward(dy)" in lines
    assert "dexp_a_from_S = S_layer.backward(dS)" in lines
    total = lines.index("dexp_a = dexp_a_from_y + dexp_a_from_S  # fan-out: the sum")
    assert lines[total + 1] == "da = exp_a_layer.backward(dexp_a)"
    # the labels get no gradient, and the scalar 1/S was broadcast over y
    given = lines.index("dlog_y, _ = t_dot_log_y_layer.backward(dt_dot_log_y)")
    assert lines[given - 1] == ("# t: the labels are given, not learned, so no gradient goes "
                                "back to them")
    assert "done_over_S = unbroadcast(done_over_S, one_over_S.shape)" in lines
    assert "    ('t', 'Labels', t, None)," in lines


def test_the_output_gradient_starts_backward():
    code = graph_to_python(load_graph(SAMPLES / "mul_node.json"))
    assert "dz = np.full_like(z, 1.3)" in code
    code = graph_to_python(load_graph(SAMPLES / "batch_bias.json"))
    assert "dY = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])" in code
    assert "dB = unbroadcast(dB, B.shape)" in code


def test_several_sinks_each_start_at_one():
    code = graph_to_python(load_graph(SAMPLES / "sigmoid_primitives.json"))
    assert "dy2 = np.ones_like(y2)  # ∂y2/∂y2 = 1" in code
    assert "dy = np.ones_like(y)  # ∂y/∂y = 1" in code
    assert "from 1 at every sink" in code


# -- graphs that cannot run are not exported -------------------------------------------------

def _write(tmp_path, graph: Graph, name="g.json") -> Path:
    path = tmp_path / name
    save_graph(graph, path)
    return path


def test_a_graph_with_a_missing_input_is_refused_as_run_refuses_it(tmp_path, capsys):
    path = _write(tmp_path, build([("a", "Constant", {"value": 2}), ("m", "Mul", None)],
                                   [("a", "m", "x")]))
    out = tmp_path / "out.py"
    assert cli_main(["export-code", str(path), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        'backprop-studio: Mul "m": input y is not connected',
        f"backprop-studio: {path} was not exported: the graph must run without errors first"]
    assert not out.exists()
    cli_main(["run", str(path)])
    assert 'backprop-studio: Mul "m": input y is not connected' in capsys.readouterr().err


def test_a_shape_error_is_refused_with_its_consequences(tmp_path, capsys):
    graph = build([("a", "Constant", {"value": [1, 2]}), ("b", "Constant", {"value": [1, 2, 3]}),
                    ("m", "Mul", None), ("r", "ReLU", None)],
                   [("a", "m", "x"), ("b", "m", "y"), ("m", "r", "x")])
    with pytest.raises(ExportError) as refused:
        graph_to_python(graph)
    assert refused.value.lines == [
        'Mul "m": x is (2,) but y is (3,) — they cannot broadcast together',
        '  ReLU "r": input x waits for Mul "m", which could not compute']
    path = _write(tmp_path, graph)
    assert cli_main(["export-code", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[:2] == [
        'backprop-studio: Mul "m": x is (2,) but y is (3,) — they cannot broadcast together',
        '  ReLU "r": input x waits for Mul "m", which could not compute']


def test_an_unreadable_file_and_an_unwritable_output_fail_with_status_1(tmp_path, capsys):
    assert cli_main(["export-code", str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err
    out = tmp_path / "no such folder" / "out.py"
    assert cli_main(["export-code", str(SAMPLES / "apple.json"), "-o", str(out)]) == 1
    assert f"cannot write {out}" in capsys.readouterr().err


def test_the_command_line_writes_the_script_or_prints_it(tmp_path):
    out = tmp_path / "apple.py"
    proc = python("-m", "backprop_studio", "export-code", SAMPLES / "apple.json", "-o", out,
                  cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0 and proc.stdout == b"", proc.stderr
    printed = python("-m", "backprop_studio", "export-code", SAMPLES / "apple.json",
                     cwd=Path(__file__).resolve().parents[1])
    assert printed.stdout == out.read_bytes()


# -- the pieces ---------------------------------------------------------------------------

@pytest.mark.parametrize("label, name", [
    ("apple_price", "apple_price"), ("×(-1)", "times_minus_1"), ("1/x", "one_over_x"),
    ("exp(-x)", "exp_minus_x"), ("1+exp(-x)", "one_plus_exp_minus_x"), ("X·W", "X_dot_W"),
    ("Σ t·log y", "sum_t_dot_log_y"), ("-1", "minus_1"), ("1", "one"), ("100", "n100"),
    ("x²", "x_squared"), ("사과 가격", "사과_가격"), ("ｘ", "x"), ("→", "value"),
])
def test_labels_become_readable_identifiers(label, name):
    assert identifier(label) == name


def test_names_avoid_keywords_builtins_the_script_and_each_other():
    namer = Namer({"text", "MulLayer"})
    taken = [namer.take(identifier(label), "d{}", "{}_layer")
             for label in ("class", "sum", "print", "np", "text", "MulLayer", "x", "x", "dx",
                           "x_layer", "_", "__init__", "None")]
    # dx is the gradient of x, dx_2 of x_2
    assert taken == ["class_", "sum_", "print_", "np_", "text_2", "MulLayer_2", "x", "x_2",
                     "dx_3", "x_layer_2", "value", "init", "None_"]


def test_a_large_literal_is_written_in_rows_that_read_back_exactly():
    value = np.random.default_rng(3).standard_normal((4, 30))
    value[0, 0] = -0.0
    lines = array_code("W", value)
    assert len(lines) > 4 and max(len(line) for line in lines) <= 88
    space = {"np": np}
    exec("\n".join(lines), space)  # noqa: S102 - our own generated code
    assert space["W"].shape == (4, 30)
    assert space["W"].tobytes() == value.tobytes()


def _layer_inputs(type_name: str):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, 3))
    onehot = np.eye(3)[[0, 2]]
    return {"Mul": (x, x), "Add": (x, x), "Sub": (x, x), "Div": (x, x + 3), "ReLU": (x,), "Sigmoid": (x,),
            "Affine": (x, rng.standard_normal((3, 4)), rng.standard_normal(4)),
            "SoftmaxWithLoss": (x, onehot), "Softmax": (x,),
            "CrossEntropyError": (np.abs(x), onehot), "Square": (x,), "Exp": (x,),
            "Log": (np.abs(x),), "Reciprocal": (x,), "Dot": (x, rng.standard_normal((3, 2))),
            "Sum": (x,), "BatchNorm": (x, rng.uniform(0.5, 2, 3), rng.standard_normal(3)),
            "Dropout": (x,), "Mean": (x,), "Sqrt": (np.abs(x),)}[type_name]


#: every op's layer, by type name
LAYERS = {name: op.layer for name, op in all_ops().items() if op.layer is not None}


@pytest.mark.parametrize("type_name", sorted(LAYERS) + ["SoftmaxWithLoss+t"])
def test_every_layer_returns_new_arrays_and_leaves_dout_alone(type_name):
    if type_name.endswith("+t"):
        type_name = type_name[:-2]
        layer = all_ops()[type_name].layer_for(frozenset({"x", "t"}))
    else:
        layer = LAYERS[type_name]
    space = {"np": np}
    exec("\n".join(h.code for h in layer.helpers) + layer.code, space)  # noqa: S102
    obj = space[layer.class_name]()
    out = np.asarray(obj.forward(*_layer_inputs(type_name)))
    dout = np.random.default_rng(1).standard_normal(out.shape)
    before = dout.copy()
    grads = obj.backward(dout)
    grads = grads if isinstance(grads, tuple) else (grads,)
    assert len(grads) == len(layer.returns)
    assert np.array_equal(dout, before)
    assert all(g is None or not np.shares_memory(g, dout) for g in grads)


def test_every_registered_op_has_a_layer():
    computing = {name for name, op in all_ops().items() if not op.is_source}
    assert computing == set(LAYERS)


# -- random graphs ------------------------------------------------------------------------------

#: labels a learner might type, clashing with Python, with the script and with each other
LABELS = ["x", "y", "dx", "x", "W", "b", "t", "L", "×(-1)", "1/x", "exp(-x)", "X·W", "sum",
          "class", "np", "MulLayer", "print", "text", "value", "x_layer", "사과", "σ(x)",
          "Σ t·log y", "1", "-1", "a b", "rows", "d", "dd", "_", "lambda", "ｘ", "None"]
SHAPES = [(), (3,), (2, 3), (2, 1), (1, 3), (4,), (3, 2), (2, 2, 3), (5, 7)]


class RandomGraphs:
    """Random DAGs of the registered ops with shapes that fit, fan-out and broadcasting."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _label(self) -> str | None:
        return self.rng.choice(LABELS) if self.rng.random() < 0.7 else None

    def _number(self, positive: bool) -> float | int:
        rng = self.rng
        x = rng.randint(1, 3) if rng.random() < 0.3 else round(rng.uniform(0.05, 2), 2)
        return x if positive or rng.random() < 0.5 else -x

    def source(self, shape, role=None, value=None) -> tuple[str, tuple]:
        rng = self.rng
        role = role or rng.choice(["Constant", "Parameter", "Data", "Constant", "Labels"])
        draw = rng.random()
        if value is not None:
            params = {"value": value}
        elif draw < 0.1:
            params = {"init": "zeros", "shape": list(shape)}
        elif draw < 0.25:
            params = {"init": "normal", "shape": list(shape), "std": rng.choice([0.01, 0.5, 1]),
                      "seed": rng.randint(0, 99)}
        else:
            positive = rng.random() < 0.5
            params = {"value": np.vectorize(lambda _: self._number(positive), otypes=[object])(
                np.zeros(shape)).tolist() if shape else self._number(positive)}
        node = self.graph.add_node(role, self._label(), params=params)
        return node.id, tuple(shape)

    def pick(self, values, fits=lambda shape: True, make=None):
        """An existing value that fits (a fan-out), or a new source."""
        fitting = [v for v in values if fits(v[1])]
        if fitting and self.rng.random() < 0.65:
            return self.rng.choice(fitting)
        shape = make() if make else self.rng.choice([s for s in SHAPES if fits(s)])
        new = self.source(shape)
        values.append(new)
        return new

    def _labels(self, shape: tuple, values) -> tuple[str, tuple]:
        """A t for scores of `shape`: one-hot or class indices, labels or a value."""
        rng = self.rng
        classes, rows = shape[-1], shape[:-1]
        hot = np.eye(classes)[rng.choices(range(classes), k=int(np.prod(rows)))].reshape(shape)
        kind = rng.random()
        if kind < 0.4:
            return self.source(shape, "Labels", hot.tolist())
        if kind < 0.6:
            indices = [float(rng.randrange(classes)) for _ in range(int(np.prod(rows)))]
            return self.source(rows, "Labels", np.reshape(indices, rows).tolist())
        if kind < 0.8:
            return self.source(shape, "Constant", hot.tolist())  # t with a gradient
        return self.pick(values, lambda s: s == shape, lambda: shape)

    def inputs(self, type_name: str, values) -> list[tuple[str, tuple]]:
        rng, pick = self.rng, self.pick
        if type_name in ("Mul", "Add", "Sub", "Div"):
            x = pick(values)
            forms = [x[1], x[1][-1:], (), tuple(1 if rng.random() < 0.5 else n for n in x[1]),
                     (2,) + x[1] if len(x[1]) < 3 else x[1]]
            return [x, pick(values, lambda s: _broadcasts(s, x[1]), lambda: rng.choice(forms))]
        if type_name in ("Softmax", "SoftmaxWithLoss", "CrossEntropyError", "Dot", "Affine"):
            x = pick(values, lambda s: len(s) in (1, 2) or (type_name == "Affine" and len(s) > 2))
            if type_name in ("Softmax",):
                return [x]
            if type_name in ("SoftmaxWithLoss", "CrossEntropyError"):
                return [x, self._labels(x[1], values)]
            k = x[1][-1] if len(x[1]) <= 2 else int(np.prod(x[1][1:]))
            if type_name == "Dot":
                return [x, pick(values, lambda s: len(s) in (1, 2) and s[0] == k,
                                lambda: (k,) if rng.random() < 0.3 else (k, rng.randint(1, 3)))]
            W = pick(values, lambda s: len(s) == 2 and s[0] == k, lambda: (k, rng.randint(1, 3)))
            return [x, W, pick(values, lambda s: s == (W[1][1],), lambda: (W[1][1],))]
        if type_name == "BatchNorm":  # a batch of rows, and γ and β one per column
            x = pick(values, lambda s: len(s) >= 2)
            d = (int(np.prod(x[1][1:])),)
            return [x, pick(values, lambda s: s == d, lambda: d),
                    pick(values, lambda s: s == d, lambda: d)]
        return [pick(values)]

    def graph_once(self) -> Graph:
        rng = self.rng
        self.graph = Graph()
        values = [self.source(rng.choice(SHAPES)) for _ in range(rng.randint(1, 3))]
        ops = sorted(name for name, op in all_ops().items() if not op.is_source)
        made = []
        for _ in range(rng.randint(1, 7)):
            type_name = rng.choice(ops)
            inputs = self.inputs(type_name, values)
            params = ({"axis": rng.choice([None, 0, -1])} if type_name in ("Sum", "Mean")
                      else None)
            if type_name in ("SoftmaxWithLoss", "CrossEntropyError"):
                params = {"delta": rng.choice([1e-7, 0])}
            if type_name == "Dropout":
                params = {"ratio": rng.choice([0.5, 0.2]), "seed": rng.randint(0, 9)}
            node = self.graph.add_node(type_name, self._label(), params=params)
            for port, (source, _) in zip(node.op.inputs, inputs):
                self.graph.add_edge(source, node.id, port)
            result = evaluate(self.graph, backward=False)
            if node.id not in result.values:
                return self.graph  # it will be thrown away
            made.append(node.id)
            values.append((node.id, result.values[node.id].shape))
        if rng.random() < 0.3:
            out = rng.choice(made)
            self.graph.output.set_node(out)
            shape = dict(values)[out]
            if rng.random() < 0.5:
                self.graph.output.set_grad(rng.choice([1.3, -2, 0.5]))
            elif shape:
                self.graph.output.set_grad(np.round(
                    np.random.default_rng(len(made)).standard_normal(shape), 2).tolist())
        return self.graph

    def graphs(self, count: int) -> list[Graph]:
        """`count` random graphs that run without errors (the engine says which)."""
        kept = []
        while len(kept) < count:
            graph = self.graph_once()
            if not evaluate(graph).errors:
                kept.append(graph)
        return kept


def _broadcasts(a: tuple, b: tuple) -> bool:
    try:
        np.broadcast_shapes(a, b)
    except ValueError:
        return False
    return True


RUNNER = """
import contextlib, hashlib, io, json, runpy, sys
import numpy as np
ran = {}
for path in sys.argv[1:]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        names = runpy.run_path(path, run_name="__main__")
    arrays = {name: [str(a.dtype), list(a.shape), hashlib.sha1(a.tobytes()).hexdigest()]
              for name, a in ((n, np.asarray(v)) for n, v in names.items())
              if a.dtype.kind == "f"}
    ran[path] = {"stdout": out.getvalue(), "arrays": arrays}
sys.stdout.write(json.dumps(ran))
"""


def fingerprint(value) -> list:
    value = np.asarray(value)
    return [str(value.dtype), list(value.shape), hashlib.sha1(value.tobytes()).hexdigest()]


def table_variables(code: str) -> dict[str, tuple[str, str | None]]:
    """Display name → (value variable, gradient variable or None), from the script's
    `print_table([...])` call."""
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print_table":
            return {row.elts[0].value: (row.elts[2].id, getattr(row.elts[3], "id", None))
                    for row in node.args[0].elts}
    raise AssertionError("no print_table call")


def test_fifty_random_graphs_print_what_run_prints(tmp_path, capsys):
    graphs = RandomGraphs(seed=2024).graphs(50)
    scripts, expected = [], {}
    for i, graph in enumerate(graphs):
        path = _write(tmp_path, graph, f"random_{i}.json")
        script = tmp_path / f"random_{i}.py"
        assert cli_main(["export-code", str(path), "-o", str(script)]) == 0
        scripts.append(script)
        expected[str(script)] = run_text(path, capsys)
    # one interpreter runs them all, each as __main__, so the suite stays fast
    proc = python("-c", RUNNER, *scripts, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    ran = json.loads(proc.stdout)
    for graph, script in zip(graphs, scripts):
        code = script.read_text(encoding="utf-8")
        assert ran[str(script)]["stdout"] == expected[str(script)], code
        # beyond the table, which shows arrays by their shape: every value and every
        # gradient the script computes is the engine's, bit for bit
        result, arrays = evaluate(graph), ran[str(script)]["arrays"]
        variables = table_variables(code)
        for nid, display in _display(graph).items():
            value, grad = variables[display]
            assert arrays[value] == fingerprint(result.values[nid]), (display, code)
            if grad is None:
                assert nid not in result.grads
            else:
                assert arrays[grad] == fingerprint(result.grads[nid]), (display, code)
    codes = [s.read_text(encoding="utf-8") for s in scripts]
    assert all(imports(code) == {"numpy"} for code in codes)
    # the graphs exercise what the export must get right
    used = {node.type for graph in graphs for node in graph.nodes.values()}
    assert set(LAYERS) <= used
    for feature in ("# fan-out: the sum", "= unbroadcast(", "print_warnings([", "at every sink",
                    "arrives from the rest of a larger graph", "dt = (-np.log", '""".split()',
                    "np.random.default_rng(", "np.zeros(", ", _ = "):
        assert any(feature in code for code in codes), feature
    assert any(len({n.label for n in g.nodes.values()}) < len(g.nodes) for g in graphs)


def _display(graph: Graph) -> dict[str, str]:
    labels = [n.label for n in graph.nodes.values()]
    return {nid: n.label if labels.count(n.label) == 1 else f"{n.label} ({nid})"
            for nid, n in graph.nodes.items()}


def _edge_cases() -> dict[str, Graph]:
    empty, sources = Graph(), Graph()
    sources.add_node("Constant", "a", params={"value": [1, 2]}, node_id="a")
    odd = build([("a", "Constant", {"value": 3}), ("b", "Constant", {"value": 4}),
                  ("m", "Mul", None)], [("a", "m", "x"), ("b", "m", "y")])
    odd.set_label("a", 'we"ird\n\\label\x00')
    odd.set_label("b", "a")
    odd.set_label("m", "a")
    odd.meta.update(title='A title\nover """ two lines\x00', description="one\r\ntwo\u2028three")
    odd.output.set_node("a")  # a source that feeds a node: that node gets no gradient
    axis = build([("x", "Constant", {"init": "normal", "shape": [40, 3], "std": 1, "seed": 5}),
                   ("s", "Sum", {"axis": 0})], [("x", "s", "x")])
    axis.output.set_node("s")
    axis.output.set_grad([1.5, 2, 3])
    big = build([("x", "Constant", {"value": [[1, -2, 3]] * 30}), ("r", "ReLU", None)],
                 [("x", "r", "x")])
    big.output.set_node("r")
    big.output.set_grad([[1.5, 2, -3]] * 30)
    return {"empty": empty, "sources": sources, "odd": odd, "axis": axis, "big": big}


def test_odd_graphs_print_what_run_prints(tmp_path, capsys):
    scripts, expected = [], {}
    for name, graph in _edge_cases().items():
        path = _write(tmp_path, graph, f"{name}.json")
        script = tmp_path / f"{name}.py"
        script.write_text(graph_to_python(graph, str(path)), encoding="utf-8")
        scripts.append(script)
        expected[str(script)] = run_text(path, capsys)
    proc = python("-c", RUNNER, *scripts, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    ran = json.loads(proc.stdout)
    for script in scripts:
        assert ran[str(script)]["stdout"] == expected[str(script)], script.name
    odd = (tmp_path / "odd.py").read_text(encoding="utf-8")
    assert odd.startswith('# A title over """ two lines\n#\n# one two three\n#\n')
    assert "print('output we\"ird\\n\\\\label\\x00 =', text(we_ird_label))" in odd
    assert "print_table([])" in (tmp_path / "empty.py").read_text(encoding="utf-8")


def test_one_random_script_runs_as_its_own_program(tmp_path, capsys):
    graph = RandomGraphs(seed=7).graphs(1)[0]
    path = _write(tmp_path, graph)
    script = tmp_path / "g.py"
    script.write_text(graph_to_python(graph, str(path)), encoding="utf-8")
    proc = python(script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == run_text(path, capsys).encode("utf-8")
