"""Training: stochastic gradient descent on a graph, through the same engine the canvas uses.

Any graph with one `data` source, one `labels` source, `parameter` sources and a loss as its
sink trains (`core.training.roles` finds them): each iteration puts a minibatch into the data and
labels nodes, runs forward once (the loss comes from that same pass), runs backward for the
parameters only, and updates them in place, `W ← W - lr·dW`, as chapter 5 of the book does,
or with another of chapter 6's optimizers (`core.training.optimizers`, `TrainConfig.optimizer`);
weight decay λ adds ½λ‖W‖² to the loss and λW to each weight's gradient (6.4.2).
The node feeding the loss's prediction port (Softmax-with-Loss's x) holds the scores; its
arg-max is the predicted digit. `Trainer.run` reads as those steps, one method each, over
a `_Run`: the buffers, clock and result of one call.

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
from dataclasses import dataclass
from typing import Callable

import numpy as np

from core.engine.program import Program, TrainingPass
from core.formatting import shape_str
from core.i18n import translate
from core.model.graph import Graph
from core.ops.sources import Source
from core.training.analysis import advice, did_not_learn
from core.training.histograms import init_std
from core.training.optimizers import make_optimizer
from core.training.parameter_files import by_label, load_parameters, save_parameters
from core.training.roles import Roles, find_roles, fit_problem, two_layer_shapes
from core.training.run import RunControl, Snapshot, TrainConfig, TrainError, TrainEvent, TrainResult

__all__ = ["Roles", "RunControl", "Snapshot", "TrainConfig", "TrainError", "TrainEvent",
           "TrainResult", "Trainer", "find_roles", "load_parameters", "predict",
           "save_parameters"]


# -- evaluation -------------------------------------------------------------------------------

def predict(program: Program, data: str, score: str, x: np.ndarray,
            batch_size: int = 1_000) -> np.ndarray:
    """The predicted class of each row of `x`: the arg-max of the score node.

    Runs forward in large batches and only as far as the score node (no labels, no loss),
    in the engine's evaluation mode (BatchNorm's running averages, Dropout's scaling; see
    `core.engine`), then back in the mode the program had.
    """
    out = np.empty(len(x), dtype=np.intp)
    was = program.set_mode("evaluation")
    try:
        for start in range(0, len(x), batch_size):
            # shapes checked on the first batch, the largest (a later one that does not fit
            # still fails, in its op, and says so)
            values = program.forward({data: x[start:start + batch_size]}, targets=(score,),
                                     check=start == 0)
            if score not in values:
                raise TrainError("; ".join(i.message for i in program.errors.values())
                                 or translate("Train", "the score node did not compute"))
            scores = values[score]
            out[start:start + len(scores)] = scores.reshape(len(scores), -1).argmax(axis=1)
    finally:
        program.set_mode(was)
    return out


# -- the trainer --------------------------------------------------------------------------

@dataclass
class _Run:
    """What one call of `Trainer.run` works with: the batch buffers the data and labels
    nodes read, the training labels in the form the labels node takes, the parameters and
    the scratch arrays their updates go through, the clock, and the result so far."""

    x_batch: np.ndarray
    t_batch: np.ndarray
    t_train: np.ndarray
    feeds: dict[str, np.ndarray]
    params: list[np.ndarray]
    scratch: list[np.ndarray]
    #: the learning rate and weight decay λ as 0-d arrays of the parameters' dtype (a
    #: ufunc converts a NumPy scalar on every call, which costs as much as a bias's
    #: update; the same numbers), and for each parameter whether it decays (the weights
    #: do, the biases do not); decay is None without weight decay
    lr: np.ndarray
    decay: np.ndarray | None
    decays: tuple[bool, ...]
    #: with weight decay, the ½λ‖W‖² part of each iteration's loss: `did_not_learn`
    #: judges the cross-entropy alone, which chance puts at ln 10
    penalties: np.ndarray | None
    losses: np.ndarray  # one per iteration this run may do
    result: TrainResult
    start: float  # time.perf_counter() at the start
    paused_for: float = 0.0  # seconds spent paused, which do not count
    done: int = 0  # iterations done in this run
    checked: bool = False  # the graph's shapes were checked on a first batch
    #: the weights as the run found them, to tell at the end whether any gradient moved them
    weights_at_start: dict[str, np.ndarray] | None = None
    #: the gradient arrays backward gave last time (their ids) and, for each parameter,
    #: whether its gradient may become lr·dW in place (`Trainer._owned_gradients`): the
    #: same arrays come back batch after batch, so this is decided once
    gradient_ids: tuple[int, ...] = ()
    in_place: tuple[bool, ...] = ()
    #: the engine's training path over `feeds` (`Program.bind`), once a careful pass on
    #: the first batch has checked the shapes and made it
    training_pass: TrainingPass | None = None

    def elapsed(self) -> float:
        """Seconds of training so far, pauses left out."""
        return time.perf_counter() - self.start - self.paused_for


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
        problem = fit_problem(graph, roles, config.hidden)
        if problem:  # the trained graph could not be saved and opened again
            raise TrainError(problem)
        self.dtype = np.dtype(config.dtype)
        # Only the loss is checked for NaN (each iteration), not every node's output.
        # Every op computes into arrays of its own, batch after batch (`recycle`); what
        # leaves the loop is copied first (`Snapshot.take`).
        # BatchNorm and Dropout train as in training (`core.engine`'s modes); `predict`
        # switches to evaluation for the accuracy.
        self.program = Program(graph, self.dtype, check_finite=False, recycle=True,
                               mode="training")
        if self.program.static_errors:
            raise TrainError("; ".join(i.message for i in self.program.static_errors.values()))
        self.x_train, self.t_train = self._images(x_train, "x_train"), self._labels(t_train)
        if config.train_size is not None:  # the first N digits (6.4.1: 300 overfit)
            if config.train_size > len(self.x_train):
                raise TrainError(translate("Train", "the train size {size:,} is more than the "
                                           "{images:,} training images").format(
                    size=config.train_size, images=len(self.x_train)))
            self.x_train = self.x_train[:config.train_size]
            self.t_train = self.t_train[:config.train_size]
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
        #: the step of the book's procedure (5.7.1) the loop is at, one of `run.PHASES`; a
        #: viewer reads it from another thread (a plain attribute: it costs the loop nothing)
        self.phase = ""
        self.weights = self._weights(graph)
        #: the update rule; None is plain SGD, done in the loop without a call
        self.optimizer = (None if config.optimizer == "sgd"
                          else make_optimizer(config.optimizer, config.lr))
        self._order: np.ndarray | None = None  # this epoch's batches (see _epoch_batches)

    # -- setup ------------------------------------------------------------------------

    def _weights(self, graph: Graph) -> tuple[str, ...]:
        """The parameters that are a layer's weights (by the ports they feed), else all."""
        weights = tuple(nid for nid in self.roles.parameters
                        if any(graph.nodes[e.target].op.port_roles.get(e.port) == "weights"
                               for e in graph.out_edges(nid)))
        return weights or self.roles.parameters

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
                # a number is the std; "xavier" and "he" take the layer's input size n,
                # the weights' first axis (a vector's only one)
                params["std"] = init_std(config.weight_init_std, shape[0] if shape else 1)
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
        """Train `config.iters` iterations (or until stopped or diverged); blocks.

        Each iteration: wait out a pause, stop if asked, put the next batch into the data
        and labels nodes, forward (the loss), backward for the parameters, update them,
        report; once an epoch, evaluate.
        """
        # Floating-point warnings are off for the whole run (a diverging run shows in its
        # loss), once here rather than around every step of every iteration.
        with np.errstate(all="ignore"):
            return self._run()

    def _run(self) -> TrainResult:
        config, control = self.config, self.control
        run = self._start_run()
        if config.evaluate and self.iteration == 0 and not control.stop_requested:
            # epoch 0: the untrained net (≈ chance), before any update (the book's script
            # evaluates once its first update is done, at i = 0)
            self._evaluate_epoch(run, None)
        while run.done < config.iters:
            if control.pending:  # (one flag read an iteration while nothing is asked)
                self._wait_if_paused(run)
                if control.stop_requested:
                    self._end(run, "stopped", translate(
                        "Train", "stopped at iteration {iteration:,}").format(
                        iteration=self.iteration))
                    break
            self.phase = "minibatch"
            self._next_batch(run)
            self.phase = "gradient"
            loss = self._forward(run)
            if not math.isfinite(loss):
                kind = "NaN" if math.isnan(loss) else translate("Train", "infinite")
                self._end(run, "diverged", translate(
                    "Train", "the loss became {kind} at iteration {iteration:,} with learning "
                    "rate {lr:g}; training stopped. Try a smaller learning rate.").format(
                    kind=kind, iteration=self.iteration + 1, lr=config.lr))
                break
            snapshot = self._backward_and_update(run, loss)
            self.phase = "repeat"
            self._record(run, loss, snapshot)
            if config.evaluate and self.iteration % self.iters_per_epoch == 0:
                self.phase = "evaluate"
                self._evaluate_epoch(run, loss)
        self.phase = ""
        return self._finish_run(run)

    def _start_run(self) -> _Run:
        """The buffers one run needs, allocated once: each batch is copied into them."""
        config, program, roles = self.config, self.program, self.roles
        batch = config.batch_size
        params = [program.sources[nid] for nid in roles.parameters]
        x_batch = np.empty((batch,) + self.x_train.shape[1:], self.dtype)
        if self.one_hot:
            classes = program.sources[roles.labels].shape[-1]
            if self.t_train.min() < 0 or self.t_train.max() >= classes:
                raise TrainError(translate("Train", "the labels must be classes 0 to {last}, as "
                                           "the labels node's one-hot rows have {classes} "
                                           "columns").format(last=classes - 1, classes=classes))
            t_train = np.eye(classes, dtype=self.dtype)[self.t_train]
        else:  # class indices, whole numbers, which the loss takes as they are
            t_train = self.t_train
        t_batch = np.empty((batch,) + t_train.shape[1:], t_train.dtype)
        losses = np.empty(config.iters)
        self.state = "running"
        sources = program.sources
        weights_at_start = {nid: sources[nid].copy() for nid in self.weights}
        decay = config.weight_decay or None
        return _Run(x_batch=x_batch, t_batch=t_batch, t_train=t_train,
                    feeds={roles.data: x_batch, roles.labels: t_batch}, params=params,
                    # lr·dW lands here: no allocation per step
                    scratch=[np.empty_like(p) for p in params],
                    lr=np.array(config.lr, self.dtype),
                    decay=None if decay is None else np.array(decay, self.dtype),
                    decays=tuple([decay is not None and nid in self.weights
                                  for nid in roles.parameters]),
                    penalties=None if decay is None else np.empty(config.iters),
                    losses=losses,
                    result=TrainResult("finished", "", 0, 0.0, 0.0, losses[:0]),
                    start=time.perf_counter(), weights_at_start=weights_at_start)

    def _emit(self, run: _Run, kind: str, **extra) -> None:
        if self.callback is not None:
            seconds = run.elapsed()
            self.callback(TrainEvent(kind, self.iteration, self.config.iters,
                                     self.iteration // self.iters_per_epoch, seconds,
                                     run.done / seconds if seconds > 0 else 0.0, **extra))

    def _wait_if_paused(self, run: _Run) -> None:
        """Wait while a pause is asked for; the time paused does not count as training."""
        control = self.control
        if not control.pause_requested:
            return
        self.state = "paused"
        paused_at = time.perf_counter()
        self._emit(run, "paused")
        control.wait_while_paused()
        run.paused_for += time.perf_counter() - paused_at
        if not control.stop_requested:
            self.state = "running"
            self._emit(run, "resumed")

    def _next_batch(self, run: _Run) -> None:
        """Copy the next batch of images and labels into the buffers the graph reads."""
        k = self.iteration % self.iters_per_epoch
        if k == 0 or self._order is None:
            self._order = self._epoch_batches()
        idx = self._order[k]
        # mode="clip" (the indices are in range anyway) lets take write straight into
        # the buffer; the default mode buffers `out` and takes twice as long.
        self.x_train.take(idx, axis=0, out=run.x_batch, mode="clip")
        run.t_train.take(idx, axis=0, out=run.t_batch, mode="clip")

    def _forward(self, run: _Run) -> float:
        """Forward over the batch: the loss (TrainError when it could not compute)."""
        program, training_pass = self.program, run.training_pass
        if training_pass is not None:
            values = training_pass.forward()
        else:  # shapes never change between batches: checked on the first one only
            values = program.forward(run.feeds, check=not run.checked)
        loss_value = values.get(self.roles.loss)
        if loss_value is None:
            self.state = "failed"
            raise TrainError("; ".join(i.message for i in program.errors.values())
                             or translate("Train", "the loss did not compute"))
        run.checked = True
        if run.decay is None:
            return float(loss_value)
        # the book's weight decay: ½λ‖W‖² of every weight joins the loss
        squares = sum(float(np.vdot(p, p)) for p, decays in zip(run.params, run.decays)
                      if decays)
        penalty = run.penalties[run.done] = 0.5 * float(run.decay) * squares
        return float(loss_value) + penalty

    def _backward_and_update(self, run: _Run, loss: float) -> Snapshot | None:
        """Backward for the parameters only, then W ← W - lr·dW in place. Returns the
        snapshot a viewer asked for, if it did."""
        program, parameters = self.program, self.roles.parameters
        if run.training_pass is not None:
            grads, edge_grads = run.training_pass.backward()
        else:
            grads, edge_grads = program.backward(parameters)
            # the next batches take the training path, once this careful pass made it
            run.training_pass = program.bind(run.feeds, parameters)
        # Asked for by a viewer that has shown the last one: copied before the update,
        # so the parameters are the ones this batch's forward pass used.
        control = self.control
        snapshot = (Snapshot.take(program, self.iteration + 1, loss, grads, edge_grads)
                    if control.pending and control.take_snapshot_request() else None)
        lr, decay = run.lr, run.decay
        self.phase = "update"
        if self.optimizer is not None:
            self._optimizer_update(run, grads)
        elif decay is None:
            ids = tuple(map(id, grads.values()))
            if ids != run.gradient_ids:
                run.gradient_ids = ids
                run.in_place = self._owned_gradients(grads, run.params, parameters, ids)
            for p, nid, s, in_place in zip(run.params, parameters, run.scratch, run.in_place):
                dW = grads[nid]
                if in_place:
                    dW *= lr
                else:
                    dW = np.multiply(dW, lr, out=s)
                p -= dW
        else:
            for p, nid, s, decays in zip(run.params, parameters, run.scratch, run.decays):
                if decays:  # W ← W − lr·(dW + λW)
                    np.multiply(p, decay, out=s)
                    s += grads[nid]
                    s *= lr
                else:
                    np.multiply(grads[nid], lr, out=s)
                p -= s
        return snapshot

    @staticmethod
    def _owned_gradients(grads: dict[str, np.ndarray], params: list[np.ndarray],
                         parameters: tuple[str, ...], ids: tuple[int, ...]) -> tuple[bool, ...]:
        """For each parameter, whether lr·dW may go in place of dW: when dW is this
        parameter's alone, the program's array, which nothing reads after backward (the
        snapshot is a copy). An array that is also another node's gradient (an Add hands
        its dout to both inputs; the output's dout is the program's, read-only) goes
        through scratch instead."""
        owned = []
        for p, nid in zip(params, parameters):
            dW = grads[nid]
            owned.append(ids.count(id(dW)) == 1 and dW.shape == p.shape
                         and dW.flags.writeable)
        return tuple(owned)

    def _optimizer_update(self, run: _Run, grads: dict[str, np.ndarray]) -> None:
        """Chapter 6's rules: the optimizer updates the parameter arrays in place, from
        the gradients (with λW added to each weight's, into scratch: the engine's gradient
        arrays are its own)."""
        parameters, decay = self.roles.parameters, run.decay
        given = {}
        for p, nid, s, decays in zip(run.params, parameters, run.scratch, run.decays):
            if decays:
                np.multiply(p, decay, out=s)
                s += grads[nid]
                given[nid] = s
            else:
                given[nid] = grads[nid]
        self.optimizer.update(dict(zip(parameters, run.params)), given)

    def _record(self, run: _Run, loss: float, snapshot: Snapshot | None) -> None:
        """Count the iteration and report it (and the snapshot, if one was taken)."""
        run.losses[run.done] = loss
        run.done += 1
        self.iteration += 1
        if self.callback is not None:
            self._emit(run, "iteration", loss=loss)
        if snapshot is not None:
            self._emit(run, "snapshot", snapshot=snapshot)

    def _evaluate_epoch(self, run: _Run, loss: float | None) -> None:
        """Train and test accuracy now, into the result and to the callback."""
        result = run.result
        train_acc, test_acc = self._evaluate()
        result.epochs.append(self.iteration)
        result.train_acc.append(train_acc)
        if test_acc is not None:
            result.test_acc.append(test_acc)
        self._emit(run, "epoch", loss=loss, train_acc=train_acc, test_acc=test_acc)

    @staticmethod
    def _end(run: _Run, status: str, message: str) -> None:
        """End the run early: stopped, or diverged."""
        run.result.status, run.result.message = status, message

    def _finish_run(self, run: _Run) -> TrainResult:
        """The last evaluation, the result's totals and whether it learned, and `done`."""
        config, result, done = self.config, run.result, run.done
        # A run that ends between epochs (or stops) is evaluated once more, so its result
        # has the accuracy of the parameters it leaves; a diverged one has nothing to show.
        if (config.evaluate and result.status != "diverged"
                and (not result.epochs or result.epochs[-1] != self.iteration)):
            self._evaluate_epoch(run, float(run.losses[done - 1]) if done else None)
        self.control.clear_stop()  # here, not at the start: a stop that comes first counts
        seconds = run.elapsed()
        result.iterations, result.seconds, result.losses = done, seconds, run.losses[:done]
        result.iters_per_second = done / seconds if seconds > 0 else 0.0
        if result.status == "finished":
            result.message = translate("Train", "finished {count:,} iterations in {seconds:.1f} "
                                       "s").format(count=done, seconds=seconds)
        if result.status in ("finished", "stopped"):
            self._judge(run)
        self.state = result.status
        self._emit(run, "done", status=result.status, message=result.message,
                   train_acc=result.final_train_acc, test_acc=result.final_test_acc,
                   learned=result.learned, reason=result.reason, advice=result.advice)
        return result

    def _judge(self, run: _Run) -> None:
        """Whether the run learned; if not, why and what to do (`did_not_learn`)."""
        result, sources = run.result, self.program.sources
        final = result.final_test_acc if result.test_acc else result.final_train_acc
        still = [nid for nid in self.weights
                 if np.array_equal(sources[nid], run.weights_at_start[nid])]
        moved = None if not run.done else len(still) < len(self.weights)
        losses = (result.losses if run.penalties is None
                  else result.losses - run.penalties[:run.done])
        cause = did_not_learn(losses, final, self.classes, self.config.lr, moved)
        result.learned, result.reason = cause is None, cause or ""
        if cause is not None:
            names = ", ".join(self.program.graph.nodes[nid].label for nid in still)
            result.advice = advice(cause, losses, self.config.lr,
                                   names if moved is False else "")

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
