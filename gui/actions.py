"""The window's actions: every QAction, menu, the Lesson toolbar and the canvas's context
menu, in one object, `WindowActions`, so a menu, a context menu and the Keyboard Shortcuts
list always say the same thing.

`WindowActions` is built once by the main window and held as `window.window_actions` (not
`actions`, which would hide `QWidget.actions()`). Its actions are grouped as the menu bar
shows them: `file`, `edit`, `view`, `run`, `help` (`window_actions.edit.undo`,
`window_actions.view.themes["dark"]`), each group holding its `menu` too. It knows what an
action shows (text, keys, checked or enabled), never what one does: the window connects each
action to its slot, except Help's two dialogs, which are here. It follows what decides a
text (the undo stack's next command; whether the selected node is the output, after each
recompute and when the window says the selection changed) and sets every text again in
`retranslate`. Texts are `QT_TRANSLATE_NOOP("MainWindow", …)` where the action is made,
looked up in core's one catalogue (`core.i18n.translate`) whenever they are shown.
"""

from __future__ import annotations

import html
from typing import Callable, Iterable, Sequence, Union

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QToolBar,
    QWidget,
)

from core.about import VERSION
from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.base.i18n import LANGUAGE_NAMES
from gui.base.theme import THEMES
from gui.canvas.node_item import NodeItem
from gui.document.document import Document
from gui.file_actions import FileActions

#: the theme actions' texts (a theme without one shows its name)
THEME_TEXTS = {"light": QT_TRANSLATE_NOOP("MainWindow", "&Light Theme"),
               "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark Theme")}
#: the canvas gestures that are no action, for the Keyboard Shortcuts list
CANVAS_GESTURES = [
    (QT_TRANSLATE_NOOP("MainWindow", "Connect"),
     QT_TRANSLATE_NOOP("MainWindow", "drag from an output port to an input port")),
    (QT_TRANSLATE_NOOP("MainWindow", "Move an edge"),
     QT_TRANSLATE_NOOP("MainWindow", "drag it off its input port")),
    (QT_TRANSLATE_NOOP("MainWindow", "Select several"),
     QT_TRANSLATE_NOOP("MainWindow", "drag on empty canvas; Ctrl or Shift adds")),
    (QT_TRANSLATE_NOOP("MainWindow", "Pan"),
     QT_TRANSLATE_NOOP("MainWindow", "middle-drag, or Space and drag")),
    (QT_TRANSLATE_NOOP("MainWindow", "Zoom"), QT_TRANSLATE_NOOP("MainWindow", "mouse wheel")),
    (QT_TRANSLATE_NOOP("MainWindow", "Cancel a drag"),
     QT_TRANSLATE_NOOP("MainWindow", "Escape")),
]

Keys = Union[QKeySequence.StandardKey, QKeySequence, str]  # one key sequence, as Qt takes it


def on_trigger(action: QAction, slot: Callable) -> None:
    """Call `slot` when `action` is triggered: with the new state for a toggle, with
    nothing for a plain action (a slot with a default argument must not receive a bool)."""
    if action.isCheckable():
        action.triggered.connect(slot)
    else:
        action.triggered.connect(lambda _checked=False: slot())


def _shortcuts(keys: Keys | Sequence[Keys]) -> list[QKeySequence]:
    """The key sequences of `keys`: a standard key stands for all of the platform's."""
    keys = keys if isinstance(keys, (list, tuple)) else [keys]
    found: list[QKeySequence] = []
    for key in keys:
        found += (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                  else [QKeySequence(key)])
    return list(dict.fromkeys(found))


