"""File ▸ Export as Python…: the file dialog, the remembered folder, the written script."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.cli.main import main as cli_main
from core.files.graph_files import load_graph
from core.model.graph import Graph
from core.paths import SAMPLES
from gui.lesson.export_code_action import FOLDER_KEY, export_python


class Parent(QWidget):
    """A window that keeps its settings where the main window keeps them."""

    def __init__(self, settings) -> None:
        super().__init__()
        self.settings = settings


@pytest.fixture
def parent(qtbot, settings):
    widget = Parent(settings)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the save dialog with the next of `answers`; record what was asked and shown."""
    record = {"answers": [], "asked": [], "boxes": []}

    def save(parent, caption, start, filters, *args, **kwargs):
        record["asked"].append(start)
        return record["answers"].pop(0), filters.split(";;")[0]

    def box(parent, title, text, *args, **kwargs):
        record["boxes"].append((title, text))
        return QMessageBox.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QMessageBox, "critical", box)
    return record


def test_the_written_script_runs_and_prints_what_run_prints(parent, dialogs, settings,
                                                            tmp_path, capsys):
    sample = SAMPLES / "apple_orange.json"
    dialogs["answers"].append(str(tmp_path / "apple_orange"))  # no .py typed
    assert export_python(parent, load_graph(sample), "apple_orange.py", str(sample)) is True
    script = tmp_path / "apple_orange.py"
    code = script.read_text(encoding="utf-8")
    assert "class AddLayer:" in code and "The graph apple_orange.json" in code
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    capsys.readouterr()
    cli_main(["run", str(sample)])
    assert proc.stdout == capsys.readouterr().out.encode("utf-8")
    assert settings.value(FOLDER_KEY) == str(tmp_path)
    assert dialogs["boxes"] == []


def test_the_dialog_starts_in_the_folder_used_last(parent, dialogs, tmp_path):
    graph = load_graph(SAMPLES / "apple.json")
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    dialogs["answers"] += [str(first / "a.py"), str(second / "b.py")]
    assert export_python(parent, graph, "apple.py")
    assert export_python(parent, graph, "apple.py")
    assert dialogs["asked"][1] == str(first / "apple.py")
    assert (first / "a.py").is_file() and (second / "b.py").is_file()


def test_cancelling_writes_nothing(parent, dialogs, settings, tmp_path):
    dialogs["answers"].append("")
    assert export_python(parent, load_graph(SAMPLES / "apple.json"), "apple.py") is False
    assert not list(tmp_path.glob("*.py"))
    assert settings.value(FOLDER_KEY) is None


def test_a_graph_that_cannot_run_is_explained_and_no_file_is_asked_for(parent, dialogs):
    graph = Graph()
    graph.add_node("Constant", "a", params={"value": 2}, node_id="a")
    graph.add_node("Mul", "m", node_id="m")
    graph.add_edge("a", "m", "x")
    assert export_python(parent, graph, "graph.py") is False
    assert dialogs["asked"] == []
    [(title, text)] = dialogs["boxes"]
    assert title == "Cannot export as Python"
    assert 'Mul "m": input y is not connected' in text


def test_a_file_that_cannot_be_written_says_so(parent, dialogs, settings, tmp_path):
    target = tmp_path / "no such folder" / "apple.py"
    dialogs["answers"].append(str(target))
    assert export_python(parent, load_graph(SAMPLES / "apple.json"), "apple.py") is False
    [(title, text)] = dialogs["boxes"]
    assert title == "Cannot export as Python"
    assert text.startswith(f"Could not write {target}: No such file or directory")
    assert settings.value(FOLDER_KEY) is None
