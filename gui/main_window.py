"""The main window: canvas in the middle, palette and inspector docks, menus, status bar.

It puts the pieces together: the document (graph, undo stack, recompute), the editor (the
one edit API), the scene and view, the file actions (`self.files`, `gui/file_actions.py`),
the actions, menus and context menu (`self.window_actions`, `gui/actions.py`), the lesson modes
and the training panel, and connects each action to what it does. It holds no editing or
file logic of its own, only what the user sees of it: status messages, the title, the theme,
the language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.engine.result import Result
from core.model.graph import Graph
from gui.actions import WindowActions, on_trigger
from gui.base.i18n import SETTINGS_KEY, apply_language, chosen_language, speakable
from gui.base.safety import guarded, reporter
from gui.base.theme import THEMES, apply_to_app
from gui.canvas.palette import OpSearchPopup, Palette
from gui.canvas.presenter import CanvasPresenter
from gui.canvas.scene import GraphScene
from gui.canvas.view import GraphView
from gui.document.document import Document
from gui.document.editor import Editor
from gui.file_actions import FileActions
from gui.inspector.inspector import Inspector
from gui.lesson.modes import LessonModes
from gui.lesson.practice import Practice, PracticeBar
from gui.lesson.step_bar import StepBar
from gui.lesson.step_mode import Stepper
from gui.status_line import MessageBar, StatusLine
from gui.training.descent_bar import DescentBar
from gui.training.panel import TrainingPanel


class MainWindow(QMainWindow):
    closing = Signal()  # the window is closing for good (not cancelled)

    def __init__(self, settings: QSettings | None = None, language: str | None = None) -> None:
        """`language` ("en", "ko") overrides, for this window only, the one the user chose
        in View ▸ Language (else the desktop's)."""
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.language, why_not = speakable(language or chosen_language(self.settings))
        apply_language(self.language)  # first: the widgets below read their texts
        self.document = Document(self)
        self.editor = Editor(self.document, self)
        self.files = FileActions(self, self.document, self.settings)
        theme = THEMES.get(str(self.settings.value("theme", "light")), THEMES["light"])
        self.scene = GraphScene(self.document, self.editor, theme, self)
        self.view = GraphView(self.scene)
        self.presenter = CanvasPresenter(self.document, self.scene, self)  # what it shows
        self.stepper = Stepper(self.presenter, self)
        self.step_bar = StepBar(self.stepper)
        self.step_bar.hide()
        self.practice = Practice(self.presenter, self.document, self.settings, self)
        self.practice_bar = PracticeBar(self.practice)
        self.search_popup = OpSearchPopup(self)
        self._search_pos = QPointF()
        self._fit_pending = False

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.practice_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)

        self.palette = Palette()
        self.palette_dock = self._dock("palette", self.palette, Qt.LeftDockWidgetArea, 190)
        self.inspector = Inspector(self.document, self.editor)
        # one gradient-descent step, under the inspector (the lr field is remembered)
        self.descent_bar = DescentBar(self.document, self.editor, self.settings)
        inspector_box = QWidget()
        box = QVBoxLayout(inspector_box)
        box.setContentsMargins(0, 0, 6, 6)
        box.addWidget(self.inspector, 1)
        box.addWidget(self.descent_bar)
        self.inspector_dock = self._dock("inspector", inspector_box, Qt.RightDockWidgetArea,
                                         250)
        self.training = TrainingPanel(self.settings, self.document)
        # runs of the canvas graph show live on it
        self.training.attach_canvas(self.presenter, self.editor)
        self.training_dock = self._dock("training", self.training, Qt.BottomDockWidgetArea, 0)
        self.training.watch_close(self.training_dock)  # closing the dock stops training
        self.setStatusBar(MessageBar())  # long messages end with "…" at a word
        self.status_label = StatusLine(self.document, self.scene, self.view, self.presenter)
        self.statusBar().addPermanentWidget(self.status_label)
        self.window_actions = WindowActions(self, self.document, self.scene, self.view, self.files,
                                     [self.palette_dock, self.inspector_dock,
                                      self.training_dock])
        self.modes = LessonModes(self.document, self.stepper, self.step_bar, self.practice,
                                 self.practice_bar, self)
        self._connect()
        self._connect_actions()
        self.retranslate()
        if why_not:
            self.show_message(why_not)

        self._first_size()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.palette_dock, self.inspector_dock], [200, 270],
                             Qt.Horizontal)
            self.resizeDocks([self.training_dock], [330], Qt.Vertical)
            # a first start shows the canvas at full height; Run ▸ Train opens the panel
            self.training_dock.hide()
        self.set_theme(theme.name)
        self._update_title()

    def _connect(self) -> None:
        for said in (self.files.message, self.scene.status_message, self.editor.refused,
                     self.inspector.status_message, self.training.status_message,
                     self.descent_bar.status_message, self.modes.message, reporter().failed):
            said.connect(self.show_message)
        self.files.title_changed.connect(self._update_title)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.context_menu_requested.connect(self._context_menu)
        self.palette.add_requested.connect(self.add_node_at_center)
        self.view.search_requested.connect(self.open_search)
        self.search_popup.chosen.connect(lambda name: self.scene.add_node_at(name,
                                                                            self._search_pos))
        self.document.computed.connect(self._fit_if_pending)
        self.scene.items_made.connect(self._items_made)
        self.view.navigated.connect(self._drop_fit)  # the user took the view first
        self.document.computed.connect(self.stepper.refresh)
        self.document.graph_replaced.connect(self._graph_replaced)
        self.training.network_built.connect(self._graph_replaced)  # fit the built network
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(lambda _p: self._update_title())
        self.view.zoom_changed.connect(self.scene.set_zoom)
        self.scene.edge_clicked.connect(
            lambda edge_id: self.practice.active and self.practice.edge_clicked(edge_id))
        self.modes.step_mode_changed.connect(self.window_actions.run.show_step_mode)
        self.modes.practice_mode_changed.connect(self.window_actions.run.show_practice)
        self.modes.practice_finished.connect(self.window_actions.fill_samples)  # the sample's ✓
        self.window_actions.paste_here.connect(lambda pos: self.editor.paste((pos.x(), pos.y())))
        self.window_actions.add_op_here.connect(lambda pos: self.open_search(pos, ""))

    def _connect_actions(self) -> None:
        """What each action does: `self.window_actions` knows only what they show."""
        a, files, view = self.window_actions, self.files, self.view
        for action, slot in (
                (a.file.new, self.new_graph), (a.file.open, files.open_dialog),
                (a.file.save, files.save), (a.file.save_as, files.save_as),
                (a.file.export_png, lambda: self.export_image("png")),
                (a.file.export_svg, lambda: self.export_image("svg")),
                (a.file.export_python, self.export_python), (a.file.quit, self.close),
                (a.edit.undo, self.undo), (a.edit.redo, self.redo),
                (a.edit.cut, self.cut), (a.edit.copy, self.copy), (a.edit.paste, self.paste),
                (a.edit.duplicate, self.duplicate), (a.edit.delete, self.delete_selection),
                (a.edit.rename, self.rename_selected), (a.edit.output, self.toggle_output),
                (a.edit.add_op, self.open_search_at_cursor),
                (a.edit.select_all, self.select_all),
                (a.view.zoom_in, lambda: view.zoom_by(1.25)),
                (a.view.zoom_out, lambda: view.zoom_by(0.8)),
                (a.view.zoom_reset, view.reset_zoom), (a.view.fit, view.fit_to_graph),
                (a.view.arrange, self.arrange),
                (a.run.train, self.show_training), (a.run.gradcheck, self.check_gradients),
                (a.run.step, self.toggle_step_mode), (a.run.next_step, self.stepper.next),
                (a.run.previous_step, self.stepper.previous),
                (a.run.exit_step, lambda: self.toggle_step_mode(False)),
                (a.run.practice, self.toggle_practice),
                (a.run.descent, lambda: self.descent_bar.step())):
            on_trigger(action, slot)
        for name, action in a.view.themes.items():
            on_trigger(action, lambda _on, name=name: self.set_theme(name))
        for lang, action in a.view.languages.items():
            on_trigger(action, lambda _on, lang=lang: self.set_language(lang))

    def _dock(self, name: str, widget: QWidget, area, width: int) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        scroll = QScrollArea()  # the dock keeps its width whatever the panel shows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(widget)
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable)
        self.addDockWidget(area, dock)
        scroll.setMinimumWidth(width)
        return dock

    def _graph_replaced(self, graph: Graph) -> None:
        self._fit_pending = True  # once its numbers are on the edges, which fit must see

    def show_training(self) -> None:
        self.training_dock.show()
        self.training_dock.raise_()

    # -- language -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """View ▸ Language: every text in `lang` at once, remembered for the next start."""
        self.language, why_not = speakable(lang)
        apply_language(self.language)
        self.settings.setValue(SETTINGS_KEY, self.language)
        self.retranslate()
        if why_not:
            self.show_message(why_not)

    def _first_size(self) -> None:
        """1400 × 900 at a first start, or less on a smaller screen: a 1366 × 768 laptop gets
        the whole window, title bar and all, centred on its screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 900)
            return
        area = screen.availableGeometry()
        self.resize(min(1400, area.width() * 19 // 20), min(900, area.height() * 9 // 10))
        self.move(area.center() - self.rect().center())

    def retranslate(self) -> None:
        """Set every text of the window again in the current language; what the document
        computed (the status line, step mode's sentences, errors) is computed again."""
        self.window_actions.retranslate()
        self.window_actions.view.languages[self.language].setChecked(True)
        for dock, title in ((self.palette_dock, self.tr("Palette")),
                            (self.inspector_dock, self.tr("Inspector")),
                            (self.training_dock, self.tr("Training"))):
            dock.setWindowTitle(title)
        for part in (self.palette, self.search_popup, self.inspector, self.step_bar,
                     self.practice_bar, self.descent_bar, self.training):
            part.retranslate()
        self.scene.retranslate()  # the sources' role captions
        for dialog in self.findChildren(QDialog):  # an open Check Gradients, for one
            if hasattr(dialog, "retranslate"):
                dialog.retranslate()
        self._update_title()
        if self.document.result is not None:
            self.document.compute()

    # -- status -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _items_made(self, over_turns: bool) -> None:
        """A big graph's last items are made: fit it (in a turn of its own: the fit lays
        out 10,000 nodes and edges again, and paints them all), unless the user acted on
        the canvas first (a press, a key that needed every item, a pan, a zoom: the view
        is not moved under their hand)."""
        if over_turns:
            QTimer.singleShot(0, self, self._fit_after_items)
        else:
            self._fit_pending = False

    def _drop_fit(self) -> None:
        self._fit_pending = False

    def _fit_after_items(self) -> None:
        if self.scene.input.gesture is None:
            self._fit_if_pending()
        else:  # a press came between: the view stays under the user's hand
            self._fit_pending = False

    def _fit_if_pending(self, _result: Result | None = None) -> None:
        # after a graph replaced the last one, once it computed and its items are made
        if self._fit_pending and not self.scene.items_pending:
            self._fit_pending = False
            if self.document.graph.nodes:
                self.view.fit_to_graph()

    def _update_title(self, *_args) -> None:
        doc = self.document
        if doc.path is not None:
            name = doc.path.name
        elif self.files.sample_name:
            name = self.tr("{name} (sample)").format(name=self.files.sample_name)
        else:
            name = self.tr("untitled")
        self.setWindowTitle(f"{name}[*] — {self.tr('Backprop Studio')}")
        self.setWindowModified(doc.is_modified)

    def _selection_changed(self) -> None:
        ids = self.scene.selected_node_ids()
        self.inspector.show_node(ids[0] if len(ids) == 1 else None)
        self.window_actions.show_output()

    # -- files (File ▸ …; opening and saving are `self.files`) ------------------------------

    def new_graph(self) -> None:
        if self.files.new():
            self.view.reset_zoom()
            self.view.centerOn(300, 200)
            self.show_message(self.tr("A new, empty graph: drag ops from the palette, or "
                                      "press Tab on the canvas."))

    def restore_graph(self, graph: Graph, path: Path | None) -> None:
        """A graph autosaved before a crash: unsaved (modified), with its file if it had one."""
        self.files.sample_name = None
        self.document.restore(graph, path)
        self.show_message(self.tr("Restored the unsaved changes autosaved before the crash."))

    def export_image(self, kind: str) -> bool:
        return self.files.export_image(kind, self.scene)

    def export_python(self) -> bool:
        from gui.lesson.export_code_action import export_python
        path = self.document.path
        name = (path.stem if path else self.files.sample_name) or "graph"
        return export_python(self, self.document.graph, f"{name}.py",
                             graph_file=str(path) if path else None)

    # -- editing ------------------------------------------------------------------------

    def add_node_at_center(self, type_name: str) -> None:
        center = self.view.mapToScene(self.view.viewport().rect().center())
        offset = 24 * (len(self.document.graph.nodes) % 6)
        self.scene.add_node_at(type_name, center + QPointF(offset, offset))

    def open_search(self, scene_pos: QPointF, text: str) -> None:
        self._search_pos = scene_pos
        viewport = self.view.viewport()
        global_pos = viewport.mapToGlobal(self.view.mapFromScene(scene_pos))
        canvas = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        self.search_popup.open_at(global_pos, text, canvas)

    def open_search_at_cursor(self) -> None:
        self.open_search(self._cursor_scene_pos() or self.view.mapToScene(
            self.view.viewport().rect().center()), "")

    def _cursor_scene_pos(self) -> QPointF | None:
        local = self.view.viewport().mapFromGlobal(QCursor.pos())
        if not self.view.viewport().rect().contains(local):
            return None
        return self.view.mapToScene(local)

    def _context_menu(self, scene_pos: QPointF, screen_pos) -> None:
        self.window_actions.context_menu(scene_pos).popup(screen_pos)

    def undo(self) -> None:
        """Edit ▸ Undo, said in the status bar (the last edit's own message, such as
        "Connected tax → price.y", would otherwise stay there, no longer true)."""
        stack = self.document.undo_stack
        if stack.canUndo():
            text = stack.undoText()
            stack.undo()
            self.show_message(self.tr("Undone: {command}").format(command=text))

    def redo(self) -> None:
        stack = self.document.undo_stack
        if stack.canRedo():
            text = stack.redoText()
            stack.redo()
            self.show_message(self.tr("Redone: {command}").format(command=text))

    def delete_selection(self) -> None:
        edges = self.scene.selected_edges()
        self._remove_selection(lambda ids: self.editor.delete(ids, edges))

    def _remove_selection(self, remove) -> None:
        """Delete or cut the selected nodes, unselected first in one selection change:
        removing 20,000 selected items said it item by item (a third of the time of
        deleting everything). Refused, they are selected again."""
        ids = self.scene.selected_node_ids()
        self.scene.clearSelection()
        if not remove(ids):
            self.scene.select_only(ids)

    def select_all(self) -> None:
        self.scene.select_only(list(self.scene.nodes))

    def copy(self) -> bool:
        return self.editor.copy(self.scene.selected_node_ids())

    def cut(self) -> None:
        self._remove_selection(self.editor.cut)

    def paste(self) -> None:
        """At the mouse pointer when it is over the canvas, else beside the copied nodes."""
        pos = self._cursor_scene_pos()
        self.editor.paste(None if pos is None else (pos.x(), pos.y()))

    def duplicate(self) -> None:
        """Copies of the selected nodes where they cover nothing, beside the originals."""
        ids = self.scene.selected_node_ids()
        self.editor.duplicate(ids, self.scene.free_offset(ids))

    def rename_selected(self) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) == 1:
            self.scene.input.start_rename(ids[0])
        else:
            self.show_message(self.tr("Select one node to rename it."))

    def toggle_output(self) -> None:
        ids = self.scene.selected_node_ids()
        if len(ids) != 1:
            self.show_message(self.tr("Select one node to make it the graph's output."))
            return
        graph = self.document.graph
        self.editor.set_output(None if graph.output.node == ids[0] else ids[0])
        self.window_actions.show_output()

    def arrange(self) -> None:
        """View ▸ Arrange: a tidy left-to-right layout with room for every number."""
        scale = min(max(self.scene.label_scale, 1.3), 1.6)  # room for numbers when fitted
        if self.editor.arrange(self.scene.layout_sizes(scale)):
            self.view.fit_to_graph()
            self.show_message(self.tr("Arranged the graph; Edit ▸ Undo puts it back."))

    def check_gradients(self) -> None:
        from gui.lesson.gradcheck_dialog import open_gradcheck_dialog
        open_gradcheck_dialog(self, lambda: self.document.graph)  # as it is at each check

    # -- view ---------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        theme = THEMES[name]
        app = QApplication.instance()
        if app is not None:
            apply_to_app(app, theme)
        self.scene.set_theme(theme)
        if self.presenter.result() is not None:
            self.status_label.show_result(self.presenter.result())  # its colours follow
        self.window_actions.view.themes[name].setChecked(True)
        self.settings.setValue("theme", name)

    def toggle_step_mode(self, on: bool) -> None:
        self.modes.toggle_step_mode(on)

    def toggle_practice(self, on: bool) -> None:
        self.modes.toggle_practice(on, self.files.sample_name)

    # -- closing ------------------------------------------------------------------------

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        # a run first: keeping its weights puts them on the canvas, an edit to save next
        if not self.training.ask_to_stop(self) or not self.files.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.training.shutdown()  # stop a run and join its thread
        self.closing.emit()
        event.accept()
