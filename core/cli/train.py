"""`backprop-studio train`: the MNIST two-layer net trained through the graph engine.

Chapter 6's choices: `--optimizer` (the lr flag applies to it), `--init 0.01|xavier|he`,
`--weight-decay λ` and `--train-size N` set the run; `--layers`, `--activation`,
`--batchnorm` and `--dropout` build the book's MultiLayerNet as a graph
(`core.training.networks.multi_layer_net`) in place of the two-layer sample.

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
from core.training.networks import ACTIVATIONS
from core.training.optimizers import OPTIMIZERS


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
    parser.add_argument("--lr", type=float, default=None,
                        help=translate("CLI", "learning rate, default 0.1 for sgd and the "
                                       "book's default for the other optimizers (0.01; Adam "
                                       "0.001)"))
    parser.add_argument("--optimizer", choices=tuple(OPTIMIZERS), default="sgd",
                        help=translate("CLI", "how the parameters are updated (6.1), default "
                                       "sgd"))
    parser.add_argument("--layers", metavar="100,100,…",
                        help=translate("CLI", "hidden layers of the book's MultiLayerNet, their "
                                       "sizes separated by commas (default: the two-layer net's "
                                       "50)"))
    parser.add_argument("--activation", choices=tuple(ACTIVATIONS), default=None,
                        help=translate("CLI", "the hidden layers' activation, default relu"))
    parser.add_argument("--init", metavar="0.01|xavier|he",
                        help=translate("CLI", "initial weights: a number is the std, xavier is "
                                       "1/√n and he √(2/n) of each layer's input size n "
                                       "(default: he for --layers, else the graph's std)"))
    parser.add_argument("--weight-decay", type=float, default=0.0, metavar="λ",
                        help=translate("CLI", "weight decay: ½λ‖W‖² added to the loss, λW to "
                                       "each weight's gradient, default 0"))
    parser.add_argument("--batchnorm", action="store_true",
                        help=translate("CLI", "Batch Normalization after every hidden Affine"))
    parser.add_argument("--dropout", type=float, metavar="RATIO", default=None,
                        help=translate("CLI", "Dropout after every hidden activation, dropping "
                                       "this share of the nodes (e.g. 0.5)"))
    parser.add_argument("--train-size", type=int, metavar="N", default=None,
                        help=translate("CLI", "train on the first N training digits only (300 "
                                       "shows overfitting, 6.4.1)"))
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


NETWORK_FLAGS = ("layers", "activation", "batchnorm", "dropout")


def _graph(args: argparse.Namespace):
    """The graph to train and the initial weights' setting (None: the graph's own): the
    book's MultiLayerNet when a network flag asks for one, else `--graph` or the sample."""
    from core.files.graph_files import load_graph
    from core.paths import SAMPLES
    from core.training.networks import NetworkError, multi_layer_net, parse_init, parse_layers
    init = None if args.init is None else parse_init(args.init)
    asked = [f"--{name}" for name in NETWORK_FLAGS if getattr(args, name) not in (None, False)]
    if not asked:
        return load_graph(args.graph or SAMPLES / "two_layer_net.json"), init
    if args.graph:
        raise NetworkError(translate("CLI", "{flags} build the book's MultiLayerNet, so they "
                                     "cannot be used with --graph").format(flags=", ".join(asked)))
    if args.hidden is not None:
        raise NetworkError(translate("CLI", "--hidden sets a two-layer net's hidden size; with "
                                     "{flags} give the sizes with --layers").format(
            flags=", ".join(asked)))
    layers = parse_layers(args.layers) if args.layers else (50,)
    graph = multi_layer_net(layers, args.activation or "relu", batchnorm=args.batchnorm,
                            dropout=args.dropout, init="he" if init is None else init,
                            seed=args.seed)
    return graph, init


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(float(value), digits)


def _json_line(doc: dict) -> str:
    """One JSON line; a NaN loss or accuracy is written "nan" (JSON has no NaN)."""
    return json.dumps(to_jsonable(doc), allow_nan=False)


def main(args: argparse.Namespace) -> int:
    from core.files.graph_files import GraphFileError
    from core.training.idx import MnistError
    from core.training.mnist import load_mnist
    from core.training.networks import NetworkError
    from core.training.roles import find_roles, fit_problem
    from core.training.run import TrainConfig, TrainError, procedure
    from core.training.trainer import Trainer

    try:
        graph, init = _graph(args)
    except (GraphFileError, NetworkError) as e:
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
    lr = args.lr if args.lr is not None else (
        0.1 if args.optimizer == "sgd" else OPTIMIZERS[args.optimizer]().lr)
    config = TrainConfig(iters=args.iters, batch_size=args.batch_size, lr=lr,
                         hidden=args.hidden, seed=args.seed, dtype=args.dtype,
                         weight_init_std=init, optimizer=args.optimizer,
                         weight_decay=args.weight_decay, train_size=args.train_size)
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
