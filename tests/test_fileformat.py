"""Graph files: every bad file is refused with a message naming what and where."""

import json
import os

import numpy as np
import pytest

from core.engine.program import evaluate
from core.files.graph_files import GraphFileError, dumps_graph, load_graph, loads_graph, save_graph
from core.model.graph import GraphError
from core.paths import SAMPLES


def doc(nodes, edges=(), **header):
    return json.dumps({"format": "backprop-studio-graph", "version": 1, **header,
                       "nodes": list(nodes), "edges": list(edges)})


def node(nid, type_name="Constant", **params):
    return {"id": nid, "type": type_name, "label": nid, "position": [0, 0], "params": params}


def edge(source, target, port):
    return {"source": source, "target": target, "port": port}


A, B, M = node("a", value=1.0), node("b", value=2.0), node("m", "Mul")

#: name -> (file text, part of the message it must give)
BAD_FILES = {
    "not_json": ("{ this is not json", "not valid JSON: Expecting property name"),
    "truncated": (doc([A, B, M])[:40], "not valid JSON"),
    "not_utf8": (b"\xff\xfe{}", "not UTF-8 text (byte 0)"),
    "not_an_object": ("[1, 2, 3]", "the file must hold one JSON object"),
    "wrong_format": (json.dumps({"format": "other", "version": 1, "nodes": [], "edges": []}),
                     'not a Backprop Studio graph file ("format" is "other"'),
    "wrong_version": (json.dumps({"format": "backprop-studio-graph", "version": 2,
                                  "nodes": [], "edges": []}),
                      "version 2 is not supported; this Backprop Studio reads version 1"),
    "missing_edges": (json.dumps({"format": "backprop-studio-graph", "version": 1,
                                  "nodes": []}), "'edges' is a required property"),
    "node_without_type": (doc([{"id": "a", "label": "a", "position": [0, 0]}]),
                          "nodes[0]: 'type' is a required property"),
    "position_not_numbers": (doc([{**A, "position": ["left", 0]}]),
                             "nodes[0].position[0]: 'left' is not of type 'number'"),
    "unknown_op": (doc([node("q", "Muul")]), 'nodes[0] (id "q"): unknown node type "Muul"'),
    "duplicate_id": (doc([A, {**B, "id": "a"}]), 'nodes[1] (id "a"): duplicate id'),
    "edge_to_missing_node": (doc([A, M], [edge("a", "zz", "x")]),
                             'edges[0] (a → zz.x): target "zz" is not a node in this file'),
    "edge_from_missing_node": (doc([A, M], [edge("zz", "m", "x")]),
                               'edges[0] (zz → m.x): source "zz" is not a node'),
    "edge_to_missing_port": (doc([A, M], [edge("a", "m", "w")]),
                             'Mul "m" has no input port \'w\' (ports: x, y)'),
    "two_edges_into_one_port": (doc([A, B, M], [edge("a", "m", "x"), edge("b", "m", "x")]),
                                'edges[1] (b → m.x): input x of Mul "m" already has an edge'),
    "cycle": (doc([A, M, node("n", "Mul")], [edge("a", "m", "x"), edge("m", "n", "x"),
                                             edge("n", "m", "y")]),
              "edges[2] (n → m.y): Mul \"n\" already depends on Mul \"m\": "
              "this edge would make a cycle"),
    "self_loop": (doc([M], [edge("m", "m", "x")]), "a node cannot feed itself"),
    "non_numeric_value": (doc([node("a", value="ten")]),
                          "value must be a number or a list of numbers, not 'ten'"),
    "boolean_value": (doc([node("a", value=True)]), "not True"),
    "ragged_value": (doc([node("a", value=[[1, 2], [3]])]),
                     "value is ragged: value[1] has shape (1,) but value[0] has (2,)"),
    "nan_literal": ('{"format": "backprop-studio-graph", "version": 1, "nodes": '
                    '[{"id": "a", "type": "Constant", "label": "a", "position": [0, 0], '
                    '"params": {"value": NaN}}], "edges": []}',
                    "NaN is not a number JSON allows"),
    "huge_number": (doc([node("a", value=1e400)]).replace("Infinity", "1e400"),
                    "value is inf; only finite numbers are allowed"),
    "huge_shape": (doc([node("w", "Parameter", init="zeros", shape=[100000, 100000])]),
                   "shape (100000, 100000) has 10,000,000,000 elements; the limit is 20,000,000"),
    "negative_std": (doc([node("w", "Parameter", init="normal", shape=[2], std=-1, seed=0)]),
                     "std must be a finite number ≥ 0, not -1"),
    "unknown_param": (doc([node("m", "Sum", axis=0, keepdims=True)]),
                      "unknown parameter 'keepdims' for Sum"),
    "deep_nesting": ("[" * 100000 + "]" * 100000, "nested too deeply"),
    # ints beyond float range: math.isfinite raised OverflowError instead of refusing
    "huge_integer_value": (doc([node("a", value=10**400)]),
                           "value is 1" + "0" * 400 + ", too large to hold exactly"),
    "huge_integer_std": (doc([node("w", "Parameter", init="normal", shape=[2], std=10**400,
                                   seed=0)]), "std must be a finite number ≥ 0"),
    "huge_integer_position": (doc([{**A, "position": [10**400, 0]}]),
                              "position must be two finite numbers"),
    # a \ud800 escape loads as a lone surrogate, which no UTF-8 file can save
    "lone_surrogate_label": (doc([{**A, "label": "apple\ud800"}]),
                             'nodes[0] (id "a"): the label holds a lone surrogate escape '
                             "(\\ud800)"),
    "lone_surrogate_id": (doc([{**A, "id": "a\udc00"}]),
                          'nodes[0] (id "a\\udc00"): the id holds a lone surrogate'),
    "infinite_position": (doc([{**A, "position": [1e400, 0]}]).replace("Infinity", "1e400"),
                          "position must be two finite numbers"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_with_its_message(name, tmp_path):
    text, expected = BAD_FILES[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(GraphFileError) as info:
        load_graph(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert expected in message


def test_a_valid_minimal_file_loads():
    graph = loads_graph(doc([A, B, M], [edge("a", "m", "x"), edge("b", "m", "y")]))
    assert float(evaluate(graph).values["m"]) == 2.0


def test_round_trip_is_exact_for_awkward_floats(tmp_path):
    values = [0.1, 1 / 3, 1e-300, 123456789.123456789, -0.0, 5e-324]
    graph = loads_graph(doc([node("v", value=values), node("s", "Sum", axis=None)],
                            [edge("v", "s", "x")], title="tricky", description="floats"))
    path = tmp_path / "t.json"
    save_graph(graph, path)
    again = load_graph(path)
    assert again.meta == {"title": "tricky", "description": "floats"}
    np.testing.assert_array_equal(evaluate(again).values["v"], np.array(values))
    assert dumps_graph(again) == path.read_text(encoding="utf-8")


def test_save_is_atomic_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    path.write_text("original")
    graph = load_graph(SAMPLES / "apple.json")

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(GraphFileError, match="No space left on device.*unchanged"):
        save_graph(graph, path)
    assert path.read_text() == "original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.json"]  # no temp file left


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_save_into_a_read_only_folder_says_so(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(GraphFileError, match="cannot save"):
            save_graph(load_graph(SAMPLES / "apple.json"), folder / "g.json")
    finally:
        folder.chmod(0o700)


def test_saved_files_get_ordinary_permissions(tmp_path):
    path = tmp_path / "new.json"
    save_graph(load_graph(SAMPLES / "apple.json"), path)
    assert path.stat().st_mode & 0o644 == 0o644


def test_no_pickle_or_eval_in_the_code():
    import re

    from core.paths import ROOT
    # the builtins eval/exec, not methods such as Qt's app.exec()
    banned = re.compile(r"import pickle|allow_pickle\s*=\s*True|(?<![\w.])(eval|exec)\(")
    for folder in ("core", "gui"):
        for py in (ROOT / folder).rglob("*.py"):
            match = banned.search(py.read_text(encoding="utf-8"))
            assert match is None, f"{py}: {match.group(0)}"


def test_save_refused_by_the_folder_says_so_and_keeps_the_old_file(tmp_path, monkeypatch):
    # simulates a read-only folder even when the tests run as root
    import tempfile
    path = tmp_path / "g.json"
    path.write_text("original")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(GraphFileError, match=r"g\.json: cannot save \(Permission denied\)"):
        save_graph(load_graph(SAMPLES / "apple.json"), path)
    assert path.read_text() == "original"


def test_a_label_no_file_can_hold_is_refused_by_save_not_raised(tmp_path):
    graph = loads_graph(doc([A]))
    with pytest.raises(GraphError, match="lone surrogate"):
        graph.set_label("a", "apple\ud800")  # an edit refuses it first
    graph.nodes["a"].label = "apple\ud800"  # and should one get past, save refuses it
    path = tmp_path / "g.json"
    with pytest.raises(GraphFileError, match="cannot save"):
        save_graph(graph, path)
    assert not path.exists() and not list(tmp_path.iterdir())


# -- limits: the reason first, the numbers from the schema ----------------------------------

def refusal(text):
    with pytest.raises(GraphFileError) as info:
        loads_graph(text, "g.json")
    return str(info.value)


def test_a_too_long_label_says_what_is_wrong_before_quoting_it():
    from core.model.limits import MAX_LABEL
    long = "a" * (MAX_LABEL + 1)
    assert refusal(doc([A, B, M, {**node("x"), "label": long}])) == (
        f"g.json: nodes[3].label: {MAX_LABEL + 1} characters, but a label may have at most "
        f'{MAX_LABEL} ("{"a" * 39}…")')


def test_other_text_limits_say_the_reason_first():
    from core.model.limits import MAX_ID, MAX_TITLE
    assert refusal(doc([A], title="t" * (MAX_TITLE + 1))) == (
        f"g.json: title: {MAX_TITLE + 1} characters, but a title may have at most "
        f'{MAX_TITLE} ("{"t" * 39}…")')
    assert refusal(doc([{**A, "id": "i" * (MAX_ID + 1)}])).startswith(
        f"g.json: nodes[0].id: {MAX_ID + 1} characters, but an id may have at most {MAX_ID} (")
    assert refusal(doc([{**A, "label": ""}])) == "g.json: nodes[0].label: a label cannot be empty"
    assert refusal(doc([A, M], [edge("a", "m", "")])) == \
        "g.json: edges[0].port: a port cannot be empty"
    assert refusal(doc([{**A, "position": [0, 0, 0]}])) == \
        "g.json: nodes[0].position: 3 numbers, but a position may have at most 2"
    assert refusal(doc([{**A, "position": [0]}])) == \
        "g.json: nodes[0].position: 1 number, but a position needs at least 2"


def test_a_file_over_the_node_or_edge_limit_says_too_many():
    from core.model.limits import MAX_EDGES, MAX_NODES
    nodes = [node(f"n{i}") for i in range(MAX_NODES + 1)]
    assert refusal(doc(nodes)) == (f"g.json: too many nodes: the file has {MAX_NODES + 1:,}, "
                                   f"but a graph may have at most {MAX_NODES:,}")
    edges = [edge("a", "m", "x")] * (MAX_EDGES + 1)
    assert refusal(doc([A, M], edges)) == (f"g.json: too many edges: the file has "
                                           f"{MAX_EDGES + 1:,}, but a graph may have at most "
                                           f"{MAX_EDGES:,}")


@pytest.mark.parametrize("keep", [0.3, 0.5, 0.9])
def test_a_cut_off_file_says_it_ends_early_and_where(keep, tmp_path):
    text = (SAMPLES / "apple_orange.json").read_text(encoding="utf-8")
    cut = text[:int(len(text) * keep)]
    path = tmp_path / "apple_orange.json"
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(GraphFileError) as refused:
        load_graph(path)
    lines = cut.rstrip().count("\n") + 1  # where its text ends
    assert str(refused.value) == (
        f"{path}: not valid JSON: the file ends early (line {lines}); it may have been cut "
        "off while it was written or copied")


def test_the_file_text_is_one_json_line_per_node_and_edge_and_streams_a_matrix_by_rows():
    """Saving writes a node without an array in one piece (10,000 of them save quickly)
    and a matrix row by row (no piece holds it all): the text is the same either way."""
    from core.files.graph_files import document_text, graph_to_document

    matrix = np.arange(200 * 30, dtype=float).reshape(200, 30).tolist()
    graph = loads_graph(doc([A, B, M, node("W", value=matrix), node("r", value=[1.5, -2.0])],
                            [edge("a", "m", "x"), edge("b", "m", "y")], title="é ü 한"))
    document = graph_to_document(graph)
    pieces = list(document_text(document))
    text = "".join(pieces)
    assert json.loads(text) == document
    lines = text.splitlines()
    for record in document["nodes"] + document["edges"]:  # each on a line of its own
        assert "    " + json.dumps(record, ensure_ascii=False) in (
            line.rstrip(",") for line in lines)
    assert '"title": "é ü 한"' in text  # written as it reads, not as \u escapes
    row = json.dumps(matrix[0])
    assert max(len(p) for p in pieces) < 2 * len(json.dumps(matrix[-1]))  # by rows
    assert row in pieces


def test_a_saved_file_holds_the_text_in_order_across_many_writes(tmp_path):
    """The writer joins pieces into chunks of about 64 kB: a big file comes out whole."""
    nodes = [node(f"c{i}", value=[[i, i + 0.5]] * 3) for i in range(3000)]
    graph = loads_graph(doc(nodes, []))
    path = tmp_path / "big.json"
    save_graph(graph, path)
    assert path.read_text(encoding="utf-8") == dumps_graph(graph)
    assert path.stat().st_size > 4 * 2 ** 16
    assert dumps_graph(load_graph(path)) == dumps_graph(graph)
