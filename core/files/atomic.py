"""Replacing a file all at once: the one way Backprop Studio writes a file.

Graph saves, autosaves, trained parameters and MNIST downloads all write here: into a
temporary file beside the target, flushed and fsynced, then renamed over the target. A
crash, a full disk or a failed checksum leaves the old file exactly as it was, and no
half-written one anywhere.

- A symlink is followed: the file it points to is replaced, and the link stays a link.
- A read-only target (no write bit in its mode) is refused with `ReadOnlyError`, even
  for root, who could otherwise replace it: read-only means "do not change this".
- The new file keeps the old one's permissions (and owner, where allowed); a new file
  gets the usual 0666 minus the umask.
- Temporary files are named `.NAME.<pid>.<random>.tmp`. One left behind by a process
  that is gone (killed mid-write) is removed by the next write beside the same target.

Errors are OSError (their `strerror` says why in words); the callers add what and where.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from core.i18n import translate


class ReadOnlyError(PermissionError):
    """The target's permissions say it must not change; it was left as it is."""


class ChecksumError(ValueError):
    """What was written does not have the expected checksum; the target is unchanged."""

    def __init__(self, got: str, expected: str) -> None:
        super().__init__(f"md5 {got}, expected {expected}")
        self.got, self.expected = got, expected


def write_text(path: str | os.PathLike, text: str) -> None:
    """Replace `path` with `text` (UTF-8, newlines as written) all at once."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data` all at once."""
    with replacing(path) as f:
        f.write(data)


@contextmanager
def replacing(path: str | os.PathLike, *, md5: str | None = None) -> Iterator[BinaryIO]:
    """A binary file to write in steps; it replaces `path` when the block ends normally.

    With `md5`, the bytes written must have that md5 digest, or ChecksumError is raised
    and `path` stays as it was. An exception inside the block also leaves `path` alone.
    """
    target = Path(os.path.realpath(path))  # through symlinks, to the file itself
    old = _existing(target)
    if old is not None and not old.st_mode & 0o222:
        raise ReadOnlyError(errno.EACCES, translate("Files", "the file is read-only"),
                            str(path))
    _remove_stale(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.",
                               suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            _take_over(f.fileno(), old)
            out = _Hashing(f) if md5 is not None else f
            yield out
            f.flush()
            os.fsync(f.fileno())
        if md5 is not None and out.hexdigest() != md5.lower():
            raise ChecksumError(out.hexdigest(), md5.lower())
        os.replace(tmp, target)
        tmp = None
        _sync_folder(target.parent)
    finally:
        if tmp is not None:  # whatever went wrong (even Ctrl+C): no litter
            try:
                os.unlink(tmp)
            except OSError:
                pass


class _Hashing:
    """A file that keeps the md5 of everything written to it."""

    def __init__(self, f: BinaryIO) -> None:
        self.f, self.digest = f, hashlib.md5(usedforsecurity=False)

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.f.write(data)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def _existing(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except FileNotFoundError:
        return None


def _take_over(fd: int, old: os.stat_result | None) -> None:
    """Give the new file the old one's permissions and owner, or the usual new-file mode."""
    os.fchmod(fd, (old.st_mode & 0o777) if old is not None else 0o666 & ~_umask())
    if old is not None and hasattr(os, "fchown"):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:  # only root may give a file away: then it stays ours
            pass


def _umask() -> int:
    # Linux reports it; setting and restoring it instead would race with other threads
    # (the training thread saving parameters) creating files meanwhile.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _remove_stale(target: Path) -> None:
    """Remove temporary files of `target` left by writers that no longer run."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[a-z0-9_]+\.tmp")
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return  # the write itself will say what is wrong with the folder
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and not _running(int(match.group(1))):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _running(pid: int) -> bool:
    """Whether process `pid` exists (True when unsure: a live writer's file must stay)."""
    if pid == os.getpid():
        return True  # another thread of ours may be writing it right now
    if os.name != "posix":
        return True  # Windows' os.kill would end the process, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
