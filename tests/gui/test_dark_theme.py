"""The dark theme shows what the light one shows: a check box's outline stands out from the
window, and a run's colour dot keeps its colour on a selected row."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette

from gui.training.run_list import swatch


def test_the_output_check_box_shows_on_the_dark_window(canvas, qtbot):
    c, w = canvas, canvas.window
    w.set_theme("dark")
    c.click(c.header("apple"))
    check = w.inspector.output_row.check
    qtbot.waitUntil(lambda: check.palette().color(QPalette.Window).name() == "#262a30")
    image = check.grab().toImage()
    window = check.palette().color(QPalette.Window).lightness()
    lightest = max(image.pixelColor(x, y).lightness()
                   for x in range(image.width()) for y in range(image.height()))
    assert lightest - window > 80  # the box's outline, not a near-black square


def test_a_selected_runs_dot_keeps_its_colour():
    icon = swatch("#1f77b4")
    for mode in (QIcon.Normal, QIcon.Selected):
        image = icon.pixmap(12, 12, mode).toImage()
        assert image.pixelColor(6, 6).name() == "#1f77b4"
    ring = icon.pixmap(12, 12, QIcon.Selected).toImage()
    assert max(ring.pixelColor(x, 6).lightness() for x in range(12)) > 200  # a white ring
