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
import re
from typing import Callable, Iterable, Sequence, Union

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.about import VERSION
from core.i18n import QT_TRANSLATE_NOOP, translate
from gui.base.i18n import LANGUAGE_NAMES
from gui.base.theme import THEMES
from gui.canvas.node_item import NodeItem
from gui.document import commands
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


def _key_lists(keys: Keys | Sequence[Keys]) -> tuple[list[QKeySequence], list[QKeySequence]]:
    """What a person presses for `keys`, and the platform's aliases besides.

    A key named here (`"Ctrl+D"`) is pressed; a standard key is pressed as the platform's
    first binding (Ctrl+Z for Undo), and its other bindings (F14, the keyboard's own Undo
    key, Shift+Del for Cut) are aliases: they work, unless another action presses them, and
    the Keyboard Shortcuts sheet does not list them."""
    keys = keys if isinstance(keys, (list, tuple)) else [keys]
    pressed: list[QKeySequence] = []
    aliases: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(key)
            pressed += bindings[:1]
            aliases += bindings[1:]
        else:
            pressed.append(QKeySequence(key))
    pressed = list(dict.fromkeys(pressed))
    return pressed, [k for k in dict.fromkeys(aliases) if k not in pressed]


def plain_text(text: str) -> str:
    """An action's text without its mnemonic: "&Undo" → "Undo", "실행 취소(&U)" → "실행 취소"."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Maker:
    """Makes the window's actions and menus, and remembers each one's untranslated text so
    `retranslate` can set it again in another language."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.texts: list[tuple[QAction | QMenu | QToolBar, str]] = []
        #: action → the keys a person presses for it (the sheet lists these), and the
        #: untranslated name the sheet gives it
        self.pressed: dict[QAction, list[QKeySequence]] = {}
        self.sheet_names: dict[QAction, str] = {}
        self._aliases: dict[QAction, list[QKeySequence]] = {}

    def action(self, text: str | None, keys: Keys | Sequence[Keys] = (),
               checkable: bool = False, sheet: str | None = None) -> QAction:
        """An action of the window (its keys work wherever the window has the focus);
        `text` None: its text is set by whoever follows what it says (Undo, the output),
        and `sheet` names it in the Keyboard Shortcuts sheet."""
        action = QAction(self.window)
        if keys:
            pressed, aliases = _key_lists(keys)
            self.pressed[action], self._aliases[action] = pressed, aliases
            action.setShortcuts(pressed + aliases)
            self.sheet_names[action] = sheet or text or ""
        action.setCheckable(checkable)
        self.window.addAction(action)
        if text is not None:
            self.texts.append((action, text))
        return action

    def settle_keys(self) -> None:
        """No two actions share a key, or Qt runs neither ("Ambiguous shortcut overload").

        Two actions pressing the same key is a mistake in this module; a platform's alias
        that another action uses (X11 binds Ctrl+D to Delete, and it is Duplicate here), or
        that two standard keys share, is taken off the action it is only an alias of."""
        def key(sequence: QKeySequence) -> str:
            return sequence.toString(QKeySequence.PortableText)

        pressed_by: dict[str, QAction] = {}
        for action, keys in self.pressed.items():
            for sequence in keys:
                other = pressed_by.setdefault(key(sequence), action)
                if other is not action:
                    raise ValueError(f"{key(sequence)} is pressed for two actions: "
                                     f"{self.sheet_names[other]!r} and "
                                     f"{self.sheet_names[action]!r}")
        alias_count: dict[str, int] = {}
        for keys in self._aliases.values():
            for sequence in keys:
                alias_count[key(sequence)] = alias_count.get(key(sequence), 0) + 1
        for action, aliases in self._aliases.items():
            kept = [k for k in aliases
                    if key(k) not in pressed_by and alias_count[key(k)] == 1]
            if len(kept) != len(aliases):
                action.setShortcuts(self.pressed[action] + kept)

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
        self.undo = make.action(None, QKeySequence.Undo,
                                sheet=QT_TRANSLATE_NOOP("MainWindow", "&Undo"))
        # the platform's redo keys (Ctrl+Shift+Z on Linux) and Ctrl+Y, which people expect too
        self.redo = make.action(None, [QKeySequence.Redo, QKeySequence("Ctrl+Y")],
                                sheet=QT_TRANSLATE_NOOP("MainWindow", "&Redo"))
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
        self.output = make.action(
            None, "Ctrl+L", sheet=QT_TRANSLATE_NOOP("MainWindow", "Make or clear the output"))
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
        make.settle_keys()
        self.sheet: ShortcutsSheet | None = None  # Help ▸ Keyboard Shortcuts, while open

    def retranslate(self) -> None:
        """Every action's and menu's text in the current language (the dock toggles take
        their docks' titles); the samples and recent files menus are filled again."""
        self._make.retranslate()
        commands.retranslate(self.document.undo_stack)  # Undo names them
        self.edit.retranslate()
        self.show_output()
        self.fill_samples()
        self.fill_recent()
        if self.sheet is not None:
            self.sheet.show_sections(self.shortcut_sections())

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

    def shortcut_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The Keyboard Shortcuts sheet's sections, in the current language: each menu's
        actions that have keys, by what a person presses (no platform aliases), then the
        canvas's gestures."""
        sections = []
        pressed, names = self._make.pressed, self._make.sheet_names
        # the menus this object made, in the menu bar's order; not QAction.menu() of the menu
        # bar's actions: before 6.11.2 PySide6 gave Python that menu, which then deleted it
        for menu in (group.menu for group in (self.file, self.edit, self.view, self.run,
                                              self.help)):
            rows = []
            for action in menu.actions():
                keys = [k for k in pressed.get(action, ()) if k in action.shortcuts()]
                if keys:
                    rows.append((plain_text(translate("MainWindow", names[action])),
                                 ", ".join(k.toString(QKeySequence.NativeText) for k in keys)))
            if rows:
                sections.append((plain_text(menu.title()), rows))
        sections.append((translate("MainWindow", "Canvas"),
                         [(translate("MainWindow", gesture), translate("MainWindow", how))
                          for gesture, how in CANVAS_GESTURES]))
        return sections

    def shortcuts_dialog(self) -> "ShortcutsSheet":
        """Help ▸ Keyboard Shortcuts: the sheet, beside the window (one at a time)."""
        if self.sheet is None:
            self.sheet = ShortcutsSheet(self.window)
            self.sheet.destroyed.connect(lambda _obj=None: setattr(self, "sheet", None))
        self.sheet.show_sections(self.shortcut_sections())
        self.sheet.show()
        self.sheet.raise_()
        self.sheet.activateWindow()
        return self.sheet

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


