"""The lesson on the canvas: step mode, practice, checking gradients, the graph as code.

`modes` (one lesson mode at a time), `step_mode` and `step_bar`, `practice`,
`gradcheck_dialog` and `export_code_action`.

May import: core, `gui.base`, `gui.document`, `gui.canvas`, PySide6.
"""
