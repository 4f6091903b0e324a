"""The window's actions (each with its keys), its menus, the context menus of the canvas,
and the Help menu's dialogs: one place, so a menu, a context menu and the Keyboard
Shortcuts list always say the same thing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from core.i18n import QT_TRANSLATE_NOOP
from gui.base.i18n import LANGUAGE_NAMES, translate
from gui.canvas.node_item import NodeItem
from gui.base.theme import THEMES


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("MainWindow", …), in the current language."""
    return translate("MainWindow", text)


#: every action's text by the window attribute that holds it: `retranslate` sets them all,
#: at the start and whenever the language changes
ACTION_TEXTS = {
    "new_action": QT_TRANSLATE_NOOP("MainWindow", "&New"),
    "open_action": QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
    "save_action": QT_TRANSLATE_NOOP("MainWindow", "&Save"),
    "save_as_action": QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
    "export_png_action": QT_TRANSLATE_NOOP("MainWindow", "Export Image as &PNG…"),
    "export_svg_action": QT_TRANSLATE_NOOP("MainWindow", "Export Image as S&VG…"),
    "export_python_action": QT_TRANSLATE_NOOP("MainWindow", "Export as P&ython…"),
    "quit_action": QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    "delete_action": QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
    "select_all_action": QT_TRANSLATE_NOOP("MainWindow", "Select &All"),
    "copy_action": QT_TRANSLATE_NOOP("MainWindow", "&Copy"),
    "cut_action": QT_TRANSLATE_NOOP("MainWindow", "Cu&t"),
    "paste_action": QT_TRANSLATE_NOOP("MainWindow", "&Paste"),
    "duplicate_action": QT_TRANSLATE_NOOP("MainWindow", "D&uplicate"),
    "rename_action": QT_TRANSLATE_NOOP("MainWindow", "&Rename"),
    "add_op_action": QT_TRANSLATE_NOOP("MainWindow", "Add &Op…"),
    "zoom_in_action": QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
    "zoom_out_action": QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
    "zoom_reset_action": QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"),
    "fit_action": QT_TRANSLATE_NOOP("MainWindow", "&Fit to Graph"),
    "arrange_action": QT_TRANSLATE_NOOP("MainWindow", "A&rrange the Graph"),
    "step_action": QT_TRANSLATE_NOOP("MainWindow", "&Step Mode"),
    "next_step_action": QT_TRANSLATE_NOOP("MainWindow", "&Next Step"),
    "previous_step_action": QT_TRANSLATE_NOOP("MainWindow", "&Previous Step"),
    "exit_step_action": QT_TRANSLATE_NOOP("MainWindow", "E&xit Step Mode"),
    "train_action": QT_TRANSLATE_NOOP("MainWindow", "&Train on MNIST…"),
    "gradcheck_action": QT_TRANSLATE_NOOP("MainWindow", "Check &Gradients…"),
    "practice_action": QT_TRANSLATE_NOOP("MainWindow", "&Practice"),
    "descent_action": QT_TRANSLATE_NOOP("MainWindow", "Gradient &Descent Step"),
    "shortcuts_action": QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
    "about_action": QT_TRANSLATE_NOOP("MainWindow", "&About Backprop Studio"),
}
#: the menus' titles, by the window attribute that holds each menu
MENU_TITLES = {
    "file_menu": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "samples_menu": QT_TRANSLATE_NOOP("MainWindow", "Open &Sample"),
    "recent_menu": QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"),
    "edit_menu": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view_menu": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "language_menu": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
    "run_menu": QT_TRANSLATE_NOOP("MainWindow", "&Run"),
    "help_menu": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
LESSON_TOOLBAR = QT_TRANSLATE_NOOP("MainWindow", "Lesson")
THEME_TEXTS = {"light": QT_TRANSLATE_NOOP("MainWindow", "&Light Theme"),
               "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark Theme")}


