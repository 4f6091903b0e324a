"""The Training panel: MNIST training off the GUI thread, live curves, analysis views, and
the canvas graph alive while it trains (`live_canvas`, `canvas_link`).

May import: core, `gui.base`, `gui.document`, `gui.canvas`, PySide6, pyqtgraph.
"""
