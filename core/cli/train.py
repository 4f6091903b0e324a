"""`backprop-studio train`: the MNIST two-layer net trained through the graph engine.

The book's procedure (5.7.1: minibatch, gradient, update, repeat) comes first, with this
run's numbers; a progress bar (tqdm, on stderr) shows the iterations, the loss and the
accuracies; the end says whether the net learned and, when it did not, why and what to do
(too few iterations, too small a learning rate, a rate too large, a broken graph:
`core.training.analysis`). With `--json` there is no bar but one JSON line per epoch on
stdout and a summary line at the end, with `"learned"` and, when false, `"reason"` and
`"advice"`. Exit status 1, with a message, when the data or the graph cannot be used or the
loss diverges. Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from core.cli.messages import fail
from core.formatting import to_jsonable
from core.i18n import add_language_argument, translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", metavar="DIR",
                        help=translate("CLI", "folder with the four MNIST IDX files (or an "
                                       "mnist.npz); default: the per-user cache folder"))
    parser.add_argument("--download", action="store_true",
                        help=translate("CLI", "fetch missing MNIST files from the public HTTPS "
                                       "mirrors (checked against their published md5 sums)"))
    parser.add_argument("--graph", metavar="FILE",
                        help=translate("CLI", "graph to train (default: the two-layer-net "
                                       "sample)"))
    parser.add_argument("--iters", type=int, default=10000,
                        help=translate("CLI", "iterations (minibatch updates), default 10000"))
    parser.add_argument("--batch-size", type=int, default=100,
                        help=translate("CLI", "minibatch size, default 100"))
    parser.add_argument("--lr", type=float, default=0.1,
                        help=translate("CLI", "learning rate, default 0.1"))
    parser.add_argument("--hidden", type=int, default=None,
                        help=translate("CLI", "hidden units of a two-layer net (default: the "
                                       "graph's, 50 in the sample)"))
    parser.add_argument("--seed", type=int, default=0,
                        help=translate("CLI", "seeds the weights and the batch order, default "
                                       "0"))
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float32",
                        help=translate("CLI", "the numbers' precision, default float32"))
    parser.add_argument("--save", metavar="PARAMS.npz",
                        help=translate("CLI", "save the trained parameters (keyed by node "
                                       "label)"))
    parser.add_argument("--json", action="store_true",
                        help=translate("CLI", "no progress bar; one JSON line per epoch and a "
                                       "summary line"))
    add_language_argument(parser)


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(float(value), digits)


def _json_line(doc: dict) -> str:
    """One JSON line; a NaN loss or accuracy is written "nan" (JSON has no NaN)."""
    return json.dumps(to_jsonable(doc), allow_nan=False)


def main(args: argparse.Namespace) -> int:
    from core.files.graph_files import GraphFileError, load_graph
    from core.paths import SAMPLES
    from core.training.idx import MnistError
    from core.training.mnist import load_mnist
    from core.training.roles import find_roles, fit_problem
    from core.training.run import TrainConfig, TrainError, procedure
    from core.training.trainer import Trainer

    try:
        graph = load_graph(args.graph or SAMPLES / "two_layer_net.json")
    except GraphFileError as e:
        return fail(str(e))
    try:  # before the data loads: the trained graph must fit in a graph file
        problem = fit_problem(graph, find_roles(graph), args.hidden)
    except TrainError as e:
        return fail(str(e))
    if problem:
        return fail(problem)
    try:
        if args.download:
            # imported here: the network code is only needed on this path
            from core.training.download import download_missing
            download_missing(args.data, progress=not args.json)
        data = load_mnist(args.data, dtype=np.dtype(args.dtype))
    except MnistError as e:
        return fail(str(e))
    config = TrainConfig(iters=args.iters, batch_size=args.batch_size, lr=args.lr,
                         hidden=args.hidden, seed=args.seed, dtype=args.dtype)
    try:
        trainer = Trainer(graph, data.x_train, data.t_train, data.x_test, data.t_test, config)
    except TrainError as e:
        return fail(str(e))
    if not args.json:
        print("\n".join(procedure(config, len(trainer.x_train), trainer.iters_per_epoch)),
              flush=True)
    report = trainer.callback = (_JsonLines(trainer.iters_per_epoch) if args.json
                                 else _ProgressBar(args.iters))
    try:
        result = trainer.run()
    except TrainError as e:
        return fail(str(e))
    except KeyboardInterrupt:
        return fail(translate("CLI", "interrupted"))
    finally:
        report.close()

    summary = {"status": result.status, "iterations": result.iterations,
               "train_acc": _round(result.final_train_acc),
               "test_acc": _round(result.final_test_acc),
               "seconds": _round(result.seconds, 3),
               "iters_per_second": _round(result.iters_per_second, 1),
               "learned": result.learned if result.status != "diverged" else False}
    if not result.learned:
        summary.update(reason=result.reason, advice=result.advice)
    if args.json:
        print(_json_line(summary), flush=True)
    else:
        print(translate("CLI", "{message}: train accuracy {train}, test accuracy {test} "
                        "({rate} iterations/s)").format(
            message=result.message, train=summary["train_acc"], test=summary["test_acc"],
            rate=summary["iters_per_second"]))
        if not result.learned:
            print(translate("CLI", "The net did not learn. {advice}").format(
                advice=result.advice))
    if result.status == "diverged":
        return fail(result.message)
    if args.save:
        try:
            trainer.save_parameters(args.save)
        except TrainError as e:
            return fail(str(e))
        if not args.json:
            print(translate("CLI", "parameters saved to {path}").format(path=args.save))
    return 0


class _JsonLines:
    """One JSON line per epoch: its mean loss, the accuracies and the seconds so far.

    The first line is epoch 0, the untrained net before any update (`"loss": null`); a run
    that stops between epochs ends with a line for the part epoch (`"epoch": 3.75`).
    """

    def __init__(self, iters_per_epoch: int) -> None:
        self.iters_per_epoch = iters_per_epoch
        self.losses: list[float] = []

    def __call__(self, event) -> None:
        if event.kind == "iteration":
            self.losses.append(event.loss)
        elif event.kind == "epoch":
            loss = sum(self.losses) / len(self.losses) if self.losses else event.loss
            self.losses.clear()
            epoch = event.iteration / self.iters_per_epoch
            epoch = int(epoch) if epoch.is_integer() else round(epoch, 3)
            print(_json_line({"epoch": epoch, "iteration": event.iteration,
                              "loss": _round(loss), "train_acc": _round(event.train_acc),
                              "test_acc": _round(event.test_acc),
                              "seconds": _round(event.elapsed, 3)}), flush=True)

    def close(self) -> None:
        pass


class _ProgressBar:
    """A tqdm bar on stderr: iterations, with the loss and the last accuracies."""

    def __init__(self, iters: int) -> None:
        from tqdm import tqdm
        self.bar = tqdm(total=iters, unit="it", file=sys.stderr, dynamic_ncols=True,
                        mininterval=0.25)
        self.accuracy = ""

    def __call__(self, event) -> None:
        if event.kind == "iteration":
            self.bar.update(1)
            if event.iteration % 100 == 0:
                self.bar.set_postfix_str(_loss(event.loss) + self.accuracy, refresh=False)
        elif event.kind == "epoch" and event.train_acc is not None:
            test = "" if event.test_acc is None else translate("CLI", " test {acc:.4f}").format(
                acc=event.test_acc)
            self.accuracy = translate("CLI", " | epoch {epoch} train {acc:.4f}").format(
                epoch=event.epoch, acc=event.train_acc) + test
            loss = "" if event.loss is None else _loss(event.loss)  # none at epoch 0
            self.bar.set_postfix_str(f"{loss}{self.accuracy}", refresh=False)

    def close(self) -> None:
        self.bar.close()


def _loss(loss: float) -> str:
    return translate("CLI", "loss {loss:.4f}").format(loss=loss)
