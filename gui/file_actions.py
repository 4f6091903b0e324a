"""File actions of the window: new, open, samples, recent files, save, export.

Each opens the document through `Document` (which refuses a bad file before anything is
replaced), asks before unsaved changes are lost, and says what happened in the status
line. File dialogs start in the folder last used for that kind of file (remembered in the
settings), and a chosen name gets the kind's suffix when it has none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from core.files.graph_files import GraphFileError
from core.files.samples import figure_text, sample_catalogue
from core.i18n import localized
from gui.canvas import picture_export as export
from gui.document.document import Document

MAX_RECENT = 8


def ask_save_path(parent: QWidget, settings: QSettings, kind: str, title: str,
                  name: str, filters: str, suffix: str) -> Path | None:
    """A save dialog starting in the last folder used for `kind`; adds a missing suffix."""
    folder = str(settings.value(f"folders/{kind}", str(Path.home())))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filters)
    if not path:
        return None
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(suffix)
    settings.setValue(f"folders/{kind}", str(path.parent))
    return path


class FileActions(QObject):
    """What File ▸ … does; `window` shows messages and owns the view to fit."""

    message = Signal(str)
    title_changed = Signal()

    def __init__(self, window, document: Document, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.document, self.settings = window, document, settings
        self.sample_name: str | None = None  # the sample the untitled graph came from

    # -- opening --------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means the user cancelled."""
        if not self.document.is_modified:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Backprop Studio"),
            self.tr("The graph has unsaved changes. Save them first?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.sample_name = None
        self.document.new()
        self.title_changed.emit()
        return True

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = str(self.settings.value("folders/graphs", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open graph"), folder,
                                              self.tr("Backprop Studio graphs (*.json);;"
                                                      "All files (*)"))
        if path:
            self.open_file(path, ask=False)

    def open_file(self, path: str | Path, ask: bool = True) -> bool:
        """Open a graph file; a bad file shows an error and leaves the current graph."""
        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            self.document.open(path)
        except GraphFileError as e:
            QMessageBox.critical(self.window, self.tr("Cannot open graph"), str(e))
            self.message.emit(self.tr("The file was not opened; the current graph is "
                                      "unchanged."))
            return False
        self.sample_name = None
        self.settings.setValue("folders/graphs", str(path.resolve().parent))
        self.add_recent(path)
        self.title_changed.emit()
        self.message.emit(self.tr("Opened {name}").format(name=path.name))
        return True

    def open_sample(self, path: Path, ask: bool = True) -> bool:
        """A sample opens as an untitled copy, so saving never overwrites the sample."""
        if ask and not self.maybe_save():
            return False
        try:
            graph = self.document.open_sample(path)
        except GraphFileError as e:
            QMessageBox.critical(self.window, self.tr("Cannot open sample"), str(e))
            return False
        self.sample_name = Path(path).stem
        self.title_changed.emit()
        title = localized(graph.meta, "title")
        self.message.emit(self.tr("Sample: {title}").format(title=title) if title
                          else self.tr("Opened sample {name}").format(name=Path(path).stem))
        return True

    def fill_samples_menu(self, menu: QMenu) -> None:
        """The samples, grouped by the chapter's figure they reproduce."""
        from gui.lesson.practice import finished_samples
        menu.clear()
        done = finished_samples(self.settings)
        for sample in sample_catalogue():
            figure = self.tr("Fig. {figure}").format(figure=figure_text(sample.figure)) \
                if sample.figure else ""
            text = f"{figure}\t{sample.title}" if figure else sample.title
            if sample.path.stem in done:
                text = "✓ " + text  # practised to the end
            action = menu.addAction(text, lambda p=sample.path: self.open_sample(p))
            action.setData(sample.path.stem)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name = (self.document.path.name if self.document.path
                else f"{self.sample_name or 'graph'}.json")
        path = ask_save_path(self.window, self.settings, "graphs", self.tr("Save graph as"),
                             name, self.tr("Backprop Studio graphs (*.json);;All files (*)"),
                             ".json")
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except GraphFileError as e:
            QMessageBox.critical(self.window, self.tr("Cannot save graph"), self.tr(
                "{error}\n\nYour changes are not saved; they are still open here. Try "
                "File ▸ Save As… with another name or folder.").format(error=e))
            self.message.emit(self.tr("Not saved: {problem}").format(problem=e.problem))
            return False
        self.sample_name = None
        self.add_recent(path)
        self.title_changed.emit()
        self.message.emit(self.tr("Saved {name}").format(name=path.name))
        return True

    def export_image(self, kind: str, scene) -> bool:
        name = (self.document.path.stem if self.document.path else self.sample_name) or "graph"
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        path = ask_save_path(self.window, self.settings, "images", self.tr("Export image"),
                             f"{name}.{kind}", filters, f".{kind}")
        if path is None:
            return False
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        ok = export.to_png(scene, str(path)) if kind == "png" else export.to_svg(scene, str(path))
        if not ok:
            QMessageBox.critical(self.window, self.tr("Cannot export image"),
                                 self.tr("Could not write {path}").format(path=path))
            return False
        self.message.emit(self.tr("Exported {name}").format(name=path.name))
        return True

    # -- recent files ---------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        files = [text] + [f for f in self.recent_files() if f != text]
        self.settings.setValue("recent_files", files[:MAX_RECENT])

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.recent_files()
        for f in files:
            menu.addAction(Path(f).name, lambda f=f: self.open_file(f)).setToolTip(f)
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear"), lambda: self.settings.setValue("recent_files", []))
