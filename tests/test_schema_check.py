"""The compiled schema checks agree with jsonschema: a document passes both or neither.

The loader trusts `core.files.schema_check` to pass valid files without asking jsonschema,
so any file one accepts and the other refuses would be a hole (or a refusal with no
message). Checked on every sample, on thousands of seeded mutations of them (wrong types,
missing and extra keys, long strings, bools for numbers), and on the big benchmark graph.
"""

from __future__ import annotations

import copy
import json
import random

import jsonschema
import pytest

from core.files import graph_files
from core.files.schema_check import Unsupported, compile_schema
from core.paths import GRAPH_SCHEMA, sample_files

WRONG = [None, True, False, 0, 1, 1.0, -2.5, 2**70, "", "x", "x" * 201, [], [1], [1, 2],
         [1, 2, 3], [True, 1], ["a", 1], {}, {"value": 1}, "backprop-studio-graph"]
KEYS = ["id", "type", "label", "position", "params", "source", "target", "port", "format",
        "version", "nodes", "edges", "output", "output_grad", "title", "figure", "extra"]


def _agree(doc) -> None:
    jsonschema_says = jsonschema.exceptions.best_match(
        graph_files._validator().iter_errors(doc)) is None
    assert graph_files._valid()(doc) == jsonschema_says, json.dumps(doc)[:300]


def _places(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:6]):
            yield from _places(v, path + (i,))


def _mutated(rng: random.Random, doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    path = rng.choice(list(_places(doc)))
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    kind = rng.randrange(4)
    if not path:
        return rng.choice(WRONG) if kind == 0 else doc
    if kind == 0 or kind == 1:
        parent[path[-1]] = rng.choice(WRONG)
    elif kind == 2:
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[rng.choice(KEYS)] = rng.choice(WRONG)
    else:
        parent.append(rng.choice(WRONG))
    return doc


def test_the_graph_schema_compiles():
    assert graph_files._valid() is not None


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_every_sample_passes_both(path):
    _agree(json.loads(path.read_text(encoding="utf-8")))


def test_mutated_samples_pass_both_or_neither():
    rng = random.Random(23)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sample_files()]
    refused = 0
    for _ in range(3000):
        doc = _mutated(rng, rng.choice(docs))
        if rng.random() < 0.3:
            doc = _mutated(rng, doc) if isinstance(doc, dict) else doc
        _agree(doc)
        refused += not graph_files._valid()(doc)
    assert refused > 1000  # the mutations do break files


def test_a_refused_file_still_says_what_and_where():
    doc = json.loads(sample_files()[0].read_text(encoding="utf-8"))
    doc["nodes"][1]["position"] = [0, "up"]
    error = graph_files.schema_error(doc)
    assert error is not None and list(error.absolute_path) == ["nodes", 1, "position", 1]


def test_json_equality_keeps_true_apart_from_1():
    check = compile_schema({"const": 1})
    assert check(1) and check(1.0) and not check(True) and not check("1")
    assert not compile_schema({"const": [1]})([True])
    assert compile_schema({"type": "integer"})(2.0) and not compile_schema(
        {"type": "integer"})(True)
    assert not compile_schema({"type": "number"})(False)


def test_a_keyword_it_does_not_know_is_never_skipped():
    with pytest.raises(Unsupported):
        compile_schema({"type": "object", "patternProperties": {"^x": {}}})
    with pytest.raises(Unsupported):
        compile_schema({"properties": {"a": {"minimum": 0}}})
    schema = json.loads(GRAPH_SCHEMA.read_text(encoding="utf-8"))
    assert "$defs" in schema  # the loader inlines its refs before compiling
