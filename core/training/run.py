"""What a training run is told and what it tells: settings, control, events, result.

`TrainConfig` holds the hyperparameters; `RunControl` is the one place that holds a run's
pause, stop and snapshot requests (any thread may make them; the training loop reads them);
`TrainEvent` is what the trainer's callback receives (a `Snapshot` of the graph's arrays
when one was asked for) and `TrainResult` what `run` returns.
No Qt here: the GUI re-emits the events as signals.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import numpy as np

from core.i18n import translate
from core.training.optimizers import OPTIMIZERS, make_optimizer

#: the initial weights chosen by name rather than by a std (the book's `weight_init_std`)
INITS = ("xavier", "he")

#: the steps of the book's training procedure (5.7.1), as `Trainer.phase` names them:
#: 1 minibatch, 2 gradient, 3 update, 4 repeat (and, once an epoch, the accuracy)
PHASES = ("minibatch", "gradient", "update", "repeat", "evaluate")


def phase_names() -> dict[str, str]:
    """Each phase's name, as the book names its steps, in the current language."""
    return {"minibatch": translate("Train", "1 minibatch"),
            "gradient": translate("Train", "2 gradient"),
            "update": translate("Train", "3 update"),
            "repeat": translate("Train", "4 repeat"),
            "evaluate": translate("Train", "accuracy (once an epoch)")}


def procedure(config: "TrainConfig", images: int, iters_per_epoch: int) -> list[str]:
    """The book's training procedure (5.7.1) with this run's numbers, one line a step."""
    return [
        translate("Train", "Training as in 5.7.1: four steps, repeated."),
        translate("Train", "  1. minibatch: {batch} of the {images:,} training images, drawn "
                  "at random").format(batch=config.batch_size, images=images),
        translate("Train", "  2. gradient: backpropagation through the graph gives ∂L/∂W for "
                  "every parameter"),
        (translate("Train", "  3. update: W ← W − {lr:g}·∂L/∂W").format(lr=config.lr)
         if config.optimizer == "sgd" else
         translate("Train", "  3. update with {name}: {rule}").format(
             name=OPTIMIZERS[config.optimizer].name,
             rule=make_optimizer(config.optimizer, config.lr).rule())),
        *([translate("Train", "     with weight decay λ = {decay:g}: ½λ‖W‖² is added to the "
                     "loss, λW to each weight's gradient").format(decay=config.weight_decay)]
          if config.weight_decay else []),
        translate("Train", "  4. repeat: {iters:,} iterations ({per_epoch:,} an epoch), the "
                  "accuracy once an epoch").format(iters=config.iters,
                                                   per_epoch=iters_per_epoch),
    ]


class TrainError(ValueError):
    """The graph, the data, the settings or a parameters file cannot be used for training."""