class ShortcutsSheet(QDialog):
    """Help ▸ Keyboard Shortcuts: every key of the window's actions, by menu, and the
    canvas's gestures, in two columns. It scrolls inside when the screen is too small, so
    its Close button is always on the screen; it stays open beside the window (a learner
    keeps it there) and follows a language switch."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._sections: list[tuple[str, list[tuple[str, str]]]] = []

    def show_sections(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """Lay out `sections` (title, [(what, keys)]) in two balanced columns, and take the
        size they need, as far as the screen allows."""
        self._sections = sections
        self.setWindowTitle(translate("MainWindow", "Keyboard Shortcuts"))
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setSpacing(28)
        for part in _balanced(sections):
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(3)
            row = 0
            for title, rows in part:
                heading = QLabel(f"<b>{html.escape(title)}</b>")
                heading.setContentsMargins(0, 8 if row else 0, 0, 2)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
                for what, keys in rows:
                    grid.addWidget(QLabel(what), row, 0, Qt.AlignTop)
                    how = QLabel(keys)
                    how.setWordWrap(len(keys) > 24)  # a gesture's words, not a key
                    how.setMinimumWidth(min(190, how.sizeHint().width()))
                    grid.addWidget(how, row, 1, Qt.AlignTop)
                    row += 1
            grid.setRowStretch(row, 1)
            columns.addLayout(grid, 1)
        self.scroll.setWidget(content)
        self._fit(content)

    def _fit(self, content: QWidget) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else self.screen())
        area = screen.availableGeometry()
        margins = self.layout().contentsMargins()
        need = content.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = need.width() + margins.left() + margins.right() + bar
        height = (need.height() + margins.top() + margins.bottom()
                  + self.layout().spacing() + self.buttons.sizeHint().height())
        # the frame (title bar) is outside: leave it room on the screen
        self.resize(min(width, area.width() * 9 // 10), min(height, area.height() * 85 // 100))

    def text(self) -> str:
        """Every line of the sheet as plain text (what it says, for a reader or a test)."""
        return "\n".join(f"{title}\n" + "\n".join(f"{what}  {keys}" for what, keys in rows)
                         for title, rows in self._sections)


def _balanced(sections: list) -> list[list]:
    """The sections in two columns, in order, split where the columns' lengths differ
    least (a section's length: its rows and its heading)."""
    sizes = [len(rows) + 1.5 for _title, rows in sections]
    total = sum(sizes)
    best = min(range(1, len(sections) + 1),
               key=lambda i: abs(total - 2 * sum(sizes[:i])))
    return [part for part in (sections[:best], sections[best:]) if part]

