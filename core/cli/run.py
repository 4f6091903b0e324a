"""`backprop-studio run FILE [--json]`: forward + backward, each node's value and gradient.

Prints the output's value, then one line per node (label, type, value, gradient, every digit
a float64 holds: a small array in full, a large one as its shape and extremes), in columns
aligned as a terminal shows them, then warnings; with `--json`, one JSON object (DESIGN.md's
command line).
Exit status 1, with each root cause on stderr and what waited for it below, when part of
the graph cannot compute. Never imports Qt.
"""

from __future__ import annotations

import argparse

from core.cli.messages import complain_of, dumps, fail, issues_json
from core.formatting import cell_width, exact_text, pad, to_jsonable
from core.i18n import add_language_argument, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=translate("CLI", "the graph file"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", 'print one JSON object: {"output", "nodes": '
                                       '{label: {"type", "value", "grad"}}, "edges", '
                                       '"warnings", "errors"}'))
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
        if result.output is not None:
            out = result.output
            print(translate("CLI", "output {label} = {value}").format(
                label=label[out], value=exact_text(result.values[out])))
        heads = [translate("CLI", "node"), translate("CLI", "type"), translate("CLI", "value"),
                 translate("CLI", "grad")]
        rows = [[label[nid], graph.nodes[nid].type, exact_text(result.values.get(nid)),
                 exact_text(result.grads.get(nid))] for nid in result.order]
        print(table_text([heads] + rows), end="")
        for issue in result.warnings.values():
            print(translate("CLI", "warning: {message}").format(message=issue.message))
    complain_of(groups)
    return 1 if groups else 0


def table_text(rows: list[list[str]]) -> str:
    """Columns aligned by what a terminal shows (a Hangul syllable takes two columns), two
    spaces between them; the last column is not padded."""
    widths = [max(cell_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "".join("  ".join([pad(cell, w) for cell, w in zip(row, widths)] + [row[-1]]) + "\n"
                   for row in rows)
