"""How every subcommand speaks to its user: complaints on stderr, one line led by the
program's name, as Unix tools do, so a script's log says which tool complained; JSON on
stdout, with no NaN or infinity (`core.formatting.to_jsonable`); and argparse's own words
(`usage:`, `options`, `error: the following arguments are required`) in the language asked
for with `--lang`, which is read from the command line before any parser is built
(`language_in`, `speak_argparse`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from core.formatting import to_jsonable
from core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

PROGRAM = "backprop-studio"


def complain(message: str) -> None:
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def fail(message: str) -> int:
    """Says what went wrong and gives the exit status of a command that failed."""
    complain(message)
    return 1


def complain_of(groups) -> None:
    """Each root cause on a line of its own; what waited for it indented below."""
    for root, consequences in groups:
        complain(root.message)
        for issue in consequences:
            print(f"  {issue.message}", file=sys.stderr)


def issues_json(issues, label: dict[str, str]) -> list[dict]:
    """Issues as JSON output carries them: {node, port, message}, the node by its name."""
    return [{"node": label[i.node], "port": i.port, "message": i.message} for i in issues]


def dumps(doc) -> str:
    return json.dumps(to_jsonable(doc), allow_nan=False)


#: argparse's own texts that a user reads (Python 3.10 to 3.13), read with
#: translate("argparse", …); a text a Python version words otherwise stays English
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
)


def language_in(argv: Sequence[str]) -> str:
    """The language `--lang ko` (or `--lang=ko`) asks for on a command line, else "en":
    read before the parser is built, so that its help and its errors speak it too."""
    argv = list(argv)
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else (
            arg.split("=", 1)[1] if arg.startswith("--lang=") else None)
        if value in LANGUAGES:
            return value
    return "en"


def speak_argparse() -> None:
    """argparse's own words (`usage:`, `options`, its error messages) from now on in the
    current language, through the one catalogue (`core.i18n`). argparse reads them through
    its module's `_` and `ngettext`, which this sets; English gives them back unchanged."""
    argparse._ = _argparse_text  # noqa: SLF001 - argparse's own hook for its texts
    argparse.ngettext = _argparse_plural


def _argparse_text(text: str | None) -> str | None:
    return text if text is None else str(translate("argparse", text))


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)
