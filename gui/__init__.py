"""The PySide6 editor: canvas, panels and undo commands. Imports core; core never imports it."""
