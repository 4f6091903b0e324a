"""The list of runs beside the plots: a colour swatch, a check box to show or hide, a name.

It replaces a legend drawn inside the plots (which covered the curves and was clipped
after six runs). It is a plain item view, so it scrolls, and its text takes the palette's
colour (a theme switch recolours it). F2 or a double-click renames a run; an empty name
gives it back its automatic name. Space or a click on the check box hides or shows it.
The run selected is the one the analysis tabs show (`run_selected`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QWidget,
)

from gui.training.runs import Run, settings_text

NAME_ROLE = Qt.UserRole + 1  # the run's bare name, which an edit starts from
MAX_NAME = 100  # characters of a name the user gives


class _NameDelegate(QStyledItemDelegate):
    """Edits a run's bare name, not the status the list shows after it."""

    def __init__(self, runs: "RunList") -> None:
        super().__init__(runs)
        self.runs = runs

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(NAME_ROLE) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.runs.rename(index.row(), editor.text())


class RunList(QListWidget):
    visibility_changed = Signal(object, bool)  # (Run, visible)
    renamed = Signal(object, str)  # (Run, the new name; "" for the automatic one)
    run_selected = Signal(object)  # the Run selected now, or None (the analysis tabs show it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Run] = []
        self.setItemDelegate(_NameDelegate(self))
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)  # long names wrap: the column is narrow
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.Adjust)
        self.itemChanged.connect(self._item_changed)
        self._selected: Run | None = None
        self.currentRowChanged.connect(lambda _row: self._selection_moved())
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Runs: tick to show, untick to hide; F2 or a double-click "
                                "renames"))

    def show_runs(self, runs: list[Run]) -> None:
        """List `runs` (all of them, in order) with their current names and states; the
        run selected stays selected while it is listed."""
        selected = self._selected if self._selected in runs else None
        self.runs = list(runs)
        self.blockSignals(True)
        try:
            while self.count() > len(self.runs):
                self.takeItem(self.count() - 1)
            for row, run in enumerate(self.runs):
                item = self.item(row)
                if item is None:
                    item = QListWidgetItem()
                    self.addItem(item)
                self._fill(item, run)
            self.setCurrentRow(self.runs.index(selected) if selected is not None else -1)
        finally:
            self.blockSignals(False)
        self._selection_moved()

    def select(self, run: Run | None) -> None:
        """Select `run` (None: none), as a click on it would."""
        self.setCurrentRow(self.runs.index(run) if run in self.runs else -1)
        self._selection_moved()

    def selected_run(self) -> Run | None:
        row = self.currentRow()
        return self.runs[row] if 0 <= row < len(self.runs) else None

    def _selection_moved(self) -> None:
        run = self.selected_run()
        if run is not self._selected:
            self._selected = run
            self.run_selected.emit(run)

    def _fill(self, item: QListWidgetItem, run: Run) -> None:
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable
                      | Qt.ItemIsEditable)
        item.setCheckState(Qt.Checked if run.visible else Qt.Unchecked)
        item.setIcon(swatch(run.color))
        item.setData(NAME_ROLE, run.name)
        item.setText(self.label(run))
        tip = settings_text(run.settings)
        if run.message:
            tip += "\n" + run.message
        item.setToolTip(tip)

    def label(self, run: Run) -> str:
        """The name, and how the run ended when that is a warning."""
        if run.status == "diverged":
            return self.tr("{name} — diverged").format(name=run.name)
        if run.status == "stalled" or not run.learned:
            return self.tr("{name} — did not learn").format(name=run.name)
        return run.name

    def labels(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def rename(self, row: int, text: str) -> None:
        if 0 <= row < len(self.runs):
            self.renamed.emit(self.runs[row], " ".join(text.split())[:MAX_NAME])

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self.runs):
            visible = item.checkState() == Qt.Checked
            if visible != self.runs[row].visible:
                self.visibility_changed.emit(self.runs[row], visible)


def swatch(color: str, size: int = 12) -> QIcon:
    """A small filled circle in a run's colour. On a selected row it keeps its colour (Qt
    would tint it with the selection's blue, which hid a blue run's dot) and gets a white
    ring, so it stands out on the selection."""
    def dot(ring: bool) -> QPixmap:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5) if ring else Qt.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.end()
        return pixmap

    icon = QIcon(dot(False))
    icon.addPixmap(dot(True), QIcon.Selected)
    return icon
