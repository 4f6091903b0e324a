"""Live training curves: loss per iteration and accuracy per epoch, one named curve per run.

Every run keeps a bounded amount of data whatever its length: `Decimated` stores at most
`CAPACITY` points and, when full, drops every other point and from then on keeps only
every 2nd (4th, 8th ...) point that arrives. A 100,000-iteration run therefore costs the
same memory and the same redraw time as a 4,000-iteration one, and the curve still spans
the whole run. The raw loss is drawn faint, with an exponential moving average (bias
corrected, as Adam does, so it does not start at zero) drawn over it.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

#: points kept per curve; a full run's curve is at most this many points
CAPACITY = 2_000
#: weight of the newest loss in the moving average (about a 10-iteration window: enough
#: to see the trend through the batch noise without lagging behind it)
SMOOTHING = 0.1
#: one colour per run, in order (Tableau's palette: distinct on white and on dark grey)
RUN_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
              "#8c564b", "#e377c2")
#: milliseconds between two redraws of the plots while data streams in: drawing is the
#: GUI's most expensive work and holds the GIL that the training thread needs too
REDRAW_MS = 400
#: the loss axis never grows past this (a diverging run's huge losses would flatten the rest)
MAX_LOSS_AXIS = 3.0


class Decimated:
    """At most `capacity` (x, y...) rows of a stream, evenly spaced over all of it."""

    def __init__(self, columns: int = 1, capacity: int = CAPACITY) -> None:
        self.capacity = capacity - capacity % 2
        self.x = np.empty(self.capacity)
        self.y = np.empty((self.capacity, columns))
        self.count = 0  # rows stored
        self.seen = 0  # rows offered, stored or not
        self.stride = 1  # rows stored are the stream's rows 0, stride, 2·stride, ...

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64).reshape(len(x), -1)
        index = np.arange(self.seen, self.seen + len(x))
        self.seen += len(x)
        while len(x):
            keep = index % self.stride == 0
            x, y, index = x[keep], y[keep], index[keep]
            take = min(self.capacity - self.count, len(x))
            self.x[self.count:self.count + take] = x[:take]
            self.y[self.count:self.count + take] = y[:take]
            self.count += take
            x, y, index = x[take:], y[take:], index[take:]
            if self.count == self.capacity:  # full: keep every other row, double the stride
                half = self.capacity // 2
                self.x[:half] = self.x[::2]
                self.y[:half] = self.y[::2]
                self.count, self.stride = half, self.stride * 2

    @property
    def xs(self) -> np.ndarray:
        return self.x[:self.count]

    def ys(self, column: int = 0) -> np.ndarray:
        return self.y[:self.count, column]

    @property
    def nbytes(self) -> int:
        return self.x.nbytes + self.y.nbytes


class Run:
    """One training run's curves: its name, colour, data and plot items."""

    def __init__(self, name: str, color: str, iters_per_epoch: int, iterations: int) -> None:
        self.name, self.color, self.iters_per_epoch = name, color, iters_per_epoch
        self.iterations = iterations  # planned: the x axes span the whole run from the start
        self.loss = Decimated(2)  # raw, smoothed
        self.accuracy = Decimated(2)  # train, test (NaN when there is no test set)
        self._ema = 0.0
        self._steps = 0
        self.status = "running"
        self.message = ""
        self.items: list = []
        self.marker = None

    def add_losses(self, first_iteration: int, losses: np.ndarray) -> None:
        smooth = np.empty(len(losses))
        ema, steps, beta = self._ema, self._steps, 1.0 - SMOOTHING
        for i, loss in enumerate(losses):
            steps += 1
            if math.isfinite(loss):
                ema = beta * ema + SMOOTHING * loss
            smooth[i] = ema / (1.0 - beta ** steps)
        self._ema, self._steps = ema, steps
        x = np.arange(first_iteration, first_iteration + len(losses))
        self.loss.extend(x, np.column_stack([losses, smooth]))

    def add_epochs(self, epochs) -> None:
        if epochs:
            rows = np.array([(it / self.iters_per_epoch,
                              np.nan if train is None else train,
                              np.nan if test is None else test) for it, train, test in epochs])
            self.accuracy.extend(rows[:, 0], rows[:, 1:])


