"""Crash recovery: the unsaved graph is autosaved, and restored after a crash.

While the document has unsaved changes, `Autosaver` writes it a few seconds after each edit
to a recovery file in a per-user folder, atomically like a save. A clean save, opening or
starting another graph, undoing back to the saved state, or closing the window removes the
file, so only a crash leaves one behind. The next start (`start`) offers to restore it.

The window never waits for an autosave: on its own thread it only takes the graph's
records (`graph_to_document`: the nodes' params are shared, not copied, as the graph
replaces a node's params on every edit and never changes them in place), and a writing
thread turns them into text piece by piece (`core.files.graph_files.write_document`), so
the window runs between two pieces even while a 70 MB trained network is written. A
recovery file holds the same text as a saved file, with a small record around it, and is
read back with the same limit (`MAX_RECOVERY_BYTES`): what Save writes, recovery restores.

Each running editor holds a lock file beside its recovery file. A second editor started
meanwhile sees the lock and leaves that file alone; after a crash (even kill -9) the lock
names a process that no longer runs, so the file is offered.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLockFile,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from core.files.graph_files import (
    GraphFileError,
    document_to_graph,
    graph_to_document,
    write_document,
)
from core.i18n import system_reason, translate
from core.model.graph import Graph
from core.model.limits import MAX_FILE_BYTES
from gui.document.document import Document

RECOVERY_DIR_ENV = "BACKPROP_STUDIO_RECOVERY_DIR"  # hidden: tests point it at a tmp folder
AUTOSAVE_MS_ENV = "BACKPROP_STUDIO_AUTOSAVE_MS"
AUTOSAVE_MS = 5000
FORMAT = "backprop-studio-recovery"
VERSION = 1
#: a recovery file is a graph file's text in a record with the time and the file's path
MAX_RECOVERY_BYTES = MAX_FILE_BYTES + 64 * 1024


def recovery_dir() -> Path:
    """The per-user folder for recovery files (the env var overrides it)."""
    folder = os.environ.get(RECOVERY_DIR_ENV)
    if folder:
        return Path(folder)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "recovery"


def autosave_interval() -> int:
    try:
        return max(50, int(os.environ.get(AUTOSAVE_MS_ENV, AUTOSAVE_MS)))
    except ValueError:
        return AUTOSAVE_MS


def _lock_for(file: Path) -> QLockFile:
    lock = QLockFile(str(file.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


class Autosaver(QObject):
    """Keeps one recovery file of a document while it has unsaved changes."""

    saved = Signal(object)  # (Path) the recovery file was written
    failed = Signal(str)  # a status-line message: the recovery file could not be written
    _written = Signal(int, str)  # (write number, what went wrong or ""), from the writer

    def __init__(self, document: Document, folder: Path, interval_ms: int = AUTOSAVE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = Path(folder)
        self.file = self.folder / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        self._lock: QLockFile | None = None
        self._failing = False
        self._detached = False
        self._writer: threading.Thread | None = None
        self._number = 0  # of the latest write; a discard counts too, dropping older ones
        self._again = False  # an edit came while the writer wrote: write once more after
        self._ok = False  # whether the last write ended with the file written
        self._written.connect(self._finished, Qt.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_soon)
        stack = document.undo_stack
        stack.indexChanged.connect(self._changed)
        stack.cleanChanged.connect(self._clean_changed)
        # A dying undo stack clears itself and says "clean": that is no save, so stop
        # listening before (the document dies before its stack) and keep the file.
        document.destroyed.connect(self._detach)
        if document.is_modified:
            self._timer.start()

    def _detach(self) -> None:
        self._detached = True
        self._timer.stop()

    def _changed(self, _index: int = 0) -> None:
        if not self._detached and self.document.is_modified and not self._timer.isActive():
            self._timer.start()  # one write per interval, however many edits

    def _clean_changed(self, clean: bool) -> None:
        if self._detached:
            return
        if clean:
            self.discard()
        else:
            self._changed()

    @property
    def writing(self) -> bool:
        """Whether a write is under way (on the writer's thread)."""
        return self._writer is not None

    def save_soon(self) -> None:
        """Start writing the recovery file on the writer's thread (if there is anything
        unsaved); `saved` or `failed` says how it went. One write at a time: an edit that
        comes meanwhile is written right after it."""
        self._timer.stop()
        if not self.document.is_modified:
            self.discard()
            return
        if self._writer is not None:
            self._again = True
            return
        self._start()

    def save_now(self) -> bool:
        """Write the recovery file now and wait until it is written (if there is anything
        unsaved): True when it was."""
        self._timer.stop()
        if not self.document.is_modified:
            self.discard()
            return False
        self._wait()
        self._ok = False
        self._start()
        self._wait()
        return self._ok

    def _start(self) -> None:
        """Take the document's records here, and hand them to a new writer thread."""
        path = self.document.path
        header = {"format": FORMAT, "version": VERSION,
                  "saved": datetime.now().isoformat(timespec="seconds"),
                  "path": str(path.resolve()) if path is not None else None}
        try:
            doc = graph_to_document(self.document.graph)  # the params shared, not copied
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                self._lock = _lock_for(self.file)
                self._lock.tryLock(0)
        except OSError as e:
            self._report(str(e))
            return
        before = json.dumps(header, ensure_ascii=False)[:-1] + ', "graph": '
        self._number += 1
        number = self._number
        self._writer = threading.Thread(target=self._write, args=(number, doc, before),
                                        name="autosave", daemon=True)
        self._writer.start()

    def _write(self, number: int, doc: dict, before: str) -> None:
        """The writer's thread: the record's text, piece by piece, atomically."""
        problem = ""
        try:
            write_document(doc, self.file, before, "}\n",
                           still_wanted=lambda: number == self._number)
        except GraphFileError as e:  # the OSError or bad text, said with the file's path
            problem = str(e)
        except Exception as e:  # noqa: BLE001 (a bug: said, never raised in a thread)
            problem = f"{type(e).__name__}: {e}"
        try:
            self._written.emit(number, problem)
        except RuntimeError:  # the window went away meanwhile: no one to tell
            pass

    def _finished(self, number: int, problem: str) -> None:
        """The writer said it is done (in the window's thread)."""
        self._join()
        if number != self._number:
            return  # dropped by a discard (its file already gone) or a later write
        if problem:
            self._report(problem)
        else:
            self._ok, self._failing = True, False
            self.saved.emit(self.file)
        if self._again and not self._detached:
            self._again = False
            self.save_soon()

    def _report(self, problem: str) -> None:
        if not self._failing:  # say it once, not every few seconds
            self.failed.emit(translate("Recovery", "⚠ Autosave failed, so a crash would "
                                       "lose the unsaved changes: {error}").format(
                error=problem))
        self._failing = True
        self._timer.start()  # try again later

    def _join(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _wait(self) -> None:
        """Wait for a write under way, and handle its end now."""
        if self._writer is not None:
            self._writer.join()
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)

    def discard(self) -> None:
        """No unsaved changes any more (saved, replaced, closed): remove the file. A write
        under way is dropped first (it stops at its next piece, leaving no file)."""
        self._timer.stop()
        self._number += 1  # whatever is being written is no longer wanted
        self._again = False
        self._join()
        _remove(self.file)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _remove(file: Path) -> None:
    try:
        file.unlink(missing_ok=True)
    except OSError:
        pass


# -- after a crash -----------------------------------------------------------------------

@dataclass
class Recovered:
    """A graph a crashed session left behind."""

    file: Path  # the recovery file
    graph: Graph
    path: Path | None  # the file the graph was opened from or saved to, if any
    saved: str  # when it was autosaved, as ISO text


def orphans(folder: Path) -> list[tuple[Path, QLockFile]]:
    """Recovery files no running editor holds, newest first, each with its lock (held)."""
    found = []
    try:
        files = sorted(folder.glob("*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
    except OSError:
        return []
    for file in files:
        lock = _lock_for(file)
        if lock.tryLock(0):
            found.append((file, lock))
    return found


def read_recovery(file: Path) -> Recovered:
    """Read a recovery file as carefully as a graph file; GraphFileError if it is bad."""
    where = str(file)
    try:
        if file.stat().st_size > MAX_RECOVERY_BYTES:
            raise GraphFileError(where, translate("Recovery", "the file is too large to be a "
                                                  "recovery file"))
        record = json.loads(file.read_bytes().decode("utf-8"),
                            parse_constant=lambda name: _refuse(name))
    except OSError as e:
        raise GraphFileError(where, translate("Recovery", "cannot read the file ({reason})")
                             .format(reason=system_reason(e))) from None
    except (ValueError, RecursionError) as e:  # bad UTF-8, bad JSON, NaN literals
        raise GraphFileError(where, translate("Recovery", "not a readable recovery file "
                                              "({problem})").format(problem=e)) from None
    if not isinstance(record, dict) or record.get("format") != FORMAT \
            or record.get("version") != VERSION:
        raise GraphFileError(where, translate("Recovery", "not a Backprop Studio recovery file "
                                              "of a known version"))
    path = record.get("path")
    if path is not None and not (isinstance(path, str) and Path(path).is_absolute()):
        path = None  # only ever the absolute path this app wrote; anything else is dropped
    saved = record.get("saved") if isinstance(record.get("saved"), str) else "?"
    graph = document_to_graph(record.get("graph"), where)
    return Recovered(file, graph, Path(path) if path else None, saved)


def _refuse(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def ask_restore(parent: QWidget, found: Recovered) -> bool:
    """Restore / Discard, with what the graph is and when it was autosaved."""
    name = found.path.name if found.path else translate("Recovery", "an untitled graph")
    box = QMessageBox(QMessageBox.Question, translate("Recovery", "Restore unsaved changes?"),
                      translate("Recovery", "Backprop Studio did not close normally. Unsaved "
                                "changes to {name} were autosaved at {time}.").format(
                          name=name, time=found.saved.replace("T", " ")),
                      QMessageBox.NoButton, parent)
    box.setInformativeText(translate("Recovery", "Restore them, or discard them for good?"))
    restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.AcceptRole)
    box.addButton(translate("Recovery", "Discard"), QMessageBox.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def offer_restore(window, folder: Path) -> bool:
    """Offer each crashed session's graph, newest first; True once one is restored."""
    for file, lock in orphans(folder):
        try:
            try:
                found = read_recovery(file)
            except GraphFileError as e:
                kept = file.with_suffix(".damaged")
                os.replace(file, kept)  # kept for a curious user, never offered again
                QMessageBox.warning(window, translate("Recovery", "Cannot restore unsaved "
                                                      "changes"),
                                    translate("Recovery", "{error}\n\nThe file was kept as "
                                              "{path}.").format(error=e, path=kept))
                continue
            if not ask_restore(window, found):
                _remove(file)
                continue
            window.restore_graph(found.graph, found.path)
            autosaver = window.findChild(Autosaver)
            if autosaver is None or autosaver.save_now():
                _remove(file)  # the running session's own recovery file took over
            return True
        except OSError:
            continue
        finally:
            lock.unlock()
    return False


def start(window, folder: Path | None = None, interval_ms: int | None = None) -> bool:
    """Autosave the window's document from now on; offer what a crash left behind.

    True when a crashed session's graph was restored into the window.
    """
    folder = recovery_dir() if folder is None else Path(folder)
    interval = autosave_interval() if interval_ms is None else interval_ms
    autosaver = Autosaver(window.document, folder, interval, window)
    autosaver.failed.connect(window.show_message)
    window.closing.connect(autosaver.discard)
    return offer_restore(window, folder)
