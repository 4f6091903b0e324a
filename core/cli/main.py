"""The headless subcommands of `backprop-studio`: `run`, `gradcheck`, `train` and `explain`.

They never import Qt, so they start fast and run on a server; `backprop_studio.py` sends
every other command line to the editor. A command whose reader goes away (`... | head`)
stops quietly, as Unix tools do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from typing import Callable, Sequence

from core.cli.messages import complain, fail
from core.formatting import exact_number, to_jsonable
from core.i18n import add_language_argument, set_language, translate
from core.formatting import shape_str

SUBCOMMANDS = ("run", "gradcheck", "train", "explain", "export-code")

#: the exit status after the reader of our output went away: a Unix tool killed by SIGPIPE
#: ends with 128 + 13, so `set -o pipefail` scripts see the same as with `cat`
BROKEN_PIPE_STATUS = 141

JSON_HELP = """\
JSON output: arrays are nested lists; null means "not computed" (for labels: "not
differentiated"). JSON has no NaN or infinity, so those numbers are written as the
strings "nan", "inf" and "-inf". `run --json` always has "warnings" and "errors" lists,
each entry {"node": label, "port": port or null, "message": text}, root causes first."""


def _load(path: str):
    from core.files.graph_files import GraphFileError, load_graph
    try:
        return load_graph(path), None
    except GraphFileError as e:
        return None, str(e)


def _names(graph) -> dict[str, str]:
    """Node id → the name output uses: its label, with the id added where labels repeat."""
    counts: dict[str, int] = {}
    for node in graph.nodes.values():
        counts[node.label] = counts.get(node.label, 0) + 1
    return {nid: n.label if counts[n.label] == 1 else f"{n.label} ({nid})"
            for nid, n in graph.nodes.items()}


def _issues(issues, label: dict[str, str]) -> list[dict]:
    return [{"node": label[i.node], "port": i.port, "message": i.message} for i in issues]


def _dumps(doc) -> str:
    return json.dumps(to_jsonable(doc), allow_nan=False)


def _text(value) -> str:
    if value is None:
        return "—"
    if value.size == 1:
        return exact_number(value.reshape(()))
    return translate("CLI", "array {shape}").format(shape=shape_str(value.shape))


def cmd_run(args: argparse.Namespace) -> int:
    from core.engine.program import evaluate
    from core.engine.issues import root_causes
    graph, problem = _load(args.file)
    if graph is None:
        return fail(problem)
    result = evaluate(graph)
    label = _names(graph)
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
        doc["warnings"] = _issues(result.warnings.values(), label)
        doc["errors"] = _issues(errors, label)
        print(_dumps(doc))
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
    _complain_of(groups)
    return 1 if groups else 0


def _complain_of(groups) -> None:
    """Each root cause on a line of its own; what waited for it indented below."""
    for root, consequences in groups:
        complain(root.message)
        for issue in consequences:
            print(f"  {issue.message}", file=sys.stderr)


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def cmd_gradcheck(args: argparse.Namespace) -> int:
    from core.engine.gradcheck import DEFAULT_SAMPLES, gradient_check
    from core.engine.issues import root_causes
    graph, problem = _load(args.file)
    if graph is None:
        return fail(problem)
    report = gradient_check(graph, tolerance=args.tolerance,
                            max_elements=None if args.full else DEFAULT_SAMPLES)
    name = _names(graph)
    if args.json:
        print(_dumps({
            "passed": report.passed, "tolerance": report.tolerance,
            "warnings": _issues(report.warnings, name), "errors": _issues(report.errors, name),
            "nodes": {name[c.node]: {"shape": list(c.shape), "mean_abs_diff": c.mean_abs_diff,
                                "max_abs_diff": c.max_abs_diff, "passed": c.passed,
                                "note": c.note, "checked": c.checked,
                                "forward_passes": c.forward_passes,
                                "numerical_seconds": c.numerical_seconds,
                                "backprop_seconds": c.backprop_seconds}
                      for c in report.checks}}))
    else:
        for c in report.checks:
            if c.mean_abs_diff is None:
                print(f"{name[c.node]}: {c.note}")
            else:
                flag = "" if c.passed else "   " + translate("CLI", "<-- exceeds the tolerance")
                print(f"{name[c.node]}:{c.mean_abs_diff:.3g}{flag}   ({c.sample_text()}; "
                      f"{c.timing_text()})")
        verdict = (translate("CLI", "gradient check passed (mean |backprop - numerical| per "
                             "node, tolerance {tolerance:g})") if report.passed else
                   translate("CLI", "gradient check FAILED (mean |backprop - numerical| per "
                             "node, tolerance {tolerance:g})"))
        print(verdict.format(tolerance=report.tolerance))
        for issue in report.warnings:
            print(translate("CLI", "warning: {message}").format(message=issue.message))
    _complain_of(root_causes({issue.node: issue for issue in report.errors}))
    return 0 if report.passed else 1


def _subcommand_parser() -> argparse.ArgumentParser:
    described = {"epilog": JSON_HELP, "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser = argparse.ArgumentParser(prog="backprop-studio",
                                     description="Headless Backprop Studio commands.",
                                     **described)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="forward + backward; print each node's value and gradient",
                       **described)
    p.add_argument("file")
    p.add_argument("--json", action="store_true",
                   help='print one JSON object: {"output", "nodes": {label: {"type", "value", '
                   '"grad"}}, "edges", "warnings", "errors"}')
    add_language_argument(p)
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("gradcheck", help="numerical vs backprop gradients of every source",
                       **described)
    p.add_argument("file")
    p.add_argument("--json", action="store_true",
                   help='print one JSON object: {"passed", "tolerance", "errors", "nodes": '
                   '{label: {"shape", "mean_abs_diff", "max_abs_diff", "passed", "note"}}}')
    p.add_argument("--tolerance", type=float, default=1e-6,
                   help="largest mean absolute difference that passes (default 1e-6)")
    p.add_argument("--full", action="store_true",
                   help="check every element (default: a sample of a few hundred per array)")
    add_language_argument(p)
    p.set_defaults(func=cmd_gradcheck)
    p = sub.add_parser("explain", help="the lesson as text: one sentence per forward and "
                       "backward step", **described)
    from core.cli import explain as explain_command
    explain_command.add_arguments(p)
    p.set_defaults(func=explain_command.main)
    p = sub.add_parser("export-code", help="the graph as a standalone NumPy script in the "
                       "book's layer style, printing what run prints")
    from core.cli import export_code as export_command
    export_command.add_arguments(p)
    p.set_defaults(func=export_command.main)
    p = sub.add_parser("train", help="train the MNIST network through the graph engine",
                       **described)
    from core.cli import train as train_command
    train_command.add_arguments(p)
    p.set_defaults(func=train_command.main)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless subcommand (`run`, `gradcheck`, `train`, `explain`)."""
    argv = list(sys.argv[1:] if argv is None else argv)

    def command() -> int:
        args = _subcommand_parser().parse_args(argv)
        set_language(getattr(args, "lang", "en"))
        return args.func(args)

    return quietly(command)


def quietly(command: Callable[[], int]) -> int:
    """Run an entry point's `command`; when the reader of our output goes away
    (`... | head`), stop quietly with BROKEN_PIPE_STATUS instead of a traceback."""
    try:
        try:
            return command()
        finally:
            sys.stdout.flush()  # here, where a closed pipe can still be handled
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """Our reader went away (`... | head`): stop quietly, with no traceback."""
    try:
        # Python flushes stdout once more at exit; what is left must go nowhere, or that
        # flush fails too and prints "Exception ignored ... BrokenPipeError".
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (a test's capture)
        pass
    return BROKEN_PIPE_STATUS


if __name__ == "__main__":
    sys.exit(main())
