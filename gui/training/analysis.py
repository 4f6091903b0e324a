"""What a trained net gets wrong, and what its first layer learned.

Three views of one `Analysis` snapshot (test predictions plus the first layer's weights):
the confusion matrix (true digit per row, predicted digit per column), a grid of
misclassified test digits captioned with what the net predicted and what the label says,
and each hidden unit's 784 incoming weights drawn as a 28 × 28 image (red positive, blue
negative, white zero: the strokes a unit looks for). Each caption starts with the name of
the run it is about (the tabs show the run selected in the run list).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
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


class ConfusionGrid(QWidget):
    """The 10 × 10 counts, drawn to fit the room there is: cells, digits and headers scale
    with the widget, so the whole matrix shows without scrolling at any panel height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: np.ndarray | None = None
        self.axes = ("", "")  # the names of the rows' and the columns' digits
        self.setMinimumSize(160, 110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def show_counts(self, counts: np.ndarray | None, rows: str, columns: str) -> None:
        self.counts, self.axes = counts, (rows, columns)
        self.update()

    def cell_rect(self, row: int, column: int) -> QRectF:
        """Where the count of true `row`, predicted `column` is drawn."""
        left, top, width, height = self._grid()
        return QRectF(left + column * width, top + row * height, width, height)

    def _font(self) -> QFont:
        font = QFont(self.font())
        line = self.height() / (CLASSES + 2.6)  # ten rows and two header lines
        font.setPixelSize(int(max(9, min(14, line * 0.62))))
        return font

    def _grid(self) -> tuple[float, float, float, float]:
        """The cells' left and top edges and one cell's width and height: rows share the
        height left under two header lines (the columns' name, their digits); columns are
        at most three times as wide as high, so the matrix stays a matrix."""
        metrics = QFontMetricsF(self._font())
        left = max(metrics.horizontalAdvance(self.axes[0]),
                   metrics.horizontalAdvance("9")) + 10
        top = metrics.height() * 2.4
        height = max((self.height() - top - 2) / CLASSES, 1.0)
        width = min((self.width() - left - 2) / CLASSES, max(3 * height, 36.0))
        return left, top, width, height

    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setFont(self._font())
        text = self.palette().color(QPalette.WindowText)
        muted = self.palette().color(QPalette.PlaceholderText)
        left, top, width, height = self._grid()
        line = QFontMetricsF(self._font()).height()
        rows, columns = self.axes
        painter.setPen(muted)
        painter.drawText(QRectF(left, 0, width * CLASSES, line), Qt.AlignLeft | Qt.AlignTop,
                         columns)
        painter.drawText(QRectF(0, top - line * 1.2, left - 6, line),
                         Qt.AlignRight | Qt.AlignVCenter, rows)
        painter.setPen(text)
        for i in range(CLASSES):
            painter.drawText(QRectF(left + i * width, top - line * 1.2, width, line),
                             Qt.AlignCenter, str(i))
            painter.drawText(QRectF(0, top + i * height, left - 6, height),
                             Qt.AlignRight | Qt.AlignVCenter, str(i))
        counts = self.counts
        if counts is None:
            painter.end()
            return
        off = counts - np.diag(np.diag(counts))
        worst = max(int(off.max()), 1)
        edge = QColor(muted)
        edge.setAlpha(70)
        for i in range(CLASSES):
            row_total = max(int(counts[i].sum()), 1)
            for j in range(CLASSES):
                n = int(counts[i, j])
                cell = self.cell_rect(i, j)
                if i == j:
                    painter.fillRect(cell, QColor(46, 157, 91, int(40 + 120 * n / row_total)))
                elif n:
                    painter.fillRect(cell, QColor(214, 39, 40, int(25 + 150 * n / worst)))
                painter.setPen(edge)
                painter.drawRect(cell)
                painter.setPen(text)
                painter.drawText(cell, Qt.AlignCenter, f"{n:,}" if n else "·")
        painter.end()


class ConfusionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.RichText)
        self.grid = ConfusionGrid()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid, 1)
        self.counts: np.ndarray | None = None
        self.retranslate(None)

    def retranslate(self, analysis: Analysis | None, run: str = "") -> None:
        """The texts in the current language, for `analysis` of the run named `run`
        (None: there is none yet)."""
        if analysis is not None:
            self.show_analysis(analysis, run)
            return
        self.counts = None
        self.grid.show_counts(None, *self._axes())
        self.caption.setText(_captioned(run, no_analysis() if run else self.tr(
            "Train, or pause a run, to see which digits the net confuses.")))

    def _axes(self) -> tuple[str, str]:
        return self.tr("true"), self.tr("predicted →")

    def show_analysis(self, analysis: Analysis, run: str = "") -> None:
        counts = self.counts = confusion_matrix(analysis.t_test, analysis.predicted)
        total, right = counts.sum(), np.trace(counts)
        self.caption.setText(_captioned(run, self.tr(
            "Test set at iteration {iteration:,}: {right:,} of {total:,} right ({share:.1%}). "
            "Rows: the true digit; columns: what the net predicted.").format(
                iteration=analysis.iteration, right=right, total=total,
                share=right / max(total, 1))))
        self.grid.show_counts(counts, *self._axes())


