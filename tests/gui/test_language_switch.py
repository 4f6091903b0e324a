"""A language switch leaves no text behind in the language before: the sources' role
captions on the canvas, the training panel's status message, the names of the commands
Edit ▸ Undo would undo (the Keyboard Shortcuts sheet: tests/gui/test_shortcuts.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from training_driver import click_and_finish, training_panel


def _language(window, name: str):
    return next(a for a in window.window_actions.view.languages.values() if a.text() == name)


def _badge(canvas, label: str) -> QImage:
    """The corner of a source node where its role is written, as the view paints it."""
    item = canvas.node(label)
    corner = QRectF(item.width - 50, item.height - 16, 46, 14)
    rect = canvas.view.mapFromScene(item.mapToScene(corner)).boundingRect()
    return canvas.viewport.grab(rect).toImage()


def test_the_role_captions_follow_a_language_switch(canvas, qtbot):
    c, w = canvas, canvas.window
    c.view.reset_zoom()  # role captions are drawn from 70 % up
    c.view.centerOn(c.node("tax").sceneBoundingRect().center())
    english = _badge(c, "tax")
    _language(w, "한국어").trigger()
    korean = _badge(c, "tax")
    assert korean != english  # 상수, not a cached "const"
    _language(w, "English").trigger()
    assert _badge(c, "tax") == english


def test_the_panel_says_its_last_message_again_in_the_new_language(window, mnist_split,
                                                                   qtbot):
    panel = training_panel(window, mnist_split, 100)
    window.show_training()
    status, _message = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "finished"
    english = panel.status_area.status.text()
    assert english.startswith("Finished 100 iterations in ")
    _language(window, "한국어").trigger()
    korean = panel.status_area.status.text()
    assert "100번 반복을 마쳤습니다" in korean and "Finished" not in korean
    _language(window, "English").trigger()
    assert panel.status_area.status.text() == english
    panel.shutdown()