def _action(window, slot, keys=(), checkable: bool = False) -> QAction:
    action = QAction(window)
    if keys:
        keys = keys if isinstance(keys, (list, tuple)) else [keys]
        shortcuts = []
        for k in keys:
            shortcuts += (QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey)
                          else [QKeySequence(k)])
        action.setShortcuts(list(dict.fromkeys(shortcuts)))
    action.setCheckable(checkable)
    # Only toggles get `checked`: a slot with a default argument must not receive a bool.
    if checkable:
        action.triggered.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(w) -> None:
    """Make every action of window `w` as an attribute (`w.copy_action` ...); their texts
    come from `retranslate`."""
    a, files, view = _action, w.files, w.view
    w.new_action = a(w, w.new_graph, QKeySequence.New)
    w.open_action = a(w, files.open_dialog, QKeySequence.Open)
    w.save_action = a(w, w.save, QKeySequence.Save)
    w.save_as_action = a(w, w.save_as, QKeySequence.SaveAs)
    w.export_png_action = a(w, lambda: w.export_image("png"))
    w.export_svg_action = a(w, lambda: w.export_image("svg"))
    w.export_python_action = a(w, w.export_python)
    w.quit_action = a(w, w.close, QKeySequence.Quit)
    stack = w.document.undo_stack
    w.undo_action = a(w, stack.undo, QKeySequence.Undo)
    # the platform's redo keys (Ctrl+Shift+Z on Linux) and Ctrl+Y, which people expect too
    w.redo_action = a(w, stack.redo, [QKeySequence.Redo, QKeySequence("Ctrl+Y")])
    stack.canUndoChanged.connect(w.undo_action.setEnabled)
    stack.canRedoChanged.connect(w.redo_action.setEnabled)
    # the text comes with the signal: the stack may be on its way out (the window closing)
    stack.undoTextChanged.connect(lambda text: _undo_text(w.undo_action, text, True))
    stack.redoTextChanged.connect(lambda text: _undo_text(w.redo_action, text, False))
    w.undo_action.setEnabled(stack.canUndo())
    w.redo_action.setEnabled(stack.canRedo())
    w.delete_action = a(w, w.delete_selection,
                        [QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)])
    w.select_all_action = a(w, w.select_all, QKeySequence.SelectAll)
    w.copy_action = a(w, w.copy, QKeySequence.Copy)
    w.cut_action = a(w, w.cut, QKeySequence.Cut)
    w.paste_action = a(w, w.paste, QKeySequence.Paste)
    w.duplicate_action = a(w, w.duplicate, "Ctrl+D")
    w.rename_action = a(w, w.rename_selected, "F2")
    # F2 renames on the canvas only: lists elsewhere (the training runs) rename with it too
    w.removeAction(w.rename_action)
    w.view.addAction(w.rename_action)
    w.rename_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    w.output_action = a(w, w.toggle_output, "Ctrl+L")
    w.add_op_action = a(w, w.open_search_at_cursor, "Tab")
    w.add_op_action.setShortcutContext(Qt.WidgetShortcut)  # Tab is the view's own key
    w.zoom_in_action = a(w, lambda: view.zoom_by(1.25), QKeySequence.ZoomIn)
    w.zoom_out_action = a(w, lambda: view.zoom_by(0.8), QKeySequence.ZoomOut)
    w.zoom_reset_action = a(w, view.reset_zoom, "Ctrl+0")
    w.fit_action = a(w, view.fit_to_graph, "Ctrl+1")
    w.arrange_action = a(w, w.arrange, "Ctrl+Shift+L")
    w.step_action = a(w, w.toggle_step_mode, "F9", checkable=True)
    w.next_step_action = a(w, w.stepper.next, "F10")
    w.previous_step_action = a(w, w.stepper.previous, "Shift+F10")
    w.exit_step_action = a(w, lambda: w.toggle_step_mode(False), "Escape")
    w.exit_step_action.setEnabled(False)
    w.practice_action = a(w, w.toggle_practice, "F8", checkable=True)
    w.descent_action = a(w, lambda: w.descent_bar.step(), "Ctrl+Shift+G")
    w.train_action = a(w, w.show_training, "Ctrl+T")
    w.gradcheck_action = a(w, w.check_gradients, "Ctrl+G")
    w.shortcuts_action = a(w, lambda: shortcuts_dialog(w), QKeySequence.HelpContents)
    w.about_action = a(w, lambda: about_dialog(w))
    w.theme_group = QActionGroup(w)
    w.theme_actions = {}
    for name in THEMES:
        action = a(w, lambda _c=False, n=name: w.set_theme(n), checkable=True)
        w.theme_group.addAction(action)
        w.theme_actions[name] = action
    w.language_group = QActionGroup(w)
    w.language_actions = {}
    for lang, name in LANGUAGE_NAMES.items():
        # each language's name in itself, whatever the app speaks: one finds one's own
        action = a(w, lambda _c=False, code=lang: w.set_language(code), checkable=True)
        action.setText(name)
        action.setData(lang)
        w.language_group.addAction(action)
        w.language_actions[lang] = action


