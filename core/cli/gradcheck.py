"""`backprop-studio gradcheck FILE [--json] [--data DIR]`: backprop against central
differences.

For every source node, the mean absolute difference between its backprop gradient and the
numerical one (`core.engine.gradcheck`), as the book's gradient check prints it, then the
verdict; exit status 1 when a difference exceeds the tolerance, or when the graph cannot
run (then stdout says why, not only stderr). With `--data DIR` the graph's Data and Labels
nodes first get the first three training digits of the MNIST files in DIR, as the book's
`gradient_check.py` checks `x_train[:3]` (5.7.3). Never imports Qt.
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
    digits = None
    if args.data:
        try:
            digits = _first_digits(graph, args.data)
        except ValueError as e:
            return fail(str(e))
    report = gradient_check(graph, tolerance=args.tolerance,
                            max_elements=None if args.full else DEFAULT_SAMPLES)
    name = graph.display_names()
    groups = root_causes({issue.node: issue for issue in report.errors})
    if args.json:
        doc = {
            "passed": report.passed, "tolerance": report.tolerance,
            "warnings": issues_json(report.warnings, name),
            "errors": issues_json(report.errors, name),
            "nodes": {name[c.node]: {"shape": list(c.shape), "mean_abs_diff": c.mean_abs_diff,
                                "max_abs_diff": c.max_abs_diff, "passed": c.passed,
                                "note": c.note, "checked": c.checked,
                                "forward_passes": c.forward_passes,
                                "numerical_seconds": c.numerical_seconds,
                                "backprop_seconds": c.backprop_seconds}
                      for c in report.checks}}
        if digits is not None:
            doc["data"] = {"folder": str(args.data), "labels": digits}
        print(dumps(doc))
    else:
        if digits is not None:
            print(translate("CLI", "on the first 3 training digits of {folder} (they are "
                            "{labels}), as the book's gradient_check.py checks them").format(
                folder=args.data, labels=", ".join(map(str, digits))))
        if groups:  # no check at all: say why here, where the answer was looked for
            print(translate("CLI", "no gradient check: the graph cannot run, because {reason}")
                  .format(reason=groups[0][0].message))
        else:
            for c in report.checks:
                if c.mean_abs_diff is None:
                    print(f"{name[c.node]}: {c.note}")
                else:
                    flag = "" if c.passed else "   " + translate("CLI", "<-- exceeds the "
                                                                 "tolerance")
                    print(f"{name[c.node]}:{c.mean_abs_diff:.3g}{flag}   ({c.sample_text()}; "
                          f"{c.timing_text()})")
            verdict = (translate("CLI", "gradient check passed (mean |backprop - numerical| "
                                 "per node, tolerance {tolerance:g})") if report.passed else
                       translate("CLI", "gradient check FAILED (mean |backprop - numerical| "
                                 "per node, tolerance {tolerance:g})"))
            print(verdict.format(tolerance=report.tolerance))
        for issue in report.warnings:
            print(translate("CLI", "warning: {message}").format(message=issue.message))
    complain_of(groups)
    return 0 if report.passed else 1


def _first_digits(graph, folder: str) -> list[int]:
    """Put the first three training digits of the MNIST files in `folder` into the graph's
    Data and Labels nodes (one-hot or class indices, as its labels are); their labels.
    ValueError says why it cannot."""
    import numpy as np

    from core.training.descent import fixed_params
    from core.training.idx import MnistError
    from core.training.mnist import load_mnist
    from core.training.roles import find_roles
    from core.training.run import TrainError
    try:
        roles = find_roles(graph)
    except TrainError as e:
        raise ValueError(translate("CLI", "--data needs a graph with a Data and a Labels node: "
                                   "{reason}").format(reason=e)) from None
    try:
        data = load_mnist(folder, dtype=np.float64)
    except MnistError as e:
        raise ValueError(str(e)) from None
    x, labels = data.x_train[:3], np.asarray(data.t_train[:3])
    classes = labels.argmax(axis=1) if labels.ndim == 2 else labels.astype(int)
    given = graph.nodes[roles.labels].params
    one_hot = given.get("init", "fixed") != "fixed" or np.ndim(given.get("value")) == 2
    t = np.eye(10)[classes] if one_hot else classes.astype(np.float64)
    graph.set_params(roles.data, fixed_params(x))
    graph.set_params(roles.labels, fixed_params(t))
    return [int(c) for c in classes]
