"""The editor as a separate process, edited and then left running to be killed.

`python tests/gui/crash_driver.py FILE SETTINGS.ini` starts the editor the way
`backprop-studio FILE` does (`gui.app.start_editor`; the recovery folder and the autosave
interval come from the environment), makes three edits through the undo stack, and once
the autosave has written them prints one JSON line: the recovery file and the edited
graph's document text. Then it runs until the test kills it with SIGKILL.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings

from core.files.graph_files import dumps_graph
from gui.app import make_app, start_editor
from gui.document.recovery import Autosaver


def main(file: str, settings_file: str) -> int:
    app = make_app()
    window = start_editor(file, QSettings(settings_file, QSettings.IniFormat))
    doc = window.document
    graph = doc.graph
    window.editor.rename("tax", "vat")
    window.editor.set_params("apple", {"init": "fixed", "value": 120})
    window.editor.add_node("Exp", (600.0, 320.0))
    expected = dumps_graph(graph)
    autosaver = window.findChild(Autosaver)

    def ready(path) -> None:
        autosaver.saved.disconnect(ready)
        print(json.dumps({"recovery_file": str(path), "graph": expected}), flush=True)

    autosaver.saved.connect(ready)  # emitted once the file is written, atomically
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
