"""Training: stochastic gradient descent on a graph, through the same engine the canvas uses.

Any graph with one `data` source, one `labels` source, `parameter` sources and a loss as its
sink trains (`core.training.roles` finds them): each iteration puts a minibatch into the data and
labels nodes, runs forward once (the loss comes from that same pass), runs backward for the
parameters only, and updates them in place, `W ← W - lr·dW`, as chapter 5 of the book does.
The node feeding the loss's `x` port holds the scores; its arg-max is the predicted digit.

`Trainer.run()` blocks, so the GUI calls it from a worker thread; pause, resume and stop
requests go through the run's `RunControl`, from any other thread. Progress goes to a plain
callback as `TrainEvent`s: the accuracy before the first update (epoch 0), one event per
iteration (with its loss), one per epoch (with train and test accuracy), and one at the end.
No Qt here: the GUI re-emits the events as signals.
"""

from __future__ import annotations

import math
import os
import time
from typing import Callable

import numpy as np

from core.training.analysis import did_not_learn
from core.engine.program import Program
from core.model.graph import Graph
from core.i18n import translate
from core.formatting import shape_str
from core.training.parameter_files import by_label, load_parameters, save_parameters
from core.training.roles import Roles, find_roles, two_layer_shapes
from core.ops.sources import Source
from core.training.run import (RunControl, Snapshot, TrainConfig, TrainError, TrainEvent, TrainResult)

__all__ = ["Roles", "RunControl", "Snapshot", "TrainConfig", "TrainError", "TrainEvent",
           "TrainResult", "Trainer", "find_roles", "load_parameters", "predict",
           "save_parameters"]


# -- evaluation -------------------------------------------------------------------------------

def predict(program: Program, data: str, score: str, x: np.ndarray,
            batch_size: int = 10_000) -> np.ndarray:
    """The predicted class of each row of `x`: the arg-max of the score node.

    Runs forward in large batches and only as far as the score node (no labels, no loss).
    """
    out = np.empty(len(x), dtype=np.intp)
    for start in range(0, len(x), batch_size):
        values = program.forward({data: x[start:start + batch_size]}, targets=(score,))
        if score not in values:
            raise TrainError("; ".join(i.message for i in program.errors.values())
                             or translate("Train", "the score node did not compute"))
        scores = values[score]
        out[start:start + len(scores)] = scores.reshape(len(scores), -1).argmax(axis=1)
    return out


# -- the trainer --------------------------------------------------------------------------

