"""The optimizers' paths on the book's surface (figures 6-3 to 6-8), drawn point by point.

The contours of f(x, y) = x²/20 + y² (`core.training.surface`) fill the plot; each
optimizer's path from (−7, 2) appears one update at a time, all together, driven by a
QTimer: Replay starts again from the start, Pause holds the animation where it is. The
legend beside the plot names each optimizer with the book's learning rate for it; hovering
a name or a path states that optimizer's rule below the legend (`Optimizer.rule()`, the
lesson's words). "All six" adds RMSprop and Nesterov.

The paths and the contours are core's numbers; this module only draws them.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.training.optimizers import OPTIMIZERS
from core.training.surface import FUNCTION, START, f, optimizer_paths, rates
from gui.base.safety import guarded

#: one colour per optimizer, as the curves colour runs (Tableau's palette)
PATH_COLORS = {"SGD": "#1f77b4", "Momentum": "#d62728", "AdaGrad": "#2ca02c",
               "Adam": "#9467bd", "RMSprop": "#ff7f0e", "Nesterov": "#17becf"}
#: milliseconds between two points of the animation: 30 updates in about 2.5 seconds
FRAME_MS = 80
_BY_NAME = {cls.name: cls for cls in OPTIMIZERS.values()}  # the surface names them by `name`
#: the window of the surface drawn, as the book's figures (x from −10 to 10, y from −5 to 5)
X_RANGE, Y_RANGE = (-10.0, 10.0), (-5.0, 5.0)
#: the contour levels: close together near the minimum, as matplotlib's contour draws them
LEVELS = (0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)
STEPS = 30
SIDE_WIDTH = 210  # the legend's column


def contour_lines(levels=LEVELS, resolution: int = 201) -> list[np.ndarray]:
    """Each contour of f as an (n, 2) array of (x, y) points (NaN rows separate pieces)."""
    xs = np.linspace(*X_RANGE, resolution)
    ys = np.linspace(*Y_RANGE, resolution)
    z = f(xs[:, None], ys[None, :])  # z[i, j] = f(xs[i], ys[j])
    sx = (X_RANGE[1] - X_RANGE[0]) / (resolution - 1)
    sy = (Y_RANGE[1] - Y_RANGE[0]) / (resolution - 1)
    lines = []
    for level in levels:
        pieces = []
        for piece in pg.isocurve(z, level, connected=True, extendToEdge=True):
            points = np.asarray(piece, dtype=float)
            pieces.append(np.column_stack([X_RANGE[0] + points[:, 0] * sx,
                                           Y_RANGE[0] + points[:, 1] * sy]))
            pieces.append(np.full((1, 2), np.nan))
        if pieces:
            lines.append(np.vstack(pieces))
    return lines


class PathsView(QWidget):
    """The contour plot with the animated paths, its buttons, legend and rules."""

    point_shown = Signal(int)  # how many points of each path are drawn now (1 … 31)
    animation_finished = Signal()  # every path is drawn to its last point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: dict[str, np.ndarray] = {}
        self.shown = 0  # points of each path drawn
        self.plot_widget = pg.PlotWidget()
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.setXRange(*X_RANGE, padding=0.01)
        self.plot.setYRange(*Y_RANGE, padding=0.03)
        self.contours = [pg.PlotDataItem(line[:, 0], line[:, 1], connect="finite")
                         for line in contour_lines()]
        for item in self.contours:
            self.plot.addItem(item)
        self.minimum = pg.ScatterPlotItem([0.0], [0.0], symbol="+", size=12)
        self.plot.addItem(self.minimum)
        self.items: dict[str, pg.PlotDataItem] = {}

        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._advance)
        self.replay_button, self.pause_button = QPushButton(), QPushButton()
        self.replay_button.clicked.connect(self.replay)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.all_box = QCheckBox()
        self.all_box.toggled.connect(lambda _on: self.replay())
        self.title = QLabel()
        self.title.setWordWrap(True)
        #: each optimizer's name and learning rate, in its colour; a name is a link only
        #: so that hovering it says its rule
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)
        self.legend.linkHovered.connect(self._legend_hovered)
        self.rule = QLabel()  # the hovered optimizer's rule, else how to see one
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.RichText)
        self.rule.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.hover = ""  # the optimizer whose rule is shown, or ""

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.pause_button)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(4)
        side.addWidget(self.title)
        side.addLayout(buttons)
        side.addWidget(self.all_box)
        side.addWidget(self.legend)
        side.addWidget(self.rule, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(SIDE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(side_box)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self._load()
        self.retranslate()

    # -- words and colours -------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("f(x, y) = x²/20 + y² from ({x:g}, {y:g}), {count} "
                                   "updates each").format(x=START[0], y=START[1],
                                                          count=STEPS))
        self.title.setToolTip(FUNCTION)
        self.replay_button.setText(self.tr("Replay"))
        self.replay_button.setToolTip(self.tr("draw the paths again from the start"))
        self.all_box.setText(self.tr("All six"))
        self.all_box.setToolTip(self.tr("add RMSprop and Nesterov to the book's four"))
        self._say_pause()
        self._fill_legend()
        self._show_rules()
        self._apply_palette()

    def _say_pause(self) -> None:
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.pause_button.setEnabled(self.shown < self._length())

    def _rule(self, name: str) -> str:
        return _BY_NAME[name](lr=rates(True)[name]).rule()

    def _show_rules(self) -> None:
        """The hovered optimizer's rule, else a hint saying how to read one."""
        if self.hover in self.paths:
            self.rule.setText(f"<b style='color:{PATH_COLORS[self.hover]}'>"
                              f"{html.escape(_BY_NAME[self.hover].display_name())}</b>: "
                              f"{html.escape(self._rule(self.hover))}")
        else:
            self.rule.setText(html.escape(self.tr("Point at a name or a path to read its "
                                                  "update rule.")))

    def _fill_legend(self) -> None:
        rows = [f"<a href='{name}' style='color:{PATH_COLORS[name]}; text-decoration:none'>"
                f"● <b>{html.escape(_BY_NAME[name].display_name())}</b></a> "
                + html.escape(self.tr("lr {lr:g}").format(lr=rates(True)[name]))
                for name in self.paths]
        self.legend.setText("<br>".join(rows))

    def _legend_hovered(self, name: str) -> None:
        if not name:
            return  # the rule stays until another is pointed at
        self.hover = name
        self._show_rules()

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        pal = self.palette()
        text, base = pal.color(QPalette.WindowText), pal.color(QPalette.Base)
        self.plot_widget.setBackground(base)
        muted = pg.mkColor(text)
        muted.setAlpha(70)
        for item in self.contours:
            item.setPen(pg.mkPen(muted, width=1))
        self.minimum.setPen(pg.mkPen(text, width=1.5))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.plot.setLabel("bottom", "x", color=text.name())
        self.plot.setLabel("left", "y", color=text.name())

    # -- the animation -----------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return not self.timer.isActive() and 0 < self.shown < self._length()

    def _length(self) -> int:
        return max((len(path) for path in self.paths.values()), default=0)

    def _load(self) -> None:
        """The paths from core, drawn at their start; the legend and rules for them."""
        for item in self.items.values():
            self.plot.removeItem(item)
        self.paths = optimizer_paths(STEPS, everything=self.all_box.isChecked())
        self.items = {}
        for name in self.paths:
            color = PATH_COLORS[name]
            item = pg.PlotDataItem(pen=pg.mkPen(color, width=2), symbol="o", symbolSize=5,
                                   symbolPen=None, symbolBrush=color, name=name)
            self.items[name] = item
            self.plot.addItem(item)
        self.shown = 0

    def replay(self) -> None:
        """Draw every path again from its start, one point per frame."""
        self.timer.stop()
        if set(self.paths) != set(rates(self.all_box.isChecked())):
            self._load()
            self._fill_legend()
        self.shown = 0
        self._advance()
        self.timer.start()
        self._say_pause()

    def toggle_pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        elif 0 < self.shown < self._length():
            self.timer.start()
        self._say_pause()

    def stop(self) -> None:
        self.timer.stop()
        self._say_pause()

    def show_all(self) -> None:
        """Every path drawn whole at once (a screenshot, a view opened again)."""
        self.timer.stop()
        self.shown = self._length() - 1
        self._advance()

    def _advance(self) -> None:
        self.shown = min(self.shown + 1, self._length())
        for name, item in self.items.items():
            path = self.paths[name][:self.shown]
            item.setData(path[:, 0], path[:, 1])
        self.point_shown.emit(self.shown)
        if self.shown >= self._length():
            self.timer.stop()
            self._say_pause()
            self.animation_finished.emit()

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.shown == 0:
            self.replay()

    @guarded
    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.timer.isActive():  # nobody watches: hold, and finish the drawing at once
            self.show_all()

    # -- hover: one rule -----------------------------------------------------------------

    def _mouse_moved(self, pos) -> None:
        try:
            name = self._hovered(pos)
        except Exception:  # noqa: BLE001 (a signal slot must not raise into Qt)
            name = ""
        if name and name != self.hover:  # the rule stays until another is pointed at
            self.hover = name
            self._show_rules()

    def _hovered(self, pos) -> str:
        """The optimizer with a point of its path within a few pixels of the scene position
        `pos`, or "" (the plot's own hover; the legend's names say theirs)."""
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            return ""
        point = view.mapSceneToView(pos)
        (x0, x1), (y0, y1) = view.viewRange()
        width, height = max(view.width(), 1), max(view.height(), 1)
        best, nearest = "", 8.0  # pixels
        for name, path in self.paths.items():
            shown = path[:max(self.shown, 1)]
            dx = (shown[:, 0] - point.x()) * width / (x1 - x0)
            dy = (shown[:, 1] - point.y()) * height / (y1 - y0)
            distance = float(np.min(np.hypot(dx, dy)))
            if distance < nearest:
                best, nearest = name, distance
        return best
