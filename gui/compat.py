"""Work around a PySide6 6.12 reference-count bug on Python < 3.12.

PySide6-Essentials 6.12 (abi3 wheel) returns `None` from every void method without taking
a reference to it. On Python 3.12+ `None` is immortal (PEP 683) and nothing happens; on
3.11 each call (`painter.setPen(...)`, `label.setText(...)`) lowers `None`'s count by one,
and after some tens of thousands of repaint calls the interpreter aborts with
"none_dealloc: deallocating None". Until the wheel is fixed we do what 3.12 does: give
`None` a reference count so large that it can never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

#: PEP 683's idea on 3.11: far above any count a program reaches, far below overflow
_PINNED = 1 << 60


def pin_none() -> None:
    """Make `None`'s reference count effectively immortal on Python < 3.12."""
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < _PINNED // 2:
        refcount.value = _PINNED