class Trainer:
    """Trains one graph on one data set; `run` may be called again to go on training."""

    def __init__(self, graph: Graph, x_train: np.ndarray, t_train: np.ndarray,
                 x_test: np.ndarray | None = None, t_test: np.ndarray | None = None,
                 config: TrainConfig | None = None,
                 callback: Callable[[TrainEvent], None] | None = None,
                 control: RunControl | None = None) -> None:
        self.config = config = config or TrainConfig()
        config.validate()
        self.callback = callback
        #: pause and stop requests: given by the caller to make them before this exists
        self.control = control or RunControl()
        self.roles = roles = find_roles(graph)
        self.dtype = np.dtype(config.dtype)
        # Only the loss is checked for NaN (each iteration), not every node's output.
        self.program = Program(graph, self.dtype, check_finite=False)
        if self.program.static_errors:
            raise TrainError("; ".join(i.message for i in self.program.static_errors.values()))
        self.x_train, self.t_train = self._images(x_train, "x_train"), self._labels(t_train)
        if len(self.x_train) != len(self.t_train) or len(self.x_train) == 0:
            raise TrainError(translate("Train", "{images:,} training images but {labels:,} "
                                       "labels; they must match and not be empty").format(
                images=len(self.x_train), labels=len(self.t_train)))
        self.x_test = None if x_test is None else self._images(x_test, "x_test")
        self.t_test = None if t_test is None else self._labels(t_test)
        if (self.x_test is None) != (self.t_test is None) or (
                self.x_test is not None and len(self.x_test) != len(self.t_test)):
            raise TrainError(translate("Train", "test images and test labels must both be "
                                       "given, and match"))
        if config.shuffle and config.batch_size > len(self.x_train):
            raise TrainError(translate("Train", "shuffled epochs need a batch size ≤ the "
                                       "{images:,} training images, not {batch:,}").format(
                images=len(self.x_train), batch=config.batch_size))
        seeds = np.random.SeedSequence(config.seed).spawn(2)
        self.rng = np.random.default_rng(seeds[1])
        self._init_parameters(graph, np.random.default_rng(seeds[0]))
        self.one_hot = self._wants_one_hot(graph)
        self.classes = (self.program.sources[roles.labels].shape[-1] if self.one_hot
                        else max(int(self.t_train.max()) + 1, 2))
        self.iteration = 0
        self.iters_per_epoch = max(len(self.x_train) // config.batch_size, 1)
        self.state = "ready"
        self._order: np.ndarray | None = None  # this epoch's batches (see _epoch_batches)

    # -- setup ------------------------------------------------------------------------

    def _images(self, x: np.ndarray, name: str) -> np.ndarray:
        x = np.asarray(x)
        if x.ndim < 2:
            raise TrainError(translate("Train", "{name} must hold one image per row, but it is "
                                       "{shape}").format(name=name, shape=shape_str(x.shape)))
        # One conversion up front (none if the loader already gave this dtype); batches are
        # then gathered straight from it.
        return np.ascontiguousarray(x, dtype=self.dtype)

    @staticmethod
    def _labels(t: np.ndarray) -> np.ndarray:
        t = np.asarray(t)
        return t.argmax(axis=1) if t.ndim == 2 else t.astype(np.intp, copy=False)

    def _wants_one_hot(self, graph: Graph) -> bool:
        """Class indices when the labels feed only a loss port that takes them (its op's
        `class_indices` port: cheaper, the same loss); else the sample's form."""
        labels_out = graph.out_edges(self.roles.labels)
        loss = graph.nodes[self.roles.loss]
        port = loss.op.port("class_indices")
        if port is not None and all(e.target == loss.id and e.port == port
                                    for e in labels_out):
            return False
        return self.program.sources[self.roles.labels].ndim == 2

    def _init_parameters(self, graph: Graph, rng: np.random.Generator) -> None:
        """Draw every initialized parameter from `rng` (the run's seed), with the hidden
        size and init std of the settings; a fixed value stays as the graph has it."""
        config = self.config
        shapes = {}
        if config.hidden is not None:
            shapes = two_layer_shapes(graph, self.roles, config.hidden)
        for nid in self.roles.parameters:
            params, current = dict(graph.nodes[nid].params), self.program.sources[nid]
            shape = shapes.get(nid, current.shape)
            if params["init"] == "fixed":
                if shape == current.shape:
                    continue
                raise TrainError(translate("Train", "{node} has a fixed value of shape {shape}; "
                                           "it cannot become {new} for hidden size {hidden}")
                                 .format(node=graph.nodes[nid].describe(),
                                         shape=shape_str(current.shape), new=shape_str(shape),
                                         hidden=config.hidden))
            params["shape"] = list(shape)
            if params["init"] == "normal" and config.weight_init_std is not None:
                params["std"] = config.weight_init_std
            self.program.sources[nid] = Source.materialize(params, self.dtype, rng)

    # -- control from other threads (see RunControl) ----------------------------------------

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def stop(self) -> None:
        """End the run after the current iteration (or at once, if paused or not started)."""
        self.control.stop()

    # -- parameters and evaluation ------------------------------------------------------------

    def parameters(self) -> dict[str, np.ndarray]:
        """The parameter arrays by node label (the live arrays, updated in place)."""
        return by_label(self.program, self.roles.parameters)

    def save_parameters(self, path: str | os.PathLike) -> None:
        save_parameters(self.program, self.roles.parameters, path)

    def load_parameters(self, path: str | os.PathLike) -> None:
        load_parameters(self.program, self.roles.parameters, path)

    def predict(self, x: np.ndarray) -> np.ndarray:
        if self.roles.score is None:
            raise TrainError(translate("Train", "the loss has no x input, so there are no "
                                       "scores to predict from"))
        return predict(self.program, self.roles.data, self.roles.score,
                       self._images(x, "x"), self.config.eval_batch_size)

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        if len(x) == 0:
            return float("nan")
        return float(np.mean(self.predict(x) == self._labels(t)))

    # -- the loop ---------------------------------------------------------------------------

    def run(self) -> TrainResult:
        """Train `config.iters` iterations (or until stopped or diverged); blocks."""
        config, program, roles, control = self.config, self.program, self.roles, self.control
        batch = config.batch_size
        params = [program.sources[nid] for nid in roles.parameters]
        scratch = [np.empty_like(p) for p in params]  # lr·dW lands here: no allocation per step
        x_batch = np.empty((batch,) + self.x_train.shape[1:], self.dtype)
        if self.one_hot:
            classes = program.sources[roles.labels].shape[-1]
            if self.t_train.min() < 0 or self.t_train.max() >= classes:
                raise TrainError(translate("Train", "the labels must be classes 0 to {last}, as "
                                           "the labels node's one-hot rows have {classes} "
                                           "columns").format(last=classes - 1, classes=classes))
            t_train = np.eye(classes, dtype=self.dtype)[self.t_train]
        else:
            t_train = self.t_train.astype(self.dtype)
        t_batch = np.empty((batch,) + t_train.shape[1:], self.dtype)
        feeds = {roles.data: x_batch, roles.labels: t_batch}
        lr = self.dtype.type(config.lr)
        losses = np.empty(config.iters)
        result = TrainResult("finished", "", 0, 0.0, 0.0, losses[:0])
        self.state = "running"
        start, paused_for, done = time.perf_counter(), 0.0, 0
        checked = False

        def elapsed() -> float:
            return time.perf_counter() - start - paused_for

        def emit(kind: str, **extra) -> None:
            if self.callback is not None:
                seconds = elapsed()
                self.callback(TrainEvent(kind, self.iteration, config.iters,
                                         self.iteration // self.iters_per_epoch, seconds,
                                         done / seconds if seconds > 0 else 0.0, **extra))

        def evaluate(loss: float | None) -> None:
            train_acc, test_acc = self._evaluate()
            result.epochs.append(self.iteration)
            result.train_acc.append(train_acc)
            if test_acc is not None:
                result.test_acc.append(test_acc)
            emit("epoch", loss=loss, train_acc=train_acc, test_acc=test_acc)

        if config.evaluate and self.iteration == 0 and not control.stop_requested:
            evaluate(None)  # epoch 0: the untrained net (≈ chance), as the book's script shows
        while done < config.iters:
            if control.pause_requested:
                self.state = "paused"
                paused_at = time.perf_counter()
                emit("paused")
                control.wait_while_paused()
                paused_for += time.perf_counter() - paused_at
                if not control.stop_requested:
                    self.state = "running"
                    emit("resumed")
            if control.stop_requested:
                result.status = "stopped"
                result.message = translate("Train", "stopped at iteration {iteration:,}"
                                           ).format(iteration=self.iteration)
                break
            k = self.iteration % self.iters_per_epoch
            if k == 0 or self._order is None:
                self._order = self._epoch_batches()
            idx = self._order[k]
            # mode="clip" (the indices are in range anyway) lets take write straight into
            # the buffer; the default mode buffers `out` and takes twice as long.
            np.take(self.x_train, idx, axis=0, out=x_batch, mode="clip")
            np.take(t_train, idx, axis=0, out=t_batch, mode="clip")
            # Shapes never change between batches: check them on the first one only.
            values = program.forward(feeds, check=not checked)
            loss_value = values.get(roles.loss)
            if loss_value is None:
                self.state = "failed"
                raise TrainError("; ".join(i.message for i in program.errors.values())
                                 or translate("Train", "the loss did not compute"))
            checked = True
            loss = float(loss_value)
            if not math.isfinite(loss):
                kind = "NaN" if math.isnan(loss) else translate("Train", "infinite")
                result.status = "diverged"
                result.message = translate(
                    "Train", "the loss became {kind} at iteration {iteration:,} with learning "
                    "rate {lr:g}; training stopped. Try a smaller learning rate.").format(
                    kind=kind, iteration=self.iteration + 1, lr=config.lr)
                break
            grads, edge_grads = program.backward(roles.parameters)
            # Asked for by a viewer that has shown the last one: copied before the update,
            # so the parameters are the ones this batch's forward pass used.
            snapshot = (Snapshot.take(program, self.iteration + 1, loss, grads, edge_grads)
                        if control.take_snapshot_request() else None)
            with np.errstate(all="ignore"):  # a diverging run shows up in the next loss
                for p, nid, s in zip(params, roles.parameters, scratch):
                    np.multiply(grads[nid], lr, out=s)
                    p -= s
            losses[done] = loss
            done += 1
            self.iteration += 1
            emit("iteration", loss=loss)
            if snapshot is not None:
                emit("snapshot", snapshot=snapshot)
            if config.evaluate and self.iteration % self.iters_per_epoch == 0:
                evaluate(loss)
        # A run that ends between epochs (or stops) is evaluated once more, so its result
        # has the accuracy of the parameters it leaves; a diverged one has nothing to show.
        if (config.evaluate and result.status != "diverged"
                and (not result.epochs or result.epochs[-1] != self.iteration)):
            evaluate(float(losses[done - 1]) if done else None)
        control.clear_stop()  # here, not at the start: a stop that comes first still counts
        seconds = elapsed()
        result.iterations, result.seconds, result.losses = done, seconds, losses[:done]
        result.iters_per_second = done / seconds if seconds > 0 else 0.0
        if result.status == "finished":
            result.message = translate("Train", "finished {count:,} iterations in {seconds:.1f} "
                                       "s").format(count=done, seconds=seconds)
            final = result.final_test_acc if result.test_acc else result.final_train_acc
            result.learned = not did_not_learn(result.losses, final, self.classes)
        self.state = result.status
        emit("done", status=result.status, message=result.message,
             train_acc=result.final_train_acc, test_acc=result.final_test_acc,
             learned=result.learned)
        return result

    def _epoch_batches(self) -> np.ndarray:
        """The image indices of one epoch's batches, one row per iteration.

        The book draws `np.random.choice(n, batch)` every iteration; drawing a whole epoch
        at once is the same thing with one call instead of hundreds (a call costs ~20 µs).
        """
        n, batch, count = len(self.x_train), self.config.batch_size, self.iters_per_epoch
        if self.config.shuffle:
            return self.rng.permutation(n)[:count * batch].reshape(count, batch)
        return self.rng.integers(0, n, (count, batch))

    def _evaluate(self) -> tuple[float, float | None]:
        if self.roles.score is None:
            return float("nan"), None
        test = None if self.x_test is None else self.accuracy(self.x_test, self.t_test)
        return self.accuracy(self.x_train, self.t_train), test
