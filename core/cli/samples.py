"""`backprop-studio samples [--json] [--lang ko]`: the bundled sample graphs, by name.

One line per sample in the order of the chapter's figures: the figure it reproduces, the
name every command takes in place of a file (`backprop-studio run apple_orange`), and its
title in the chosen language. With `--json`, a list of {"name", "figure", "title", "path"}.
Never imports Qt.
"""

from __future__ import annotations

import argparse

from core.cli.messages import dumps
from core.files.samples import figure_text, sample_catalogue
from core.i18n import add_language_argument, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", 'print one JSON list: '
                                       '[{"name", "figure", "title", "path"}]'))
    add_language_argument(parser)


def main(args: argparse.Namespace) -> int:
    samples = sample_catalogue()
    if args.json:
        print(dumps([{"name": s.path.stem, "figure": s.figure or None, "title": s.title,
                      "path": str(s.path)} for s in samples]))
        return 0
    figures = [figure_text(s.figure) for s in samples]
    figure_width = max(len(f) for f in figures)
    name_width = max(len(s.path.stem) for s in samples)
    print(translate("CLI", "Samples of chapter 5 (figure, name, title):"))
    for sample, figure in zip(samples, figures):
        print(f"  {figure:<{figure_width}}  {sample.path.stem:<{name_width}}  {sample.title}")
    print(translate("CLI", "Open one in the editor with backprop-studio NAME; run, explain, "
                    "gradcheck and export-code take a NAME in place of a file too."))
    return 0
