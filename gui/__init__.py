"""The PySide6 editor: canvas, panels and undo commands. Imports core; core never imports it."""

from gui.compat import pin_none

pin_none()  # before any Qt call: see gui/compat.py
