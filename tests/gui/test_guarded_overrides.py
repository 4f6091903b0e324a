"""No exception may escape a Qt virtual override: PySide aborts the process when one does.

Every override in gui/ that Qt calls (event handlers, paint, eventFilter ...) must carry
`@guarded`, which reports an exception instead of raising it into Qt. This test reads the
code, so a new handler without the guard fails here before it can fail for a user.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "gui"
#: the names Qt calls back into Python, besides every `...Event` handler
QT_CALLBACKS = {"paint", "drawBackground", "drawForeground", "eventFilter", "event",
                "paintEvent", "timerEvent", "boundingRect", "shape", "sizeHint",
                "minimumSizeHint", "heightForWidth"}


def _overrides():
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and (
                        fn.name in QT_CALLBACKS or re.fullmatch(r"[a-z]+[A-Za-z]*Event", fn.name)):
                    names = {d.id if isinstance(d, ast.Name) else
                             getattr(getattr(d, "func", None), "id", "") for d in fn.decorator_list}
                    yield f"{path.relative_to(GUI.parent)}:{fn.lineno} {cls.name}.{fn.name}", \
                        "guarded" in names


def test_every_qt_override_in_gui_is_guarded():
    found = list(_overrides())
    assert len(found) > 30  # the walk finds the handlers at all
    unguarded = [where for where, ok in found if not ok]
    assert unguarded == []
