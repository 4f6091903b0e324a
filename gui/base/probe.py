"""A test hook: what the running editor shows, and where, for a test driving it from outside.

The real-window test (`tests/gui/test_real_window.py`) runs the editor as a separate process
on a real X server and drives it with xdotool. To know where to click and what the canvas
shows, it asks this probe. The probe exists only when the environment variable
`BACKPROP_STUDIO_PROBE` names a file path; without it `install` does nothing at all.

The protocol: the test writes `<path>.request` (any text, e.g. a sequence number); within
about 150 ms the editor deletes it and writes `<path>` atomically with a JSON snapshot
whose `"request"` is that text. It answers in nested event loops too (a modal
"unsaved changes" question, a drag from the palette).

Points are `[x, y]` and rectangles `[x, y, width, height]` in X screen pixels (logical
coordinates times the screen's device pixel ratio), what xdotool takes. The snapshot:

- `request`, `pid`, `ratio` (device pixel ratio), `title` (window title), `modified`
- `window`, `frame`: the main window's client and frame geometry; `viewport`: the canvas
- `zoom` (the view's scale), `label_scale` (`GraphScene.label_scale`)
- `palette`: op name → centre of its row, for rows visible in the palette
- `nodes`: one per node: `id`, `label`, `type`, `selected`, `body` (the text in its body: a
  source's value, an op's symbol), `header` (centre of the header), `inputs` (port name →
  centre of the port dot), `output` (centre of the output port)
- `edges`: one per edge: `source`, `target` (labels), `port`, `value`, `grad` (the texts
  drawn on it), `visible` (every label rectangle lies inside the canvas viewport)
- `stubs`: one per output stub: `source` (label), `value`, `grad`, `visible`
- `inspector`: `node` (the id shown, or null), `label` (centre of the label field),
  `value` (centre of the value field of a selected source, else null), `value_text`,
  `value_focus` (the value field has the keyboard)
- `renaming`: the id of the node whose label is being edited in place, or null
- `dialog`: the modal dialog open (`title`, `text`, `buttons`: button → centre, keyed by
  the standard button's name in a message box, e.g. `"Discard"`, else by its text), or null
- `focus`: the class name of the widget with keyboard focus, or null
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from core.files.atomic import write_text
from gui.base.safety import guarded

PROBE_ENV = "BACKPROP_STUDIO_PROBE"
INTERVAL_MS = 150


def install(window) -> "Probe | None":
    """Start answering requests about `window` when the environment asks for it."""
    path = os.environ.get(PROBE_ENV)
    if not path:
        return None
    return Probe(window, Path(path))


class Probe(QObject):
    """Answers each `<path>.request` with a snapshot in `<path>` (see the module's doc)."""

    def __init__(self, window, path: Path) -> None:
        super().__init__(window)  # lives and dies with the window
        self.window, self.path = window, path
        self.request = path.with_name(path.name + ".request")
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @guarded
    def _poll(self) -> None:
        try:
            request = self.request.read_text(encoding="utf-8").strip()
        except OSError:
            return  # no request (the usual case)
        # Removed before answering: the test writes its next request only once it has
        # this answer, and that request must not be the one removed.
        self.request.unlink(missing_ok=True)
        answer = snapshot(self.window)
        answer["request"] = request
        write_text(self.path, json.dumps(answer, ensure_ascii=False, indent=1))


def snapshot(window) -> dict[str, Any]:
    view, scene = window.view, window.scene
    ratio = window.devicePixelRatioF()
    port = view.viewport()

    def at(widget: QWidget, point: QPointF | QPoint) -> list[int]:
        g = widget.mapToGlobal(QPointF(point))
        return [round(g.x() * ratio), round(g.y() * ratio)]

    def box(widget: QWidget, rect: QRect) -> list[int]:
        top_left = at(widget, rect.topLeft())
        return top_left + [round(rect.width() * ratio), round(rect.height() * ratio)]

    def on_canvas(scene_point: QPointF) -> list[int]:
        return at(port, view.mapFromScene(scene_point))

    def inside(scene_rects) -> bool:
        shown = port.rect()
        return all(shown.contains(view.mapFromScene(r).boundingRect())
                   for r in scene_rects if not r.isNull())

    nodes = []
    for nid, item in scene.nodes.items():
        node = window.document.graph.nodes.get(nid)
        nodes.append({
            "id": nid, "label": node.label if node else item.label, "type": item.type_name,
            "selected": item.isSelected(), "body": item.body_text,
            "header": on_canvas(item.mapToScene(item.header_rect().center())),
            "inputs": {p: on_canvas(dot.scenePos()) for p, dot in item.input_ports.items()},
            "output": on_canvas(item.output_port.scenePos()),
        })
    edges = [{"source": e.source.label, "target": e.target.label, "port": e.port,
              "value": e.value_text, "grad": e.grad_text,
              "visible": inside((e.value_rect(), e.grad_rect()))}
             for e in scene.edges.values()]
    stubs = [{"source": s.source.label, "value": s.value_text, "grad": s.grad_text,
              "visible": inside((s.value_rect(), s.grad_rect()))}
             for s in scene.stubs.values()]
    tree = window.palette.tree
    palette = {}
    for name, item in tree.op_items.items():
        rect = tree.visualItemRect(item)
        if not item.isHidden() and rect.isValid() and tree.viewport().rect().contains(
                rect.center()):
            palette[name] = at(tree.viewport(), rect.center())
    inspector = window.inspector
    value = inspector.fields.get("value")
    value_widget = value.input_widget() if value is not None else None
    shown = value_widget is not None and value_widget.isVisible()
    focus = QApplication.focusWidget()
    renaming = scene.input.renaming  # the gesture in the canvas's slot, if a rename
    return {
        "pid": os.getpid(), "ratio": ratio, "title": window.windowTitle(),
        "modified": window.document.is_modified,
        "window": box(window, window.rect()),
        "frame": [round(v * ratio) for v in window.frameGeometry().getRect()],
        "viewport": box(port, port.rect()),
        "zoom": view.zoom(), "label_scale": scene.label_scale,
        "palette": palette, "nodes": nodes, "edges": edges, "stubs": stubs,
        "inspector": {
            "node": inspector.node_id,
            "label": at(inspector.label_edit, inspector.label_edit.rect().center())
            if inspector.label_edit.isVisible() else None,
            "value": at(value_widget, value_widget.rect().center()) if shown else None,
            "value_text": _text(value_widget) if shown else None,
            "value_focus": shown and value_widget.hasFocus(),
        },
        "renaming": renaming.node_id if renaming is not None else None,
        "dialog": _dialog(at),
        "focus": type(focus).__name__ if focus is not None else None,
    }


def _text(widget: QWidget) -> str:
    read = getattr(widget, "toPlainText", None) or getattr(widget, "text", None)
    return read() if read is not None else ""


def _dialog(at) -> dict[str, Any] | None:
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        return None
    box = dialog if isinstance(dialog, QMessageBox) else None
    buttons = {}
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            standard = box.standardButton(button) if box is not None else None
            name = (standard.name if standard else None) or button.text().replace("&", "")
            buttons[name] = at(button, button.rect().center())
    text = box.text() if box is not None else ""
    return {"title": dialog.windowTitle(), "text": text, "buttons": buttons}