class _Maker:
    """Makes the window's actions and menus, and remembers each one's untranslated text so
    `retranslate` can set it again in another language."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.texts: list[tuple[QAction | QMenu | QToolBar, str]] = []

    def action(self, text: str | None, keys: Keys | Sequence[Keys] = (),
               checkable: bool = False) -> QAction:
        """An action of the window (its keys work wherever the window has the focus);
        `text` None: its text is set by whoever follows what it says (Undo, the output)."""
        action = QAction(self.window)
        if keys:
            action.setShortcuts(_shortcuts(keys))
        action.setCheckable(checkable)
        self.window.addAction(action)
        if text is not None:
            self.texts.append((action, text))
        return action

    def menu(self, parent: QMenuBar | QMenu, title: str) -> QMenu:
        menu = parent.addMenu("")
        self.texts.append((menu, title))
        return menu

    def toolbar(self, name: str, title: str) -> QToolBar:
        bar = self.window.addToolBar("")
        bar.setObjectName(name)  # the window's saved state finds it by this name
        self.texts.append((bar, title))
        return bar

    def retranslate(self) -> None:
        for target, text in self.texts:
            shown = translate("MainWindow", text)
            if isinstance(target, QAction):
                target.setText(shown)
            elif isinstance(target, QMenu):
                target.setTitle(shown)
            else:
                target.setWindowTitle(shown)


class FileMenu:
    """File ▸ New, Open, Open Sample, Open Recent, Save, Save As, the exports, Quit."""

    def __init__(self, make: _Maker, bar: QMenuBar) -> None:
        self.menu = make.menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self.new = make.action(QT_TRANSLATE_NOOP("MainWindow", "&New"), QKeySequence.New)
        self.open = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Open…"), QKeySequence.Open)
        self.menu.addActions([self.new, self.open])
        self.samples = make.menu(self.menu, QT_TRANSLATE_NOOP("MainWindow", "Open &Sample"))
        self.recent = make.menu(self.menu, QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"))
        self.save = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Save"), QKeySequence.Save)
        self.save_as = make.action(QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
                                   QKeySequence.SaveAs)
        self.export_png = make.action(
            QT_TRANSLATE_NOOP("MainWindow", "Export Image as &PNG…"))
        self.export_svg = make.action(
            QT_TRANSLATE_NOOP("MainWindow", "Export Image as S&VG…"))
        self.export_python = make.action(QT_TRANSLATE_NOOP("MainWindow", "Export as P&ython…"))
        self.quit = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.Quit)
        self.menu.addSeparator()
        self.menu.addActions([self.save, self.save_as])
        self.menu.addSeparator()
        self.menu.addActions([self.export_png, self.export_svg, self.export_python])
        self.menu.addSeparator()
        self.menu.addAction(self.quit)


class EditMenu:
    """Edit ▸ Undo, Redo, the clipboard, Delete, Rename, the output, Add Op, Select All.

    Undo and Redo name the command they would undo or redo, as QUndoStack's own actions
    do, but in the current language; the output action says whether it makes the selected
    node the output or clears it."""

    def __init__(self, make: _Maker, bar: QMenuBar, undo_stack: QUndoStack,
                 canvas: QWidget) -> None:
        self.menu = make.menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        self.undo = make.action(None, QKeySequence.Undo)
        # the platform's redo keys (Ctrl+Shift+Z on Linux) and Ctrl+Y, which people expect too
        self.redo = make.action(None, [QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        self.cut = make.action(QT_TRANSLATE_NOOP("MainWindow", "Cu&t"), QKeySequence.Cut)
        self.copy = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Copy"), QKeySequence.Copy)
        self.paste = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Paste"), QKeySequence.Paste)
        self.duplicate = make.action(QT_TRANSLATE_NOOP("MainWindow", "D&uplicate"), "Ctrl+D")
        self.delete = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
                                  [QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)])
        self.rename = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Rename"), "F2")
        # F2 renames on the canvas only: lists elsewhere (the training runs) rename with it too
        make.window.removeAction(self.rename)
        canvas.addAction(self.rename)
        self.rename.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.output = make.action(None, "Ctrl+L")
        self.add_op = make.action(QT_TRANSLATE_NOOP("MainWindow", "Add &Op…"), "Tab")
        self.add_op.setShortcutContext(Qt.WidgetShortcut)  # Tab is the view's own key
        self.select_all = make.action(QT_TRANSLATE_NOOP("MainWindow", "Select &All"),
                                      QKeySequence.SelectAll)
        self.menu.addActions([self.undo, self.redo])
        self.menu.addSeparator()
        self.menu.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        self.menu.addSeparator()
        self.menu.addActions([self.rename, self.output, self.add_op])
        self.menu.addSeparator()
        self.menu.addAction(self.select_all)

        self._stack = undo_stack
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        # the text comes with the signal: the stack may be on its way out (the window closing)
        undo_stack.undoTextChanged.connect(lambda text: self._undo_text(text))
        undo_stack.redoTextChanged.connect(lambda text: self._redo_text(text))
        self.undo.setEnabled(undo_stack.canUndo())
        self.redo.setEnabled(undo_stack.canRedo())

    def retranslate(self) -> None:
        self._undo_text(self._stack.undoText())
        self._redo_text(self._stack.redoText())

    def _undo_text(self, command: str) -> None:
        text = (translate("MainWindow", "&Undo {command}") if command
                else translate("MainWindow", "&Undo"))
        self.undo.setText(text.format(command=command))

    def _redo_text(self, command: str) -> None:
        text = (translate("MainWindow", "&Redo {command}") if command
                else translate("MainWindow", "&Redo"))
        self.redo.setText(text.format(command=command))

    def show_output(self, is_output: bool) -> None:
        """The output action for a selection that is (or is not) the graph's output."""
        self.output.setText(translate("MainWindow", "Clear the &Output") if is_output
                            else translate("MainWindow", "Make the &Output (L)"))


