"""export-code in the book's shape: a chain of layers becomes a TwoLayerNet (params, layers
in order, predict, loss, accuracy, gradient, the training loop commented out) that still
prints what `run` prints; `--lang ko` writes the Korean edition's comments and prints what
`run --lang ko` prints."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from core.cli.main import main as cli_main
from core.engine.program import evaluate
from core.export.network import layer_chain
from core.export.script import graph_to_python
from core.files.graph_files import load_graph, save_graph
from core.paths import SAMPLES
from tests.helpers import build


def printed(capsys, *args) -> str:
    capsys.readouterr()
    assert cli_main([*map(str, args)]) == 0
    return capsys.readouterr().out


def run_script(code: str, tmp_path, name="net.py") -> subprocess.CompletedProcess:
    script = tmp_path / name
    script.write_text(code, encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)


def test_the_two_layer_net_is_a_TwoLayerNet_in_the_books_shape(tmp_path, capsys):
    code = graph_to_python(load_graph(SAMPLES / "two_layer_net.json"), "two_layer_net.json")
    lines = code.splitlines()
    start = lines.index("class TwoLayerNet:")
    body = lines[start:]
    for line in ("    def __init__(self, W1, b1, W2, b2):",
                 "        self.params = {}",
                 "        self.params['W1'] = W1",
                 "        self.layers = {}",
                 "        self.layers['Affine1'] = Affine()",
                 "        self.layers['Relu1'] = Relu()",
                 "        self.layers['Affine2'] = Affine()",
                 "        self.lastLayer = SoftmaxWithLoss(delta=1e-07)",
                 "    def predict(self, x):",
                 "        x = self.layers['Affine1'].forward(x, self.params['W1'], "
                 "self.params['b1'])",
                 "    def loss(self, x, t):",
                 "    def accuracy(self, x, t):",
                 "    def gradient(self, x, t):",
                 "        dout = self.lastLayer.backward(1)",
                 "        dout, grads['W2'], grads['b2'] = self.layers['Affine2'].backward(dout)",
                 "        dout = self.layers['Relu1'].backward(dout)",
                 "        return grads"):
        assert line in body, line
    assert "network = TwoLayerNet(W1, b1, W2, b2)" in lines
    assert "Affine1_layer = network.layers['Affine1']" in lines
    assert "L_layer = network.lastLayer" in lines
    assert "grads = network.gradient(x, t)" in lines
    assert "#         network.params[key] -= learning_rate * grad[key]" in lines
    ran = run_script(code, tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == printed(capsys, "run", SAMPLES / "two_layer_net.json")
    # the class is real code: predict, loss and accuracy run on the file's batch
    space: dict = {"__name__": "not_main"}
    exec(compile(code, "net.py", "exec"), space)  # noqa: S102 - our own generated script
    net, x, t = space["network"], space["x"], space["t"]
    assert net.loss(x, t) == space["L"]
    assert 0.0 <= net.accuracy(x, t) <= 1.0


def test_a_chain_a_learner_built_is_a_MultiLayerNet(tmp_path, capsys):
    rng = np.random.default_rng(0)
    p = lambda shape: {"value": np.round(rng.standard_normal(shape), 2).tolist()}  # noqa: E731
    graph = build([("x", "Data", p((4, 3))), ("W1", "Parameter", p((3, 5))),
                   ("b1", "Parameter", p((5,))), ("A1", "Affine", None), ("S1", "Sigmoid", None),
                   ("W2", "Parameter", p((5, 4))), ("b2", "Parameter", p((4,))),
                   ("A2", "Affine", None), ("R2", "ReLU", None), ("W3", "Parameter", p((4, 3))),
                   ("b3", "Parameter", p((3,))), ("A3", "Affine", None), ("y", "Softmax", None),
                   ("t", "Labels", {"value": np.eye(3)[[0, 2, 1, 2]].tolist()}),
                   ("L", "CrossEntropyError", None)],
                  [("x", "A1", "x"), ("W1", "A1", "W"), ("b1", "A1", "b"), ("A1", "S1", "x"),
                   ("S1", "A2", "x"), ("W2", "A2", "W"), ("b2", "A2", "b"), ("A2", "R2", "x"),
                   ("R2", "A3", "x"), ("W3", "A3", "W"), ("b3", "A3", "b"), ("A3", "y", "x"),
                   ("y", "L", "y"), ("t", "L", "t")])
    chain = layer_chain(graph, evaluate(graph))
    assert chain is not None and chain.class_name == "MultiLayerNet"
    assert [graph.nodes[n].label for n in chain.layers] == ["A1", "S1", "A2", "R2", "A3", "y"]
    path = tmp_path / "chain.json"
    save_graph(graph, path)
    code = graph_to_python(graph, str(path))
    assert "class MultiLayerNet:" in code and "self.layers['S1'] = Sigmoid()" in code
    assert "self.lastLayer = CrossEntropyError(delta=1e-07)" in code
    ran = run_script(code, tmp_path)
    assert ran.returncode == 0, ran.stderr  # its quiet check of network.gradient held too
    assert ran.stdout == printed(capsys, "run", path)
    # a graph that is not a chain keeps the flat script
    assert layer_chain(load_graph(SAMPLES / "apple.json"),
                       evaluate(load_graph(SAMPLES / "apple.json"))) is None


def test_korean_comments_and_what_run_prints_in_korean(tmp_path, capsys):
    out = tmp_path / "apple_ko.py"
    assert cli_main(["export-code", str(SAMPLES / "apple_orange.json"), "--lang", "ko",
                     "-o", str(out)]) == 0
    code = out.read_text(encoding="utf-8")
    lines = code.splitlines()
    assert lines[0] == "# 사과와 귤 쇼핑 (그림 5-3, 5-15)"
    assert "# 그래프가 출발하는 값" in lines
    assert "# 순전파: 위상 순서대로" in lines and "# 역전파: 반대 순서로" in lines
    assert "HEADINGS = ['노드', '종류', '값', '기울기']" in lines
    assert "(으)" not in code and "을(를)" not in code
    ran = run_script(code, tmp_path, "apple_ko.py")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == printed(capsys, "run", SAMPLES / "apple_orange.json", "--lang", "ko")
    net = graph_to_python(load_graph(SAMPLES / "two_layer_net.json"), "two_layer_net.json")
    from core import i18n
    i18n.set_language("ko")
    try:
        ko = graph_to_python(load_graph(SAMPLES / "two_layer_net.json"), "two_layer_net.json")
    finally:
        i18n.set_language("en")
    assert "        # 가중치와 편향" in ko and "        # 순전파" in ko and "        # 역전파" in ko
    assert "# 책의 train_neuralnet.py(5.7.4)처럼 학습하기" in ko
    assert ko.count("\n") == net.count("\n") or "class TwoLayerNet:" in ko
