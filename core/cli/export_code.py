"""`backprop-studio export-code FILE [-o OUT.py]`: the graph as the book's code.

Prints the script (`core/export/script.py` writes it), or writes it to OUT.py all at once. A
graph that cannot run is not exported: the command says why, as `run` does, and exits
with status 1 (OUT.py is left as it was). Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys

from core.cli.messages import complain, fail
from core.i18n import add_language_argument, system_reason, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=translate("CLI", "the graph file"))
    parser.add_argument("-o", "--output", metavar="OUT.py",
                        help=translate("CLI", "write the script to this file (default: print "
                                       "it)"))
    add_language_argument(parser, translate("CLI", "the language of the script's comments "
                                            "and of what it prints (default en)"))


def main(args: argparse.Namespace) -> int:
    from core.export.script import ExportError, graph_to_python
    from core.files import atomic
    from core.files.graph_files import GraphFileError, load_graph
    try:
        graph = load_graph(args.file)
    except GraphFileError as e:
        return fail(str(e))
    try:
        code = graph_to_python(graph, args.file)
    except ExportError as e:
        for root, consequences in e.groups:  # as `run` reports them
            complain(root)
            for message in consequences:
                print(f"  {message}", file=sys.stderr)
        return fail(translate("ExportCode", "{file} was not exported: the graph must run "
                               "without errors first").format(file=args.file))
    if args.output is None:
        sys.stdout.write(code)
        return 0
    try:
        atomic.write_text(args.output, code)
    except OSError as e:
        return fail(translate("ExportCode", "cannot write {path}: {reason}").format(
            path=args.output, reason=system_reason(e)))
    return 0
