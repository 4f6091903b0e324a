"""Graph files: JSON with a header, checked against `resources/graph.schema.json`.

Loading goes in three steps, each refusing a bad file with a message naming what is wrong
and where: parse the JSON (no NaN or Infinity literals, bounded size and depth), validate it
against the JSON Schema, then check what a schema cannot say (known op types, unique ids,
valid params, edges to existing nodes and ports, one edge per port, no cycles) while
building the graph. Nothing is executed. Saving goes through `core.files.atomic`: a temporary
file beside the target renamed over it, so a crash never leaves half a file.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from core.files import atomic
from core.files.schema_check import Check, Unsupported, compile_schema
from core.i18n import QT_TRANSLATE_NOOP, language, system_reason, translate
from core.model import output
from core.model.graph import Graph, GraphError, text_problem
from core.model.limits import MAX_FILE_BYTES
from core.model.output import OUTPUT_GRAD
from core.ops import registry
from core.ops.values import ParamError
from core.paths import GRAPH_SCHEMA

FORMAT = "backprop-studio-graph"
VERSION = 1
#: the optional header fields a graph keeps in `meta`, in the order files write them
#: (version 1 files without them still load: they have no figure); `title_ko` and
#: `description_ko` are the title and description in Korean, shown instead when the app
#: speaks Korean (`core.i18n.localized`). The graph's output follows them in the header
#: (`core.model.output.FIELDS`): with none, every sink is an output with the gradient 1.
HEADER_FIELDS = ("title", "title_ko", "description", "description_ko", "figure")


class GraphFileError(ValueError):
    """A graph file cannot be read or written; the message says what and where."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    """jsonschema's validator: what says what is wrong, and where."""
    schema = json.loads(GRAPH_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Resolving a $ref per node costs about half the validation time of a big graph;
    # the schema's local refs are not recursive, so they can be inlined once.
    return cls(_inline_refs(schema, schema.get("$defs", {})))


@lru_cache(maxsize=1)
def _valid() -> Check | None:
    """The same schema compiled into plain checks (`core.files.schema_check`): whether a
    document is valid, ten times sooner; None when the schema outgrew them."""
    schema = json.loads(GRAPH_SCHEMA.read_text(encoding="utf-8"))
    try:
        return compile_schema(_inline_refs(schema, schema.get("$defs", {})))
    except Unsupported:
        return None


def schema_error(doc: Any) -> jsonschema.ValidationError | None:
    """What the schema refuses in `doc` (the most telling error), or None: the compiled
    checks pass a valid document at once; only a refused one is walked by jsonschema."""
    valid = _valid()
    if valid is not None and valid(doc):
        return None
    return jsonschema.exceptions.best_match(_validator().iter_errors(doc))


def _inline_refs(part: Any, defs: dict[str, Any]) -> Any:
    if isinstance(part, dict):
        ref = part.get("$ref", "")
        if ref.startswith("#/$defs/"):
            return _inline_refs(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline_refs(v, defs) for k, v in part.items() if k != "$defs"}
    if isinstance(part, list):
        return [_inline_refs(v, defs) for v in part]
    return part


#: what the items of each list in a graph file are called in messages: (one, many)
_ITEMS = {"nodes": (QT_TRANSLATE_NOOP("Files", "node"), QT_TRANSLATE_NOOP("Files", "nodes")),
          "edges": (QT_TRANSLATE_NOOP("Files", "edge"), QT_TRANSLATE_NOOP("Files", "edges")),
          "position": (QT_TRANSLATE_NOOP("Files", "number"),
                       QT_TRANSLATE_NOOP("Files", "numbers"))}
_ITEM = (QT_TRANSLATE_NOOP("Files", "item"), QT_TRANSLATE_NOOP("Files", "items"))


def _schema_problem(error: jsonschema.ValidationError) -> str:
    """What the schema refused and where, the reason first: a size limit says the size
    and the limit (read from the schema) before it quotes the value, which may be cut."""
    at = _json_path(error.absolute_path)
    key = next((p for p in reversed(error.absolute_path) if isinstance(p, str)), "value")
    limit, value, rule = error.validator_value, error.instance, error.validator
    if rule in ("maxItems", "minItems") and isinstance(value, list):
        count = len(value)
        things = translate("Files", _ITEMS.get(key, _ITEM)[count != 1])
        if rule == "maxItems" and len(error.absolute_path) == 1:
            return translate("Files", "too many {things}: the file has {count:,}, but a graph "
                             "may have at most {limit:,}").format(things=things, count=count,
                                                                  limit=limit)
        if rule == "maxItems":
            text = translate("Files", "{at}: {count:,} {things}, but a {key} may have at most "
                             "{limit:,}")
        else:
            text = translate("Files", "{at}: {count:,} {things}, but a {key} needs at least "
                             "{limit:,}")
        return text.format(at=at, count=count, things=things, key=key, limit=limit)
    if rule in ("maxLength", "minLength") and isinstance(value, str):
        if not value and limit == 1:
            return translate("Files", "{at}: {a_key} cannot be empty").format(at=at,
                                                                            a_key=_a(key))
        if rule == "maxLength":
            text = translate("Files", '{at}: {count:,} characters, but {a_key} may have at '
                             'most {limit:,} ("{value}")')
        else:
            text = translate("Files", '{at}: {count:,} characters, but {a_key} needs at '
                             'least {limit:,} ("{value}")')
        return text.format(at=at, count=len(value), a_key=_a(key), limit=limit,
                           value=_shorten(value, 40))
    return f"{at}: {_shorten(_schema_message(error))}"


def _schema_message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message for the usual rules, in words that translate (the same English
    as jsonschema's own); any other rule's message as jsonschema gives it."""
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "required" and isinstance(value, dict):
        missing = next((name for name in expected if name not in value), None)
        if missing is not None:
            return translate("Files", "{name!r} is a required property").format(name=missing)
    if rule == "type":
        types = expected if isinstance(expected, list) else [expected]
        return translate("Files", "{value!r} is not of type {types}").format(
            value=value, types=", ".join(repr(t) for t in types))
    if rule == "additionalProperties" and isinstance(value, dict):
        known = error.schema.get("properties", {})
        extras = sorted((k for k in value if k not in known), key=str)
        if extras:
            text = (translate("Files", "Additional properties are not allowed ({names} was "
                              "unexpected)") if len(extras) == 1 else
                    translate("Files", "Additional properties are not allowed ({names} were "
                              "unexpected)"))
            return text.format(names=", ".join(repr(k) for k in extras))
    if rule == "const":
        return translate("Files", "{value!r} was expected").format(value=expected)
    return error.message


def _a(word: str) -> str:
    """`a title`, `an id`: the key with its article (in languages that have one)."""
    article = (translate("Files", "an {key}") if word[:1] in "aeiou" else
               translate("Files", "a {key}"))
    return article.format(key=word)


def _refuse_constant(name: str) -> Any:
    raise ValueError(translate("Files", "{name} is not a number JSON allows; write a finite "
                               "number").format(name=name))


def _json_path(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or translate("Files", "the document")


def _shorten(text: str, limit: int = 160) -> str:
    # a lone surrogate (from a \ud800 escape) would make the message itself unprintable
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- reading ---------------------------------------------------------------------------

#: what Python's JSON reader says, in our words (it says it in English whatever the app speaks)
JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("JSON", "a value was expected"),
    "Expecting property name enclosed in double quotes":
        QT_TRANSLATE_NOOP("JSON", "a name in double quotes was expected"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("JSON", "a ':' was expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("JSON", "a ',' was expected"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("JSON", "a string is not closed"),
    "Invalid control character at": QT_TRANSLATE_NOOP("JSON", "a control character inside a "
                                                      "string"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("JSON", "an invalid escape after a backslash"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("JSON", "an invalid unicode escape"),
    "Extra data": QT_TRANSLATE_NOOP("JSON", "more text after the end of the document"),
    "Illegal trailing comma before end of object":
        QT_TRANSLATE_NOOP("JSON", "a ',' before the end of an object"),
    "Illegal trailing comma before end of array":
        QT_TRANSLATE_NOOP("JSON", "a ',' before the end of a list"),
}


def json_problem(message: str) -> str:
    """Python's JSON reader's message in the current language (in English, its own)."""
    found = JSON_PROBLEMS.get(message)
    return translate("JSON", found) if found and language() != "en" else message


def load_graph(path: str | os.PathLike) -> Graph:
    """Read and check a graph file; GraphFileError names the file and the problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GraphFileError(str(path), translate(
                "Files", "the file is {size:.0f} MB; graph files are limited to {limit} MB"
            ).format(size=size / 2**20, limit=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as e:
        raise GraphFileError(str(path), translate("Files", "cannot read the file ({reason})")
                             .format(reason=system_reason(e))) from None
    return loads_graph(data, str(path))


def loads_graph(data: bytes | str, where: str = "<graph>") -> Graph:
    """Parse, validate and build a graph from the text of a graph file."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise GraphFileError(where, translate("Files", "not UTF-8 text (byte {byte})")
                                 .format(byte=e.start)) from None
    try:
        doc = json.loads(data, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        # nothing after where it failed, or a string still open at the end: a cut-off file
        if not data[e.pos:].strip() or e.msg.startswith("Unterminated string"):
            raise GraphFileError(where, translate(
                "Files", "not valid JSON: the file ends early (line {line}); it may have "
                "been cut off while it was written or copied").format(
                line=data.rstrip().count("\n") + 1)) from None
        raise GraphFileError(where, translate("Files", "not valid JSON: {problem} at line "
                                              "{line}, column {column}").format(
            problem=json_problem(e.msg), line=e.lineno, column=e.colno)) from None
    except ValueError as e:
        raise GraphFileError(where, translate("Files", "not valid JSON: {problem}").format(
            problem=e)) from None
    except RecursionError:
        raise GraphFileError(where, translate("Files", "not valid JSON: nested too deeply")
                             ) from None
    return document_to_graph(doc, where)


def document_to_graph(doc: Any, where: str = "<graph>") -> Graph:
    """Check a parsed document and build the graph it describes."""
    if not isinstance(doc, dict):
        raise GraphFileError(where, translate("Files", 'the file must hold one JSON object '
                                              'with "format": "{format}"').format(format=FORMAT))
    if doc.get("format") != FORMAT:
        raise GraphFileError(where, translate(
            "Files", 'this is not a Backprop Studio graph file ("format" is {found}, expected '
            '"{format}")').format(found=_shorten(json.dumps(doc.get("format")), 60),
                                  format=FORMAT))
    if doc.get("version") != VERSION:
        raise GraphFileError(where, translate(
            "Files", "version {found} is not supported; this Backprop Studio reads version "
            "{version}").format(found=_shorten(json.dumps(doc.get("version")), 40),
                                version=VERSION))
    try:
        error = schema_error(doc)
    except RecursionError:
        raise GraphFileError(where, translate("Files", "the document is nested too deeply")
                             ) from None
    if error is not None:
        raise GraphFileError(where, _schema_problem(error))
    graph = Graph()
    graph.meta = {k: doc[k] for k in HEADER_FIELDS if k in doc}
    for key in HEADER_FIELDS:  # all text
        if key in doc:
            _check_text(where, _header(), key, doc[key])
    if "output_grad" in doc:
        try:
            OUTPUT_GRAD.check(doc["output_grad"])
        except ParamError as e:
            raise GraphFileError(where, f"{_header()}: {e}") from None
    _add_nodes(graph, doc["nodes"], where)
    if not _add_edges(graph, doc["edges"], where, cycles=False):
        # A cycle somewhere: the edges again, each checked as it comes, on a graph of the
        # same nodes, so the message names the edge that closes it. (A file without one,
        # almost every file, is searched for cycles once, not once per edge.)
        again = Graph()
        _add_nodes(again, doc["nodes"], where)
        _add_edges(again, doc["edges"], where, cycles=True)
        raise AssertionError("a cycle that no single edge closes")  # pragma: no cover
    if "output" in doc and doc["output"] not in graph.nodes:
        raise GraphFileError(where, translate(
            "Files", 'the header: output "{id}" is not a node in this file').format(
            id=_shorten(doc["output"], 40)))
    graph.output.restore({k: doc[k] for k in output.FIELDS if k in doc})
    return graph


def _add_nodes(graph: Graph, records: list[dict[str, Any]], where: str) -> None:
    types = registry.all_ops()
    nodes = graph.nodes
    for i, rec in enumerate(records):
        type_name = rec["type"]
        if type_name not in types:
            raise GraphFileError(where, translate(
                "Files", '{at}: unknown node type "{type}" (known: {known})').format(
                at=_node_at(i, rec), type=_shorten(type_name, 40), known=", ".join(types)))
        if rec["id"] in nodes:
            raise GraphFileError(where, translate(
                "Files", "{at}: duplicate id; another node already uses it").format(
                at=_node_at(i, rec)))
        params = rec.get("params")
        if params is None and _needs_params(types[type_name]):
            # a source with no value in the file: never a value made up for it
            raise GraphFileError(where, translate(
                "Files", '{at}: {type} "{label}" has no value; give it one, as in "params": '
                '{{"value": 2}}').format(at=_node_at(i, rec), type=type_name,
                                         label=_shorten(rec["label"], 40)))
        try:
            graph.add_node(type_name, rec["label"], tuple(rec["position"]), params, rec["id"])
        except GraphError as e:
            raise GraphFileError(where, f"{_node_at(i, rec)}: {e}") from None


def _needs_params(op) -> bool:
    """Whether a node of this op needs params in its file (a source's value)."""
    return any(p.required for p in op.params_spec if p.applies(op.default_params))


def _node_at(i: int, rec: dict[str, Any]) -> str:
    """Where a node is in the file, as messages say it (made only for a message)."""
    return f'nodes[{i}] (id "{_shorten(rec["id"], 40)}")'


def _add_edges(graph: Graph, records: list[dict[str, Any]], where: str, cycles: bool) -> bool:
    """Add the file's edges; with `cycles`, each searched for a cycle as it comes (which
    says which edge closes it); without, the whole graph once at the end: whether it has
    none."""
    nodes = graph.nodes
    for i, rec in enumerate(records):
        source, target, port = rec["source"], rec["target"], rec["port"]
        for end, node_id in (("source", source), ("target", target)):
            if node_id not in nodes:
                text = (translate("Files", '{at}: source "{id}" is not a node in this file')
                        if end == "source" else
                        translate("Files", '{at}: target "{id}" is not a node in this file'))
                raise GraphFileError(where, text.format(at=_edge_at(i, rec),
                                                        id=_shorten(node_id, 40)))
        if graph.edge_into(target, port) is not None:
            raise GraphFileError(where, translate(
                "Files", "{at}: input {port} of {node} already has an edge; a port takes one "
                "edge").format(at=_edge_at(i, rec), port=port,
                               node=nodes[target].describe()))
        try:
            graph.add_edge(source, target, port, _cycles=cycles)
        except GraphError as e:
            raise GraphFileError(where, f"{_edge_at(i, rec)}: {e}") from None
    return cycles or not graph.has_cycle()


def _edge_at(i: int, rec: dict[str, Any]) -> str:
    source, target, port = rec["source"], rec["target"], rec["port"]
    return f"edges[{i}] ({_shorten(source, 40)} → {_shorten(target, 40)}.{_shorten(port, 20)})"


def _header() -> str:
    return translate("Files", "the header")


def _check_text(where: str, at: str, what: str, text: str) -> None:
    problem = text_problem(text, what)
    if problem:
        raise GraphFileError(where, f"{at}: {problem}")


# -- writing ---------------------------------------------------------------------------

def graph_to_document(graph: Graph) -> dict[str, Any]:
    meta = {k: graph.meta[k] for k in HEADER_FIELDS if k in graph.meta}
    # a named output whose node was deleted: the file names none
    named = graph.output.fields() if graph.output.node is not None else {}
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, **meta, **named}
    doc["nodes"] = [{"id": n.id, "type": n.type, "label": n.label,
                     "position": [n.position[0], n.position[1]], "params": n.params}
                    for n in graph.nodes.values()]
    doc["edges"] = [{"source": e.source, "target": e.target, "port": e.port}
                    for e in graph.edges]
    return doc


def dumps_graph(graph: Graph) -> str:
    """The file text: one line per node and per edge, so files read and diff well."""
    return "".join(document_text(graph_to_document(graph)))


def document_text(doc: dict[str, Any]) -> Iterator[str]:
    """The file text of a graph document (`graph_to_document`), in pieces: the header
    lines, then each node and edge, a large value row by row. Joined, it is what
    `dumps_graph` writes; streamed, no piece takes long to make, so a writer in another
    thread lets the window run between two pieces (each holds the interpreter only that
    long), and no 70 MB string is ever built."""
    head = [f"  {_one(k)}: {_one(v)}" for k, v in doc.items() if k not in ("nodes", "edges")]
    first = True
    for line in head:
        yield ("{\n" if first else ",\n") + line
        first = False
    for key in ("nodes", "edges"):
        items = doc[key]
        yield ("{\n" if first else ",\n") + f'  "{key}": ' + ("[\n" if items else "[]")
        first = False
        for i, item in enumerate(items):
            yield ",\n    " if i else "    "
            yield from _pieces(item)
        if items:
            yield "\n  ]"
    yield "\n}\n"


#: one encoder for every piece: `json.dumps` with options makes a new one per call
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _one(value: Any) -> str:
    return _ENCODER.encode(value)


def _whole(value: Any) -> bool:
    """Whether `value` is written in one quick call: it holds no list of lists (an array
    value, which goes row by row). Most nodes and every edge are so."""
    kind = type(value)
    if kind is dict:
        for item in value.values():
            if type(item) in _NESTING and not _whole(item):
                return False
        return True
    return kind is not list or not value or type(value[0]) not in _NESTING


_NESTING = (dict, list)


def _pieces(value: Any) -> Iterator[str]:
    """`_one(value)` in pieces: a record with an array value part by part (dicts by
    member, lists of lists by item), anything else whole (a row of numbers, a node whose
    params hold no array: one quick call each)."""
    if _whole(value):
        yield _one(value)
    elif type(value) is dict:
        yield "{"
        for i, (key, item) in enumerate(value.items()):
            yield (", " if i else "") + _one(key) + ": "
            yield from _pieces(item)
        yield "}"
    else:  # a list of lists (or of records)
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ", "
            yield from _pieces(item)
        yield "]"


def save_graph(graph: Graph, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder, then a rename over `path`."""
    write_document(graph_to_document(graph), path)


def write_document(doc: dict[str, Any], path: str | os.PathLike,
                   before: str = "", after: str = "",
                   still_wanted: Callable[[], bool] | None = None) -> bool:
    """Write a graph document's file text (`document_text`), between `before` and `after`
    (a recovery file's record around it), atomically: a temporary file beside `path`
    renamed over it, or `path` left as it was and GraphFileError saying why. A writer in
    another thread passes `still_wanted`, asked between two pieces and once more before the
    rename: when it says no, the write is dropped (False) and `path` left alone."""
    path = Path(path)
    try:
        with atomic.replacing(path) as f:
            chunk: list[str] = []  # pieces written together: one write per ~64 kB
            size = 0
            for piece in itertools.chain([before], document_text(doc), [after]):
                if still_wanted is not None and not still_wanted():
                    raise _Dropped
                chunk.append(piece)
                size += len(piece)
                if size >= _CHUNK:
                    f.write("".join(chunk).encode("utf-8"))  # a lone surrogate fails here
                    chunk, size = [], 0
            f.write("".join(chunk).encode("utf-8"))
            if still_wanted is not None and not still_wanted():
                raise _Dropped
    except _Dropped:
        return False
    except OSError as e:
        raise GraphFileError(str(path), translate(
            "Files", "cannot save ({reason}); the file on disk is unchanged").format(
            reason=system_reason(e))) from None
    except ValueError as e:
        raise GraphFileError(str(path), translate("Files", "cannot save: {problem}").format(
            problem=e)) from None
    return True


#: how many characters of pieces `write_document` joins into one write
_CHUNK = 1 << 16


class _Dropped(Exception):
    """A write no longer wanted: its temporary file goes, the target stays as it was."""
