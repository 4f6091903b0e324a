"""File ▸ Export as Python…: the graph as the book's layer code, in a file the user picks.

The script itself is written by `core.export.script`; this asks where to put it (starting in
the folder used last time), writes it all at once, and says so in a message box when the
graph cannot run or the file cannot be written. Nothing is written in either case.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.export.script import ExportError, graph_to_python
from core.files import atomic
from core.i18n import system_reason, translate
from core.model.graph import Graph

#: where QSettings keeps the folder of the last script exported
FOLDER_KEY = "folders/export_code"


def _settings(parent_window: QWidget | None) -> QSettings:
    settings = getattr(parent_window, "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def export_python(parent_window: QWidget | None, graph: Graph, suggested_name: str,
                  graph_file: str | None = None) -> bool:
    """Ask for a file and write `graph`'s script there; True when it was written.

    `suggested_name` is the file name the dialog offers (`apple.py`); `graph_file`, the
    graph's own file if it has one, is named in the script's header.
    """
    title = translate("ExportCode", "Cannot export as Python")
    try:
        code = graph_to_python(graph, graph_file)
    except ExportError as e:
        QMessageBox.critical(parent_window, title, translate(
            "ExportCode", "The graph cannot run, so it has no code yet:\n\n{problems}\n\n"
            "Fix this first (the node outlined in red says why), then export again."
        ).format(problems="\n".join(e.lines)))
        return False
    settings = _settings(parent_window)
    folder = str(settings.value(FOLDER_KEY, "") or Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent_window, translate("ExportCode", "Export as Python"),
        str(Path(folder) / suggested_name),
        translate("ExportCode", "Python scripts (*.py);;All files (*)"))
    if not path:
        return False
    if not path.lower().endswith(".py"):
        path += ".py"
    try:
        atomic.write_text(path, code)
    except OSError as e:
        QMessageBox.critical(parent_window, title, translate(
            "ExportCode", "Could not write {path}: {reason}\n\nNothing was written; try "
            "another folder.").format(path=path, reason=system_reason(e)))
        return False
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    return True
