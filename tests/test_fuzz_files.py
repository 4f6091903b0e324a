"""Fuzz the graph loader and the CLI with thousands of broken files.

A seeded mutator damages the sample files in the ways real files break (truncation, bit
flips, wrong types, missing keys, huge numbers, NaN literals, deep nesting, thousands of
nodes, duplicate ids, dangling and doubled edges, cycles, unknown ops, wrong versions).
Every case must either load a valid graph or be refused with a GraphFileError naming the
file; nothing else may escape, and each case is bounded in time.
"""

from __future__ import annotations

import copy
import json
import random
import signal

import pytest

from core.cli import main as cli
from core.files.graph_files import GraphFileError, loads_graph
from core.paths import sample_files

CASES = 2400
SECONDS_PER_CASE = 20  # a hang, not a slow machine, would exceed this

WRONG_VALUES = [None, True, "text", -1, 0, 1e308, -1e308, 2**70, [], {}, [[1], [2, 3]],
                [None], {"value": 1}, "NaN", 1.5, [1e308, 1e308]]


def _paths(value, prefix=()):
    """Every (path, value) inside a parsed JSON document."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:20]):
            yield from _paths(v, prefix + (i,))


def _set(doc, path, value):
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def _delete(doc, path):
    target = doc
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]


def mutate(rng: random.Random, text: str) -> str:
    """One damaged copy of a graph file's text."""
    # a file of thousands of nodes takes about a second to check: only one case in 100
    kind = 12 if rng.random() < 0.01 else rng.choice([k for k in range(14) if k != 12])
    if kind == 0:  # truncation
        return text[: rng.randrange(len(text))]
    if kind == 1:  # bit flips
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        return data.decode("utf-8", errors="surrogateescape").encode(
            "utf-8", errors="surrogateescape").decode("latin-1")
    doc = json.loads(text)
    paths = [p for p, _ in _paths(doc) if p]
    if kind == 2:  # wrong type or value anywhere
        _set(doc, rng.choice(paths), copy.deepcopy(rng.choice(WRONG_VALUES)))
    elif kind == 3:  # missing key anywhere
        path = rng.choice(paths)
        _delete(doc, path)
    elif kind == 4:  # duplicate id
        if doc["nodes"]:
            doc["nodes"].append(copy.deepcopy(rng.choice(doc["nodes"])))
    elif kind == 5:  # dangling edge
        doc["edges"].append({"source": rng.choice(["ghost", doc["nodes"][0]["id"]]),
                             "target": "nobody", "port": "x"})
    elif kind == 6:  # doubled edge
        if doc["edges"]:
            doc["edges"].append(dict(rng.choice(doc["edges"])))
    elif kind == 7:  # reversed edge: a cycle (or an edge into a source's missing port)
        if doc["edges"]:
            e = rng.choice(doc["edges"])
            doc["edges"].append({"source": e["target"], "target": e["source"],
                                 "port": e["port"]})
    elif kind == 8:  # unknown op
        rng.choice(doc["nodes"])["type"] = rng.choice(["Muul", "", "relu", "Softmax", "eval"])
    elif kind == 9:  # wrong version or format
        doc[rng.choice(["version", "format"])] = rng.choice([0, 2, "1", None, "graph", 1.0])
    elif kind == 10:  # huge numbers and NaN / Infinity literals
        token = rng.choice(["1e999", "-1e999", "NaN", "Infinity", "-Infinity",
                            "123456789012345678901234567890"])
        marker = "\u0000MARK\u0000"
        _set(doc, rng.choice(paths), marker)
        return json.dumps(doc).replace(json.dumps(marker), token)
    elif kind == 11:  # deep nesting
        depth = rng.choice([50, 500, 5000, 50000])
        marker = "\u0000DEEP\u0000"
        _set(doc, rng.choice(paths), marker)
        return json.dumps(doc).replace(json.dumps(marker), "[" * depth + "1" + "]" * depth)
    elif kind == 12:  # thousands of nodes in a chain of additions
        n = rng.choice([1000, 3000])
        doc["nodes"] = [{"id": "c", "type": "Constant", "label": "c", "position": [0, 0],
                         "params": {"value": 1.0}}]
        doc["edges"] = []
        for i in range(n):
            doc["nodes"].append({"id": f"a{i}", "type": "Add", "label": f"a{i}",
                                 "position": [i, 0]})
            doc["edges"].append({"source": "c" if i == 0 else f"a{i - 1}",
                                 "target": f"a{i}", "port": "x"})
            doc["edges"].append({"source": "c", "target": f"a{i}", "port": "y"})
    else:  # params of a node replaced by something odd
        node = rng.choice(doc["nodes"])
        node["params"] = rng.choice([{"init": "normal", "shape": [3], "std": 1},
                                     {"init": "zeros", "shape": [-1]},
                                     {"init": "zeros", "shape": [2**40, 2**40]},
                                     {"axis": 7}, {"value": [[]]}, {"init": "magic"}])
    return json.dumps(doc)


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


@pytest.mark.slow
def test_thousands_of_broken_files_load_or_are_refused_clearly(tmp_path, capsys):
    rng = random.Random(20261124)
    texts = [p.read_text(encoding="utf-8") for p in sample_files()]
    outcomes = {"loaded": 0, "refused": 0}
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for case in range(CASES):
            text = mutate(rng, rng.choice(texts))
            signal.alarm(SECONDS_PER_CASE)
            try:
                try:
                    graph = loads_graph(text, f"case{case}.json")
                    outcomes["loaded"] += 1
                    assert graph.nodes is not None
                except GraphFileError as e:
                    outcomes["refused"] += 1
                    assert str(e).startswith(f"case{case}.json: ") and e.problem.strip()
                if case % 8 == 0:  # the CLI on a real file, in-process
                    path = tmp_path / "case.json"
                    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
                    code = cli.main(["run", str(path)])
                    out, err = capsys.readouterr()
                    assert code in (0, 1)
                    assert "Traceback" not in err
                    if code == 1:
                        assert err.startswith("backprop-studio: ")
            except Timeout:
                pytest.fail(f"case {case} took over {SECONDS_PER_CASE} s:\n{text[:300]}")
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert sum(outcomes.values()) == CASES
    # both outcomes happen: the mutator is neither always fatal nor harmless
    assert outcomes["refused"] > CASES // 2 and outcomes["loaded"] > 50, outcomes
