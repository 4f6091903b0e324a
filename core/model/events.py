"""A tiny observer: how the core model tells listeners (the GUI) what happened.

Core must not import Qt, so it reports changes through plain callbacks; `gui/` connects
these to Qt signals or slots.
"""

from __future__ import annotations

from typing import Any, Callable


class Event:
    """A list of callbacks called in order with the same arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)
