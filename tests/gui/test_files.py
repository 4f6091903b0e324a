"""File menu: save and reload, bad files, samples, recent files, unsaved changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.files.graph_files import dumps_graph, load_graph
from core.paths import SAMPLES

REPO = Path(__file__).resolve().parents[2]


def test_save_and_reload_gives_the_same_document(window, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "shop.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.document.push(__import__("gui.document.commands", fromlist=["x"]).RenameNode(
        window.document.graph, "tax", "vat"))
    assert window.document.is_modified and window.isWindowModified()
    window.window_actions.file.save.trigger()  # a sample has no path yet: Save asks where
    assert target.exists()
    assert not window.document.is_modified and not window.isWindowModified()
    saved = target.read_text()
    assert load_graph(target).nodes["tax"].label == "vat"
    window.new_graph()
    assert window.document.graph.nodes == {}
    assert window.files.open_file(target)
    assert dumps_graph(window.document.graph) == saved
    assert window.document.path == target
    assert window.files.recent_files()[0] == str(target.resolve())
    assert "shop.json" in window.windowTitle()
    window.document.compute()
    assert window.scene.stubs["price"].value_text == "715"


def test_a_bad_file_shows_an_error_and_leaves_the_graph_intact(window, no_dialogs, tmp_path):
    before = dumps_graph(window.document.graph)
    bad = tmp_path / "bad.json"
    doc = json.loads((SAMPLES / "apple_orange.json").read_text())
    doc["edges"].append({"source": "price", "target": "apple_price", "port": "x"})
    bad.write_text(json.dumps(doc))
    assert not window.files.open_file(bad)
    assert no_dialogs[-1][0] == "critical"
    assert "bad.json" in no_dialogs[-1][2] and "already has an edge" in no_dialogs[-1][2]
    assert dumps_graph(window.document.graph) == before
    assert len(window.scene.nodes) == 9 and window.scene.stubs["price"].value_text == "715"
    (tmp_path / "junk.json").write_text("{not json")
    assert not window.files.open_file(tmp_path / "junk.json")
    assert "not valid JSON" in no_dialogs[-1][2]
    assert dumps_graph(window.document.graph) == before


def test_unsaved_changes_are_asked_about_and_cancel_keeps_them(window, monkeypatch):
    window.scene.add_node_at("Add", QPointF(0, 600))
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.window_actions.file.new.trigger()
    assert asked and "unsaved changes" in asked[0]
    assert len(window.document.graph.nodes) == 10  # nothing lost
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    window.window_actions.file.new.trigger()
    assert window.document.graph.nodes == {}


def test_every_sample_is_in_the_open_sample_menu(window):
    titles = [a.text() for a in window.window_actions.file.samples.actions()]
    assert len(titles) == len(list(SAMPLES.glob("*.json")))
    samples = window.window_actions.file.samples
    action = next(a for a in samples.actions() if a.data() == "two_layer_net")
    assert "Two-layer net" in action.text()
    figures = [a.text().split("\t")[0] for a in window.window_actions.file.samples.actions()]
    assert figures[:2] == ["Fig. 5-2, 5-14", "Fig. 5-3, 5-15"]  # in the chapter's order
    action.trigger()
    assert window.document.graph.find_label("L").type == "SoftmaxWithLoss"
    assert window.document.path is None  # samples open as untitled copies


def test_recent_files_persist_in_the_settings(window, settings, tmp_path):
    path = tmp_path / "a.json"
    path.write_text((SAMPLES / "apple.json").read_text())
    window.files.open_file(path)
    settings.sync()
    from PySide6.QtCore import QSettings
    again = QSettings(settings.fileName(), QSettings.IniFormat)
    assert again.value("recent_files") in ([str(path.resolve())], str(path.resolve()))
    window.window_actions.file.recent.aboutToShow.emit()  # the menu fills itself as it opens
    assert window.window_actions.file.recent.actions()[0].text() == "a.json"


def test_export_png_and_svg(window, tmp_path, monkeypatch):
    for kind in ("png", "svg"):
        target = tmp_path / f"graph.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        assert window.export_image(kind)
        assert target.stat().st_size > 1000
    image = QImage(str(tmp_path / "graph.png"))
    assert image.width() > 800 and image.height() > 500
    svg = (tmp_path / "graph.svg").read_text()
    assert "<svg" in svg and "715" in svg


def test_screenshot_command_writes_the_main_window(tmp_path):
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "backprop_studio", str(SAMPLES / "apple.json"),
                           "--screenshot", str(out)], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)


def test_screenshot_of_a_bad_file_fails_with_a_message(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    proc = subprocess.run([sys.executable, "-m", "backprop_studio", str(bad), "--screenshot",
                           str(tmp_path / "x.png")], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1 and "bad.json" in proc.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_every_sample_round_trips_through_the_window(window, path, tmp_path, monkeypatch):
    window.files.open_sample(path, ask=False)
    target = tmp_path / path.name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save()
    assert dumps_graph(load_graph(target)) == dumps_graph(load_graph(path))


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, monkeypatch):
    window.scene.add_node_at("Add", QPointF(0, 600))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert window.close()


def test_window_geometry_and_dock_state_are_kept_in_the_settings(qtbot, settings, no_dialogs):
    from gui.main_window import MainWindow
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen, so nothing is clamped
    first.show()
    first.inspector_dock.hide()
    assert first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert not second.inspector_dock.isVisible()