class ViewMenu:
    """View ▸ zoom, fit and arrange, the themes, the languages, and the docks."""

    def __init__(self, make: _Maker, bar: QMenuBar, docks: Iterable[QDockWidget]) -> None:
        self.menu = make.menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.zoom_in = make.action(QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
                                   QKeySequence.ZoomIn)
        self.zoom_out = make.action(QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
                                    QKeySequence.ZoomOut)
        self.zoom_reset = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"),
                                      "Ctrl+0")
        self.fit = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Fit to Graph"), "Ctrl+1")
        self.arrange = make.action(QT_TRANSLATE_NOOP("MainWindow", "A&rrange the Graph"),
                                   "Ctrl+Shift+L")
        self.menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit,
                              self.arrange])
        self.menu.addSeparator()
        self.theme_group = QActionGroup(make.window)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            action = make.action(THEME_TEXTS.get(name, name), checkable=True)
            self.theme_group.addAction(action)
            self.themes[name] = action
        self.menu.addActions(list(self.themes.values()))
        self.menu.addSeparator()
        self.language_menu = make.menu(self.menu, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        self.language_group = QActionGroup(make.window)
        self.languages: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            # each language's name in itself, whatever the app speaks: one finds one's own
            action = make.action(None, checkable=True)
            action.setText(name)
            action.setData(lang)
            self.language_group.addAction(action)
            self.languages[lang] = action
        self.language_menu.addActions(list(self.languages.values()))
        self.menu.addSeparator()
        self.menu.addActions([dock.toggleViewAction() for dock in docks])  # their titles


class RunMenu:
    """Run ▸ Train, Check Gradients, step mode and its steps, practice, a descent step."""

    def __init__(self, make: _Maker, bar: QMenuBar) -> None:
        self.menu = make.menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Run"))
        self.train = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Train on MNIST…"), "Ctrl+T")
        self.gradcheck = make.action(QT_TRANSLATE_NOOP("MainWindow", "Check &Gradients…"),
                                     "Ctrl+G")
        self.step = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Step Mode"), "F9",
                                checkable=True)
        self.next_step = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Next Step"), "F10")
        self.previous_step = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Previous Step"),
                                         "Shift+F10")
        self.exit_step = make.action(QT_TRANSLATE_NOOP("MainWindow", "E&xit Step Mode"),
                                     "Escape")
        self.exit_step.setEnabled(False)
        self.practice = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Practice"), "F8",
                                    checkable=True)
        self.descent = make.action(QT_TRANSLATE_NOOP("MainWindow", "Gradient &Descent Step"),
                                   "Ctrl+Shift+G")
        self.menu.addActions([self.train, self.gradcheck])
        self.menu.addSeparator()
        self.menu.addActions([self.step, self.next_step, self.previous_step, self.exit_step])
        self.menu.addSeparator()
        self.menu.addActions([self.practice, self.descent])

    def show_step_mode(self, on: bool) -> None:
        self.step.setChecked(on)
        self.exit_step.setEnabled(on)

    def show_practice(self, on: bool) -> None:
        self.practice.setChecked(on)


class HelpMenu:
    """Help ▸ Keyboard Shortcuts, About."""

    def __init__(self, make: _Maker, bar: QMenuBar) -> None:
        self.menu = make.menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self.shortcuts = make.action(QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
                                     QKeySequence.HelpContents)
        self.about = make.action(QT_TRANSLATE_NOOP("MainWindow", "&About Backprop Studio"))
        self.menu.addActions([self.shortcuts, self.about])


