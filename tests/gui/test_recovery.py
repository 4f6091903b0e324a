"""Crash recovery and failed saves: nothing unsaved is lost.

The crash is real: an editor in a subprocess is edited, autosaves, and is killed with
SIGKILL; a new editor started on the same recovery folder offers the graph back, and
restoring gives exactly the edited document. A save that fails (read-only folder, full
disk) says so and keeps everything: the unsaved state, the recovery file, the old file.
"""

from __future__ import annotations

import errno
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.files.graph_files import dumps_graph, graph_to_document, load_graph
from core.paths import SAMPLES
from gui.app import start_editor
from gui.document import recovery
from gui.document.recovery import AUTOSAVE_MS_ENV, RECOVERY_DIR_ENV, Autosaver

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("crash_driver.py")


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The recovery folder, in tmp_path; autosave 100 ms after an edit."""
    folder = tmp_path / "recovery"
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(folder))
    monkeypatch.setenv(AUTOSAVE_MS_ENV, "100")
    return folder


@pytest.fixture
def prompt(monkeypatch):
    """Answer the restore question by clicking `prompt.answer`; record what it said."""

    class Prompt:
        answer = "Restore"
        texts: list[str] = []

    def exec_(box):
        Prompt.texts.append(box.text())
        button = next(b for b in box.buttons() if b.text() == Prompt.answer)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return Prompt


@pytest.fixture
def start(qtbot, settings, no_dialogs, folder):
    """Start an editor as `backprop-studio [FILE]` does."""

    def start(file: Path | None = None):
        window = start_editor(str(file) if file else None, settings)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        return window

    return start


@pytest.fixture
def shop(tmp_path) -> Path:
    path = tmp_path / "shop.json"
    path.write_text((SAMPLES / "apple_orange.json").read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path


def _json_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_a_killed_editors_unsaved_graph_is_restored_exactly(start, prompt, folder, shop,
                                                            tmp_path):
    original = shop.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
               **{RECOVERY_DIR_ENV: str(folder), AUTOSAVE_MS_ENV: "200"})
    child = subprocess.Popen([sys.executable, str(DRIVER), str(shop),
                              str(tmp_path / "child.ini")],
                             cwd=REPO, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        readable, _, _ = select.select([child.stdout], [], [], 60)
        assert readable, "the editor never reported its autosave"
        line = child.stdout.readline()
        assert line, child.stderr.read()
        report = json.loads(line)
        assert Path(report["recovery_file"]).exists()
        assert recovery.orphans(folder) == []  # a running editor's file is not offered
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert "Traceback" not in child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert _json_files(folder) == [Path(report["recovery_file"])]  # the crash left it

    window = start()  # same recovery folder, the prompt answers Restore
    assert len(prompt.texts) == 1 and "shop.json" in prompt.texts[0]
    doc = window.document
    assert dumps_graph(doc.graph) == report["graph"]
    assert doc.graph.nodes["tax"].label == "vat"
    assert doc.path == shop.resolve()
    assert doc.is_modified and not doc.undo_stack.isClean()
    assert window.isWindowModified() and "shop.json" in window.windowTitle()
    assert shop.read_bytes() == original  # restoring saved nothing
    # the new session's own recovery file took over from the crashed one's
    own = window.findChild(Autosaver).file
    assert _json_files(folder) == [own]
    assert recovery.read_recovery(own).path == shop.resolve()

    assert window.files.save()
    assert shop.read_text(encoding="utf-8") == report["graph"]
    assert not doc.is_modified and _json_files(folder) == []


def test_autosave_runs_only_while_there_are_unsaved_changes(start, folder, qtbot, tmp_path,
                                                            monkeypatch, no_dialogs):
    window = start()  # the default sample: untitled, unmodified
    doc = window.document
    autosaver = window.findChild(Autosaver)
    assert not doc.is_modified and not autosaver.file.exists()
    window.editor.rename("tax", "vat")
    with qtbot.waitSignal(autosaver.saved, timeout=3000):
        pass
    found = recovery.read_recovery(autosaver.file)
    assert found.path is None  # a sample opens as an untitled copy
    assert graph_to_document(found.graph) == graph_to_document(doc.graph)
    assert not list(folder.glob(".*.tmp"))  # written atomically: no temporary left

    doc.undo_stack.undo()  # back to the saved state: nothing unsaved, nothing kept
    assert not autosaver.file.exists()
    doc.undo_stack.redo()
    qtbot.waitUntil(autosaver.file.exists, timeout=3000)
    window.editor.set_params("apple", {"init": "fixed", "value": 7})
    qtbot.waitUntil(lambda: recovery.read_recovery(autosaver.file).graph.nodes["apple"]
                    .params["value"] == 7, timeout=3000)

    target = tmp_path / "saved.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save()  # a clean save removes it
    assert not autosaver.file.exists()

    window.editor.rename("tax", "tax again")
    qtbot.waitUntil(autosaver.file.exists, timeout=3000)
    assert window.close()  # closing (the unsaved-changes question answered Discard)
    assert no_dialogs[-1][0] == "question"
    assert list(folder.iterdir()) == []  # no recovery file, no lock


def test_discard_removes_what_a_crash_left_and_opens_as_usual(start, prompt, folder, shop):
    folder.mkdir()
    left = folder / "1-crashed.json"
    left.write_text(json.dumps({"format": recovery.FORMAT, "version": recovery.VERSION,
                                "saved": "2026-01-01T12:00:00", "path": str(shop),
                                "graph": graph_to_document(load_graph(shop))}))
    prompt.answer = "Discard"
    window = start(shop)
    assert len(prompt.texts) == 1 and "12:00" in prompt.texts[0]
    assert not left.exists() and window.document.path == shop
    assert not window.document.is_modified


def test_an_untitled_graph_is_restored_untitled(start, prompt, folder):
    folder.mkdir()
    graph = load_graph(SAMPLES / "chain_rule.json")
    (folder / "1-crashed.json").write_text(json.dumps(
        {"format": recovery.FORMAT, "version": recovery.VERSION, "saved": "x", "path": None,
         "graph": graph_to_document(graph)}))
    window = start()
    assert "untitled graph" in prompt.texts[0]
    assert dumps_graph(window.document.graph) == dumps_graph(graph)
    assert window.document.path is None and window.document.is_modified
    assert window.windowTitle().startswith("untitled")


def test_a_damaged_recovery_file_is_set_aside_not_offered(start, prompt, folder, no_dialogs):
    folder.mkdir()
    (folder / "1-crashed.json").write_text('{"format": "backprop-studio-recovery", "ver')
    window = start()
    assert prompt.texts == []
    assert no_dialogs[-1][0] == "warning" and "1-crashed.json" in no_dialogs[-1][2]
    assert (folder / "1-crashed.damaged").exists() and _json_files(folder) == []
    assert len(window.document.graph.nodes) == 9  # the default sample opened instead


def test_a_second_editor_leaves_a_running_editors_file_alone(start, prompt, folder, qtbot):
    first = start()
    first.editor.rename("tax", "vat")
    autosaver = first.findChild(Autosaver)
    qtbot.waitUntil(autosaver.file.exists, timeout=3000)
    second = start()
    assert prompt.texts == []  # not offered: its editor is still running
    assert autosaver.file.exists() and not second.document.is_modified


@pytest.mark.parametrize("fault", ["full disk", "read-only folder"])
def test_a_failed_save_says_so_and_keeps_everything(start, folder, shop, qtbot, monkeypatch,
                                                    no_dialogs, fault):
    window = start(shop)
    doc = window.document
    window.editor.rename("tax", "vat")
    autosaver = window.findChild(Autosaver)
    qtbot.waitUntil(autosaver.file.exists, timeout=3000)
    before = shop.read_bytes()
    if fault == "full disk":
        def replace(src, dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        monkeypatch.setattr(os, "replace", replace)
        reason = "No space left on device"
    else:
        def mkstemp(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        monkeypatch.setattr("tempfile.mkstemp", mkstemp)
        reason = "Permission denied"
    window.window_actions.file.save.trigger()
    kind, title, text = no_dialogs[-1]
    assert (kind, title) == ("critical", "Cannot save graph")
    assert str(shop) in text and reason in text and "not saved" in text
    assert reason in window.statusBar().currentMessage()
    assert doc.is_modified and not doc.undo_stack.isClean() and window.isWindowModified()
    assert autosaver.file.exists()
    assert shop.read_bytes() == before
    assert sorted(p.name for p in shop.parent.iterdir() if p.name.startswith(".")) == []
