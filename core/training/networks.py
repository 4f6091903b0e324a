"""The book's deeper nets as graphs (6.2 to 6.4): `MultiLayerNet` and `MultiLayerNetExtend`.

`multi_layer_net` builds a graph of the ops the canvas already knows: for each hidden layer
Affine, then BatchNorm when asked (between the Affine and the activation, as
`MultiLayerNetExtend` puts it), then the activation (ReLU or Sigmoid), then Dropout when
asked; a last Affine and Softmax-with-Loss. Graph-shape choices live here, not in the
trainer: the trainer trains whatever graph it is given.

Each weight W is a Parameter drawn from normal(0, std) with std from the init of its layer's
input size n (a number is a std; "xavier" 1/√n, "he" √(2/n), as the book's code), each
bias b starts at zeros; BatchNorm's γ starts at ones and β at zeros. The data and labels
nodes hold the two-layer-net sample's three digits (0, 1, 7), so the file runs on its own
and the canvas shows real numbers; training puts its batches there.

Laid out left to right as the book draws a layer chain, every op one column after the one
before, wrapped into rows of equal length when the chain is long so the canvas shows it at
a readable size; a layer's weights stand above it and its biases below, half a column
before it, so their edges run short and their numbers have room.
"""

from __future__ import annotations

from typing import Sequence

from core.i18n import translate
from core.model.graph import Graph, GraphError
from core.ops.activations import ReLU, Sigmoid
from core.ops.base import Op
from core.ops.layers import Affine
from core.ops.losses import SoftmaxWithLoss
from core.ops.normalization import BatchNorm
from core.ops.regularization import Dropout
from core.ops.sources import Data, Labels, Parameter
from core.paths import SAMPLES
from core.training.histograms import init_std

#: the activations a hidden layer may have, by the name the command line gives
ACTIVATIONS: dict[str, type[Op]] = {"relu": ReLU, "sigmoid": Sigmoid}
#: how each op of a layer is labelled, numbered by its layer: Affine1, Relu1, BatchNorm1 ...
#: (the book's layers are Relu1, Relu2 …; every other op's label is its type's name)
LABELS: dict[type[Op], str] = {ReLU: "Relu"}
#: the distance between two columns, between two rows of a wrapped chain, and from an op to
#: the sources above and below it; a chain of more than ROW_OPS ops wraps into rows
COLUMN = 260.0
ROW_HEIGHT = 520.0
SOURCE_OFFSET = 150.0
ROW_OPS = 7
#: the data the file holds, so that it runs on its own (the sample's three digits)
DEFAULT_DATA = SAMPLES / "two_layer_net.json"


class NetworkError(ValueError):
    """The layers, the activation, the init or the dropout ratio cannot make a net."""


def parse_layers(text: str) -> tuple[int, ...]:
    """"100,100,100,100" → (100, 100, 100, 100): the hidden layers' sizes."""
    try:
        sizes = tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError:
        sizes = ()
    if not sizes or any(size < 1 for size in sizes):
        raise NetworkError(translate("Train", "the layers must be hidden sizes ≥ 1 separated "
                                     "by commas, like 100,100,100,100, not {text!r}").format(
            text=text))
    return sizes


def parse_init(text: str) -> str | float:
    """"0.01" → 0.01; "xavier" and "he" stay words (checked by `init_std`)."""
    text = text.strip().lower()
    if text in ("xavier", "he"):
        return text
    try:
        init_std(text, 1)
    except ValueError as e:
        raise NetworkError(str(e)) from None
    return float(text)


