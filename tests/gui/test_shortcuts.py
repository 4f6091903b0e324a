"""No two actions of the window share a key, whatever the platform binds to its standard
keys, and the Keyboard Shortcuts sheet lists what a person presses, fits the screen and
speaks the language of the moment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

K = QKeySequence
#: what Qt binds to the standard keys on an X11 desktop (KDE, GNOME): the offscreen
#: platform binds fewer, and Delete's Ctrl+D there was Duplicate's too
X11_BINDINGS = {
    K.New: ["Ctrl+N", "New"], K.Open: ["Ctrl+O", "Open"], K.Save: ["Ctrl+S", "Save"],
    K.SaveAs: ["Ctrl+Shift+S", "Shift+Save"], K.Quit: ["Ctrl+Q", "Exit"],
    K.Undo: ["Ctrl+Z", "F14", "Undo"], K.Redo: ["Ctrl+Shift+Z", "Redo"],
    K.Cut: ["Ctrl+X", "Shift+Del", "F20", "Cut"], K.Copy: ["Ctrl+C", "Ctrl+Ins", "F16", "Copy"],
    K.Paste: ["Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18", "Paste"],
    K.Delete: ["Del", "Ctrl+D"], K.SelectAll: ["Ctrl+A"], K.ZoomIn: ["Ctrl++", "Zoom In"],
    K.ZoomOut: ["Ctrl+-", "Zoom Out"], K.HelpContents: ["F1", "Help"],
}


@pytest.fixture
def x11_keys(monkeypatch):
    """The window is built with X11's bindings of the standard keys."""
    real = K.keyBindings

    def bindings(key):
        return [K(text) for text in X11_BINDINGS[key]] if key in X11_BINDINGS else real(key)

    monkeypatch.setattr(K, "keyBindings", staticmethod(bindings))


def _keys_of_every_action(window) -> dict[str, list[str]]:
    """Each key sequence of every action of the window (menus, toolbars, docks, the canvas)
    → the actions it triggers."""
    found: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            found.setdefault(key.toString(K.PortableText), []).append(action.text())
    return found


def _sheet_rows(sheet) -> dict[str, str]:
    return {what: keys for _title, rows in sheet._sections for what, keys in rows}


def test_no_two_actions_share_a_key_with_x11s_bindings(x11_keys, window):
    shared = {key: names for key, names in _keys_of_every_action(window).items()
              if len(names) > 1}
    assert shared == {}
    edit = window.window_actions.edit
    keys = {name: {k.toString(K.PortableText) for k in action.shortcuts()}
            for name, action in (("delete", edit.delete), ("duplicate", edit.duplicate),
                                 ("undo", edit.undo), ("cut", edit.cut))}
    assert keys == {"delete": {"Del", "Backspace"}, "duplicate": {"Ctrl+D"},
                    "undo": {"Ctrl+Z", "F14", "Undo"},  # the aliases nobody else uses work
                    "cut": {"Ctrl+X", "Shift+Del", "F20", "Cut"}}


def test_ctrl_d_duplicates_and_delete_deletes_with_x11s_bindings(x11_keys, window, qtbot):
    from canvas_driver import Canvas
    c = Canvas(window, qtbot)
    graph = c.document.graph
    before = set(graph.nodes)
    c.click(c.header("tax"))
    assert c.scene.selected_node_ids() == ["tax"]
    c.key(Qt.Key_D, Qt.ControlModifier)
    added = set(graph.nodes) - before
    assert len(added) == 1 and "tax" in graph.nodes  # a copy, and the original kept
    (copy,) = added
    assert graph.nodes[copy].type == "Constant" and graph.nodes[copy].params["value"] == 1.1
    assert c.scene.selected_node_ids() == [copy]
    c.key(Qt.Key_Delete)
    assert set(graph.nodes) == before


def test_the_sheet_lists_what_a_person_presses(x11_keys, window):
    sheet = window.window_actions.shortcuts_dialog()
    rows = _sheet_rows(sheet)
    assert {what: rows[what] for what in ("Undo", "Redo", "Cut", "Paste", "Delete",
                                          "Duplicate", "Save As…", "Make or clear the output")
            } == {"Undo": "Ctrl+Z", "Redo": "Ctrl+Shift+Z, Ctrl+Y", "Cut": "Ctrl+X",
                  "Paste": "Ctrl+V", "Delete": "Del, Backspace", "Duplicate": "Ctrl+D",
                  "Save As…": "Ctrl+Shift+S", "Make or clear the output": "Ctrl+L"}
    text = sheet.text()
    for alias in ("F14", "F16", "F18", "F20", "Shift+Save", "Shift+Del", "Shift+Ins"):
        assert alias not in text
    sheet.close()


def test_the_korean_sheet_fits_a_1366_by_768_screen_and_closes_with_its_button(window, qtbot):
    w = window
    w.set_language("ko")
    sheet = w.window_actions.shortcuts_dialog()
    qtbot.waitExposed(sheet)
    # everything, Close included, in less than a 768-pixel screen's height less the title
    # bar and a panel: no scrolling there
    layout = sheet.layout().contentsMargins()
    needed = (sheet.scroll.widget().sizeHint().height() + layout.top() + layout.bottom()
              + sheet.layout().spacing() + sheet.buttons.sizeHint().height())
    assert needed <= 680
    assert sheet.scroll.widget().sizeHint().width() <= 1200
    # the offscreen screen is smaller (800 × 800): it scrolls inside and fits
    screen = sheet.screen().availableGeometry()
    assert screen.contains(sheet.frameGeometry().adjusted(0, 0, -1, -1)) or \
        sheet.height() <= screen.height() * 0.9
    close = sheet.buttons.button(QDialogButtonBox.Close)
    assert close.isVisible() and sheet.rect().contains(close.geometry().center() +
                                                       sheet.buttons.pos())
    assert "캔버스" in sheet.text() and "Canvas" not in sheet.text()
    with qtbot.waitSignal(sheet.finished):
        QTest.mouseClick(close, Qt.LeftButton)
    assert not sheet.isVisible()
    qtbot.waitUntil(lambda: w.window_actions.sheet is None)  # it deletes itself


def test_a_language_switch_says_the_sheet_and_the_undo_command_again(canvas, qtbot):
    c, w = canvas, canvas.window
    c.click(c.header("tax"))
    c.key(Qt.Key_D, Qt.ControlModifier)  # "duplicate" on the undo stack, in English
    assert w.window_actions.edit.undo.text() == "&Undo duplicate"
    sheet = w.window_actions.shortcuts_dialog()
    assert _sheet_rows(sheet)["Undo"] == "Ctrl+Z"
    korean = next(a for a in w.window_actions.view.languages.values() if a.text() == "한국어")
    korean.trigger()
    assert w.window_actions.edit.undo.text() == "실행 취소(&U): 복제"
    rows = _sheet_rows(sheet)
    assert rows["실행 취소"] == "Ctrl+Z" and rows["복제"] == "Ctrl+D"
    assert all("duplicate" not in what and "(" not in what[-3:] for what in rows)
    assert sheet.windowTitle() == "단축키"
    w.window_actions.edit.undo.trigger()
    assert w.window_actions.edit.redo.text() == "다시 실행(&R): 복제"
    sheet.close()
