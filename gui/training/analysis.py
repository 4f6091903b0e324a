"""What the trained net gets wrong, and what its first layer learned.

Three views of one `Analysis` snapshot (test predictions plus the first layer's weights):
the confusion matrix (true digit per row, predicted digit per column), a grid of
misclassified test digits captioned with what the net predicted and what the label says,
and each hidden unit's 784 incoming weights drawn as a 28 × 28 image (red positive, blue
negative, white zero: the strokes a unit looks for).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.training.analysis import CLASSES, Analysis, confusion_matrix
from gui.base.safety import guarded

SIDE = 28
MAX_MISTAKES = 120  # tiles in the grid: enough to see patterns, cheap to build


def digit_image(pixels: np.ndarray, scale: int = 2) -> QImage:
    """A 28 × 28 digit as dark ink on white (MNIST stores white on black)."""
    ink = (255 - np.clip(pixels.reshape(SIDE, SIDE) * 255, 0, 255)).astype(np.uint8)
    ink = np.ascontiguousarray(ink.repeat(scale, axis=0).repeat(scale, axis=1))
    h, w = ink.shape
    return QImage(ink.data, w, h, w, QImage.Format_Grayscale8).copy()  # copy: own the bytes


def weight_tiles(weights: np.ndarray, columns: int = 10, gap: int = 2) -> np.ndarray:
    """RGB tiles of each hidden unit's weights, each scaled by its own largest |w|."""
    hidden = weights.shape[1]
    rows = -(-hidden // columns)
    out = np.full((rows * (SIDE + gap) - gap, columns * (SIDE + gap) - gap, 3), 255, np.uint8)
    for unit in range(hidden):
        w = weights[:, unit].reshape(SIDE, SIDE).astype(np.float64)
        peak = np.abs(w).max()
        v = w / peak if peak > 0 else w
        tile = np.empty((SIDE, SIDE, 3))
        # white at 0, toward red (#d62728) for +1 and blue (#1f77b4) for -1
        for c, (pos, neg) in enumerate(((214, 31), (39, 119), (40, 180))):
            tile[..., c] = np.where(v >= 0, 255 + v * (pos - 255), 255 - v * (neg - 255))
        r, c = divmod(unit, columns)
        y, x = r * (SIDE + gap), c * (SIDE + gap)
        out[y:y + SIDE, x:x + SIDE] = tile.clip(0, 255).astype(np.uint8)
    return out


class ConfusionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTableWidget(CLASSES, CLASSES)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.Stretch)
            header.setMinimumSectionSize(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.counts: np.ndarray | None = None
        self.retranslate(None)

    def retranslate(self, analysis: Analysis | None) -> None:
        """The texts in the current language, for `analysis` (None: before any)."""
        self.table.setHorizontalHeaderLabels([self.tr("pred {digit}").format(digit=j)
                                              for j in range(CLASSES)])
        self.table.setVerticalHeaderLabels([self.tr("true {digit}").format(digit=i)
                                            for i in range(CLASSES)])
        if analysis is not None:
            self.show_analysis(analysis)
        else:
            self.caption.setText(self.tr("Train, or pause a run, to see which digits the net "
                                         "confuses."))

    def show_analysis(self, analysis: Analysis) -> None:
        counts = self.counts = confusion_matrix(analysis.t_test, analysis.predicted)
        total, right = counts.sum(), np.trace(counts)
        self.caption.setText(self.tr(
            "Test set at iteration {iteration:,}: {right:,} of {total:,} right ({share:.1%}). "
            "Rows: the true digit; columns: what the net predicted.").format(
                iteration=analysis.iteration, right=right, total=total,
                share=right / max(total, 1)))
        off = counts - np.diag(np.diag(counts))
        worst = max(int(off.max()), 1)
        for i in range(CLASSES):
            for j in range(CLASSES):
                n = int(counts[i, j])
                item = QTableWidgetItem(f"{n:,}" if n else "·")
                item.setTextAlignment(Qt.AlignCenter)
                if i == j:
                    share = n / max(int(counts[i].sum()), 1)
                    item.setBackground(QColor(46, 157, 91, int(40 + 120 * share)))
                elif n:
                    item.setBackground(QColor(214, 39, 40, int(25 + 150 * n / worst)))
                self.table.setItem(i, j, item)


class MistakesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.grid = QListWidget()
        self.grid.setViewMode(QListView.IconMode)
        self.grid.setResizeMode(QListView.Adjust)
        self.grid.setMovement(QListView.Static)
        self.grid.setIconSize(QSize(56, 56))
        self.grid.setGridSize(QSize(74, 96))
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        self.grid.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid, 1)
        self.retranslate(None)

    def retranslate(self, analysis: Analysis | None) -> None:
        if analysis is not None:
            self.show_analysis(analysis)
        else:
            self.caption.setText(self.tr("Misclassified test digits appear here after "
                                         "training."))

    def show_analysis(self, analysis: Analysis) -> None:
        wrong = np.flatnonzero(analysis.predicted != analysis.t_test)
        shown = wrong[:MAX_MISTAKES]
        if len(wrong) > len(shown):
            text = self.tr("{wrong:,} of {total:,} test digits are misclassified at iteration "
                           "{iteration:,}; the first {shown} are shown.")
        else:
            text = self.tr("{wrong:,} of {total:,} test digits are misclassified at iteration "
                           "{iteration:,}.")
        self.caption.setText(text.format(wrong=len(wrong), total=len(analysis.t_test),
                                         iteration=analysis.iteration, shown=len(shown)))
        self.grid.clear()
        for index in shown:
            icon = QIcon(QPixmap.fromImage(digit_image(analysis.x_test[index])))
            said, true = int(analysis.predicted[index]), int(analysis.t_test[index])
            item = QListWidgetItem(icon, self.tr("pred {said}\ntrue {true}").format(
                said=said, true=true))
            item.setToolTip(self.tr("test digit #{index}: the net says {said}, the label says "
                                    "{true}").format(index=int(index), said=said, true=true))
            item.setTextAlignment(Qt.AlignHCenter | Qt.AlignTop)
            self.grid.addItem(item)


