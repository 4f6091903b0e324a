"""The window's actions are one object: every action, menu and toolbar is `window.window_actions`,
none is an attribute of the window, the keys are the ones users know, and the lesson modes
report through signals instead of reaching into the window."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar
from text_walker import submenu

from core.paths import SAMPLES
from gui.lesson.modes import LessonModes

K = QKeySequence
#: every action's keys: a platform's standard key stands for all its bindings
KEYS = {
    "file.new": K.New, "file.open": K.Open, "file.save": K.Save, "file.save_as": K.SaveAs,
    "file.quit": K.Quit, "edit.undo": K.Undo, "edit.redo": [K.Redo, "Ctrl+Y"],
    "edit.cut": K.Cut, "edit.copy": K.Copy, "edit.paste": K.Paste, "edit.duplicate": "Ctrl+D",
    "edit.delete": [K.Delete, "Backspace"], "edit.rename": "F2", "edit.output": "Ctrl+L",
    "edit.add_op": "Tab", "edit.select_all": K.SelectAll, "view.zoom_in": K.ZoomIn,
    "view.zoom_out": K.ZoomOut, "view.zoom_reset": "Ctrl+0", "view.fit": "Ctrl+1",
    "view.arrange": "Ctrl+Shift+L", "run.train": "Ctrl+T", "run.gradcheck": "Ctrl+G",
    "run.step": "F9", "run.next_step": "F10", "run.previous_step": "Shift+F10",
    "run.exit_step": "Escape", "run.practice": "F8", "run.descent": "Ctrl+Shift+G",
    "help.shortcuts": K.HelpContents,
}
GROUPS = ("file", "edit", "view", "run", "help")


def _texts(keys) -> set[str]:
    keys = keys if isinstance(keys, list) else [keys]
    found = set()
    for key in keys:
        sequences = K.keyBindings(key) if isinstance(key, K.StandardKey) else [K(key)]
        found |= {s.toString(K.PortableText) for s in sequences}
    return found


def _group_actions(window) -> dict[str, QAction]:
    found = {}
    for group in GROUPS:
        for name, value in vars(getattr(window.window_actions, group)).items():
            if isinstance(value, QAction):
                found[f"{group}.{name}"] = value
            elif isinstance(value, dict):  # the themes, the languages
                found.update({f"{group}.{name}[{key}]": action
                              for key, action in value.items()})
    return found


def test_the_window_holds_no_action_or_menu_of_its_own(window):
    assert [name for name, value in vars(window).items()
            if isinstance(value, (QAction, QMenu, QToolBar))] == []
    assert [name for name in vars(window) if name != "window_actions" and name.endswith(
        ("_action", "_actions", "_menu", "_group", "_toolbar"))] == []


def test_every_menu_and_toolbar_entry_is_an_action_of_the_actions_object(window):
    owned = set(_group_actions(window).values())
    docks = {d.toggleViewAction() for d in (window.palette_dock, window.inspector_dock,
                                             window.training_dock)}
    files = window.window_actions.file
    listed = {files.samples, files.recent}  # filled from files

    def entries(menu: QMenu) -> list[QAction]:
        out = []
        for action in menu.actions():
            if submenu(action) is not None and submenu(action) not in listed:
                out += entries(submenu(action))
            elif submenu(action) is None and not action.isSeparator():
                out.append(action)
        return out

    shown = [a for m in window.menuBar().actions() for a in entries(submenu(m))]
    shown += [a for a in window.window_actions.lesson_toolbar.actions() if not a.isSeparator()]
    assert len(shown) > 40
    assert [a.text() for a in shown if a not in owned | docks] == []
    assert set(window.actions()) <= owned  # the keys of the window: all of ours
    a = window.window_actions
    assert {g.menu for g in (a.file, a.edit, a.view, a.run, a.help)} == {
        submenu(m) for m in window.menuBar().actions()}


def test_every_action_keeps_its_keys(window):
    actions = _group_actions(window)
    with_keys = {path: {k.toString(K.PortableText) for k in a.shortcuts()}
                 for path, a in actions.items() if a.shortcuts()}
    expected = {path: _texts(keys) for path, keys in KEYS.items()}
    # a platform may bind no key to a standard action (Quit, offscreen)
    assert with_keys == {path: keys for path, keys in expected.items() if keys}
    assert actions["edit.rename"].shortcutContext() == Qt.WidgetWithChildrenShortcut
    assert actions["edit.rename"] in window.view.actions()  # F2 renames on the canvas only
    assert actions["edit.add_op"].shortcutContext() == Qt.WidgetShortcut


def test_the_context_menu_entries_are_the_same_actions_as_the_menus(canvas):
    c, w = canvas, canvas.window
    node_menu = w.window_actions.context_menu(c.header("tax"))
    assert node_menu.actions()[:2] == [w.window_actions.edit.rename, w.window_actions.edit.output]
    added = []
    w.window_actions.add_op_here.connect(added.append)
    canvas_menu = w.window_actions.context_menu(QPointF(-2000, -2000))
    next(a for a in canvas_menu.actions() if a.text() == "Add &Op Here…").trigger()
    assert added == [QPointF(-2000, -2000)]
    w.search_popup.hide()


def test_the_output_action_follows_an_undone_output(canvas):
    """Undo moves the output back; the action's text follows the recompute."""
    c, w = canvas, canvas.window
    c.scene.select_only(["tax"])
    assert w.window_actions.edit.output.text() == "Make the &Output (L)"
    w.window_actions.edit.output.trigger()
    c.document.compute()
    assert c.document.graph.output.node == "tax"
    assert w.window_actions.edit.output.text() == "Clear the &Output"
    w.window_actions.edit.undo.trigger()
    c.document.compute()
    assert c.document.graph.output.node != "tax"
    assert w.window_actions.edit.output.text() == "Make the &Output (L)"


def test_lesson_modes_work_from_their_parts_and_report_by_signals(window, qtbot):
    w = window
    modes = LessonModes(w.document, w.stepper, w.step_bar, w.practice, w.practice_bar)
    steps, practice = [], []
    modes.step_mode_changed.connect(steps.append)
    modes.practice_mode_changed.connect(practice.append)
    w.document.compute()
    modes.toggle_step_mode(True)
    assert steps == [True] and w.step_bar.isVisible() and w.stepper.active
    modes.toggle_practice(True, "apple_orange")
    assert steps[-1] is False and not w.stepper.active and not w.step_bar.isVisible()
    assert practice[-1] is True and w.practice.sample == "apple_orange"
    with qtbot.waitSignal(modes.message) as said:
        w.files.open_sample(SAMPLES / "apple.json", ask=False)
    assert said.args == ["Practice ended: another graph was opened."]
    assert practice[-1] is False