class TrainingCurves(QWidget):
    """Two plots side by side: loss per iteration, accuracy per epoch; a legend of runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Run] = []
        self._color_index = 0
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(4, 4, 8, 4)
        self.loss_plot: pg.PlotItem = self.view.addPlot(row=0, col=0)
        self.accuracy_plot: pg.PlotItem = self.view.addPlot(row=0, col=1)
        self._setup_plot(self.loss_plot, "Loss", "loss (cross-entropy)", "iteration")
        self._setup_plot(self.accuracy_plot, "Accuracy", "accuracy", "epoch")
        # Fixed ranges, not auto-ranging: an axis whose range moves re-lays out and re-renders
        # its tick labels on every update, which costs more than drawing the curves.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange(enable=False)
        self._fit_x_axes()
        self.loss_plot.setYRange(0, 2.5, padding=0)
        self.accuracy_plot.setYRange(0, 1.0, padding=0.02)
        self.loss_legend = self.loss_plot.addLegend(offset=(-8, 8), labelTextSize="8pt")
        self.accuracy_legend = self.accuracy_plot.addLegend(offset=(-8, -8), labelTextSize="8pt")
        self._key_items = []
        self._dirty: set[int] = set()  # ids of runs with data not drawn yet
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._apply_palette()

    @staticmethod
    def _setup_plot(plot: pg.PlotItem, title: str, left: str, bottom: str) -> None:
        plot.setTitle(title, size="10pt")
        plot.setLabel("left", left)
        plot.setLabel("bottom", bottom)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getViewBox().setMouseEnabled(x=True, y=False)

    # -- colours ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        pal = self.palette()
        background = pal.color(QPalette.Base)
        text = pal.color(QPalette.WindowText)
        self.view.setBackground(background)
        for plot in (self.loss_plot, self.accuracy_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
            plot.titleLabel.setText(plot.titleLabel.text, color=text.name())
        for legend in (self.loss_legend, self.accuracy_legend):
            legend.setLabelTextColor(text)
            legend.setBrush(pg.mkBrush(background.red(), background.green(), background.blue(),
                                       200))
        # the accuracy legend explains the line styles once, in the text colour
        for item in self._key_items:
            self.accuracy_legend.removeItem(item)
        muted = QColor(text)
        muted.setAlpha(170)
        self._key_items = [pg.PlotDataItem(pen=pg.mkPen(muted, width=2), name="test"),
                           pg.PlotDataItem(pen=pg.mkPen(muted, width=1.5, style=Qt.DashLine),
                                           name="train")]
        for item in self._key_items:
            self.accuracy_legend.addItem(item, item.name())

    # -- runs -------------------------------------------------------------------------------

    def unique_name(self, name: str) -> str:
        taken = {run.name for run in self.runs}
        if name not in taken:
            return name
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return f"{name} ({n})"

    def start_run(self, name: str, iters_per_epoch: int, iterations: int) -> Run:
        """A new curve; the previous run's faint raw loss is hidden to keep the plot calm."""
        for run in self.runs:
            run.items[0].hide()
        color = RUN_COLORS[self._color_index % len(RUN_COLORS)]
        self._color_index += 1
        run = Run(self.unique_name(name), color, iters_per_epoch, iterations)
        faint = QColor(color)
        faint.setAlpha(80)
        raw = pg.PlotDataItem(pen=pg.mkPen(faint, width=1))
        smooth = pg.PlotDataItem(pen=pg.mkPen(color, width=2), name=run.name)
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
        self._fit_x_axes()
        return run

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

    def finish_run(self, run: Run, status: str, message: str) -> None:
        """Mark the end: a diverged run gets a cross where its loss stopped, and says so."""
        run.status, run.message = status, message
        self.redraw()
        if status != "diverged":
            return
        nan_at = run.loss.seen + 1  # iterations count from 1; the NaN one is not stored
        x = float(nan_at)
        smooth = run.loss.ys(1)
        finite = smooth[np.isfinite(smooth)]
        y = min(float(finite[-1]) if len(finite) else 2.3, self._loss_top() * 0.92)
        marker = pg.ScatterPlotItem([x], [y], symbol="x", size=14,
                                    pen=pg.mkPen(run.color, width=2.5), brush=None)
        label = pg.TextItem(f"{run.name}: loss NaN at iteration {nan_at:,}",
                            color=run.color, anchor=(0, 1))
        label.setPos(x, y)
        self.loss_plot.addItem(marker)
        self.loss_plot.addItem(label)
        run.marker = (marker, label)
        self._rename(run, f"{run.name} — diverged")

    def _rename(self, run: Run, text: str) -> None:
        for sample, label in self.loss_legend.items:
            if sample.item is run.items[1]:
                label.setText(text)

    def clear(self, keep: Run | None = None) -> None:
        """Forget every run (but `keep`, the one still training)."""
        for run in [r for r in self.runs if r is not keep]:
            for item in run.items:
                (self.loss_plot if item in run.items[:2] else self.accuracy_plot).removeItem(item)
            if run.marker:
                for item in run.marker:
                    self.loss_plot.removeItem(item)
            self.runs.remove(run)
        if keep is None:
            self._color_index = 0
        self._fit_loss_axis()
        self._fit_x_axes()

    def _fit_x_axes(self) -> None:
        """Iterations 0 to the longest run's plan; epochs likewise."""
        iterations = max((run.iterations for run in self.runs), default=100)
        epochs = max((run.iterations / run.iters_per_epoch for run in self.runs), default=1)
        self.loss_plot.setXRange(0, iterations, padding=0.02)
        self.accuracy_plot.setXRange(0, max(epochs, 1), padding=0.02)

    def _loss_top(self) -> float:
        return self.loss_plot.getViewBox().viewRange()[1][1]

    def _fit_loss_axis(self) -> None:
        """0 to a little above the highest smoothed loss, never past MAX_LOSS_AXIS."""
        top = 0.0
        for run in self.runs:
            if run.loss.count:
                smooth = run.loss.ys(1)
                smooth = smooth[np.isfinite(smooth)]
                if len(smooth):
                    top = max(top, float(smooth.max()))
        top = min(max(top * 1.08, 0.5), MAX_LOSS_AXIS) if top else 2.5
        if abs(top - self._loss_top()) > 0.02 * top:
            self.loss_plot.setYRange(0, top, padding=0)

    # -- export -----------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> bool:
        return self.view.grab().save(str(path), "PNG")

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
