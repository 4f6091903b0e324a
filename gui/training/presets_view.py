"""Chapter 6's figures as one-click experiments: choose a figure, Train, watch its curves.

A preset (`core.training.presets.PRESETS`: 6-9, 6-15, 6-18/19, 6-20/21, 6-23) is a few
runs that differ in one thing. Train trains them one after another on the panel's data
(`gui.training.preset_runs.PresetRunner`), and this view draws them on one plot as the
book's figure does: the loss per iteration for the optimizers and the initial weights,
the accuracy per epoch for the rest, train and test both for the overfitting figures
(6-20/21, 6-23: test dashed, so the gap shows). Above the plot, the one sentence of what
to look for, and a line saying that the shape, not the exact numbers, is the book's.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.training.presets import PRESETS, Preset, PresetRun
from gui.base.safety import guarded
from gui.training.curves import REDRAW_MS, RUN_COLORS, CompactAxis
from gui.training.runs import Run

#: the figures that plot the loss per iteration (the others plot accuracy per epoch; those
#: whose preset `shows_test` draw the test accuracy beside the train accuracy)
LOSS_FIGURES = ("6-9", "6-15")
#: the presets in figure order
FIGURES: list[Preset] = list(PRESETS.values())
#: the look-for and legend column's width (the plot takes the rest)
SIDE_WIDTH = 290


class PresetsView(QWidget):
    train_clicked = Signal(object)  # the Preset to train
    stop_clicked = Signal()
    drawn = Signal()  # the plot shows every point stored so far

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(22)  # the titles' start; the list shows them whole
        for preset in FIGURES:
            self.choice.addItem("", preset.key)
        self.train_button, self.stop_button = QPushButton(), QPushButton()
        self.stop_button.setEnabled(False)
        self.look_for = QLabel()
        self.look_for.setWordWrap(True)
        self.caveat = QLabel()
        self.caveat.setWordWrap(True)
        self.caveat.setEnabled(False)  # muted, as the curves' key
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self._progress = lambda: ""  # says how far the runs are, in the current language
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": CompactAxis("bottom")})
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        #: what is drawn: (preset run, panel run, its plot items) per run of the preset shown
        self.lines: list[tuple[PresetRun, Run, list[pg.PlotDataItem]]] = []
        self.shown: Preset | None = None  # the preset whose runs are drawn
        self.running = False
        #: iterations of each run instead of the preset's (None: the preset's): quick looks
        self.iterations: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.redraw)

        # one row across: the figure, Train, Stop and how far the runs are
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.choice, 1)
        top.addWidget(self.train_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.progress, 1)
        # below: the plot with the caveat under it, and beside it what to look for and the
        # legend (one row per run, before, during and after a run), scrolled if the
        # panel is squeezed shorter than they are
        plot_column = QVBoxLayout()
        plot_column.setSpacing(0)
        plot_column.addWidget(self.plot_widget, 1)
        plot_column.addWidget(self.caveat)
        side = QVBoxLayout()
        side.setSpacing(4)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.look_for)
        side.addWidget(self.legend)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        self.side = QScrollArea()
        self.side.setWidget(side_box)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.side.setFixedWidth(SIDE_WIDTH)
        below = QHBoxLayout()
        below.setSpacing(6)
        below.addLayout(plot_column, 1)
        below.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(below, 1)
        self.train_button.clicked.connect(lambda: self.train_clicked.emit(self.preset()))
        self.stop_button.clicked.connect(self.stop_clicked)
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())
        self.retranslate()

    def preset(self) -> Preset:
        return FIGURES[max(self.choice.currentIndex(), 0)]

    # -- words and colours ---------------------------------------------------------------

    def retranslate(self) -> None:
        for i, preset in enumerate(FIGURES):
            self.choice.setItemText(i, self.tr("Figure {title}").format(title=preset.title()))
        self.train_button.setText(self.tr("Train"))
        self.train_button.setToolTip(self.tr("train the figure's runs one after another on "
                                             "the data folder's digits"))
        self.stop_button.setText(self.tr("Stop"))
        self.caveat.setText(self.tr("Your data: the book's shape, not its exact numbers."))
        self._chosen()
        self._say_progress(self._progress)
        self._apply_palette()

    def _say_progress(self, say) -> None:
        self._progress = say
        self.progress.setText(say())

    def _chosen(self) -> None:
        """Say what the chosen figure shows; another figure than the one drawn starts from
        an empty plot (its runs trained stay in the Curves tab)."""
        preset = self.preset()
        if self.shown is not None and preset is not self.shown and not self.running:
            self.clear()
        self.look_for.setText(self.tr("<b>Look for:</b> {sentence}").format(
            sentence=html.escape(preset.look_for())))
        text = self._apply_palette_axes()
        self.plot.setLabel("left", self._y_label(preset), color=text)
        self.plot.setLabel("bottom", self.tr("iteration") if preset.key in LOSS_FIGURES
                           else self.tr("epoch"), color=text)
        self._say_legend()

    def _y_label(self, preset: Preset) -> str:
        return (self.tr("loss (smoothed)") if preset.key in LOSS_FIGURES
                else self.tr("accuracy"))

    def _say_legend(self) -> None:
        preset = self.shown or self.preset()
        rows = []
        drawn = {id(p): run for p, run, _items in self.lines}
        for i, preset_run in enumerate(preset.runs):
            color = RUN_COLORS[i % len(RUN_COLORS)]
            run = drawn.get(id(preset_run))
            rows.append(f"<span style='color:{color}'>━</span>&nbsp;"
                        f"{html.escape(preset_run.label())}{self._result(preset, run)}")
        if preset.shows_test:
            rows.append(html.escape(self.tr("solid: train, dashed: test")))
        self.legend.setText("<br>".join(rows))

    def _result(self, preset: Preset, run: Run | None) -> str:
        """The run's last number, as the plot shows it."""
        if run is None or not run.loss.count:
            return ""
        if preset.key in LOSS_FIGURES:
            return " — " + self.tr("loss {loss:.3f}").format(loss=float(run.loss.ys(1)[-1]))
        if not run.accuracy.count:
            return ""
        train, test = float(run.accuracy.ys(0)[-1]), float(run.accuracy.ys(1)[-1])
        if preset.shows_test and np.isfinite(test):
            return " — " + self.tr("train {train:.1%}, test {test:.1%}").format(train=train,
                                                                                  test=test)
        return " — " + self.tr("train {train:.1%}").format(train=train)

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        self.plot_widget.setBackground(self.palette().color(QPalette.Base))
        self._apply_palette_axes()

    def _apply_palette_axes(self) -> str:
        text = self.palette().color(QPalette.WindowText)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.setLabel(axis.labelText, color=text.name())
        return text.name()

    # -- a preset training -----------------------------------------------------------------

    def begin(self, preset: Preset) -> None:
        """`preset` starts training: its plot starts empty."""
        self.clear()
        self.shown, self.running = preset, True
        self.choice.setCurrentIndex(FIGURES.index(preset))
        self._set_buttons()
        self._timer.start()

    def add_run(self, preset_run: PresetRun, run: Run) -> None:
        """One of the preset's runs has started: draw it as it trains."""
        preset = self.shown
        if preset is None:
            return
        color = RUN_COLORS[preset.runs.index(preset_run) % len(RUN_COLORS)]
        solid = pg.PlotDataItem(pen=pg.mkPen(color, width=2))
        items = [solid]
        if preset.shows_test:
            items.append(pg.PlotDataItem(pen=pg.mkPen(color, width=2, style=Qt.DashLine)))
        for item in items:
            self.plot.addItem(item)
        self.lines.append((preset_run, run, items))
        number = preset.runs.index(preset_run) + 1
        self._say_progress(lambda: self.tr("Run {number} of {count}: {label}").format(
            number=number, count=len(preset.runs), label=preset_run.label()))
        self._fit()

    def end(self, how: str) -> None:
        """The preset's runs have ended ("finished", "stopped" or "failed")."""
        self.running = False
        self._timer.stop()
        self.redraw()
        self._say_progress(lambda: {"finished": self.tr("Every run trained."),
                                    "stopped": self.tr("Stopped: the runs trained so far "
                                                       "stay drawn.")}.get(how, self.tr(
                                                           "The preset could not train.")))
        self._set_buttons()

    def set_idle(self, idle: bool) -> None:
        """Whether the panel could start a preset now."""
        self.train_button.setEnabled(idle and not self.running)

    def _set_buttons(self) -> None:
        self.train_button.setEnabled(not self.running)
        self.stop_button.setEnabled(self.running)
        self.choice.setEnabled(not self.running)  # the figure shown is the one training

    def clear(self) -> None:
        for _preset_run, _run, items in self.lines:
            for item in items:
                self.plot.removeItem(item)
        self.lines = []
        self.shown = None
        self._say_progress(lambda: "")

    def redraw(self) -> None:
        """Every run's points so far, as the figure plots them."""
        preset = self.shown
        if preset is None:
            return
        for _preset_run, run, items in self.lines:
            if preset.key in LOSS_FIGURES:
                items[0].setData(run.loss.xs, run.loss.ys(1))
            else:
                items[0].setData(run.accuracy.xs, run.accuracy.ys(0))
                if len(items) > 1:
                    test = run.accuracy.ys(1)
                    if np.isfinite(test).any():
                        items[1].setData(run.accuracy.xs, test)
        self._fit()
        self._say_legend()
        self.drawn.emit()

    def _fit(self) -> None:
        preset = self.shown
        if preset is None or not self.lines:
            return
        if preset.key in LOSS_FIGURES:
            iterations = max(run.iterations for _p, run, _i in self.lines)
            self.plot.setXRange(0, iterations, padding=0.02)
            self.plot.setYRange(0, 2.5, padding=0.02)
        else:
            epochs = max(run.iterations / run.iters_per_epoch for _p, run, _i in self.lines)
            self.plot.setXRange(0, max(epochs, 1), padding=0.02)
            self.plot.setYRange(0, 1.0, padding=0.02)