def build_menus(w) -> None:
    bar = w.menuBar()
    w.file_menu = file = bar.addMenu("")
    file.addActions([w.new_action, w.open_action])
    w.samples_menu = file.addMenu("")
    w.recent_menu = file.addMenu("")
    w.recent_menu.aboutToShow.connect(lambda: w.files.fill_recent_menu(w.recent_menu))
    file.addSeparator()
    file.addActions([w.save_action, w.save_as_action])
    file.addSeparator()
    file.addActions([w.export_png_action, w.export_svg_action, w.export_python_action])
    file.addSeparator()
    file.addAction(w.quit_action)
    w.edit_menu = edit = bar.addMenu("")
    edit.addActions([w.undo_action, w.redo_action])
    edit.addSeparator()
    edit.addActions([w.cut_action, w.copy_action, w.paste_action, w.duplicate_action,
                     w.delete_action])
    edit.addSeparator()
    edit.addActions([w.rename_action, w.output_action, w.add_op_action])
    edit.addSeparator()
    edit.addAction(w.select_all_action)
    w.view_menu = view = bar.addMenu("")
    view.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action, w.fit_action,
                     w.arrange_action])
    view.addSeparator()
    view.addActions(list(w.theme_actions.values()))
    view.addSeparator()
    w.language_menu = view.addMenu("")
    w.language_menu.addActions(list(w.language_actions.values()))
    view.addSeparator()
    view.addActions([w.palette_dock.toggleViewAction(), w.inspector_dock.toggleViewAction(),
                     w.training_dock.toggleViewAction()])
    w.run_menu = run = bar.addMenu("")
    run.addActions([w.train_action, w.gradcheck_action])
    run.addSeparator()
    run.addActions([w.step_action, w.next_step_action, w.previous_step_action,
                    w.exit_step_action])
    run.addSeparator()
    run.addActions([w.practice_action, w.descent_action])
    w.lesson_toolbar = w.addToolBar("")
    w.lesson_toolbar.setObjectName("lesson")
    w.lesson_toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    w.lesson_toolbar.addActions([w.step_action, w.practice_action, w.gradcheck_action,
                                 w.train_action])
    w.lesson_toolbar.addSeparator()
    w.lesson_toolbar.addActions([w.fit_action, w.arrange_action])
    w.help_menu = bar.addMenu("")
    w.help_menu.addActions([w.shortcuts_action, w.about_action])


def retranslate(w) -> None:
    """Every action's and menu's text in the current language (the dock toggles take their
    docks' titles); the samples and recent files menus are filled again."""
    for name, text in ACTION_TEXTS.items():
        getattr(w, name).setText(_tr(text))
    for name, text in MENU_TITLES.items():
        getattr(w, name).setTitle(_tr(text))
    for name, action in w.theme_actions.items():
        action.setText(_tr(THEME_TEXTS[name]) if name in THEME_TEXTS else name)
    w.lesson_toolbar.setWindowTitle(_tr(LESSON_TOOLBAR))
    undo_texts(w)
    w.update_output_action()
    w.files.fill_samples_menu(w.samples_menu)
    w.files.fill_recent_menu(w.recent_menu)


def undo_texts(w) -> None:
    """Undo and Redo with the command they would undo or redo, as QUndoStack's own actions
    say it, but in the current language."""
    stack = w.document.undo_stack
    _undo_text(w.undo_action, stack.undoText(), True)
    _undo_text(w.redo_action, stack.redoText(), False)


def _undo_text(action: QAction, command: str, undo: bool) -> None:
    if undo:
        text = (translate("MainWindow", "&Undo {command}") if command
                else translate("MainWindow", "&Undo"))
    else:
        text = (translate("MainWindow", "&Redo {command}") if command
                else translate("MainWindow", "&Redo"))
    action.setText(text.format(command=command))


