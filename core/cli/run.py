"""`backprop-studio run FILE [--json]`: forward + backward, each node's value and gradient.

Prints the output's value, then one line per node (label, type, value, gradient, every digit
a float64 holds), then warnings; with `--json`, one JSON object (DESIGN.md's command line).
Exit status 1, with each root cause on stderr and what waited for it below, when part of
the graph cannot compute. Never imports Qt.
"""

from __future__ import annotations

import argparse
import unicodedata

from core.cli.messages import complain_of, dumps, fail, issues_json
from core.formatting import exact_number, shape_str, to_jsonable
from core.i18n import add_language_argument, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: {"output", "nodes": {label: {"type", '
                        '"value", "grad"}}, "edges", "warnings", "errors"}')
    add_language_argument(parser)


def main(args: argparse.Namespace) -> int:
    from core.engine.issues import root_causes
    from core.engine.program import evaluate
    from core.files.graph_files import GraphFileError, load_graph
    try:
        graph = load_graph(args.file)
    except GraphFileError as e:
        return fail(str(e))
    result = evaluate(graph)
    label = graph.display_names()
    # each root cause, then what could not compute because of it
    groups = root_causes(result.errors)
    errors = [issue for root, consequences in groups for issue in [root, *consequences]]
    if args.json:
        doc = {
            "output": label.get(result.output),
            "nodes": {label[nid]: {"type": graph.nodes[nid].type,
                                   "value": to_jsonable(result.values.get(nid)),
                                   "grad": to_jsonable(result.grads.get(nid))}
                      for nid in result.order},
            "edges": [{"source": label[e.source], "target": label[e.target], "port": e.port,
                       "value": to_jsonable(result.edge_value(e)),
                       "grad": to_jsonable(result.edge_grad(e))} for e in graph.edges],
        }
        doc["warnings"] = issues_json(result.warnings.values(), label)
        doc["errors"] = issues_json(errors, label)
        print(dumps(doc))
    else:
        heads = [translate("CLI", "node"), translate("CLI", "type"), translate("CLI", "value"),
                 translate("CLI", "grad")]
        width = max([_width(heads[0])] + [_width(label[nid]) for nid in result.order])
        if result.output is not None:
            out = result.output
            print(translate("CLI", "output {label} = {value}").format(
                label=label[out], value=_text(result.values[out])))
        print(f"{_pad(heads[0], width)}  {_pad(heads[1], 16)}  {_pad(heads[2], 22)}  {heads[3]}")
        for nid in result.order:
            print(f"{_pad(label[nid], width)}  {graph.nodes[nid].type:<16}  "
                  f"{_text(result.values.get(nid)):<22}  {_text(result.grads.get(nid))}")
        for issue in result.warnings.values():
            print(translate("CLI", "warning: {message}").format(message=issue.message))
    complain_of(groups)
    return 1 if groups else 0


def _text(value) -> str:
    if value is None:
        return "—"
    if value.size == 1:
        return exact_number(value.reshape(()))
    return translate("CLI", "array {shape}").format(shape=shape_str(value.shape))


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))
