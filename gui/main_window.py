"""The main window: canvas in the middle, palette and inspector docks, menus, status bar.

It wires the pieces together and owns the file actions; the editing itself lives in the
scene (gestures), the commands (undo steps) and the document (graph, stack, recompute).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QCursor, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QMessageBox, QScrollArea, QVBoxLayout, QWidget)

from core.engine import Result
from core.fileformat import GraphFileError
from core.formatting import not_finite, summarize
from core.graph import Graph
from core.paths import sample_files
from gui import export
from gui.document import Document
from gui.editing import Editor
from gui.safety import guarded, reporter
from gui.inspector import Inspector
from gui.palette import OpSearchPopup, Palette
from gui.scene import GraphScene
from gui.step_bar import StepBar
from gui.stepper import Stepper
from gui.theme import THEMES, apply_to_app
from gui.training.panel import TrainingPanel
from gui.view import GraphView

APP_NAME = "Backprop Studio"
GRAPH_FILTER = "Backprop Studio graphs (*.json);;All files (*)"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    closing = Signal()  # the window is closing for good (not cancelled)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.document = Document(self)
        self.editor = Editor(self.document, self)
        theme = THEMES.get(str(self.settings.value("theme", "light")), THEMES["light"])
        self.scene = GraphScene(self.document, self.editor, theme, self)
        self.view = GraphView(self.scene)
        self.stepper = Stepper(self.scene, self)
        self.step_bar = StepBar(self.stepper)
        self.step_bar.hide()
        self.search_popup = OpSearchPopup(self)
        self._search_pos = QPointF()
        self._sample_name: str | None = None

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.view)
        self.setCentralWidget(central)

        self.palette = Palette()
        self.palette_dock = self._dock("Palette", self.palette, Qt.LeftDockWidgetArea, 190)
        self.inspector = Inspector(self.document, self.editor)
        self.inspector_dock = self._dock("Inspector", self.inspector, Qt.RightDockWidgetArea,
                                         250)
        self.training = TrainingPanel(self.settings, self.document)
        self.training_dock = self._dock("Training", self.training, Qt.BottomDockWidgetArea, 0)
        self.training.watch_close(self.training_dock)  # closing the dock stops training
        self.training.status_message.connect(self.show_message)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._make_actions()
        self._make_menus()

        self.scene.status_message.connect(self.show_message)
        self.editor.refused.connect(self.show_message)
        reporter().failed.connect(self.show_message)
        self.inspector.status_message.connect(self.show_message)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.palette.add_requested.connect(self.add_node_at_center)
        self.view.search_requested.connect(self.open_search)
        self.search_popup.chosen.connect(lambda name: self.scene.add_node_at(name,
                                                                            self._search_pos))
        self.document.computed.connect(self._computed)
        self.document.computed.connect(self.stepper.refresh)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(lambda _p: self._update_title())
        self.stepper.step_changed.connect(self._step_changed)

        self.resize(1400, 900)
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

    def _dock(self, title: str, widget: QWidget, area, width: int) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.lower())
        scroll = QScrollArea()  # the dock keeps its width whatever the panel shows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(widget)
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable)
        self.addDockWidget(area, dock)
        scroll.setMinimumWidth(width)
        return dock

    # -- actions and menus --------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        # Pass `checked` only to toggles: a plain slot with a default argument (fit_to_graph's
        # max_zoom) must not receive triggered's bool.
        if checkable:
            action.triggered.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.new_action = a("&New", self.new_graph, QKeySequence.New)
        self.open_action = a("&Open…", self.open_dialog, QKeySequence.Open)
        self.save_action = a("&Save", self.save, QKeySequence.Save)
        self.save_as_action = a("Save &As…", self.save_as, QKeySequence.SaveAs)
        self.export_png_action = a("Export Image as &PNG…", lambda: self.export_image("png"))
        self.export_svg_action = a("Export Image as S&VG…", lambda: self.export_image("svg"))
        self.quit_action = a("&Quit", self.close, QKeySequence.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(QKeySequence.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.delete_action = a("&Delete", self.delete_selection,
                               [QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)])
        self.select_all_action = a("Select &All", self.select_all, QKeySequence.SelectAll)
        self.copy_action = a("&Copy", self.copy, QKeySequence.Copy)
        self.cut_action = a("Cu&t", self.cut, QKeySequence.Cut)
        self.paste_action = a("&Paste", self.paste, QKeySequence.Paste)
        self.duplicate_action = a("D&uplicate", self.duplicate, "Ctrl+D")
        self.zoom_in_action = a("Zoom &In", lambda: self.view.zoom_by(1.25), QKeySequence.ZoomIn)
        self.zoom_out_action = a("Zoom &Out", lambda: self.view.zoom_by(0.8),
                                 QKeySequence.ZoomOut)
        self.zoom_reset_action = a("&Actual Size", self.view.reset_zoom, "Ctrl+0")
        self.fit_action = a("&Fit to Graph", self.view.fit_to_graph, "Ctrl+1")
        self.step_action = a("&Step Mode", self.toggle_step_mode, "F9", checkable=True)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for name in THEMES:
            action = a(f"{name.capitalize()} Theme", lambda _c=False, n=name: self.set_theme(n),
                       checkable=True)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.new_action, self.open_action])
        self.samples_menu = file.addMenu("Open &Sample")
        for path in sample_files():
            self.samples_menu.addAction(path.stem.replace("_", " "),
                                        lambda p=path: self.open_sample(p))
        self.recent_menu = file.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file.addSeparator()
        file.addActions([self.save_action, self.save_as_action])
        file.addSeparator()
        file.addActions([self.export_png_action, self.export_svg_action])
        file.addSeparator()
        file.addAction(self.quit_action)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.cut_action, self.copy_action, self.paste_action,
                         self.duplicate_action, self.delete_action])
        edit.addSeparator()
        edit.addAction(self.select_all_action)
        view = bar.addMenu("&View")
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                         self.fit_action])
        view.addSeparator()
        view.addActions(list(self.theme_actions.values()))
        view.addSeparator()
        view.addActions([self.palette_dock.toggleViewAction(),
                         self.inspector_dock.toggleViewAction(),
                         self.training_dock.toggleViewAction()])
        run = bar.addMenu("&Run")
        run.addAction(self._action("&Train on MNIST…", self.show_training, "Ctrl+T"))
        run.addSeparator()
        run.addAction(self.step_action)
        run.addAction(self._action("Next Step", self.stepper.next, "F10"))
        run.addAction(self._action("Previous Step", self.stepper.previous, "Shift+F10"))

    def show_training(self) -> None:
        self.training_dock.show()
        self.training_dock.raise_()

    # -- status -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _computed(self, result: Result) -> None:
        if result.errors:
            first = next(iter(result.errors.values()))
            more = len(result.errors) - 1
            text = f"⚠ {first.message}" + (f"  (+{more} more)" if more > 0 else "")
            self.status_label.setStyleSheet(f"color: {self.scene.theme.error}")
        elif result.output is not None:
            node = self.document.graph.nodes[result.output]
            text = f"output {node.label} = {summarize(result.values[result.output])}"
            style = f"color: {self.scene.theme.fault}"
            if result.warnings:  # where an ∞ or NaN started, and the likely cause
                first = next(iter(result.warnings.values()))
                more = len(result.warnings) - 1
                text += f"   ⚠ {first.message}" + (f"  (+{more} more)" if more > 0 else "")
            elif any(not_finite(g) for g in result.edge_grads.values()):
                text += ("   ⚠ a gradient is not finite (∞ or NaN): backward overflowed or "
                         "divided by 0 (see the amber labels)")
            else:
                style = ""
            self.status_label.setStyleSheet(style)
        else:
            text = "Drag ops from the palette, or press Tab on the canvas."
            self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _update_title(self, *_args) -> None:
        doc = self.document
        if doc.path is not None:
            name = doc.path.name
        elif self._sample_name:
            name = f"{self._sample_name} (sample)"
        else:
            name = "untitled"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(doc.is_modified)

    def _selection_changed(self) -> None:
        ids = self.scene.selected_node_ids()
        self.inspector.show_node(ids[0] if len(ids) == 1 else None)

    # -- files --------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means the user cancelled."""
        if not self.document.is_modified:
            return True
        answer = QMessageBox.question(
            self, APP_NAME, "The graph has unsaved changes. Save them first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_graph(self) -> None:
        if self.maybe_save():
            self._sample_name = None
            self.document.new()
            self.view.reset_zoom()
            self.view.centerOn(300, 200)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open graph", start, GRAPH_FILTER)
        if path:
            self.open_file(path, ask=False)

    def open_file(self, path: str | Path, ask: bool = True) -> bool:
        """Open a graph file; a bad file shows an error and leaves the current graph."""
        if ask and not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except GraphFileError as e:
            QMessageBox.critical(self, "Cannot open graph", str(e))
            self.show_message("The file was not opened; the current graph is unchanged.")
            return False
        self._sample_name = None
        self._update_title()
        self._add_recent(Path(path))
        self.view.fit_to_graph()
        self.show_message(f"Opened {Path(path).name}")
        return True

    def open_sample(self, path: Path, ask: bool = True) -> bool:
        """A sample opens as an untitled copy, so saving never overwrites the sample."""
        if ask and not self.maybe_save():
            return False
        try:
            self._sample_name = path.stem  # before the title changes with the new graph
            graph = self.document.open_sample(path)
        except GraphFileError as e:
            self._sample_name = None
            QMessageBox.critical(self, "Cannot open sample", str(e))
            return False
        self._update_title()
        self.view.fit_to_graph()
        title = graph.meta.get("title")
        self.show_message(f"Sample: {title}" if title else f"Opened sample {path.stem}")
        return True

    def restore_graph(self, graph: Graph, path: Path | None) -> None:
        """A graph autosaved before a crash: unsaved (modified), with its file if it had one."""
        self._sample_name = None
        self.document.restore(graph, path)
        self.view.fit_to_graph()
        self.show_message("Restored the unsaved changes autosaved before the crash.")

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or Path.home() / f"{self._sample_name or 'graph'}.json")
        path, _ = QFileDialog.getSaveFileName(self, "Save graph as", start, GRAPH_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except GraphFileError as e:
            QMessageBox.critical(self, "Cannot save graph",
                                 f"{e}\n\nYour changes are not saved; they are still open "
                                 "here. Try File ▸ Save As… with another folder.")
            self.show_message(f"Not saved: {e.problem}")
            return False
        self._sample_name = None
        self._add_recent(path)
        self._update_title()
        self.show_message(f"Saved {path.name}")
        return True

    def export_image(self, kind: str) -> bool:
        name = (self.document.path.stem if self.document.path else self._sample_name) or "graph"
        filters = "PNG image (*.png)" if kind == "png" else "SVG image (*.svg)"
        path, _ = QFileDialog.getSaveFileName(self, "Export image", f"{name}.{kind}", filters)
        if not path:
            return False
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        ok = export.to_png(self.scene, path) if kind == "png" else export.to_svg(self.scene, path)
        if not ok:
            QMessageBox.critical(self, "Cannot export image", f"Could not write {path}")
            return False
        self.show_message(f"Exported {Path(path).name}")
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for f in files:
            self.recent_menu.addAction(Path(f).name, lambda f=f: self.open_file(f)) \
                .setToolTip(f)
        if not files:
            self.recent_menu.addAction("(none)").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear", self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.setValue("recent_files", [])
        self._fill_recent_menu()

    # -- editing ------------------------------------------------------------------------

    def add_node_at_center(self, type_name: str) -> None:
        center = self.view.mapToScene(self.view.viewport().rect().center())
        offset = 24 * (len(self.document.graph.nodes) % 6)
        self.scene.add_node_at(type_name, center + QPointF(offset, offset))

    def open_search(self, scene_pos: QPointF, text: str) -> None:
        self._search_pos = scene_pos
        global_pos = self.view.viewport().mapToGlobal(self.view.mapFromScene(scene_pos))
        self.search_popup.open_at(global_pos, text)

    def delete_selection(self) -> None:
        self.editor.delete(self.scene.selected_node_ids(), self.scene.selected_edges())

    def select_all(self) -> None:
        self.scene.select_only(list(self.scene.nodes))

    def copy(self) -> bool:
        return self.editor.copy(self.scene.selected_node_ids())

    def cut(self) -> None:
        self.editor.cut(self.scene.selected_node_ids())

    def paste(self) -> None:
        """At the mouse pointer when it is over the canvas, else beside the copied nodes."""
        view = self.view
        local = view.viewport().mapFromGlobal(QCursor.pos())
        at = None
        if view.viewport().rect().contains(local):
            scene_pos = view.mapToScene(local)
            at = (scene_pos.x(), scene_pos.y())
        self.editor.paste(at)

    def duplicate(self) -> None:
        self.editor.duplicate(self.scene.selected_node_ids())

    # -- view ---------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        theme = THEMES[name]
        app = QApplication.instance()
        if app is not None:
            apply_to_app(app, theme)
        self.scene.set_theme(theme)
        if self.document.result is not None:
            self._computed(self.document.result)  # the status line's colours follow
        self.theme_actions[name].setChecked(True)
        self.settings.setValue("theme", name)

    def toggle_step_mode(self, on: bool) -> None:
        if on and self.document.result is not None:
            self.stepper.start(self.document.result)
            self.step_bar.show()
        else:
            self.stepper.stop()
            self.step_bar.hide()
            self.step_action.setChecked(False)

    def _step_changed(self, index: int, count: int, text: str) -> None:
        if index < 0:
            self.step_action.setChecked(False)
            self.step_bar.hide()

    # -- closing ------------------------------------------------------------------------

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.training.shutdown()  # stop a run and join its thread
        self.closing.emit()
        event.accept()