def no_analysis() -> str:
    """What a view says for a run it has no snapshot of."""
    return translate("AnalysisViews", "No test-set analysis of this run yet: it is made when "
                     "the run is paused or ends.")


def _captioned(run: str, text: str) -> str:
    """A caption that says which run it is about: the run's name first, in bold."""
    text = html.escape(text)
    return f"<b>{html.escape(run)}</b> · {text}" if run else text


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

    def retranslate(self, analysis: Analysis | None, run: str = "") -> None:
        if analysis is not None:
            self.show_analysis(analysis, run)
            return
        self.grid.clear()
        self.caption.setText(_captioned(run, no_analysis() if run else self.tr(
            "Misclassified test digits appear here after training.")))

    def show_analysis(self, analysis: Analysis, run: str = "") -> None:
        wrong = np.flatnonzero(analysis.predicted != analysis.t_test)
        shown = wrong[:MAX_MISTAKES]
        if len(wrong) > len(shown):
            text = self.tr("{wrong:,} of {total:,} test digits are misclassified at iteration "
                           "{iteration:,}; the first {shown} are shown.")
        else:
            text = self.tr("{wrong:,} of {total:,} test digits are misclassified at iteration "
                           "{iteration:,}.")
        self.caption.setText(_captioned(run, text.format(
            wrong=len(wrong), total=len(analysis.t_test), iteration=analysis.iteration,
            shown=len(shown))))
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

    def retranslate(self, analysis: Analysis | None, run: str = "") -> None:
        if analysis is not None:
            self.show_analysis(analysis, run)
            return
        self._pixmap, self._weights = None, None
        self.image.clear()
        self.caption.setText(_captioned(run, no_analysis() if run else self.tr(
            "The first layer's weights appear here as 28 × 28 images.")))

    def show_analysis(self, analysis: Analysis, run: str = "") -> None:
        if analysis.weights is None:
            self._pixmap, self._weights = None, None
            self.image.clear()
            self.caption.setText(_captioned(run, self.tr(
                "This network has no layer with one weight per pixel (784 rows), so there "
                "are no weight images to show.")))
            return
        if analysis.weights is not self._weights:
            self._pixmap, self._columns = None, 0
        self._weights = analysis.weights
        self.caption.setText(_captioned(run, self.tr(
            "{label}: each hidden unit's 784 incoming weights as a 28 × 28 image, iteration "
            "{iteration:,} (red positive, blue negative, white zero).").format(
                label=analysis.weights_label, iteration=analysis.iteration)))
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
