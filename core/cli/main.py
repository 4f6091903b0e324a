"""The headless subcommands of `backprop-studio`: the parser that sends each to its module
(`run`, `gradcheck`, `explain`, `export-code`, `train`, `samples`, `optimizers`;
`--install-desktop-entry` and `--remove-desktop-entry` to `desktop_entry`), and how every one
of them ends. A FILE
argument may name a bundled sample (`core.files.samples.graph_argument`).

They never import Qt, so they start fast and run on a server; `backprop_studio.py` sends
every other command line to the editor. A command whose reader goes away (`... | head`)
stops quietly, as Unix tools do.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Callable, Sequence

from core.cli.messages import language_in, speak_argparse
from core.files.samples import graph_argument
from core.i18n import set_language, translate

SUBCOMMANDS = ("run", "gradcheck", "train", "explain", "export-code", "samples", "optimizers")
#: options of the `backprop-studio` command that need no editor (core/cli/desktop_entry.py)
DESKTOP_ENTRY_OPTIONS = ("--install-desktop-entry", "--remove-desktop-entry")

#: the exit status after the reader of our output went away: a Unix tool killed by SIGPIPE
#: ends with 128 + 13, so `set -o pipefail` scripts see the same as with `cat`
BROKEN_PIPE_STATUS = 141


def json_help() -> str:
    return translate("CLI", 'JSON output: arrays are nested lists; null means "not computed" '
                     '(for labels: "not differentiated"). JSON has no NaN or infinity, so those '
                     'numbers are written as the strings "nan", "inf" and "-inf". `run --json` '
                     'always has "warnings" and "errors" lists, each entry {"node": label, '
                     '"port": port or null, "message": text}, root causes first.')


def subcommand_help() -> dict[str, str]:
    """Each headless subcommand's one line of help, in the current language."""
    return {
        "run": translate("CLI", "forward + backward; print each node's value and gradient"),
        "gradcheck": translate("CLI", "numerical vs backprop gradients of every source (the "
                               "book's gradient check)"),
        "train": translate("CLI", "train the MNIST network through the graph engine"),
        "explain": translate("CLI", "the lesson as text: one sentence per forward and "
                             "backward step"),
        "export-code": translate("CLI", "the graph as a standalone NumPy script in the book's "
                                 "layer style, printing what run prints"),
        "samples": translate("CLI", "list the bundled sample graphs: figure, name, title"),
        "optimizers": translate("CLI", "the book's optimizer paths on x²/20 + y² from (−7, 2): "
                                "SGD, Momentum, AdaGrad, Adam"),
    }


def subcommand_list() -> str:
    """The headless subcommands, one a line, for a `--help` that names them all."""
    helps = subcommand_help()
    width = max(len(name) for name in SUBCOMMANDS)
    return "\n".join(f"  {name:<{width}}  {helps[name]}" for name in SUBCOMMANDS)


def _subcommand_parser() -> argparse.ArgumentParser:
    described = {"epilog": json_help()}
    parser = argparse.ArgumentParser(
        prog="backprop-studio", description=translate("CLI", "Headless Backprop Studio "
                                                      "commands."), **described)
    sub = parser.add_subparsers(dest="command", required=True,
                                title=translate("CLI", "commands"), metavar="COMMAND",
                                help=translate("CLI", "one of these; COMMAND --help tells more"))
    from core.cli import explain as explain_command
    from core.cli import export_code as export_command
    from core.cli import gradcheck as gradcheck_command
    from core.cli import optimizers as optimizers_command
    from core.cli import run as run_command
    from core.cli import samples as samples_command
    from core.cli import train as train_command
    modules = {"run": run_command, "gradcheck": gradcheck_command, "train": train_command,
               "explain": explain_command, "export-code": export_command,
               "samples": samples_command, "optimizers": optimizers_command}
    for name, helped in subcommand_help().items():
        p = sub.add_parser(name, help=helped, description=helped, **described)
        modules[name].add_arguments(p)
        p.set_defaults(func=modules[name].main)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless subcommand (see SUBCOMMANDS) or the desktop entry options."""
    argv = list(sys.argv[1:] if argv is None else argv)

    if set(argv) & set(DESKTOP_ENTRY_OPTIONS):
        from core.cli import desktop_entry
        return desktop_entry.main(argv)

    def command() -> int:
        # the language first: the parser's help and its errors speak it too
        set_language(language_in(argv))
        speak_argparse()
        args = _subcommand_parser().parse_args(argv)
        for name in ("file", "graph"):  # a FILE argument may name a bundled sample
            if getattr(args, name, None):
                setattr(args, name, graph_argument(getattr(args, name)))
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
