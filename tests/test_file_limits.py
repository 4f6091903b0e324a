"""Whatever the editor can hold, it saves and reopens (issue "Two features at once", 9).

One limit, the file's size, read from the schema (`core.model.limits`): a graph's values
hold together at most as many numbers as fit in it written at their longest, the graph
refuses more, and training refuses beforehand a network whose trained weights would not
fit. The book's two-layer net at the largest hidden size the Training panel offers (4096)
saves under the limit and opens again, exactly.
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from core.engine.program import evaluate
from core.files.graph_files import (
    GraphFileError,
    load_graph,
    loads_graph,
    save_graph,
)
from core.model.errors import GraphError
from core.model.graph import Graph
from core.model.limits import (
    BYTES_PER_LIST,
    BYTES_PER_NUMBER,
    MAX_FILE_BYTES,
    MAX_VALUE_BYTES,
    STRUCTURE_BYTES,
    literal_bytes,
)
from core.ops.sources import Source
from core.paths import SAMPLES
from core.training.descent import fixed_params
from core.training.roles import find_roles, fit_problem
from core.training.run import TrainConfig, TrainError
from core.training.trainer import Trainer
from tests.conftest import REPO

LONGEST = -1.2345678901234567e-300  # a float64 at its longest in a file


def trained_net(hidden: int) -> Graph:
    """The two-layer net with float32 weights of `hidden` units, as a run leaves them."""
    graph = load_graph(SAMPLES / "two_layer_net.json")
    rng = np.random.default_rng(0)
    for nid, shape in (("W1", (784, hidden)), ("b1", (hidden,)), ("W2", (hidden, 10)),
                       ("b2", (10,))):
        graph.set_params(nid, fixed_params((0.01 * rng.standard_normal(shape))
                                           .astype(np.float32)))
    return graph


def test_the_limits_come_from_the_schema_and_agree():
    schema = json.loads((REPO / "resources" / "graph.schema.json").read_text())
    assert MAX_FILE_BYTES == schema["x-max-file-bytes"] == 100 * 2**20
    assert MAX_VALUE_BYTES == MAX_FILE_BYTES - STRUCTURE_BYTES
    assert len(f"{LONGEST!r}, ") == BYTES_PER_NUMBER and len("[], ") == BYTES_PER_LIST
    # a 784 × 4096 matrix: 785 lists (the outer one and a row each) of 3,211,264 numbers
    assert literal_bytes((784, 4096)) == 3_211_264 * 26 + 785 * 4
    assert literal_bytes(()) == 26 and literal_bytes((0,)) == 4


@pytest.mark.parametrize("shape", [(1000,), (1, 1, 1, 1, 1, 1, 1, 1000), (1000, 1)])
def test_values_at_their_longest_never_take_more_than_counted(shape):
    value = np.full(shape, LONGEST).tolist()
    graph = Graph()
    graph.add_node("Constant", "c", params={"value": value})
    written = len(json.dumps(value))
    assert written <= literal_bytes(shape) == graph.value_bytes
    assert written > 0.9 * literal_bytes(shape)  # counted at most a separator too many each


def test_a_graph_refuses_values_that_would_not_fit_in_its_file():
    graph = Graph()
    rows = (MAX_VALUE_BYTES - 4) // literal_bytes((1000,))  # rows of 1000 numbers, as many
    graph.add_node("Constant", "c", params={"value": [[LONGEST] * 1000] * rows}, node_id="c")
    left = MAX_VALUE_BYTES - graph.value_bytes
    assert 0 <= left < literal_bytes((1000,))
    assert graph.value_bytes == literal_bytes((rows, 1000))
    with pytest.raises(GraphError, match="has room for 84.0 MB of values"):
        graph.add_node("Constant", "more", params={"value": [1.0] * (left // 26 + 1)})
    problem = graph.values_problem(left + 1)
    assert problem == ("the values would take up to 84.1 MB in the graph's file, and a graph "
                       "file has room for 84.0 MB of values (it is limited to 100.0 MB)")
    assert graph.values_problem(left) is None
    assert graph.values_problem(5, 5) is None  # a value replaced by one as large: fine
    graph.remove_node("c")
    assert graph.value_bytes == 0


def test_the_largest_hidden_size_of_the_panel_saves_and_opens_again_exactly(tmp_path):
    graph = trained_net(4096)  # W1 784 × 4096: the Training panel's largest
    assert fit_problem(graph, find_roles(graph)) is None
    path = tmp_path / "net.json"
    save_graph(graph, path)
    assert path.stat().st_size < MAX_FILE_BYTES
    again = load_graph(path)
    for nid in ("W1", "b1", "W2", "b2"):
        assert again.nodes[nid].params == graph.nodes[nid].params  # every number exactly
    assert float(evaluate(again).values["loss"]) == float(evaluate(graph).values["loss"])


def test_training_refuses_a_network_whose_weights_would_not_fit():
    graph = load_graph(SAMPLES / "two_layer_net.json")
    roles = find_roles(graph)
    assert fit_problem(graph, roles, 4096) is None and fit_problem(graph, roles, 4257) is None
    assert fit_problem(graph, roles, 4258) == (
        "hidden size 4,258 makes the trained graph's values take up to 84.1 MB in its file, "
        "and a graph file has room for 84.0 MB of values: the hidden size may be at most "
        "4,257")
    x, t = np.zeros((10, 784)), np.arange(10)
    with pytest.raises(TrainError, match="hidden size may be at most 4,257"):
        Trainer(graph, x, t, config=TrainConfig(hidden=5000))
    graph.set_params("W1", {"init": "normal", "shape": [784, 5000], "std": 0.01, "seed": 1})
    assert fit_problem(graph, roles) == (
        "the trained weights would make the graph's values take up to 97.3 MB in its file, "
        'and a graph file has room for 84.0 MB of values: make Parameter "W1" (784 × 5000) '
        "smaller")


def test_train_says_so_before_loading_any_data(tmp_path):
    done = subprocess.run([sys.executable, "-m", "core.cli", "train", "--hidden", "5000",
                           "--data", str(tmp_path / "nowhere")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert "hidden size 5,000 makes the trained graph's values take up to" in done.stderr
    assert "the hidden size may be at most 4,257" in done.stderr


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(GraphFileError, match="graph files are limited to 100 MB"):
        load_graph(path)


def test_values_checked_row_by_row_still_name_the_culprit():
    good = [[0.5] * 4096 for _ in range(3)]
    bad = [row[:] for row in good]
    bad[2][17] = float("nan")
    graph = Graph()
    graph.add_node("Constant", "c", params={"value": good})
    with pytest.raises(GraphError, match=r"value\[2\]\[17\] is nan"):
        graph.add_node("Constant", "d", params={"value": bad})
    with pytest.raises(GraphFileError, match=r"value\[1\]\[2\] must be a number or a list of numbers, not True"):
        loads_graph(json.dumps({"format": "backprop-studio-graph", "version": 1, "nodes": [
            {"id": "c", "type": "Constant", "label": "c", "position": [0, 0],
             "params": {"value": [[1, 2, 3], [4, 5, True]]}}], "edges": []}))
    copied = load_graph(SAMPLES / "two_layer_net.json").copy()
    assert Source.materialize(copied.nodes["x"].params).shape == (3, 784)
