"""`backprop-studio explain FILE`: the lesson as text, the same sentences as step mode.

Forward, then backward, one sentence per step (`core/lesson/steps.py`), numbered so a teacher can
paste them into notes, with the chain rule written whole under the step that completes a
source's gradient; `--json` gives the steps as a list of objects (phase, node, edge,
rule, text, numbers). Exit status 1, with a message, when the file cannot be read or part
of the graph cannot compute (the steps that could are still printed). Never imports Qt.
"""

from __future__ import annotations

import argparse
import json

from core.cli.messages import complain, fail
from core.i18n import add_language_argument, localized, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=translate("CLI", "the graph file"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", "print the steps as one JSON list of objects"))
    add_language_argument(parser)


def main(args: argparse.Namespace) -> int:
    from core.engine.program import evaluate
    from core.files.graph_files import GraphFileError, load_graph
    from core.lesson.steps import build_steps

    try:
        graph = load_graph(args.file)
    except GraphFileError as e:
        return fail(str(e))
    if not graph.nodes:
        return fail(translate("Explain", "{file}: the graph has no nodes, so there is "
                               "nothing to explain").format(file=args.file))
    result = evaluate(graph)
    steps = build_steps(result)
    if args.json:
        print(json.dumps([step.to_json(result) for step in steps], ensure_ascii=False))
    else:
        _print_text(graph, steps)
    for issue in result.errors.values():
        complain(issue.message)
    return 1 if result.errors else 0


def _print_text(graph, steps) -> None:
    from core.files.samples import figure_text
    title, figure = localized(graph.meta, "title"), graph.meta.get("figure")
    if title and figure:
        title = translate("Explain", "{title} (figure {figure})").format(
            title=title, figure=figure_text(figure))
    if title:
        print(title)
    headings = {"forward": translate("Explain", "Forward"),
                "backward": translate("Explain", "Backward")}
    phase = None
    for number, step in enumerate(steps, start=1):
        if step.phase != phase:
            phase = step.phase
            print(headings[phase])
        first, *more = step.text.split("\n")
        print(f"{number:>3}. {first}")
        for line in more:  # the chain rule written whole, under the step it completes
            print(f"     {line}")
