"""How every subcommand speaks to its user on stderr: one line led by the program's name,
as Unix tools do, so a script's log says which tool complained."""

from __future__ import annotations

import sys

PROGRAM = "backprop-studio"


def complain(message: str) -> None:
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def fail(message: str) -> int:
    """Says what went wrong and gives the exit status of a command that failed."""
    complain(message)
    return 1