@dataclass
class TrainConfig:
    """Hyperparameters. `None` keeps what the graph says (its hidden size, each init's std).

    `weight_init_std` is the book's `weight_init_std` (MultiLayerNet): a number is the std
    of every weight drawn from normal(0, std); "xavier" (1/√n) and "he" (√(2/n)) choose each
    weight's std from its layer's input size n. `optimizer` is a key of
    `core.training.optimizers.OPTIMIZERS` (its learning rate is `lr`, the rest the book's
    defaults); `weight_decay` λ adds ½λ‖W‖² to the loss and λW to each weight's gradient
    (weights only, not biases, as the book's MultiLayerNet); `train_size` trains on the
    first N training images only (6.4: 300 of them overfit).
    """

    iters: int = 10_000
    batch_size: int = 100
    lr: float = 0.1
    hidden: int | None = None
    weight_init_std: float | str | None = None
    optimizer: str = "sgd"
    weight_decay: float = 0.0
    train_size: int | None = None
    #: seeds the weight initialization and the batch order; None draws a fresh seed
    seed: int | None = 0
    dtype: str = "float32"
    #: False: the book's sampling, a random choice of batch_size images every iteration;
    #: True: shuffled epochs, every image once per epoch
    shuffle: bool = False
    #: train and test accuracy before the first update (epoch 0) and once per epoch
    evaluate: bool = True
    #: the rows of one evaluation pass: small enough that the arrays the ops keep for it
    #: (the training program's recycled buffers) come from the heap again and again; 10,000
    #: rows made every evaluation fault in fresh memory, a fifth of a 2,000-iteration run
    eval_batch_size: int = 1_000

    def validate(self) -> None:
        def whole(name: str, value, low: int = 1) -> None:
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise TrainError(translate("Train", "{name} must be a whole number ≥ {low}, not "
                                           "{value!r}").format(name=name, low=low, value=value))

        whole(translate("Train", "iters"), self.iters, 0)
        whole(translate("Train", "batch size"), self.batch_size)
        whole(translate("Train", "eval batch size"), self.eval_batch_size)
        if self.hidden is not None:
            whole(translate("Train", "hidden size"), self.hidden)
        if self.seed is not None:
            whole(translate("Train", "seed"), self.seed, 0)
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise TrainError(translate("Train", "the learning rate must be a finite number > 0, "
                                       "not {value!r}").format(value=self.lr))
        std = self.weight_init_std
        if std is not None and std not in INITS and not (
                isinstance(std, (int, float)) and not isinstance(std, bool)
                and math.isfinite(std) and std >= 0):
            raise TrainError(translate("Train", "the weight init std must be a finite number "
                                       "≥ 0, xavier or he, not {value!r}").format(value=std))
        if self.optimizer not in OPTIMIZERS:
            raise TrainError(translate("Train", "the optimizer must be one of {known}, not "
                                       "{value!r}").format(known=", ".join(OPTIMIZERS),
                                                           value=self.optimizer))
        decay = self.weight_decay
        if not (isinstance(decay, (int, float)) and math.isfinite(decay) and decay >= 0):
            raise TrainError(translate("Train", "the weight decay must be a finite number ≥ 0, "
                                       "not {value!r}").format(value=decay))
        if self.train_size is not None:
            whole(translate("Train", "train size"), self.train_size)
        if self.dtype not in ("float32", "float64"):
            raise TrainError(translate("Train", "dtype must be float32 or float64, not "
                                       "{value!r}").format(value=self.dtype))


