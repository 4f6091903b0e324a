"""Activation histograms per hidden layer at the start (figures 6-10 to 6-14).

Choose the activation and the initial weights (std 1, std 0.01, Xavier, He); core's
`activation_histograms` puts 1,000 random inputs through 5 layers of 100 and returns each
layer's activations, binned here as the book's script bins them (30 bins over 0..1; tanh's
over −1..1, where its outputs live; for ReLU the bar at 0, about half of them, runs off
the top as in the book's figure 6-14). One small histogram per layer, side by side, sharing
the count axis so the layers compare at a glance, with a sentence saying what to see.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.training.histograms import BINS, RANGE, activation_histograms
from core.training.networks import ACTIVATIONS as NET_ACTIVATIONS
from gui.base.safety import guarded
from gui.training.curves import CompactAxis

LAYERS = 5
#: the inits offered, as core takes them
INITS = (1.0, 0.01, "xavier", "he")
ACTIVATIONS = ("sigmoid", "relu", "tanh")
BAR_COLOR = "#1f77b4"


def bin_range(activation: str) -> tuple[float, float]:
    """The book's 0..1 (sigmoid, ReLU); tanh's outputs span −1..1."""
    return (-1.0, 1.0) if activation == "tanh" else RANGE


class HistogramView(QWidget):
    """The two choices and one histogram per hidden layer."""

    computed = Signal()  # the histograms show the current choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activation = QComboBox()
        self.init = QComboBox()
        for _ in ACTIVATIONS:
            self.activation.addItem("")
        for _ in INITS:
            self.init.addItem("")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(2, 2, 4, 2)
        self.view.ci.setSpacing(2)
        self.plots: list[pg.PlotItem] = []
        self.bars: list[pg.BarGraphItem] = []
        for i in range(LAYERS):
            plot = self.view.addPlot(row=0, col=i, axisItems={"left": CompactAxis("left")})
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            if i:
                plot.setYLink(self.plots[0])
                plot.getAxis("left").setStyle(showValues=False)
            else:
                plot.getAxis("left").setWidth(34)
            self.plots.append(plot)
        #: (counts, edges) of each layer, as drawn
        self.counts: list[np.ndarray] = []
        self.edges: np.ndarray = np.empty(0)

        self.activation_label, self.init_label = QLabel(), QLabel()
        self.activation_label.setBuddy(self.activation)
        self.init_label.setBuddy(self.init)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.activation_label)
        top.addWidget(self.activation)
        top.addSpacing(8)
        top.addWidget(self.init_label)
        top.addWidget(self.init)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.activation.currentIndexChanged.connect(lambda _i: self.compute())
        self.init.currentIndexChanged.connect(lambda _i: self.compute())
        self.retranslate()
        self.compute()

    # -- the choice ---------------------------------------------------------------------

    def choice(self) -> tuple[str, str | float]:
        return (ACTIVATIONS[max(self.activation.currentIndex(), 0)],
                INITS[max(self.init.currentIndex(), 0)])

    def choose(self, activation: str, init: str | float) -> None:
        """Select a choice (the histograms follow)."""
        self.activation.setCurrentIndex(ACTIVATIONS.index(activation))
        self.init.setCurrentIndex(INITS.index(init))

    def compute(self) -> None:
        """Core's activations for the choice, binned and drawn."""
        activation, init = self.choice()
        layers = activation_histograms(activation, init, layers=LAYERS)
        low, high = bin_range(activation)
        self.counts = []
        for plot, values in zip(self.plots, layers):
            counts, edges = np.histogram(values.ravel(), bins=BINS, range=(low, high))
            self.counts.append(counts)
            self.edges = edges
            plot.clear()
            width = edges[1] - edges[0]
            plot.addItem(pg.BarGraphItem(x0=edges[:-1], width=width, height=counts,
                                         brush=BAR_COLOR, pen=None))
            plot.setXRange(low, high, padding=0.02)
        top = max(float(c.max()) for c in self.counts) if self.counts else 1.0
        if activation == "relu":
            # as the book's figure 6-14: the bar at 0 (the inputs ReLU zeroes, about half)
            # runs off the top, so the spread of the others can be seen
            top = max(float(c[1:].max()) for c in self.counts) * 1.6 or top
        self.plots[0].setYRange(0, top * 1.05, padding=0)
        self._say()
        self.computed.emit()

    # -- words and colours --------------------------------------------------------------

    def retranslate(self) -> None:
        self.activation_label.setText(self.tr("Activation"))
        self.init_label.setText(self.tr("Initial weights"))
        for i, key in enumerate(ACTIVATIONS):  # the ops' names; tanh is no op of the app
            self.activation.setItemText(i, NET_ACTIVATIONS[key].type_name
                                        if key in NET_ACTIVATIONS else key)
        for i, text in enumerate((self.tr("std 1"), self.tr("std 0.01"), self.tr("Xavier"),
                                  self.tr("He"))):
            self.init.setItemText(i, text)
        self.init.setToolTip(self.tr("Xavier: std 1/√n; He: std √(2/n), n the layer's "
                                     "inputs (100)"))
        for i, plot in enumerate(self.plots):
            plot.setTitle(self.tr("layer {number}").format(number=i + 1), size="8pt")
        self._say()
        self._apply_palette()

    def _say(self) -> None:
        activation, init = self.choice()
        low, high = bin_range(activation)
        where = self.tr("1,000 inputs through {layers} layers of 100; {bins} bins over "
                        "{low:g}..{high:g}.").format(layers=LAYERS, bins=BINS, low=low,
                                                     high=high)
        self.note.setText(f"{where} {self._lesson(activation, init)}")

    def _lesson(self, activation: str, init) -> str:
        """What the book says about this choice, in one sentence."""
        if activation == "sigmoid" and init == 1.0:
            return self.tr("The activations pile up at 0 and 1, where the sigmoid's "
                           "gradient vanishes (figure 6-10).")
        if activation == "sigmoid" and init == 0.01:
            return self.tr("The activations crowd around 0.5: every node says the same, "
                           "as if there were one (figure 6-11).")
        if activation in ("sigmoid", "tanh") and init == "xavier":
            return self.tr("Xavier's initial weights keep the activations spread in every "
                           "layer (figure 6-13).")
        if activation == "relu" and init == "he":
            return self.tr("With He's initial weights ReLU's activations keep the same "
                           "spread in every layer (figure 6-14).")
        if activation == "relu":
            return self.tr("With ReLU these initial weights shrink or skew the activations "
                           "layer by layer; He's keep them even (figure 6-14).")
        return self.tr("Compare the layers: a good initialization keeps their "
                       "histograms alike.")

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        pal = self.palette()
        text = pal.color(QPalette.WindowText)
        self.view.setBackground(pal.color(QPalette.Base))
        for i, plot in enumerate(self.plots):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
            plot.setTitle(self.tr("layer {number}").format(number=i + 1), size="8pt",
                          color=text.name())
