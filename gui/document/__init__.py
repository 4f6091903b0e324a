"""The open document and the one way to change it.

`document` (one core graph, its undo stack, its file and its computed result), `editor`
(the one edit API: it validates and pushes undo commands), `commands` (the undo commands,
each calling core graph methods only) and `recovery` (autosave and restore after a crash).

May import: core, `gui.base`, PySide6. Never the canvas or the panels, which follow it.
"""
