"""Chapter 6's figures as experiments: each preset's runs, on one plot, as the book ran them.

A `Preset` is one figure (`key` "6-9", "6-15", "6-18", "6-20", "6-23"): its title, one
sentence saying what to look for, and its runs. A `PresetRun` is one curve: a `label()`
naming what differs from the other runs, the graph builder's arguments
(`core.training.networks.multi_layer_net`, built by `graph()`) and a `TrainConfig`. The
settings are the book's scripts' (`optimizer_compare_mnist.py`, `weight_init_compare.py`,
`batch_norm_test.py`, `overfit_weight_decay.py`, `overfit_dropout.py`), on the digits the
user gives (the tests use 8,000 real digits, not the book's 60,000), so the curves have
the figure's shape, not its exact numbers. Whoever runs a preset (the Training panel)
trains each run's graph with its config; `shows_test` says whether the figure draws the
test accuracy beside the train accuracy (overfitting: 6-20 and 6-23).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.graph import Graph
from core.training.networks import multi_layer_net
from core.training.run import TrainConfig

#: the book's deep net for 6.1 and 6.2: 784-100-100-100-100-10
FOUR_HUNDREDS = (100, 100, 100, 100)


@dataclass(frozen=True)
class PresetRun:
    """One curve of a figure: what differs (a text of the "Presets" context, with its
    `values` filled in), the graph builder's keyword arguments and the training settings."""

    what: str
    network: dict
    config: TrainConfig
    values: dict = field(default_factory=dict)

    def label(self) -> str:
        return translate("Presets", self.what).format(**self.values)

    def graph(self) -> Graph:
        """The run's network, freshly built (a run trains its own copy)."""
        return multi_layer_net(**self.network)


@dataclass(frozen=True)
class Preset:
    """One figure of chapter 6 as runs to train and draw on one plot."""

    key: str
    title_text: str
    look_for_text: str
    runs: tuple[PresetRun, ...]
    shows_test: bool = False

    def title(self) -> str:
        return translate("Presets", self.title_text)

    def look_for(self) -> str:
        return translate("Presets", self.look_for_text)


def _deep_run(what: str, optimizer: str, lr: float, init, **values) -> PresetRun:
    """A run of 6-9 or 6-15: 784-100×4-10 ReLU, 2,000 iterations of batch 128."""
    return PresetRun(what, {"layers": FOUR_HUNDREDS, "activation": "relu", "init": init},
                     TrainConfig(iters=2000, batch_size=128, lr=lr, optimizer=optimizer,
                                 weight_init_std=init), values)


def _batchnorm_run(what: str, batchnorm: bool) -> PresetRun:
    """A run of 6-18: 5 hidden layers of 100, 1,000 digits, SGD lr 0.01, 20 epochs of
    batch 100 (`batch_norm_test.py`), the weights drawn with std 0.1 (one of the stds of
    figure 6-19, where the net without Batch Normalization still learns, slowly)."""
    return PresetRun(what, {"layers": (100,) * 5, "batchnorm": batchnorm, "init": 0.1},
                     TrainConfig(iters=200, batch_size=100, lr=0.01, train_size=1000,
                                 weight_init_std=0.1))


def _overfit_run(what: str, weight_decay: float = 0.0, dropout: float | None = None,
                 epochs: int = 201, **values) -> PresetRun:
    """A run of 6-20 or 6-23: 300 digits, 6 hidden layers of 100 (7 layers), SGD lr 0.01,
    batch 100, the book's epochs (3 iterations each)."""
    return PresetRun(what, {"layers": (100,) * 6, "dropout": dropout, "init": "he"},
                     TrainConfig(iters=3 * epochs, batch_size=100, lr=0.01, train_size=300,
                                 weight_decay=weight_decay, weight_init_std="he"), values)


PRESETS: dict[str, Preset] = {preset.key: preset for preset in (
    Preset("6-9",
           QT_TRANSLATE_NOOP("Presets", "6-9: four optimizers on MNIST"),
           QT_TRANSLATE_NOOP("Presets", "SGD's loss comes down slowest; Momentum, AdaGrad and "
                             "Adam learn faster, and AdaGrad and Adam fastest."),
           (_deep_run(QT_TRANSLATE_NOOP("Presets", "SGD"), "sgd", 0.01, "he"),
            _deep_run(QT_TRANSLATE_NOOP("Presets", "Momentum"), "momentum", 0.01, "he"),
            _deep_run(QT_TRANSLATE_NOOP("Presets", "AdaGrad"), "adagrad", 0.01, "he"),
            _deep_run(QT_TRANSLATE_NOOP("Presets", "Adam"), "adam", 0.001, "he"))),
    Preset("6-15",
           QT_TRANSLATE_NOOP("Presets", "6-15: initial weights on MNIST"),
           QT_TRANSLATE_NOOP("Presets", "With std 0.01 the net does not learn at all; Xavier "
                             "and He initial weights learn, He fastest with ReLU."),
           (_deep_run(QT_TRANSLATE_NOOP("Presets", "std {std:g}"), "sgd", 0.01, 0.01,
                      std=0.01),
            _deep_run(QT_TRANSLATE_NOOP("Presets", "Xavier"), "sgd", 0.01, "xavier"),
            _deep_run(QT_TRANSLATE_NOOP("Presets", "He"), "sgd", 0.01, "he"))),
    Preset("6-18",
           QT_TRANSLATE_NOOP("Presets", "6-18: Batch Normalization"),
           QT_TRANSLATE_NOOP("Presets", "With Batch Normalization the accuracy rises much "
                             "sooner than without it, from the same initial weights."),
           (_batchnorm_run(QT_TRANSLATE_NOOP("Presets", "with Batch Normalization"), True),
            _batchnorm_run(QT_TRANSLATE_NOOP("Presets", "without Batch Normalization"),
                           False))),
    Preset("6-20",
           QT_TRANSLATE_NOOP("Presets", "6-20 and 6-21: overfitting and weight decay"),
           QT_TRANSLATE_NOOP("Presets", "On 300 digits the train accuracy reaches 100% while "
                             "the test accuracy stays far below; weight decay narrows that "
                             "gap."),
           (_overfit_run(QT_TRANSLATE_NOOP("Presets", "without weight decay")),
            _overfit_run(QT_TRANSLATE_NOOP("Presets", "weight decay λ = {decay:g}"),
                         weight_decay=0.1, decay=0.1)),
           shows_test=True),
    Preset("6-23",
           QT_TRANSLATE_NOOP("Presets", "6-23: overfitting and Dropout"),
           QT_TRANSLATE_NOOP("Presets", "Dropout keeps the train accuracy from reaching 100% "
                             "and brings it closer to the test accuracy."),
           (_overfit_run(QT_TRANSLATE_NOOP("Presets", "without Dropout"), epochs=301),
            _overfit_run(QT_TRANSLATE_NOOP("Presets", "Dropout {ratio:g}"), dropout=0.2,
                         epochs=301, ratio=0.2)),
           shows_test=True),
)}
