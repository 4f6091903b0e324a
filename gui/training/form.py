"""The hyperparameter fields: each refuses what training would refuse, as it is typed.

Whole numbers are spin boxes with their ranges; the learning rate and the weight decay are
line edits with a validator that accepts decimals and scientific notation (`0.1`, `1e-3`)
and nothing else, so a bad value can be half-typed but never used: while any field holds
an unfinished value it is tinted and Start stays disabled. The initial weights are a std
or Xavier or He (an editable list), the update rule one of the book's six optimizers (the
learning rate applies to it).

The network fields (layers, activation, Batch Normalization, Dropout) are not training
settings: they say which graph to build, and a change of one emits `network_changed`; the
panel builds that graph (`core.training.networks.multi_layer_net`) and puts it on the canvas.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.training.networks import ACTIVATIONS
from core.training.optimizers import OPTIMIZERS
from core.training.run import TrainConfig

DEFAULTS = {"hidden": 50, "lr": "0.1", "batch_size": 100, "iters": 10_000, "std": "0.01",
            "seed": 0, "dtype": "float32", "optimizer": "sgd", "weight_decay": "0",
            "train_size": 0, "layers": "", "activation": "relu", "batchnorm": False,
            "dropout": 0.0}
_PARTIAL = set("0123456789.eE+-")
#: the named initial weights, as the list shows them and as core takes them
NAMED_INITS = {"xavier": "Xavier", "he": "He"}
_LAYERS = re.compile(r"\s*\d+(\s*,\s*\d+)*\s*")
#: the widest hidden layer and the most hidden layers the layers field accepts
MAX_WIDTH, MAX_LAYERS = 4096, 20


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


class InitValidator(FloatValidator):
    """A std ≥ 0 (as `FloatValidator`), or Xavier or He (any case, typed in part)."""

    def __init__(self, parent=None) -> None:
        super().__init__(0.0, True, parent)

    def validate(self, text: str, pos: int):
        word = text.strip().lower()
        if word and word.isalpha():
            if word in NAMED_INITS:
                return QValidator.Acceptable, text, pos
            if any(name.startswith(word) for name in NAMED_INITS):
                return QValidator.Intermediate, text, pos
            return QValidator.Invalid, text, pos
        return super().validate(text, pos)


class LayersValidator(QValidator):
    """Hidden layer widths separated by commas: `100,100,100,100` (empty: as the graph)."""

    def validate(self, text: str, pos: int):
        if not text.strip():
            return QValidator.Acceptable, text, pos
        if not set(text) <= set("0123456789, "):
            return QValidator.Invalid, text, pos
        if not _LAYERS.fullmatch(text):
            return QValidator.Intermediate, text, pos  # "100," on the way to "100,100"
        widths = [int(w) for w in text.split(",")]
        if len(widths) > MAX_LAYERS or max(widths) > MAX_WIDTH:
            return QValidator.Invalid, text, pos
        return (QValidator.Acceptable if min(widths) >= 1 else QValidator.Intermediate), \
            text, pos


def layer_widths(text: str) -> tuple[int, ...]:
    """The widths a valid layers field holds (empty: none given)."""
    return tuple(int(w) for w in text.split(",")) if text.strip() else ()


class HyperparameterForm(QWidget):
    """Hidden size, learning rate, batch size, iterations, initial weights, seed, precision,
    optimizer, weight decay, training-set size; and the network to build: layers,
    activation, Batch Normalization, Dropout."""

    validity_changed = Signal(bool)
    network_changed = Signal()  # layers, activation, Batch Norm or Dropout changed

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.hidden = self._spin(0, 4096)  # 0, shown "as graph": keep the graph's own shapes
        self.lr = self._line(FloatValidator(0.0, False, self))
        self.batch_size = self._spin(1, 60_000)
        self.iters = self._spin(1, 10_000_000)
        self.iters.setSingleStep(1000)
        self.iters.setGroupSeparatorShown(True)
        self.init = QComboBox()  # a std, Xavier or He
        self.init.setEditable(True)
        self.init.setInsertPolicy(QComboBox.NoInsert)
        self.init.addItems(["0.01", NAMED_INITS["xavier"], NAMED_INITS["he"]])
        self.init.lineEdit().setValidator(InitValidator(self))
        self.std = self.init.lineEdit()  # where the initial weights are typed
        self.seed = self._spin(0, 2**31 - 1)
        self.dtype = QComboBox()
        self.dtype.addItems(["float32", "float64"])
        self.optimizer = QComboBox()
        for key, cls in OPTIMIZERS.items():
            self.optimizer.addItem(cls.name, key)
        self.weight_decay = self._line(FloatValidator(0.0, True, self))
        self.train_size = self._spin(0, 60_000)  # 0, shown "all": every training image
        self.train_size.setSingleStep(100)
        # the network to build
        self.layers = self._line(LayersValidator(self))
        self.activation = QComboBox()
        for key, op in ACTIVATIONS.items():  # named as their ops: ReLU, Sigmoid
            self.activation.addItem(op.type_name, key)
        self.batchnorm = QCheckBox()
        self.dropout = QDoubleSpinBox()  # 0, shown "off"
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.05)
        self.dropout.setDecimals(2)
        self.dropout.setKeyboardTracking(False)  # one change when typed, not one a key

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.fields = (self.hidden, self.lr, self.batch_size, self.iters, self.init, self.seed,
                       self.optimizer, self.dtype, self.weight_decay, self.train_size)
        self.network_fields = (self.layers, self.activation, self.batchnorm, self.dropout)
        self.labels = [QLabel() for _field in self.fields + self.network_fields]
        self.network_title = QLabel()
        rows = (len(self.fields) + 1) // 2
        for i, (label, field) in enumerate(zip(self.labels, self.fields + self.network_fields)):
            row, col = divmod(i, 2)
            if i >= len(self.fields):
                row = rows + 1 + (i - len(self.fields)) // 2
            label.setBuddy(field)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(field, row, 2 * col + 1)
        grid.addWidget(self.network_title, rows, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._valid = True
        self.restore()
        self._network = self.network()  # what was last announced
        for line in (self.lr, self.std, self.weight_decay, self.layers):
            line.textChanged.connect(self._check)
        self.layers.editingFinished.connect(self._network_edited)
        self.activation.currentIndexChanged.connect(lambda _i: self._network_edited())
        self.batchnorm.toggled.connect(lambda _on: self._network_edited())
        self.dropout.valueChanged.connect(lambda _v: self._network_edited())
        self._check()
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Hidden size"), self.tr("Learning rate"), self.tr("Batch size"),
                 self.tr("Iterations"), self.tr("Init weights"), self.tr("Seed"),
                 self.tr("Optimizer"), self.tr("Precision"), self.tr("Weight decay λ"),
                 self.tr("Train images"), self.tr("Layers"), self.tr("Activation"),
                 self.tr("Batch Norm"), self.tr("Dropout"))
        tips = (self.tr("units in the hidden layer of a two-layer net"),
                self.tr("the optimizer's learning rate (SGD: W ← W − lr·dW)"),
                self.tr("images per minibatch"),
                self.tr("minibatch updates to train"),
                self.tr("weights start as normal(0, std²), with std a number, Xavier's "
                        "1/√n or He's √(2/n) for a layer of n inputs; biases start at zero"),
                self.tr("seeds the initial weights and the batch order"),
                self.tr("how the parameters are updated from their gradients"),
                self.tr("float32 trains faster; float64 is the book's precision"),
                self.tr("adds ½λ‖W‖² to the loss and λW to each weight's gradient (0: none)"),
                self.tr("train on the first N training images (all: every one); 300 "
                        "shows overfitting"),
                self.tr("hidden layer widths, e.g. 100,100,100,100; a change builds that "
                        "network on the canvas"),
                self.tr("the hidden layers' activation; a change builds the network"),
                self.tr("a Batch Normalization node after each hidden Affine; a change "
                        "builds the network"),
                self.tr("a Dropout node after each activation, dropping this ratio (off: "
                        "none); a change builds the network"))
        for label, field, text, tip in zip(self.labels, self.fields + self.network_fields,
                                           texts, tips):
            label.setText(text)
            field.setToolTip(tip)
        self.hidden.setSpecialValueText(self.tr("as graph"))
        self.train_size.setSpecialValueText(self.tr("all"))
        self.dropout.setSpecialValueText(self.tr("off"))
        for index, cls in enumerate(OPTIMIZERS.values()):  # the reader's names: 모멘텀 ...
            self.optimizer.setItemText(index, cls.display_name())
        self.layers.setPlaceholderText(self.tr("as graph"))
        self.network_title.setText(self.tr("<b>Network</b> (a change builds it on the "
                                           "canvas)"))

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
        return all(line.hasAcceptableInput()
                   for line in (self.lr, self.std, self.weight_decay, self.layers))

    def _check(self) -> None:
        for line in (self.lr, self.std, self.weight_decay, self.layers):
            line.setStyleSheet("" if line.hasAcceptableInput()
                               else "QLineEdit { background: #f9d6d5; color: #1f2933; }")
        valid = self.is_valid()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def init_value(self) -> str | float:
        """The initial weights as core takes them: a std, "xavier" or "he"."""
        text = self.std.text().strip()
        return text.lower() if text.lower() in NAMED_INITS else float(text)

    def config(self) -> TrainConfig:
        """The settings as a TrainConfig; call only when `is_valid()`."""
        init = self.init_value()
        return TrainConfig(iters=self.iters.value(), batch_size=self.batch_size.value(),
                           lr=float(self.lr.text()),
                           hidden=self.hidden.value() or None,
                           weight_init_std=init, seed=self.seed.value(),
                           dtype=self.dtype.currentText(),
                           optimizer=self.optimizer.currentData(),
                           weight_decay=float(self.weight_decay.text()),
                           train_size=self.train_size.value() or None)

    def network(self) -> dict:
        """The network fields, as `multi_layer_net` takes them (layers empty: as graph)."""
        return {"layers": layer_widths(self.layers.text()) if self.layers.hasAcceptableInput()
                else None, "activation": self.activation.currentData(),
                "batchnorm": self.batchnorm.isChecked(),
                "dropout": self.dropout.value() or None}

    def _network_edited(self) -> None:
        """Announce a real change of the network fields (not a repeat, not a half-typed
        layers field)."""
        if not self.layers.hasAcceptableInput():
            return
        network = self.network()
        if network != self._network:
            self._network = network
            self.network_changed.emit()

    def set_editable(self, editable: bool) -> None:
        for field in self.fields + self.network_fields:
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
        s.setValue("training/optimizer", self.optimizer.currentData())
        s.setValue("training/weight_decay", self.weight_decay.text())
        s.setValue("training/train_size", self.train_size.value())
        s.setValue("training/layers", self.layers.text())
        s.setValue("training/activation", self.activation.currentData())
        s.setValue("training/batchnorm", int(self.batchnorm.isChecked()))
        s.setValue("training/dropout", self.dropout.value())

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
        self.train_size.setValue(whole("train_size"))
        self.batchnorm.setChecked(bool(whole("batchnorm")))
        try:
            self.dropout.setValue(float(value("dropout")))
        except (TypeError, ValueError):
            self.dropout.setValue(DEFAULTS["dropout"])
        for line, key in ((self.lr, "lr"), (self.std, "std"),
                          (self.weight_decay, "weight_decay"), (self.layers, "layers")):
            text = str(value(key))
            line.setText(text if line.validator().validate(text, 0)[0] == QValidator.Acceptable
                         else DEFAULTS[key])
        index = self.dtype.findText(str(value("dtype")))
        self.dtype.setCurrentIndex(max(index, 0))
        for box, key in ((self.optimizer, "optimizer"), (self.activation, "activation")):
            box.setCurrentIndex(max(box.findData(str(value(key))), 0))
