"""The headless command line: real subprocesses, real files, real exit codes."""

import json
import subprocess
import sys

import pytest

from core.paths import SAMPLES
from tests.test_fileformat import BAD_FILES


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def test_run_json_prints_the_books_numbers():
    proc = cli("run", SAMPLES / "apple_orange.json", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["output"] == "price"
    nodes = doc["nodes"]
    assert nodes["price"]["value"] == 715.0000000000001
    assert nodes["price"]["type"] == "Mul"
    assert {k: nodes[k]["grad"] for k in ("apple", "apple_num", "orange", "orange_num", "tax")} \
        == {"apple": 2.2, "apple_num": 110.00000000000001, "orange": 3.3000000000000003,
            "orange_num": 165.0, "tax": 650}
    edge = next(e for e in doc["edges"] if e["target"] == "price" and e["port"] == "y")
    assert edge == {"source": "tax", "target": "price", "port": "y", "value": 1.1, "grad": 650.0}


def test_run_text_lists_every_node_by_label():
    proc = cli("run", SAMPLES / "apple.json")
    assert proc.returncode == 0
    assert "output price = 220.00000000000003" in proc.stdout
    assert any(line.split()[:4] == ["apple_num", "Constant", "2", "110.00000000000001"]
               for line in proc.stdout.splitlines())


def test_run_json_gives_arrays_as_nested_lists():
    proc = cli("run", SAMPLES / "affine_batch.json", "--json")
    doc = json.loads(proc.stdout)
    assert doc["nodes"]["B"]["grad"] == [2.0, 2.0, 2.0]
    assert doc["nodes"]["X"]["value"] == [[1.0, 2.0], [3.0, 4.0]]


def test_gradcheck_two_layer_net_passes_with_the_books_orders_of_magnitude():
    proc = cli("gradcheck", SAMPLES / "two_layer_net.json", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["passed"] is True
    diffs = {k: v["mean_abs_diff"] for k, v in doc["nodes"].items()}
    # the book reports differences from about 1e-10 to 1e-7 on a batch of 3
    for label in ("W1", "b1", "W2", "b2"):
        assert 1e-13 < diffs[label] < 1e-6, (label, diffs[label])
    assert diffs["W1"] < 1e-8


def test_gradcheck_text_and_a_failing_check_exit_1(tmp_path):
    proc = cli("gradcheck", SAMPLES / "apple.json")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].startswith("apple:")
    # ReLU at exactly 0: backprop takes the derivative 0, central differences see 1/2
    kink = tmp_path / "kink.json"
    kink.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "x", "type": "Constant", "label": "x", "position": [0, 0],
                   "params": {"value": 0.0}},
                  {"id": "r", "type": "ReLU", "label": "relu", "position": [200, 0]}],
        "edges": [{"source": "x", "target": "r", "port": "x"}]}))
    proc = cli("gradcheck", kink)
    assert proc.returncode == 1
    assert "x:0.5   <-- exceeds the tolerance" in proc.stdout
    assert "FAILED" in proc.stdout


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_bad_file_exits_1_with_its_message(name, tmp_path):
    text, expected = BAD_FILES[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    proc = cli("run", path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert str(path) in proc.stderr and expected in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file_and_a_graph_that_cannot_run(tmp_path):
    proc = cli("run", tmp_path / "nope.json")
    assert proc.returncode == 1 and "cannot read the file" in proc.stderr
    half = tmp_path / "half.json"
    half.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "a", "type": "Constant", "label": "a", "position": [0, 0]},
                  {"id": "m", "type": "Mul", "label": "m", "position": [200, 0]}],
        "edges": [{"source": "a", "target": "m", "port": "x"}]}))
    proc = cli("run", half)
    assert proc.returncode == 1
    assert 'Mul "m": input y is not connected' in proc.stderr


def test_nodes_sharing_a_label_stay_apart_in_json(tmp_path):
    twins = tmp_path / "twins.json"
    twins.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "a", "type": "Constant", "label": "w", "position": [0, 0],
                   "params": {"value": 2.0}},
                  {"id": "b", "type": "Constant", "label": "w", "position": [0, 100],
                   "params": {"value": 5.0}},
                  {"id": "m", "type": "Mul", "label": "m", "position": [200, 0]}],
        "edges": [{"source": "a", "target": "m", "port": "x"},
                  {"source": "b", "target": "m", "port": "y"}]}))
    doc = json.loads(cli("run", twins, "--json").stdout)
    assert doc["nodes"]["w (a)"]["grad"] == 5.0 and doc["nodes"]["w (b)"]["grad"] == 2.0
    check = json.loads(cli("gradcheck", twins, "--json").stdout)
    assert set(check["nodes"]) == {"w (a)", "w (b)"}