class WindowActions(QObject):
    """Every action, menu, toolbar and context menu of the main window (see the module)."""

    paste_here = Signal(QPointF)  # the canvas menu's Paste Here, at the scene point clicked
    add_op_here = Signal(QPointF)  # the canvas menu's Add Op Here…, at the scene point

    def __init__(self, window: QMainWindow, document: Document, scene, view,
                 files: FileActions, docks: Sequence[QDockWidget]) -> None:
        """`scene` and `view` are the canvas (the context menu's items and selection, the
        view that owns F2); `files` fills the samples and recent files menus."""
        super().__init__(window)
        self.window, self.document, self.scene, self.files = window, document, scene, files
        self._make = make = _Maker(window)
        bar = window.menuBar()
        self.file = FileMenu(make, bar)
        self.edit = EditMenu(make, bar, document.undo_stack, view)
        self.view = ViewMenu(make, bar, docks)
        self.run = RunMenu(make, bar)
        self.lesson_toolbar = make.toolbar("lesson", QT_TRANSLATE_NOOP("MainWindow", "Lesson"))
        self.lesson_toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.lesson_toolbar.addActions([self.run.step, self.run.practice, self.run.gradcheck,
                                        self.run.train])
        self.lesson_toolbar.addSeparator()
        self.lesson_toolbar.addActions([self.view.fit, self.view.arrange])
        self.help = HelpMenu(make, bar)
        on_trigger(self.help.shortcuts, self.shortcuts_dialog)
        on_trigger(self.help.about, self.about_dialog)

        self.file.recent.aboutToShow.connect(self.fill_recent)
        document.computed.connect(self._computed)

    def retranslate(self) -> None:
        """Every action's and menu's text in the current language (the dock toggles take
        their docks' titles); the samples and recent files menus are filled again."""
        self._make.retranslate()
        self.edit.retranslate()
        self.show_output()
        self.fill_samples()
        self.fill_recent()

    def fill_samples(self) -> None:
        """File ▸ Open Sample again: the samples' titles, and a ✓ on those practised."""
        self.files.fill_samples_menu(self.file.samples)

    def fill_recent(self) -> None:
        self.files.fill_recent_menu(self.file.recent)

    def show_output(self) -> None:
        """Edit ▸ Make the Output or Clear the Output, for the node selected now (the window
        calls it when the selection changes)."""
        ids = self.scene.selected_node_ids()
        self.edit.show_output(len(ids) == 1 and self.document.graph.output.node == ids[0])

    def _computed(self, _result) -> None:
        self.show_output()  # an edit, or its undo, may have moved the output

    # -- the canvas's context menu ----------------------------------------------------------

    def context_menu(self, scene_pos: QPointF) -> QMenu:
        """What applies where the user right-clicked: a node, an edge, or the canvas."""
        menu = QMenu(self.window)
        scene, edit, view = self.scene, self.edit, self.view
        item = scene.item_at(scene_pos)
        if isinstance(item, NodeItem):
            if item.node_id not in scene.selected_node_ids():
                scene.select_only([item.node_id])
            self.show_output()
            menu.addActions([edit.rename, edit.output])
            menu.addSeparator()
            menu.addActions([edit.cut, edit.copy, edit.duplicate, edit.delete])
        elif item is not None:  # an edge
            scene.clearSelection()
            item.setSelected(True)
            menu.addAction(edit.delete)
        else:
            menu.addAction(translate("MainWindow", "&Paste Here"),
                           lambda: self.paste_here.emit(scene_pos))
            menu.addAction(translate("MainWindow", "Add &Op Here…"),
                           lambda: self.add_op_here.emit(scene_pos))
            menu.addSeparator()
            menu.addActions([edit.select_all, view.fit, view.arrange])
        return menu

    # -- Help's dialogs ----------------------------------------------------------------------

    def shortcuts_dialog(self) -> None:
        """Every action that has keys, by menu, read from the actions themselves."""
        rows = []
        # the menus this object made, in the menu bar's order; not QAction.menu() of the menu
        # bar's actions: before 6.11.2 PySide6 gave Python that menu, which then deleted it
        for menu in (group.menu for group in (self.file, self.edit, self.view, self.run,
                                              self.help)):
            entries = [(a.text().replace("&", ""), ", ".join(
                k.toString(QKeySequence.NativeText) for k in a.shortcuts()))
                for a in menu.actions() if a.shortcuts()]
            if entries:
                rows.append(f"<tr><td colspan=2><b>{html.escape(menu.title().replace('&', ''))}"
                            "</b></td></tr>")
                rows += [f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;{html.escape(keys)}"
                         "</td></tr>" for text, keys in entries]
        title = translate("MainWindow", "Canvas")
        rows.append(f"<tr><td colspan=2><b>{html.escape(title)}</b></td></tr>")
        rows += [f"<tr><td>{html.escape(translate('MainWindow', gesture))}</td><td>&nbsp;&nbsp;"
                 f"{html.escape(translate('MainWindow', how))}</td></tr>"
                 for gesture, how in CANVAS_GESTURES]
        box = QMessageBox(QMessageBox.NoIcon, translate("MainWindow", "Keyboard Shortcuts"),
                          "<table>" + "".join(rows) + "</table>", QMessageBox.Close,
                          self.window)
        box.setTextFormat(Qt.RichText)
        box.exec()

    def about_dialog(self) -> None:
        """The about box; Qt shows the window's icon (the app's) beside it."""
        QMessageBox.about(self.window, translate("MainWindow", "About Backprop Studio"),
                          translate(
            "MainWindow", "<h3>Backprop Studio {version}</h3>"
            "<p>See backpropagation happen: build computational graphs and watch values flow "
            "forward and gradients flow backward, as chapter 5 of <i>Deep Learning from "
            "Scratch</i> (밑바닥부터 시작하는 딥러닝, Koki Saito) teaches it.</p>"
            "<p>MIT licence. Python, NumPy, PySide6 (Qt) and pyqtgraph.</p>").format(
                version=html.escape(VERSION)))
