"""The `backprop-studio` command: a headless subcommand runs in core, anything else opens
the editor.

`backprop-studio run|gradcheck|train|... FILE` never imports Qt (core/cli/main.py), so it starts
fast and works on a server; `backprop-studio [FILE] [--screenshot OUT.png]` starts the
PySide6 editor (gui/app.py).
"""

from __future__ import annotations

import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.cli.main import SUBCOMMANDS
    if argv and argv[0] in SUBCOMMANDS:
        from core.cli.main import main as headless
        return headless(argv)
    from gui.app import main as editor
    return editor(argv)


if __name__ == "__main__":
    sys.exit(main())
