"""The headless command line: real subprocesses, real files, real exit codes."""

import json
import subprocess
import sys

import pytest

from core.cli.main import BROKEN_PIPE_STATUS
from core.paths import SAMPLES
from tests.conftest import REPO
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
        "nodes": [{"id": "a", "type": "Constant", "label": "a", "position": [0, 0],
                   "params": {"value": 1}},
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


# -- JSON that does not lie, root causes first, and a reader that goes away -------------------

def write_graph(path, nodes, edges):
    path.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": nid, "type": kind, "label": nid, "position": [0, 0], "params": params}
                  for nid, kind, params in nodes],
        "edges": [{"source": s, "target": t, "port": p} for s, t, p in edges]}))
    return path


def strict_json(text):
    """json.loads that refuses the NaN / Infinity tokens Python's json writes by default."""
    def refuse(token):
        raise AssertionError(f"{token} is not JSON")
    return json.loads(text, parse_constant=refuse)


def test_run_json_writes_nan_and_infinities_as_words_and_keeps_the_warnings(tmp_path):
    path = write_graph(tmp_path / "odd.json",
                       [("minus", "Constant", {"value": -1.0}), ("zero", "Constant", {"value": 0.0}),
                        ("logn", "Log", {}), ("log0", "Log", {})],
                       [("minus", "logn", "x"), ("zero", "log0", "x")])
    proc = cli("run", path, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = strict_json(proc.stdout)
    assert doc["nodes"]["logn"]["value"] == "nan" and doc["nodes"]["log0"]["value"] == "-inf"
    assert doc["nodes"]["zero"]["grad"] == "inf" and doc["nodes"]["minus"]["grad"] == -1.0
    edge = next(e for e in doc["edges"] if e["target"] == "log0")
    assert edge["value"] == 0.0 and edge["grad"] == "inf"
    assert doc["warnings"] == [
        {"node": "logn", "port": None, "message": 'Log "logn": its output has 1 NaN value(s) '
         "although its inputs are finite (overflow, log of 0 or division by 0?)"},
        {"node": "log0", "port": None, "message": 'Log "log0": its output has 1 infinite '
         "value(s) although its inputs are finite (overflow, log of 0 or division by 0?)"}]
    assert doc["errors"] == []
    assert 'strings "nan", "inf" and "-inf"' in " ".join(cli("run", "--help").stdout.split())


def test_a_graph_that_cannot_run_says_its_root_causes_first(tmp_path):
    path = write_graph(tmp_path / "half.json",
                       [("a", "Constant", {"value": 2.0}), ("half", "Mul", {}),
                        ("lone", "Add", {}), ("after", "Square", {}), ("later", "Square", {})],
                       [("a", "half", "x"), ("a", "lone", "x"), ("half", "after", "x"),
                        ("after", "later", "x")])
    proc = cli("run", path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        'backprop-studio: Mul "half": input y is not connected',
        '  Square "after": input x waits for Mul "half", which could not compute',
        '  Square "later": input x waits for Square "after", which could not compute',
        'backprop-studio: Add "lone": input y is not connected']
    proc = cli("run", path, "--json")
    assert proc.returncode == 1
    doc = strict_json(proc.stdout)
    assert doc["warnings"] == []
    assert [(e["node"], e["port"]) for e in doc["errors"]] == \
        [("half", "y"), ("after", "x"), ("later", "x"), ("lone", "y")]
    assert doc["errors"][0]["message"] == 'Mul "half": input y is not connected'


def test_a_result_too_big_for_memory_exits_1_with_the_message(tmp_path):
    path = write_graph(tmp_path / "huge.json",
                       [("a", "Constant", {"init": "zeros", "shape": [10**6, 1]}),
                        ("b", "Constant", {"init": "zeros", "shape": [1, 10**6]}),
                        ("m", "Mul", {})], [("a", "m", "x"), ("b", "m", "y")])
    proc = cli("run", path)
    assert proc.returncode == 1
    assert proc.stderr.startswith('backprop-studio: Mul "m": its result (1000000, 1000000) '
                                  "would need 7.3 TB; this computer has ")
    assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr


def test_gradcheck_json_writes_a_nan_difference_as_a_word(tmp_path):
    # log at 0: backprop says inf, central differences see log(-h) = NaN
    path = write_graph(tmp_path / "log0.json",
                       [("zero", "Constant", {"value": 0.0}), ("log0", "Log", {})],
                       [("zero", "log0", "x")])
    proc = cli("gradcheck", path, "--json")
    assert proc.returncode == 1
    doc = strict_json(proc.stdout)
    assert doc["nodes"]["zero"]["mean_abs_diff"] == "nan" and doc["passed"] is False


def closed_early(args, read=0):
    """Run a command into a pipe whose reader closes it after `read` bytes, as `| head`."""
    proc = subprocess.Popen([sys.executable, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO)
    head = proc.stdout.read(read) if read else b""
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    return proc.wait(timeout=300), head, err


def test_run_into_head_exits_quietly(tmp_path):
    # 200 x 100 zeros: far more JSON than a pipe holds, so the writer blocks until head quits
    path = write_graph(tmp_path / "big.json",
                       [("z", "Constant", {"init": "zeros", "shape": [200, 100]}),
                        ("s", "Square", {})], [("z", "s", "x")])
    status, head, err = closed_early(["-m", "core.cli", "run", path, "--json"], read=10)
    assert head == b'{"output":'
    assert err == "" and status == BROKEN_PIPE_STATUS
    status, _, err = closed_early(["-m", "backprop_studio", "run", path])
    assert err == "" and status == BROKEN_PIPE_STATUS


def test_gradcheck_into_head_exits_quietly():
    status, _, err = closed_early(["-m", "core.cli", "gradcheck", SAMPLES / "apple.json",
                                   "--json"])
    assert err == "" and status == BROKEN_PIPE_STATUS


def test_every_json_value_goes_through_one_encoder():
    import numpy as np

    from core.formatting import to_jsonable
    doc = {"loss": float("nan"), "acc": np.float32(0.5), "n": np.int64(3), "none": None,
           "rows": [np.array([1.0, np.inf]), (np.array(-np.inf, dtype=np.float32), True)]}
    assert to_jsonable(doc) == {"loss": "nan", "acc": 0.5, "n": 3, "none": None,
                                "rows": [[1.0, "inf"], ["-inf", True]]}
    assert json.dumps(to_jsonable(np.array([[np.nan, 2.0]]))) == '[["nan", 2.0]]'


def test_gradcheck_json_names_node_and_port_of_each_error_and_warning(tmp_path):
    # a shape mismatch (an error, with a node waiting on it) and a log of 0 (a warning)
    path = write_graph(tmp_path / "broken.json",
                       [("a", "Constant", {"value": [1.0, 2.0]}),
                        ("b", "Constant", {"value": [1.0, 2.0, 3.0]}),
                        ("m", "Mul", {}), ("sq", "Square", {}),
                        ("zero", "Constant", {"value": 0.0}), ("log0", "Log", {})],
                       [("a", "m", "x"), ("b", "m", "y"), ("m", "sq", "x"),
                        ("zero", "log0", "x")])
    proc = cli("gradcheck", path, "--json")
    assert proc.returncode == 1
    doc = strict_json(proc.stdout)
    assert [(e["node"], e["port"]) for e in doc["errors"]] == [("m", None), ("sq", "x")]
    assert doc["errors"][0]["message"].startswith('Mul "m": ')
    assert [(w["node"], w["port"]) for w in doc["warnings"]] == [("log0", None)]
    assert "NaN" in doc["warnings"][0]["message"] or "infinite" in doc["warnings"][0]["message"]
    # on stderr the root cause comes first, what waited for it indented below
    err = proc.stderr.splitlines()
    assert err[0].startswith('backprop-studio: Mul "m": ') and err[1].startswith("  ")