def context_menu(w, scene_pos: QPointF) -> QMenu:
    """What applies where the user right-clicked: a node, an edge, or the canvas."""
    menu = QMenu(w)
    scene = w.scene
    item = scene.item_at(scene_pos)
    if isinstance(item, NodeItem):
        if item.node_id not in scene.selected_node_ids():
            scene.select_only([item.node_id])
        w.update_output_action()
        menu.addActions([w.rename_action, w.output_action])
        menu.addSeparator()
        menu.addActions([w.cut_action, w.copy_action, w.duplicate_action, w.delete_action])
    elif item is not None:  # an edge
        scene.clearSelection()
        item.setSelected(True)
        menu.addAction(w.delete_action)
    else:
        menu.addAction(translate("MainWindow", "&Paste Here"),
                       lambda: w.editor.paste((scene_pos.x(), scene_pos.y())))
        menu.addAction(translate("MainWindow", "Add &Op Here…"),
                       lambda: w.open_search(scene_pos, ""))
        menu.addSeparator()
        menu.addActions([w.select_all_action, w.fit_action, w.arrange_action])
    return menu


def shortcuts_dialog(w) -> None:
    """Every action that has keys, by menu, generated from the actions themselves."""
    rows = []
    for menu_action in w.menuBar().actions():
        menu = menu_action.menu()
        entries = [(a.text().replace("&", ""), ", ".join(
            k.toString(QKeySequence.NativeText) for k in a.shortcuts()))
            for a in menu.actions() if a.shortcuts()]
        if entries:
            rows.append(f"<tr><td colspan=2><b>{html.escape(menu.title().replace('&', ''))}"
                        "</b></td></tr>")
            rows += [f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;{html.escape(keys)}"
                     "</td></tr>" for text, keys in entries]
    canvas = [(QT_TRANSLATE_NOOP("MainWindow", "Connect"),
               QT_TRANSLATE_NOOP("MainWindow", "drag from an output port to an input port")),
              (QT_TRANSLATE_NOOP("MainWindow", "Move an edge"),
               QT_TRANSLATE_NOOP("MainWindow", "drag it off its input port")),
              (QT_TRANSLATE_NOOP("MainWindow", "Select several"),
               QT_TRANSLATE_NOOP("MainWindow", "drag on empty canvas; Ctrl or Shift adds")),
              (QT_TRANSLATE_NOOP("MainWindow", "Pan"),
               QT_TRANSLATE_NOOP("MainWindow", "middle-drag, or Space and drag")),
              (QT_TRANSLATE_NOOP("MainWindow", "Zoom"),
               QT_TRANSLATE_NOOP("MainWindow", "mouse wheel")),
              (QT_TRANSLATE_NOOP("MainWindow", "Cancel a drag"),
               QT_TRANSLATE_NOOP("MainWindow", "Escape"))]
    title = translate("MainWindow", "Canvas")
    rows.append(f"<tr><td colspan=2><b>{html.escape(title)}</b></td></tr>")
    rows += [f"<tr><td>{html.escape(_tr(a))}</td><td>&nbsp;&nbsp;{html.escape(_tr(b))}"
             "</td></tr>" for a, b in canvas]
    box = QMessageBox(QMessageBox.NoIcon, translate("MainWindow", "Keyboard Shortcuts"),
                      "<table>" + "".join(rows) + "</table>", QMessageBox.Close, w)
    box.setTextFormat(Qt.RichText)
    box.exec()


def about_dialog(w) -> None:
    from importlib.metadata import PackageNotFoundError, version
    try:
        number = version("backprop-studio")
    except PackageNotFoundError:
        number = "?"
    QMessageBox.about(w, translate("MainWindow", "About Backprop Studio"), translate(
        "MainWindow", "<h3>Backprop Studio {version}</h3>"
        "<p>See backpropagation happen: build computational graphs and watch values flow "
        "forward and gradients flow backward, as chapter 5 of <i>Deep Learning from "
        "Scratch</i> (밑바닥부터 시작하는 딥러닝, Koki Saito) teaches it.</p>"
        "<p>MIT licence. Python, NumPy, PySide6 (Qt) and pyqtgraph.</p>").format(
            version=html.escape(number)))
