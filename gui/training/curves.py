"""Live training curves: loss per iteration and accuracy per epoch, one curve per run.

Two plots side by side, and beside them the list of runs (`RunList`: show, hide, rename)
with the buttons that act on all runs. A run's data is bounded (`runs.Decimated`); the
plots redraw at most every REDRAW_MS while data streams in. A run that diverged or did not
learn gets a cross where its loss curve ends, with a note in its colour.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.base.safety import guarded
from gui.training.run_list import RunList
from gui.training.runs import Run, auto_names

#: one colour per run, in order (Tableau's palette: distinct on white and on dark grey)
RUN_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
              "#8c564b", "#e377c2")
#: milliseconds between two redraws of the plots while data streams in: drawing is the
#: GUI's most expensive work and holds the GIL that the training thread needs too
REDRAW_MS = 400
#: the loss axis never grows past this (a diverging run's huge losses would flatten the rest)
MAX_LOSS_AXIS = 3.0
SIDE_WIDTH = 190  # the run list's column


class CompactAxis(pg.AxisItem):
    """Tick labels that stay short in a narrow plot: 20k, 1.5M (not 200000400000…)."""

    def tickStrings(self, values, scale, spacing):
        def short(v: float) -> str:
            v *= scale
            for size, suffix in ((1e6, "M"), (1e3, "k")):
                if abs(v) >= size and spacing * scale >= size / 10:
                    return f"{v / size:g}{suffix}"
            return f"{v:g}"
        return [short(v) for v in values]


class TrainingCurves(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Run] = []
        self._color_index = 0
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(2, 4, 6, 2)
        self.loss_plot: pg.PlotItem = self.view.addPlot(
            row=0, col=0, axisItems={"bottom": CompactAxis("bottom")})
        self.accuracy_plot: pg.PlotItem = self.view.addPlot(
            row=0, col=1, axisItems={"bottom": CompactAxis("bottom")})
        self._titles: dict = {}  # plot → its title (set by retranslate)
        for plot in (self.loss_plot, self.accuracy_plot):
            self._setup_plot(plot)
        # Fixed ranges, not auto-ranging: an axis whose range moves re-lays out and re-renders
        # its tick labels on every update, which costs more than drawing the curves.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange(enable=False)
        self._fit_x_axes()
        self.loss_plot.setYRange(0, 2.5, padding=0)
        self.accuracy_plot.setYRange(0, 1.0, padding=0.02)
        self._dirty: set[int] = set()  # ids of runs with data not drawn yet
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)

        self.run_list = RunList()
        self.key = QLabel()
        self.key.setWordWrap(True)
        self.key.setEnabled(False)  # drawn muted, in the palette's disabled text colour
        self.run_list.visibility_changed.connect(self.set_visible)
        self.run_list.renamed.connect(self.rename)
        self.clear_button = QPushButton()
        self.export_png_button, self.export_csv_button = QPushButton(), QPushButton()
        side = QVBoxLayout()
        side.setContentsMargins(0, 4, 0, 0)
        side.setSpacing(4)
        side.addWidget(self.run_list, 1)
        side.addWidget(self.key)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.clear_button, 0, 0, 1, 2)
        buttons.addWidget(self.export_png_button, 1, 0)
        buttons.addWidget(self.export_csv_button, 1, 1)
        side.addLayout(buttons)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(SIDE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view, 1)
        layout.addWidget(side_box)
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, axes, the key, the buttons and the runs' names in the current language."""
        self._titles = {self.loss_plot: self.tr("Loss"), self.accuracy_plot: self.tr("Accuracy")}
        for plot, left, bottom in (
                (self.loss_plot, self.tr("loss (cross-entropy)"), self.tr("iteration")),
                (self.accuracy_plot, self.tr("accuracy"), self.tr("epoch"))):
            plot.setLabel("left", left)
            plot.setLabel("bottom", bottom)
        self.key.setText(self.tr("Loss: bold smoothed, faint each batch. Accuracy: solid "
                                 "test, dashed train."))
        self.clear_button.setText(self.tr("Clear runs"))
        self.export_png_button.setText(self.tr("PNG…"))
        self.export_png_button.setToolTip(self.tr("export the plots as a PNG image"))
        self.export_csv_button.setText(self.tr("CSV…"))
        self.export_csv_button.setToolTip(self.tr("export every run's points as a CSV table"))
        self.run_list.retranslate()
        for run in self.runs:
            if run.marker:
                run.marker[1].setText(self._marker_text(run))
        self._refresh_names()
        self._apply_palette()

    @staticmethod
    def _setup_plot(plot: pg.PlotItem) -> None:
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getViewBox().setMouseEnabled(x=True, y=False)

    # -- colours ----------------------------------------------------------------------------

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        """Plot background, axes and titles in the palette's colours (themes switch it)."""
        pal = self.palette()
        text = pal.color(QPalette.WindowText)
        self.view.setBackground(pal.color(QPalette.Base))
        for plot in (self.loss_plot, self.accuracy_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
                label = axis.labelText
                axis.setLabel(label, color=text.name())
            plot.setTitle(self._titles[plot], size="9pt", color=text.name())

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, settings: dict, iters_per_epoch: int, iterations: int) -> Run:
        """A new curve; the previous run's faint raw loss is hidden to keep the plot calm."""
        for run in self.runs:
            run.items[0].hide()
        color = RUN_COLORS[self._color_index % len(RUN_COLORS)]
        self._color_index += 1
        run = Run(settings, color, iters_per_epoch, iterations)
        faint = QColor(color)
        faint.setAlpha(80)
        raw = pg.PlotDataItem(pen=pg.mkPen(faint, width=1))
        smooth = pg.PlotDataItem(pen=pg.mkPen(color, width=2))
        train = pg.PlotDataItem(pen=pg.mkPen(color, width=1.5, style=Qt.DashLine))
        test = pg.PlotDataItem(pen=pg.mkPen(color, width=2), symbol="o", symbolSize=4,
                               symbolPen=None, symbolBrush=color)
        for item in (raw, smooth):
            item.setClipToView(True)
            self.loss_plot.addItem(item)
        for item in (train, test):
            self.accuracy_plot.addItem(item)
        run.items = [raw, smooth, train, test]
        self.runs.append(run)
        self._refresh_names()
        self._fit_x_axes()
        return run

    def _refresh_names(self) -> None:
        """Name the runs by what differs between them; the list shows the names."""
        for run, name in zip(self.runs, auto_names([run.settings for run in self.runs])):
            run.auto_name = name
        self.run_list.show_runs(self.runs)

    def rename(self, run: Run, name: str) -> None:
        """The user's name for a run ("" gives back the automatic one)."""
        run.user_name = name or None
        self._refresh_names()

    def set_visible(self, run: Run, visible: bool) -> None:
        run.visible = visible
        newest = run is self.runs[-1]
        for i, item in enumerate(run.items):
            item.setVisible(visible and (i > 0 or newest))
        for item in run.marker or ():
            item.setVisible(visible)
        self._fit_loss_axis()
        self.run_list.show_runs(self.runs)

    def add_progress(self, run: Run, first_iteration: int, losses: np.ndarray,
                     epochs) -> None:
        """Store new points now; draw them at the next redraw (at most every REDRAW_MS)."""
        if len(losses):
            run.add_losses(first_iteration, losses)
        if epochs:
            run.add_epochs(epochs)
        self._dirty.add(id(run))
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def redraw(self) -> None:
        """Hand every run's new points to its plot items."""
        self._redraw_timer.stop()
        for run in self.runs:
            if id(run) not in self._dirty:
                continue
            raw, smooth, train, test = run.items
            raw.setData(run.loss.xs, run.loss.ys(0))
            smooth.setData(run.loss.xs, run.loss.ys(1))
            train.setData(run.accuracy.xs, run.accuracy.ys(0))
            test_acc = run.accuracy.ys(1)
            if np.isfinite(test_acc).any():
                test.setData(run.accuracy.xs, test_acc)
        self._dirty.clear()
        self._fit_loss_axis()

    def finish_run(self, run: Run, status: str, message: str, learned: bool = True) -> None:
        """Mark the end. A diverged run gets a cross where its loss stopped, a run that did
        not learn ("stalled", or stopped early without `learned`) one where its loss ends;
        both say so in the run list."""
        run.status, run.message, run.learned = status, message, learned
        self.redraw()
        if status in ("diverged", "stalled") or not learned:
            x = float(run.loss.seen + (1 if status == "diverged" else 0))
            smooth = run.loss.ys(1)
            finite = smooth[np.isfinite(smooth)]
            y = min(float(finite[-1]) if len(finite) else 2.3, self._loss_top() * 0.92)
            marker = pg.ScatterPlotItem([x], [y], symbol="x", size=14,
                                        pen=pg.mkPen(run.color, width=2.5), brush=None)
            label = pg.TextItem(self._marker_text(run), color=run.color)
            label.setPos(x, y)
            run.marker = (marker, label)
            self._place_note(run)
            for item in run.marker:
                item.setVisible(run.visible)
                self.loss_plot.addItem(item)
        self.run_list.show_runs(self.runs)

    def _place_note(self, run: Run) -> None:
        """The note goes on the side of its cross where the plot has room: left of a cross
        in the right half, below a cross in the upper half (above it, the plot's top edge
        cut the tops of its letters)."""
        (left, right), (bottom, top) = self.loss_plot.getViewBox().viewRange()
        label = run.marker[1]
        x, y = label.pos().x(), label.pos().y()
        label.setAnchor((1 if x > (left + right) / 2 else 0,
                         0 if y > (bottom + top) / 2 else 1))

    def _marker_text(self, run: Run) -> str:
        """Short: the cross has the run's colour, and the run list names it."""
        if run.status == "diverged":
            # iterations count from 1; the NaN one is not stored
            return self.tr("loss NaN at iteration {iteration:,}").format(
                iteration=run.loss.seen + 1)
        return self.tr("did not learn")

    def clear(self, keep: Run | None = None) -> None:
        """Forget every run (but `keep`, the one still training)."""
        for run in [r for r in self.runs if r is not keep]:
            for item in run.items:
                (self.loss_plot if item in run.items[:2] else self.accuracy_plot).removeItem(item)
            for item in run.marker or ():
                self.loss_plot.removeItem(item)
            self.runs.remove(run)
        if keep is None:
            self._color_index = 0
        self._refresh_names()
        self._fit_loss_axis()
        self._fit_x_axes()

    def _fit_x_axes(self) -> None:
        """Iterations 0 to the longest run's plan; epochs likewise."""
        iterations = max((run.iterations for run in self.runs), default=100)
        epochs = max((run.iterations / run.iters_per_epoch for run in self.runs), default=1)
        self.loss_plot.setXRange(0, iterations, padding=0.02)
        self.accuracy_plot.setXRange(0, max(epochs, 1), padding=0.02)
        for run in self.runs:
            if run.marker:
                self._place_note(run)

    def _loss_top(self) -> float:
        return self.loss_plot.getViewBox().viewRange()[1][1]

    def _fit_loss_axis(self) -> None:
        """0 to a little above the highest smoothed loss shown, never past MAX_LOSS_AXIS."""
        top = 0.0
        for run in self.runs:
            if run.loss.count and run.visible:
                smooth = run.loss.ys(1)
                smooth = smooth[np.isfinite(smooth)]
                if len(smooth):
                    top = max(top, float(smooth.max()))
        top = min(max(top * 1.08, 0.5), MAX_LOSS_AXIS) if top else 2.5
        if abs(top - self._loss_top()) > 0.02 * top:
            self.loss_plot.setYRange(0, top, padding=0)
            for run in self.runs:
                if run.marker:
                    self._place_note(run)

    # -- export -----------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> bool:
        """The plots with the run list beside them as their legend (no buttons)."""
        plots, names = self.view.grab(), self.run_list.grab()
        image = QPixmap(plots.width() + names.width(), max(plots.height(), names.height()))
        image.fill(self.palette().color(QPalette.Base))
        painter = QPainter(image)
        painter.drawPixmap(0, 0, plots)
        painter.drawPixmap(plots.width(), 0, names)
        painter.end()
        return image.save(str(path), "PNG")

    def export_csv(self, path: str | Path) -> None:
        """One row per stored point: run, kind (loss / accuracy), x and the values."""
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["run", "status", "kind", "iteration", "epoch", "loss",
                             "smoothed_loss", "train_acc", "test_acc"])
            for run in self.runs:
                for x, raw, smooth in zip(run.loss.xs, run.loss.ys(0), run.loss.ys(1)):
                    writer.writerow([run.name, run.status, "loss", int(x),
                                     f"{x / run.iters_per_epoch:.4g}", f"{raw:.6g}",
                                     f"{smooth:.6g}", "", ""])
                for x, train, test in zip(run.accuracy.xs, run.accuracy.ys(0),
                                          run.accuracy.ys(1)):
                    writer.writerow([run.name, run.status, "accuracy",
                                     int(round(x * run.iters_per_epoch)), f"{x:.4g}", "", "",
                                     f"{train:.6g}", "" if math.isnan(test) else f"{test:.6g}"])