class RunControl:
    """Pause, resume and stop requests for a run: safe from any thread, kept only here.

    A request made before the run starts counts (a Stop clicked while the data still loads
    ends the run before its first iteration; a Pause holds it there).

    The loop reads one plain flag per iteration, `pending`, and looks at which request
    waits only when it is set: set with every request, recomputed whenever one ends (a
    resume, a stop forgotten, a snapshot taken), always under the lock; a request that
    comes just after the loop read it is seen at the next iteration.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._go = threading.Event()  # cleared while paused: the loop blocks on it
        self._go.set()
        self._stop = threading.Event()
        self._snapshot = threading.Event()
        #: whether a pause, stop or snapshot request waits
        self.pending = False

    def _recount(self) -> None:
        """`pending` again after a request was obeyed or withdrawn (under the lock)."""
        self.pending = (not self._go.is_set() or self._stop.is_set()
                        or self._snapshot.is_set())

    def pause(self) -> None:
        with self._lock:
            # A stop already asked for wins: clearing `_go` after it would park the run in
            # its pause wait (Stop, then Pause, clicked in quick succession).
            if not self._stop.is_set():
                self._go.clear()
                self.pending = True

    def resume(self) -> None:
        with self._lock:
            self._go.set()
            self._recount()

    def stop(self) -> None:
        """End the run after the current iteration (or at once, if paused or not started)."""
        with self._lock:
            self._stop.set()
            self._go.set()  # a paused run wakes up to stop
            self.pending = True

    @property
    def pause_requested(self) -> bool:
        return not self._go.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def wait_while_paused(self) -> None:
        self._go.wait()  # blocks on a lock: no busy waiting

    def clear_stop(self) -> None:
        """Forget a stop that has been obeyed, so that the next `run` trains again."""
        with self._lock:
            self._stop.clear()
            self._recount()

    def request_snapshot(self) -> None:
        """Ask for one `Snapshot` of the next iteration (a viewer that has shown the last)."""
        with self._lock:
            self._snapshot.set()
            self.pending = True

    def take_snapshot_request(self) -> bool:
        """Whether a snapshot was asked for; the request is used up."""
        if not self._snapshot.is_set():
            return False
        with self._lock:
            self._snapshot.clear()
            self._recount()
        return True


@dataclass(frozen=True)
class Snapshot:
    """One iteration's numbers, copied out of the training program for a viewer.

    Keyed by the trained graph's node and edge ids (the trainer trains a `Graph.copy()`,
    whose ids are the canvas graph's). `values` holds every node's output for this batch
    (the parameters as the forward pass used them, before this iteration's update);
    `grads` each node's total gradient and `edge_grads` the gradient along each edge, as
    far as backward went (the paths to the parameters: the images get none). Copies: the
    training loop goes on writing into its own arrays.
    """

    iteration: int  # the iteration this batch was (counting from 1)
    loss: float
    values: dict[str, np.ndarray]
    grads: dict[str, np.ndarray]
    edge_grads: dict[str, np.ndarray]
    sinks: list[str]

    @classmethod
    def take(cls, program, iteration: int, loss: float, grads: dict[str, np.ndarray],
             edge_grads: dict[str, np.ndarray]) -> "Snapshot":
        """Copies of the arrays of a `core.engine.program.Program`'s last forward and backward pass.

        An array reached twice (a node's total gradient is its only edge's gradient when
        the node does not fan out) is copied once.
        """
        copies: dict[int, np.ndarray] = {}

        def copied(table: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
            out = {}
            for key, array in table.items():
                twin = copies.get(id(array))
                if twin is None:
                    twin = copies[id(array)] = np.array(array, copy=True)
                out[key] = twin
            return out

        return cls(iteration, loss, copied(program.values), copied(grads),
                   copied(edge_grads), program.sinks())


@dataclass(frozen=True)
class TrainEvent:
    """What the callback receives.

    `kind` is "iteration" (after each update; `loss` is that batch's loss before the
    update), "epoch" (after each epoch's evaluation, and at iteration 0 before the first
    update; `train_acc`, `test_acc`), "paused", "resumed" or "done" (`status` "finished",
    "stopped" or "diverged", a `message`, and `learned`: False when a finished or stopped
    run ends where it started, with the cause in `reason` and what to do in `advice`, see
    `core.training.analysis.did_not_learn`).
    `elapsed` counts training seconds, pauses excluded; `iters_per_second` = iteration /
    elapsed.
    """

    kind: str
    iteration: int
    iterations: int
    epoch: int
    elapsed: float
    iters_per_second: float
    loss: float | None = None
    train_acc: float | None = None
    test_acc: float | None = None
    status: str = ""
    message: str = ""
    learned: bool = True
    reason: str = ""  # why it did not learn: a cause of core.training.analysis.CAUSES
    advice: str = ""  # what to do about it, in words
    snapshot: Snapshot | None = None


@dataclass
class TrainResult:
    status: str  # "finished", "stopped" or "diverged"
    message: str
    iterations: int
    seconds: float
    iters_per_second: float
    losses: np.ndarray  # one per iteration done
    epochs: list[int] = field(default_factory=list)  # the iteration of each evaluation
    train_acc: list[float] = field(default_factory=list)
    test_acc: list[float] = field(default_factory=list)
    #: False when a finished or stopped run did not learn (loss still near chance's, or
    #: accuracy), with the cause (core.training.analysis.CAUSES) and what to do about it
    learned: bool = True
    reason: str = ""
    advice: str = ""

    @property
    def final_train_acc(self) -> float | None:
        return self.train_acc[-1] if self.train_acc else None

    @property
    def final_test_acc(self) -> float | None:
        return self.test_acc[-1] if self.test_acc else None
