"""`backprop-studio optimizers [--json] [--steps N] [--all] [--lang ko]`: the book's
optimizer paths on x²/20 + y² from (−7, 2) (figures 6-3 to 6-8).

As text, one block per optimizer, readable beside the book: its learning rate, where its
path ends after the updates (and f there), and its rule in the lesson's words. With
`--json`, one JSON object `{"function", "start", "paths": {name: [[x, y], ...]}}`, each path
the start followed by one point per update. `--all` adds RMSprop and Nesterov to the book's
four. Never imports Qt.
"""

from __future__ import annotations

import argparse

from core.cli.messages import dumps, fail
from core.i18n import add_language_argument, translate
from core.training.optimizers import OPTIMIZERS
from core.training.surface import FUNCTION, START, f, optimizer_paths, rates

DEFAULT_STEPS = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", 'print one JSON object: {"function", "start", '
                                       '"paths": {name: [[x, y], ...]}}'))
    parser.add_argument("--steps", type=int, default=DEFAULT_STEPS,
                        help=translate("CLI", "updates per optimizer, default 30 (a path has "
                                       "one point more: the start)"))
    parser.add_argument("--all", action="store_true",
                        help=translate("CLI", "also RMSprop and Nesterov, beside the book's "
                                       "SGD, Momentum, AdaGrad and Adam"))
    add_language_argument(parser)


def main(args: argparse.Namespace) -> int:
    if args.steps < 0 or args.steps > 100_000:
        return fail(translate("CLI", "--steps must be a whole number from 0 to 100000, not "
                              "{value}").format(value=args.steps))
    paths = optimizer_paths(args.steps, everything=args.all)
    if args.json:
        print(dumps({"function": FUNCTION, "start": list(START),
                     "paths": {name: path.tolist() for name, path in paths.items()}}))
        return 0
    by_name = {cls.name: cls for cls in OPTIMIZERS.values()}
    print(translate("CLI", "f(x, y) = x²/20 + y², from ({x:g}, {y:g}), {steps} updates each; "
                    "the minimum is (0, 0).").format(x=START[0], y=START[1], steps=args.steps))
    for name, lr in rates(args.all).items():
        x, y = paths[name][-1]
        print()
        print(translate("CLI", "{name} (learning rate {lr:g}): ends at ({x:.4f}, {y:.4f}), "
                        "f = {f:.4g}").format(name=by_name[name].display_name(), lr=lr, x=x,
                                              y=y, f=f(x, y)))
        print("  " + by_name[name](lr=lr).rule())
    return 0
