"""The Training panel's files: the data folder and its download, parameters, exported curves.

Each action asks for a path, adds the missing suffix, does the work (or asks the session
to) and says how it went in the panel's status line; nothing here keeps state of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.training.run import TrainError
from gui.training.worker import missing_files


class PanelFiles(QObject):
    """What the panel's file buttons do (the panel connects them)."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        panel.session.download_finished.connect(self._download_finished)

    def clear_runs(self) -> bool:
        """Discard every run's curves (but the one training), after asking: the curves
        cannot be brought back."""
        panel = self.panel
        keep = panel.run if not panel.session.idle else None
        count = len([r for r in panel.curves.runs if r is not keep])
        if not count:
            return False
        answer = QMessageBox.question(
            self.panel, self.tr("Clear runs"),
            self.tr("Discard the curves of {count} run(s)? They cannot be brought back; "
                    "export them first (CSV or PNG) to keep them.").format(count=count),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Discard:
            return False
        panel.curves.clear(keep=keep)
        return True

    def _parameters_filter(self) -> str:
        return self.tr("Parameters (*.npz);;All files (*)")

    def choose_folder(self) -> None:
        panel, controls = self.panel, self.panel.controls
        path = QFileDialog.getExistingDirectory(panel, self.tr("MNIST folder"),
                                                str(controls.folder()))
        if not path:
            return
        controls.set_folder(path)
        missing = missing_files(controls.folder())
        if missing:
            folder = controls.folder()
            panel.say(lambda: self.tr("{folder} lacks {files}: choose another folder, or "
                                      "Download.").format(folder=folder,
                                                          files=", ".join(missing)),
                      error=True)
        else:
            folder = controls.folder()
            panel.say(lambda: self.tr("MNIST found in {folder}.").format(folder=folder))

    def ask_parameters_to_load(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.panel, self.tr("Load parameters"), "",
                                              self._parameters_filter())
        return Path(path) if path else None

    def save_parameters(self) -> bool:
        panel = self.panel
        if panel.session.trainer is None or panel.session.state not in ("idle", "paused"):
            return False
        path, _ = QFileDialog.getSaveFileName(panel, self.tr("Save parameters"),
                                              "parameters.npz", self._parameters_filter())
        if not path:
            return False
        if not path.lower().endswith(".npz"):
            path += ".npz"
        try:
            panel.session.trainer.save_parameters(path)
        except TrainError as e:
            panel.say(str(e), error=True)
            return False
        panel.say(lambda: self.tr("Saved the parameters to {path}.").format(path=path))
        return True

    def export_curves(self, kind: str) -> bool:
        panel = self.panel
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("CSV table (*.csv)")
        path, _ = QFileDialog.getSaveFileName(panel, self.tr("Export curves"),
                                              f"training.{kind}", filters)
        if not path:
            return False
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            if kind == "png":
                if not panel.curves.export_png(path):
                    raise OSError(self.tr("the image could not be written"))
            else:
                panel.curves.export_csv(path)
        except OSError as e:
            error = str(e)
            panel.say(lambda: self.tr("Cannot export {path}: {error}").format(
                path=path, error=error), error=True)
            return False
        panel.say(lambda: self.tr("Exported the curves to {path}.").format(path=path))
        return True

    def toggle_download(self) -> None:
        """Download the missing MNIST files into the folder, or cancel the download."""
        panel, session = self.panel, self.panel.session
        if session.state == "downloading":
            session.cancel_download()
            return
        if not session.idle:
            return
        folder = panel.controls.folder()
        names = missing_files(folder)
        if not names:
            panel.say(lambda: self.tr("MNIST is already in {folder}.").format(folder=folder))
            return
        session.start_download(folder, names)
        panel.say(lambda: self.tr("Downloading MNIST into {folder}…").format(folder=folder))

    def _download_finished(self, ok: bool, text: str) -> None:
        panel = self.panel
        if ok:
            panel.controls.set_folder(text)
            panel.say(lambda: self.tr("MNIST downloaded into {folder}. Start when ready.").format(
                folder=text))
        else:
            panel.say(lambda: self.tr("Could not download MNIST: {error}. Choose a folder "
                                      "that already holds the four MNIST files "
                                      "instead.").format(error=text), error=True)
            panel.status_area.progress_bar.setValue(0)
