"""No exception may escape a Qt virtual override: PySide would abort the whole process.

Every override that Qt calls (mouse and key handlers, `paint`, `itemChange`, drag and drop,
`eventFilter`, `closeEvent` ...) is wrapped with `@guarded`. An exception there is printed
once with its traceback, the object gets a chance to put itself straight (`recover()`, e.g.
the scene cancels the gesture in progress), and `reporter().failed` tells the window, which
says so in the status line. The user's graph is untouched: edits only ever happen through
undo commands, which are not half-done by a failing event handler.
"""

from __future__ import annotations

import functools
import sys
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from core.i18n import translate


class Reporter(QObject):
    failed = Signal(str)  # a message for the user


_reporter: list[Reporter] = []
_printed: set[tuple[str, str]] = set()


def reporter() -> Reporter:
    if not _reporter:
        _reporter.append(Reporter())
    return _reporter[0]


def report(where: str, error: BaseException) -> None:
    """Print the traceback (once per place and kind) and tell the window."""
    key = (where, type(error).__name__)
    if key not in _printed:
        _printed.add(key)
        print(f"Backprop Studio: unexpected error in {where}:", file=sys.stderr)
        traceback.print_exception(error, file=sys.stderr)
    message = translate(
        "safety", "⚠ Something went wrong ({error} in {where}); the graph was not changed, "
        "and you can go on working.").format(error=type(error).__name__, where=where)
    reporter().failed.emit(message)


def guarded(method: Callable | None = None, *, default: Any = None):
    """Decorator for Qt overrides: an exception is reported, never raised into Qt.

    `default` is what the override returns after an error (e.g. False for eventFilter).
    """
    def wrap(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def inner(self, *args, **kwargs):
            try:
                return fn(self, *args, **kwargs)
            except Exception as error:  # noqa: BLE001 - the whole point: nothing escapes
                recover = getattr(self, "recover", None)
                if recover is not None:
                    try:
                        recover()
                    except Exception as second:  # noqa: BLE001
                        report(f"{type(self).__name__}.recover", second)
                report(f"{type(self).__name__}.{fn.__name__}", error)
                return default
        return inner
    return wrap(method) if method is not None else wrap
