"""How much memory an op's result may take, and sizes in words a learner reads.

A valid file can still ask for an impossible array: a Mul of (10⁶, 1) by (1, 10⁶)
broadcasts to 10¹² numbers, 7.3 TB. The engine asks `result_problem` before it runs an
op, so such a node gets an error value like a shape mismatch, instead of NumPy raising
MemoryError or, worse, Linux granting the memory lazily and killing the process later.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from pathlib import Path

from core.formatting import shape_str
from core.i18n import translate

#: one result may take at most this share of the memory the computer (or the container
#: it runs in) has: the rest is for the other values, the gradients and everything else
RESULT_SHARE = 0.5

_CGROUP_LIMITS = (Path("/sys/fs/cgroup/memory.max"),
                  Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"))
_UNITS = ("bytes", "KB", "MB", "GB", "TB", "PB", "EB")


@lru_cache(maxsize=1)
def total_memory() -> int | None:
    """The bytes of memory this process can have: the physical RAM, or the container's
    limit when that is smaller; None where the system does not say. Read once: the engine
    asks before every op."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None
    if total <= 0:
        return None
    for path in _CGROUP_LIMITS:
        try:
            limit = int(path.read_text().strip())
        except (OSError, ValueError):  # absent, or "max": no limit
            continue
        total = min(total, limit)
    return total


def result_limit() -> int | None:
    """The most bytes one op's result may take (RESULT_SHARE of `total_memory`)."""
    total = total_memory()
    return None if total is None else int(total * RESULT_SHARE)


def human_size(nbytes: int | float) -> str:
    """Bytes in 1024-based units with one decimal: `7.3 TB`, `23.5 GB`, `512 bytes`."""
    size, unit = float(nbytes), 0
    while size >= 1024 and unit < len(_UNITS) - 1:
        size /= 1024
        unit += 1
    if unit == 0:
        return translate("Numbers", "{count} bytes").format(count=int(size))
    return f"{size:.1f} {_UNITS[unit]}"


def result_problem(shape: tuple[int, ...], itemsize: int) -> str | None:
    """Why a result of `shape` cannot be allocated here (None when it can)."""
    limit = result_limit()
    if limit is None:
        return None
    nbytes = math.prod(shape) * itemsize
    if nbytes <= limit:
        return None
    return translate("Engine", "its result {shape} would need {need}; this computer has "
                     "{have}").format(shape=shape_str(shape), need=human_size(nbytes),
                                      have=human_size(total_memory()))
