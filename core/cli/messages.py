"""How every subcommand speaks to its user: complaints on stderr, one line led by the
program's name, as Unix tools do, so a script's log says which tool complained; and JSON on
stdout, with no NaN or infinity (`core.formatting.to_jsonable`)."""

from __future__ import annotations

import json
import sys

from core.formatting import to_jsonable

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
