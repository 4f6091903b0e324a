"""`backprop-studio gradcheck FILE [--json]`: backprop against central differences.

For every source node, the mean absolute difference between its backprop gradient and the
numerical one (`core.engine.gradcheck`), as the book's gradient check prints it, then the
verdict; exit status 1 when a difference exceeds the tolerance. Never imports Qt.
"""

from __future__ import annotations

import argparse

from core.cli.messages import complain_of, dumps, fail, issues_json
from core.i18n import add_language_argument, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=translate("CLI", "the graph file"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", 'print one JSON object: {"passed", "tolerance", '
                                       '"errors", "nodes": {label: {"shape", "mean_abs_diff", '
                                       '"max_abs_diff", "passed", "note"}}}'))
    parser.add_argument("--tolerance", type=float, default=1e-6,
                        help=translate("CLI", "largest mean absolute difference that passes "
                                       "(default 1e-6)"))
    parser.add_argument("--full", action="store_true",
                        help=translate("CLI", "check every element (default: a sample of a "
                                       "few hundred per array)"))
    parser.add_argument("--data", metavar="DIR",
                        help=translate("CLI", "check on the first three training digits of the "
                                       "MNIST files in DIR, as the book's gradient_check.py "
                                       "does (the graph's Data and Labels nodes get them)"))
    add_language_argument(parser)


def main(args: argparse.Namespace) -> int:
    from core.engine.gradcheck import DEFAULT_SAMPLES, gradient_check
    from core.engine.issues import root_causes
    from core.files.graph_files import GraphFileError, load_graph
    try:
        graph = load_graph(args.file)
    except GraphFileError as e:
        return fail(str(e))
    report = gradient_check(graph, tolerance=args.tolerance,
                            max_elements=None if args.full else DEFAULT_SAMPLES)
    name = graph.display_names()
    if args.json:
        print(dumps({
            "passed": report.passed, "tolerance": report.tolerance,
            "warnings": issues_json(report.warnings, name),
            "errors": issues_json(report.errors, name),
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
    complain_of(root_causes({issue.node: issue for issue in report.errors}))
    return 0 if report.passed else 1
