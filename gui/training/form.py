"""The hyperparameter fields: each refuses what training would refuse, as it is typed.

Whole numbers are spin boxes with their ranges; the learning rate and the init std are
line edits with a validator that accepts decimals and scientific notation (`0.1`, `1e-3`)
and nothing else, so a bad value can be half-typed but never used: while any field holds
an unfinished value it is tinted and Start stays disabled.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from core.training.run import TrainConfig

DEFAULTS = {"hidden": 50, "lr": "0.1", "batch_size": 100, "iters": 10_000, "std": "0.01",
            "seed": 0, "dtype": "float32"}
_PARTIAL = set("0123456789.eE+-")


class FloatValidator(QValidator):
    """A finite float above `low` (or at it, with `inclusive`), in Python's notation."""

    def __init__(self, low: float, inclusive: bool, parent=None) -> None:
        super().__init__(parent)
        self.low, self.inclusive = low, inclusive

    def validate(self, text: str, pos: int):
        text = text.strip()
        if not text:
            return QValidator.Intermediate, text, pos
        if not set(text) <= _PARTIAL:
            return QValidator.Invalid, text, pos
        try:
            value = float(text)
        except ValueError:  # "1e", "1.5e-": on the way to a number
            return QValidator.Intermediate, text, pos
        ok = math.isfinite(value) and (value >= self.low if self.inclusive else value > self.low)
        if ok and len(text) <= 24:
            return QValidator.Acceptable, text, pos
        return (QValidator.Intermediate if len(text) <= 24 else QValidator.Invalid), text, pos


class HyperparameterForm(QWidget):
    """Hidden size, learning rate, batch size, iterations, init std, seed, precision."""

    validity_changed = Signal(bool)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.hidden = self._spin(0, 4096)  # 0, shown "as graph": keep the graph's own shapes
        self.lr = self._line(FloatValidator(0.0, False, self))
        self.batch_size = self._spin(1, 60_000)
        self.iters = self._spin(1, 10_000_000)
        self.iters.setSingleStep(1000)
        self.iters.setGroupSeparatorShown(True)
        self.std = self._line(FloatValidator(0.0, True, self))
        self.seed = self._spin(0, 2**31 - 1)
        self.dtype = QComboBox()
        self.dtype.addItems(["float32", "float64"])

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.fields = (self.hidden, self.lr, self.batch_size, self.iters, self.std, self.seed,
                       self.dtype)
        self.labels = [QLabel() for _field in self.fields]
        for i, (label, field) in enumerate(zip(self.labels, self.fields)):
            row, col = divmod(i, 2)
            label.setBuddy(field)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(field, row, 2 * col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._valid = True
        self.restore()
        for line in (self.lr, self.std):
            line.textChanged.connect(self._check)
        self._check()
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Hidden size"), self.tr("Learning rate"), self.tr("Batch size"),
                 self.tr("Iterations"), self.tr("Init std"), self.tr("Seed"),
                 self.tr("Precision"))
        tips = (self.tr("units in the hidden layer of a two-layer net"),
                self.tr("learning rate: W ← W − lr·dW"), self.tr("images per minibatch"),
                self.tr("minibatch updates to train"),
                self.tr("weights start as normal(0, std²); biases start at zero"),
                self.tr("seeds the initial weights and the batch order"),
                self.tr("float32 trains faster; float64 is the book's precision"))
        for label, field, text, tip in zip(self.labels, self.fields, texts, tips):
            label.setText(text)
            field.setToolTip(tip)
        self.hidden.setSpecialValueText(self.tr("as graph"))

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setAccelerated(True)
        return box

    def _line(self, validator: QValidator) -> QLineEdit:
        line = QLineEdit()
        line.setValidator(validator)
        return line

    # -- values ---------------------------------------------------------------------------

    def is_valid(self) -> bool:
        return self.lr.hasAcceptableInput() and self.std.hasAcceptableInput()

    def _check(self) -> None:
        for line in (self.lr, self.std):
            line.setStyleSheet("" if line.hasAcceptableInput()
                               else "QLineEdit { background: #f9d6d5; color: #1f2933; }")
        valid = self.is_valid()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def config(self) -> TrainConfig:
        """The settings as a TrainConfig; call only when `is_valid()`."""
        return TrainConfig(iters=self.iters.value(), batch_size=self.batch_size.value(),
                           lr=float(self.lr.text()),
                           hidden=self.hidden.value() or None,
                           weight_init_std=float(self.std.text()), seed=self.seed.value(),
                           dtype=self.dtype.currentText())

    def set_editable(self, editable: bool) -> None:
        for field in (self.hidden, self.lr, self.batch_size, self.iters, self.std, self.seed,
                      self.dtype):
            field.setEnabled(editable)

    def save(self) -> None:
        s = self.settings
        s.setValue("training/hidden", self.hidden.value())
        s.setValue("training/lr", self.lr.text())
        s.setValue("training/batch_size", self.batch_size.value())
        s.setValue("training/iters", self.iters.value())
        s.setValue("training/std", self.std.text())
        s.setValue("training/seed", self.seed.value())
        s.setValue("training/dtype", self.dtype.currentText())

    def restore(self) -> None:
        def value(key):
            return self.settings.value(f"training/{key}", DEFAULTS[key])

        def whole(key) -> int:
            try:
                return int(value(key))
            except (TypeError, ValueError):
                return DEFAULTS[key]

        self.hidden.setValue(whole("hidden"))
        self.batch_size.setValue(whole("batch_size"))
        self.iters.setValue(whole("iters"))
        self.seed.setValue(whole("seed"))
        for line, key in ((self.lr, "lr"), (self.std, "std")):
            text = str(value(key))
            line.setText(text if line.validator().validate(text, 0)[0] == QValidator.Acceptable
                         else DEFAULTS[key])
        index = self.dtype.findText(str(value("dtype")))
        self.dtype.setCurrentIndex(max(index, 0))
