"""The PySide6 editor. Imports core; core never imports it.

Read from the bottom up; each sub-package imports only those listed before it:

- `base/`: the language, theme, fonts, the guard around Qt overrides, the platform check
  and the test probe.
- `document/`: the open document (one core graph, its undo stack and result), the one
  edit API, the undo commands and crash recovery.
- `canvas/`: the scene and view, the presenter that decides what the canvas shows, node
  and edge items, label layout, the gesture slot and its gestures, the palette, tooltips
  and picture export.
- `inspector/`: the selected node's label, parameters, output row and what it computed.
- `lesson/`: step mode, practice, the gradient check dialog and export as Python.
- `training/`: the Training panel and the live canvas.

At the top only the window: `app` (start-up), `main_window`, `actions`, `file_actions`
and `status_line`.
"""
