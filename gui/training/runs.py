"""One training run's data, bounded, and names for runs that say how they differ.

Every run keeps a bounded amount of data whatever its length: `Decimated` stores at most
`CAPACITY` points and, when full, drops every other point and from then on keeps only
every 2nd (4th, 8th ...) point that arrives. A 100,000-iteration run therefore costs the
same memory and the same redraw time as a 4,000-iteration one, and the curve still spans
the whole run. The raw loss is kept beside an exponential moving average (bias corrected,
as Adam does, so it does not start at zero).

A run is named by what differs between the runs on the plot (`auto_names`): the network
(its activations, or its whole chain), the optimizer, the learning rate, the hidden size,
the batch size, the initial weights (a std, Xavier or He), the weight decay, the number of
training digits, the seed, the precision. The user may rename a run; that name then stays.
"""

from __future__ import annotations

import math

import numpy as np

from core.i18n import translate
from core.training.optimizers import OPTIMIZERS
from core.training.roles import without_layers

#: points kept per curve; a full run's curve is at most this many points
CAPACITY = 2_000
#: weight of the newest loss in the moving average (about a 10-iteration window: enough
#: to see the trend through the batch noise without lagging behind it)
SMOOTHING = 0.1
#: the settings that name a run, in the order its name lists them
NAME_KEYS = ("network", "optimizer", "lr", "hidden", "batch", "std", "decay", "train_size",
             "seed", "dtype")


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
    """One training run: its settings and name, colour, data, status, plot items and its
    last analysis."""

    def __init__(self, settings: dict, color: str, iters_per_epoch: int,
                 iterations: int) -> None:
        self.settings = dict(settings)  # NAME_KEYS → value (None: does not apply)
        self.auto_name = ""  # set by the curves from what differs between the runs
        self.user_name: str | None = None  # a name the user gave: it wins
        self.color, self.iters_per_epoch = color, iters_per_epoch
        self.iterations = iterations  # planned: the x axes span the whole run from the start
        self.loss = Decimated(2)  # raw, smoothed
        self.accuracy = Decimated(2)  # train, test (NaN when there is no test set)
        self._ema = 0.0
        self._steps = 0
        self.status = "running"  # then "finished", "stopped", "diverged" or "stalled"
        self.learned = True  # False: it ended (finished or stopped) where it started
        self.message = ""
        self.visible = True
        self.items: list = []  # raw loss, smoothed loss, train accuracy, test accuracy
        self.marker = None  # (symbol, text) where a diverged or stalled run ended
        #: the last test-set analysis of its trainer (core.training.analysis.Analysis):
        #: what the analysis tabs show when this run is selected
        self.analysis = None

    @property
    def name(self) -> str:
        return self.user_name or self.auto_name

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


def setting_text(key: str, value) -> str:
    """One setting as a run's name shows it: `lr 0.1`, `hidden 50`, `float64`."""
    if value is None:
        return ""
    if key == "network":
        return " → ".join(value)
    if key == "dtype":
        return str(value)
    if key == "optimizer":  # the book's names: SGD, Momentum, AdaGrad ...
        return OPTIMIZERS[value].display_name() if value in OPTIMIZERS else value
    if key == "std" and isinstance(value, str):  # "xavier", "he": Xavier, He
        return translate("Presets", value.capitalize())
    if key == "decay" and not value:
        return translate("RunNames", "no weight decay")
    texts = {"lr": translate("RunNames", "lr {value}"),
             "hidden": translate("RunNames", "hidden {value}"),
             "batch": translate("RunNames", "batch {value}"),
             "std": translate("RunNames", "std {value}"),
             "seed": translate("RunNames", "seed {value}"),
             "decay": translate("RunNames", "weight decay {value}"),
             "train_size": translate("RunNames", "{value} digits")}
    return texts[key].format(value=f"{value:g}" if isinstance(value, float) else value)


def settings_text(settings: dict) -> str:
    """Every setting of a run, for its tooltip."""
    return ", ".join(t for t in (setting_text(k, settings.get(k)) for k in NAME_KEYS) if t)


def _network_names(chains: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Networks by their activations (`ReLU`, `Sigmoid`) when that tells them apart, else
    by their whole chain of ops."""
    def activations(chain: tuple[str, ...]) -> str:
        inner = chain[:-1]  # the last op is the loss, the same for all
        return " → ".join(without_layers(inner)) or " → ".join(inner)

    short = {chain: activations(chain) for chain in chains}
    if len(set(short.values())) == len(short):
        return short
    return {chain: " → ".join(chain) for chain in chains}


def auto_names(settings: list[dict]) -> list[str]:
    """Names for runs, in order, from the settings that differ between them.

    When nothing differs (one run, or the same settings again) the learning rate names
    them; a name that repeats gets " (2)", " (3)" ... in order.
    """
    differing = [k for k in NAME_KEYS
                 if len({repr(s.get(k)) for s in settings}) > 1] or ["lr"]
    networks = _network_names({s["network"] for s in settings if s.get("network")})
    names, seen = [], {}
    for s in settings:
        parts = [networks[s["network"]] if key == "network" and s.get("network")
                 else translate("RunNames", "all digits")
                 if key == "train_size" and s.get(key) is None
                 else setting_text(key, s.get(key)) for key in differing]
        name = ", ".join(p for p in parts if p) or translate("RunNames", "run")
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1
                     else translate("RunNames", "{name} ({count})").format(name=name,
                                                                          count=seen[name]))
    return names