class WeightsView(QWidget):
    """The first layer's weights, one 28 × 28 tile per hidden unit, scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignCenter)
        self.image.setMinimumSize(1, 1)
        self._pixmap: QPixmap | None = None
        self._weights: np.ndarray | None = None
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.image, 1)
        self.retranslate(None)

    def retranslate(self, analysis: Analysis | None) -> None:
        if analysis is not None:
            self.show_analysis(analysis)
        else:
            self.caption.setText(self.tr("The first layer's weights appear here as 28 × 28 "
                                         "images."))

    def show_analysis(self, analysis: Analysis) -> None:
        if analysis.weights is None:
            self._pixmap, self._weights = None, None
            self.image.clear()
            self.caption.setText(self.tr("This network has no layer with one weight per "
                                         "pixel (784 rows), so there are no weight images to "
                                         "show."))
            return
        self._weights, self._columns = analysis.weights, 0
        self.caption.setText(self.tr(
            "{label}: each hidden unit's 784 incoming weights as a 28 × 28 image, iteration "
            "{iteration:,} (red positive, blue negative, white zero).").format(
                label=analysis.weights_label, iteration=analysis.iteration))
        self._rescale()

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._weights is None:
            return
        size = self.image.size()
        width, height = max(size.width(), 1), max(size.height(), 1)
        hidden, cell = self._weights.shape[1], SIDE + 2

        def scale(columns: int) -> float:
            rows = -(-hidden // columns)
            return min(width / (columns * cell), height / (rows * cell))

        # the column count that makes the tiles largest in the space there is
        columns = max(range(1, hidden + 1), key=scale)
        if columns != self._columns or self._pixmap is None:
            self._columns = columns
            tiles = np.ascontiguousarray(weight_tiles(self._weights, columns))
            h, w, _ = tiles.shape
            image = QImage(tiles.data, w, h, 3 * w, QImage.Format_RGB888).copy()
            self._pixmap = QPixmap.fromImage(image)
        factor = scale(columns) * 0.98
        # nearest-neighbour scaling keeps each weight a sharp square
        self.image.setPixmap(self._pixmap.scaled(int(self._pixmap.width() * factor),
                                                 int(self._pixmap.height() * factor),
                                                 Qt.KeepAspectRatio, Qt.FastTransformation))