def check_network(layers: Sequence[int], activation: str, init: str | float,
                  dropout: float | None) -> None:
    """Raise NetworkError, in words, when these settings cannot make a net."""
    if not layers or any(isinstance(n, bool) or not isinstance(n, int) or n < 1
                         for n in layers):
        raise NetworkError(translate("Train", "the layers must be hidden sizes ≥ 1, not "
                                     "{value!r}").format(value=list(layers)))
    if activation not in ACTIVATIONS:
        raise NetworkError(translate("Train", "the activation must be one of {known}, not "
                                     "{value!r}").format(known=", ".join(ACTIVATIONS),
                                                         value=activation))
    try:
        init_std(init, 1)
    except ValueError as e:
        raise NetworkError(str(e)) from None
    if dropout is not None and not (0 <= dropout < 1):
        raise NetworkError(translate("Train", "the dropout ratio must be a number from 0 up "
                                     "to (not including) 1, not {value!r}").format(
            value=dropout))


def multi_layer_net(layers: Sequence[int] = (100, 100, 100, 100), activation: str = "relu",
                    batchnorm: bool = False, dropout: float | None = None,
                    init: str | float = "he", classes: int = 10, inputs: int = 784,
                    seed: int = 0) -> Graph:
    """The book's MultiLayerNet (with `batchnorm` or `dropout`: MultiLayerNetExtend) as a
    graph: inputs → layers… → classes, Softmax-with-Loss at the end."""
    layers = tuple(layers)
    check_network(layers, activation, init, dropout)
    graph = Graph()
    x_value, t_value = _default_batch(inputs, classes)
    graph.add_node(Data.type_name, "x", params={"init": "fixed", "value": x_value}, node_id="x")
    #: the chain from x to the loss, each op with the sources above and below it
    chain: list[tuple[str, list[str], list[str]]] = [("x", [], [])]
    sizes = (inputs,) + layers + (classes,)
    activation_op = ACTIVATIONS[activation]
    for i in range(1, len(sizes)):
        n_in, n_out = sizes[i - 1], sizes[i]
        _source(graph, f"W{i}", {"init": "normal", "shape": [n_in, n_out],
                                 "std": init_std(init, n_in), "seed": seed * 1000 + i})
        _source(graph, f"b{i}", {"init": "zeros", "shape": [n_out]})
        _op(graph, chain, Affine, f"{_label(Affine)}{i}", {"W": f"W{i}", "b": f"b{i}"},
            above=[f"W{i}"], below=[f"b{i}"])
        if i == len(sizes) - 1:
            break
        if batchnorm:
            _source(graph, f"gamma{i}", {"init": "fixed", "value": [1.0] * n_out})
            _source(graph, f"beta{i}", {"init": "zeros", "shape": [n_out]})
            _op(graph, chain, BatchNorm, f"{_label(BatchNorm)}{i}",
                {"gamma": f"gamma{i}", "beta": f"beta{i}"}, above=[f"gamma{i}"],
                below=[f"beta{i}"])
        _op(graph, chain, activation_op, f"{_label(activation_op)}{i}")
        if dropout is not None:
            _op(graph, chain, Dropout, f"{_label(Dropout)}{i}",
                params={"ratio": float(dropout), "seed": seed * 1000 + i})
    graph.add_node(Labels.type_name, "t", params={"init": "fixed", "value": t_value}, node_id="t")
    _op(graph, chain, SoftmaxWithLoss, "L", {"t": "t"}, below=["t"], node_id="loss")
    graph.move_nodes(_positions(chain))
    graph.meta.update(_header(layers, activation, batchnorm, dropout, init, inputs, classes))
    return graph


def _source(graph: Graph, label: str, params: dict) -> None:
    graph.add_node(Parameter.type_name, label, params=params, node_id=label)


def _label(op: type[Op]) -> str:
    return LABELS.get(op, op.type_name)


def _op(graph: Graph, chain: list, op: type[Op], label: str, inputs: dict[str, str] | None = None,
        params: dict | None = None, above: Sequence[str] = (), below: Sequence[str] = (),
        node_id: str | None = None) -> None:
    """Add `op` after the chain's last op (into its `x` port) and fed by `inputs`
    (port → node id), with the sources drawn `above` and `below` it."""
    if params is not None:
        params = {**op.default_params, **params}
    try:
        node = graph.add_node(op.type_name, label, params=params, node_id=node_id or label)
        graph.add_edge(chain[-1][0], node.id, "x")
        for port, source in (inputs or {}).items():
            graph.add_edge(source, node.id, port)
    except GraphError as e:
        raise NetworkError(str(e)) from None
    chain.append((node.id, list(above), list(below)))


