"""The window's actions (each with its keys), its menus, the context menus of the canvas,
and the Help menu's dialogs: one place, so a menu, a context menu and the Keyboard
Shortcuts list always say the same thing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from gui.items import NodeItem
from gui.theme import THEMES


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _action(window, text: str, slot, keys=(), checkable: bool = False) -> QAction:
    action = QAction(text, window)
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
    """Make every action of window `w` as an attribute (`w.copy_action` ...)."""
    a, files, view = _action, w.files, w.view
    w.new_action = a(w, _tr("&New"), w.new_graph, QKeySequence.New)
    w.open_action = a(w, _tr("&Open…"), files.open_dialog, QKeySequence.Open)
    w.save_action = a(w, _tr("&Save"), w.save, QKeySequence.Save)
    w.save_as_action = a(w, _tr("Save &As…"), w.save_as, QKeySequence.SaveAs)
    w.export_png_action = a(w, _tr("Export Image as &PNG…"), lambda: w.export_image("png"))
    w.export_svg_action = a(w, _tr("Export Image as S&VG…"), lambda: w.export_image("svg"))
    w.export_python_action = a(w, _tr("Export as P&ython…"), w.export_python)
    w.quit_action = a(w, _tr("&Quit"), w.close, QKeySequence.Quit)
    stack = w.document.undo_stack
    w.undo_action = stack.createUndoAction(w, _tr("&Undo"))
    w.undo_action.setShortcuts(QKeySequence.Undo)
    w.redo_action = stack.createRedoAction(w, _tr("&Redo"))
    # the platform's redo keys (Ctrl+Shift+Z on Linux) and Ctrl+Y, which people expect too
    redo = list(dict.fromkeys(QKeySequence.keyBindings(QKeySequence.Redo)
                              + [QKeySequence("Ctrl+Y")]))
    w.redo_action.setShortcuts(redo)
    w.addActions([w.undo_action, w.redo_action])
    w.delete_action = a(w, _tr("&Delete"), w.delete_selection,
                        [QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)])
    w.select_all_action = a(w, _tr("Select &All"), w.select_all, QKeySequence.SelectAll)
    w.copy_action = a(w, _tr("&Copy"), w.copy, QKeySequence.Copy)
    w.cut_action = a(w, _tr("Cu&t"), w.cut, QKeySequence.Cut)
    w.paste_action = a(w, _tr("&Paste"), w.paste, QKeySequence.Paste)
    w.duplicate_action = a(w, _tr("D&uplicate"), w.duplicate, "Ctrl+D")
    w.rename_action = a(w, _tr("&Rename"), w.rename_selected, "F2")
    # F2 renames on the canvas only: lists elsewhere (the training runs) rename with it too
    w.removeAction(w.rename_action)
    w.view.addAction(w.rename_action)
    w.rename_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    w.output_action = a(w, _tr("Make the &Output (L)"), w.toggle_output, "Ctrl+L")
    w.add_op_action = a(w, _tr("Add &Op…"), w.open_search_at_cursor, "Tab")
    w.add_op_action.setShortcutContext(Qt.WidgetShortcut)  # Tab is the view's own key
    w.zoom_in_action = a(w, _tr("Zoom &In"), lambda: view.zoom_by(1.25), QKeySequence.ZoomIn)
    w.zoom_out_action = a(w, _tr("Zoom &Out"), lambda: view.zoom_by(0.8), QKeySequence.ZoomOut)
    w.zoom_reset_action = a(w, _tr("&Actual Size"), view.reset_zoom, "Ctrl+0")
    w.fit_action = a(w, _tr("&Fit to Graph"), view.fit_to_graph, "Ctrl+1")
    w.arrange_action = a(w, _tr("A&rrange the Graph"), w.arrange, "Ctrl+Shift+L")
    w.step_action = a(w, _tr("&Step Mode"), w.toggle_step_mode, "F9", checkable=True)
    w.next_step_action = a(w, _tr("&Next Step"), w.stepper.next, "F10")
    w.previous_step_action = a(w, _tr("&Previous Step"), w.stepper.previous, "Shift+F10")
    w.exit_step_action = a(w, _tr("E&xit Step Mode"), lambda: w.toggle_step_mode(False),
                           "Escape")
    w.exit_step_action.setEnabled(False)
    w.practice_action = a(w, _tr("&Practice"), w.toggle_practice, "F8", checkable=True)
    w.train_action = a(w, _tr("&Train on MNIST…"), w.show_training, "Ctrl+T")
    w.gradcheck_action = a(w, _tr("Check &Gradients…"), w.check_gradients, "Ctrl+G")
    w.shortcuts_action = a(w, _tr("&Keyboard Shortcuts"), lambda: shortcuts_dialog(w),
                           QKeySequence.HelpContents)
    w.about_action = a(w, _tr("&About Backprop Studio"), lambda: about_dialog(w))
    w.theme_group = QActionGroup(w)
    w.theme_actions = {}
    names = {"light": _tr("&Light Theme"), "dark": _tr("&Dark Theme")}
    for name in THEMES:
        action = a(w, names.get(name, name), lambda _c=False, n=name: w.set_theme(n),
                   checkable=True)
        w.theme_group.addAction(action)
        w.theme_actions[name] = action


def build_menus(w) -> None:
    bar = w.menuBar()
    file = bar.addMenu(_tr("&File"))
    file.addActions([w.new_action, w.open_action])
    w.samples_menu = file.addMenu(_tr("Open &Sample"))
    w.files.fill_samples_menu(w.samples_menu)
    w.recent_menu = file.addMenu(_tr("Open &Recent"))
    w.recent_menu.aboutToShow.connect(lambda: w.files.fill_recent_menu(w.recent_menu))
    w.files.fill_recent_menu(w.recent_menu)
    file.addSeparator()
    file.addActions([w.save_action, w.save_as_action])
    file.addSeparator()
    file.addActions([w.export_png_action, w.export_svg_action, w.export_python_action])
    file.addSeparator()
    file.addAction(w.quit_action)
    edit = bar.addMenu(_tr("&Edit"))
    edit.addActions([w.undo_action, w.redo_action])
    edit.addSeparator()
    edit.addActions([w.cut_action, w.copy_action, w.paste_action, w.duplicate_action,
                     w.delete_action])
    edit.addSeparator()
    edit.addActions([w.rename_action, w.output_action, w.add_op_action])
    edit.addSeparator()
    edit.addAction(w.select_all_action)
    view = bar.addMenu(_tr("&View"))
    view.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action, w.fit_action,
                     w.arrange_action])
    view.addSeparator()
    view.addActions(list(w.theme_actions.values()))
    view.addSeparator()
    w.language_menu = view.addMenu(_tr("&Language"))
    view.addSeparator()
    view.addActions([w.palette_dock.toggleViewAction(), w.inspector_dock.toggleViewAction(),
                     w.training_dock.toggleViewAction()])
    run = bar.addMenu(_tr("&Run"))
    run.addActions([w.train_action, w.gradcheck_action])
    run.addSeparator()
    run.addActions([w.step_action, w.next_step_action, w.previous_step_action,
                    w.exit_step_action])
    run.addSeparator()
    run.addAction(w.practice_action)
    toolbar = w.addToolBar(_tr("Lesson"))
    toolbar.setObjectName("lesson")
    toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    toolbar.addActions([w.step_action, w.practice_action, w.gradcheck_action,
                        w.train_action])
    toolbar.addSeparator()
    toolbar.addActions([w.fit_action, w.arrange_action])
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addActions([w.shortcuts_action, w.about_action])


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
        menu.addAction(_tr("&Paste Here"),
                       lambda: w.editor.paste((scene_pos.x(), scene_pos.y())))
        menu.addAction(_tr("Add &Op Here…"), lambda: w.open_search(scene_pos, ""))
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
    canvas = [(_tr("Connect"), _tr("drag from an output port to an input port")),
              (_tr("Move an edge"), _tr("drag it off its input port")),
              (_tr("Select several"), _tr("drag on empty canvas; Ctrl or Shift adds")),
              (_tr("Pan"), _tr("middle-drag, or Space and drag")),
              (_tr("Zoom"), _tr("mouse wheel")),
              (_tr("Cancel a drag"), _tr("Escape"))]
    rows.append(f"<tr><td colspan=2><b>{html.escape(_tr('Canvas'))}</b></td></tr>")
    rows += [f"<tr><td>{html.escape(a)}</td><td>&nbsp;&nbsp;{html.escape(b)}</td></tr>"
             for a, b in canvas]
    box = QMessageBox(QMessageBox.NoIcon, _tr("Keyboard Shortcuts"),
                      "<table>" + "".join(rows) + "</table>", QMessageBox.Close, w)
    box.setTextFormat(Qt.RichText)
    box.exec()


def about_dialog(w) -> None:
    from importlib.metadata import PackageNotFoundError, version
    try:
        number = version("backprop-studio")
    except PackageNotFoundError:
        number = "?"
    QMessageBox.about(w, _tr("About Backprop Studio"), _tr(
        "<h3>Backprop Studio {version}</h3>"
        "<p>See backpropagation happen: build computational graphs and watch values flow "
        "forward and gradients flow backward, as chapter 5 of <i>Deep Learning from "
        "Scratch</i> (밑바닥부터 시작하는 딥러닝, Koki Saito) teaches it.</p>"
        "<p>MIT licence. Python, NumPy, PySide6 (Qt) and pyqtgraph.</p>").format(
            version=html.escape(number)))
