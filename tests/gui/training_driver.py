"""Drive the Training panel with real clicks and keys; every wait armed before its click."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.LeftButton)


def click_and_finish(qtbot, panel, button, timeout: int = 30_000) -> tuple[str, str]:
    """Click, and wait for the run to end: the wait is armed before the click (a short run
    can end before a wait armed after the click starts listening)."""
    with qtbot.waitSignal(panel.run_finished, timeout=timeout) as blocker:
        click(qtbot, button)
    return tuple(blocker.args)


def type_into(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Backspace)
    qtbot.keyClicks(line, text)


def training_panel(window, folder, iterations: int):
    """The window's Training panel on the real-digit split, for runs of `iterations`."""
    panel = window.training
    panel.controls.set_folder(folder)
    panel.controls.form.iters.setValue(iterations)
    return panel