def _positions(chain: list[tuple[str, list[str], list[str]]]) -> dict[str, tuple[float, float]]:
    """The chain left to right, wrapped into rows of equal length when it is long (so the
    canvas can show it at a readable size); each op's sources half a column before it, the
    weights above the chain and the biases below."""
    rows = 1 if len(chain) <= ROW_OPS else -(-len(chain) // ROW_OPS)
    per_row = -(-len(chain) // rows)
    positions = {}
    for k, (nid, above, below) in enumerate(chain):
        x, y = (k % per_row) * COLUMN, (k // per_row) * ROW_HEIGHT
        positions[nid] = (x, y)
        for j, source in enumerate(above):
            positions[source] = (x - COLUMN / 2, y - SOURCE_OFFSET * (j + 1))
        for j, source in enumerate(below):
            positions[source] = (x - COLUMN / 2, y + SOURCE_OFFSET * (j + 1))
    return positions


def _default_batch(inputs: int, classes: int) -> tuple[list, list]:
    """The sample's three digits and their one-hot labels, when they fit the net; else
    one row of zeros and class 0."""
    if inputs == 784 and classes == 10:
        from core.files.graph_files import load_graph  # the schema's checks, only here
        sample = load_graph(DEFAULT_DATA)
        return sample.nodes["x"].params["value"], sample.nodes["t"].params["value"]
    return [[0.0] * inputs], [[1.0] + [0.0] * (classes - 1)]


def describe(layers: Sequence[int], activation: str, batchnorm: bool = False,
             dropout: float | None = None, inputs: int = 784, classes: int = 10) -> str:
    """784-100-100-10 ReLU (+ Batch Normalization, Dropout 0.5): the net in one line."""
    text = ("-".join(map(str, (inputs, *layers, classes))) + " "
            + ACTIVATIONS[activation].type_name)
    extra = []
    if batchnorm:
        extra.append(translate("Train", "Batch Normalization"))
    if dropout is not None:
        extra.append(translate("Train", "Dropout {ratio:g}").format(ratio=dropout))
    return text + (" + " + ", ".join(extra) if extra else "")


def _header(layers, activation, batchnorm, dropout, init, inputs, classes) -> dict:
    """The graph file's title and description in both languages, as a sample file has them
    (a file is data: it speaks whichever language its reader chose)."""
    ops = [ACTIVATIONS[activation].type_name] + ([BatchNorm.type_name] if batchnorm else []) + (
        [f"{Dropout.type_name} {dropout:g}"] if dropout is not None else [])
    shape = "-".join(map(str, (inputs, *layers, classes))) + " " + ", ".join(ops)
    std = init if isinstance(init, str) else f"{init:g}"
    return {
        "title": f"MultiLayerNet {shape}",
        "title_ko": f"다층 신경망 {shape}",
        "description": (f"The book's MultiLayerNet with {len(layers)} hidden layers: each W "
                        f"from normal(0, std), std {std} of its layer's input size, each b at "
                        "0. x and t hold three digits (0, 1, 7) so the file runs on its own; "
                        "training puts its batches there."),
        "description_ko": (f"책의 MultiLayerNet, 은닉층 {len(layers)}개: 가중치 W는 정규분포 "
                           f"normal(0, std)에서, std는 그 계층의 입력 수에 맞춘 {std}, 편향 b는 "
                           "0에서 시작한다. x와 t에는 손글씨 숫자 3개(0, 1, 7)가 들어 있어 "
                           "파일만으로도 실행되고, 학습은 이를 미니배치로 바꿔 가며 진행한다."),
    }
