"""Chapter 6's speed: the deep net through the graph engine against a tight hand-written loop.

    taskset -c 1 python tests/benchmarks/bench_ch6.py --threads 1 [--iters N] [--rounds R]

On the real-digit split (8,000 train / 2,000 test): the book's 784-100-100-100-100-10 ReLU
net (`core.training.networks.multi_layer_net`), He initial weights, SGD lr 0.01, batch 128,
2,000 iterations, accuracy on the whole train and test sets before the first update and
once per epoch (every 62 iterations), as the trainer does. Two implementations, run
interleaved (every other round backwards) in this process; the fastest of the rounds
counts, and each round's engine/tight ratio is printed too:

  (c) tight     a hand-written float32 NumPy loop of the same net: preallocated buffers,
                in-place updates, class-index labels, no gradient for the images
  (d) engine    core/training/trainer.py training the MultiLayerNet graph through
                core/engine/program.py

Times are seconds for the whole training loop, evaluations included, data loading and
graph building excluded: wall seconds, or with --clock cpu the process's CPU seconds, which
other processes on a busy machine disturb far less (with one BLAS thread it is the time the
run computed). The goal: the engine within 1.10× of the tight loop. On a shared machine:

    taskset -c 1 python tests/benchmarks/bench_ch6.py --threads 1 --rounds 5 --clock cpu

With --paired the two run side by side in one run, evaluation by evaluation (see
`run_paired`), so that a host whose speed drifts slows both alike; the goal is then judged
on the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


def _threads_argument() -> str | None:
    # BLAS reads its thread count when NumPy is imported, so look before importing it.
    for i, arg in enumerate(sys.argv):
        if arg.startswith("--threads="):
            return arg.split("=", 1)[1]
        if arg == "--threads" and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return None


THREADS = _threads_argument()
if THREADS:
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = THREADS

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
try:
    import core  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # run as a plain script from a checkout: use the checkout's package
    sys.path.insert(0, str(REPO))

from timing import run_alone, run_beside, run_trainer  # noqa: E402  (beside this script)

from core.training.histograms import init_std  # noqa: E402
from core.training.mnist import load_mnist  # noqa: E402
from core.training.networks import multi_layer_net  # noqa: E402
from core.training.run import TrainConfig  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402

LAYERS, BATCH, LR, ITERS = (100, 100, 100, 100), 128, 0.01, 2000
SIZES = (784, *LAYERS, 10)
#: what a run's seconds are: "wall" (perf_counter) or "cpu" (process_time)
CLOCK = "wall"


def _clock(start: float, cpu: float) -> float:
    """Seconds since (`start`, `cpu`) = (perf_counter(), process_time()) on the chosen clock."""
    if CLOCK == "cpu":
        return time.process_time() - cpu
    return time.perf_counter() - start


def tight_epochs(data, iters, seed):
    """The same net by hand: forward, softmax-with-loss, backward, SGD, all in place; one
    epoch at a time: a generator that yields once set up (nothing timed yet), then (train
    acc, test acc, last loss) after the evaluation before the first update, after each
    epoch's iterations and evaluation, and after the last iteration."""
    x_train, t_train, x_test, t_test = data
    rng = np.random.default_rng(seed)
    f32 = np.float32
    Ws = [(init_std("he", n) * rng.standard_normal((n, m))).astype(f32)
          for n, m in zip(SIZES, SIZES[1:])]
    bs = [np.zeros(m, f32) for m in SIZES[1:]]
    dWs = [np.empty_like(W) for W in Ws]
    x = np.empty((BATCH, 784), f32)
    t = np.empty(BATCH, np.intp)
    hs = [np.empty((BATCH, m), f32) for m in SIZES[1:]]  # hs[-1] holds the scores
    dhs = [np.empty((BATCH, m), f32) for m in LAYERS]
    rows = np.arange(BATCH)
    lr = f32(LR)
    last = len(Ws) - 1

    def predict(xs):
        a = xs
        for W, b in zip(Ws[:-1], bs[:-1]):
            a = np.maximum(a @ W + b, 0)
        return (a @ Ws[-1] + bs[-1]).argmax(axis=1)

    def evaluate():
        return (float(np.mean(predict(x_train) == t_train)),
                float(np.mean(predict(x_test) == t_test)))

    train_size = len(x_train)
    iter_per_epoch = max(train_size // BATCH, 1)
    loss = float("nan")
    yield None
    yield evaluate() + (loss,)  # epoch 0, as the trainer
    for i in range(iters):
        if i % iter_per_epoch == 0:  # one draw per epoch, not one call per iteration
            batches = rng.integers(0, train_size, (iter_per_epoch, BATCH))
        idx = batches[i % iter_per_epoch]
        np.take(x_train, idx, axis=0, out=x, mode="clip")  # clip: unbuffered `out`
        np.take(t_train, idx, out=t, mode="clip")
        a = x
        for k, (W, b, h) in enumerate(zip(Ws, bs, hs)):
            np.matmul(a, W, out=h)
            h += b
            if k < last:
                np.maximum(h, 0, out=h)
            a = h
        s = hs[-1]
        s -= s.max(axis=1, keepdims=True)
        np.exp(s, out=s)
        s /= s.sum(axis=1, keepdims=True)
        loss = -np.log(s[rows, t] + 1e-7).mean()
        s[rows, t] -= 1  # d scores = (y - t) / N
        s /= BATCH
        dout = s
        for k in range(last, -1, -1):
            below = x if k == 0 else hs[k - 1]
            np.matmul(below.T, dout, out=dWs[k])
            db = dout.sum(axis=0)
            if k > 0:
                dh = dhs[k - 1]
                np.matmul(dout, Ws[k].T, out=dh)
                dh *= below > 0
            dWs[k] *= lr
            Ws[k] -= dWs[k]
            bs[k] -= lr * db
            if k > 0:
                dout = dh
        if (i + 1) % iter_per_epoch == 0 or i + 1 == iters:
            yield evaluate() + (float(loss),)


def run_tight(data, iters, seed):
    return run_alone(tight_epochs(data, iters, seed), _clock)


def make_trainer(data, iters, seed) -> Trainer:
    """The engine's trainer for this benchmark's net, set up, not run."""
    x_train, t_train, x_test, t_test = data
    return Trainer(multi_layer_net(LAYERS, "relu", init="he"), x_train, t_train, x_test,
                   t_test, TrainConfig(iters=iters, batch_size=BATCH, lr=LR,
                                       weight_init_std="he", seed=seed, dtype="float32"))


def run_engine(data, iters, seed):
    return run_trainer(make_trainer(data, iters, seed), _clock)


def run_paired(data, iters, seed):
    """(c) and (d) side by side in one run, evaluation by evaluation: the engine trains
    exactly as in (d), and each time it has evaluated (before the first update, once an
    epoch, at the end) the tight loop runs up to and through its own next evaluation, timed
    apart and taken out of the engine's time. A machine whose speed drifts (a shared host)
    then slows both alike, which runs seconds apart are not. Returns (engine seconds, tight
    seconds, the engine's and the tight loop's (train acc, test acc, last loss))."""
    return run_beside(make_trainer(data, iters, seed), tight_epochs(data, iters, seed), _clock,
                      from_epoch_zero=True)


IMPLEMENTATIONS = {"c": ("tight NumPy float32", run_tight),
                   "d": ("engine float32 (ours)", run_engine)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iters", type=int, default=ITERS)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, help="BLAS threads for both")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall seconds, or this process's CPU seconds")
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    parser.add_argument("--paired", action="store_true",
                        help="both side by side in one run, evaluation by evaluation in turn "
                        "(see run_paired), not one after the other; the goal is then judged "
                        "on the median of the rounds' ratios")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = args.clock

    f32 = load_mnist(args.data, dtype=np.float32)
    data = (f32.x_train, f32.t_train, f32.x_test, f32.t_test)
    affinity = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    print(f"Python {sys.version.split()[0]}, NumPy {np.__version__}, BLAS threads "
          f"{THREADS or 'default'}, CPUs {affinity}")
    print(f"{len(f32.x_train):,} train / {len(f32.x_test):,} test images; "
          f"{'-'.join(map(str, SIZES))} ReLU, He, SGD lr {LR}, batch {BATCH}, "
          f"{args.iters:,} iterations, {args.rounds} rounds, {CLOCK} seconds, "
          f"{'paired evaluation by evaluation, ' if args.paired else ''}load average "
          f"{os.getloadavg()[0]:.2f}")
    best: dict[str, tuple] = {}
    ratios = []
    for round_ in range(args.rounds):
        now = {}
        if args.paired:
            engine_s, tight_s, engine, tight = run_paired(data, args.iters, args.seed + round_)
            results = [("c", tight_s) + tight, ("d", engine_s) + engine]
        else:
            results = [(key,) + IMPLEMENTATIONS[key][1](data, args.iters, args.seed + round_)
                       for key in ("cd" if round_ % 2 == 0 else "dc")]
        for key, seconds, train_acc, test_acc, loss in results:
            print(f"  round {round_ + 1} ({key}) {IMPLEMENTATIONS[key][0]:<22} {seconds:7.2f} s"
                  f"  train {train_acc:.4f}  test {test_acc:.4f}  last loss {loss:.4f}",
                  flush=True)
            now[key] = seconds
            if key not in best or seconds < best[key][0]:
                best[key] = (seconds, train_acc, test_acc)
        ratios.append(now["d"] / now["c"])
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    print()
    print("| implementation | seconds | iterations/s | train acc | test acc |")
    print("|---|---:|---:|---:|---:|")
    for key in "cd":
        seconds, train_acc, test_acc = best[key]
        print(f"| ({key}) {IMPLEMENTATIONS[key][0]} | {seconds:.2f} | "
              f"{args.iters / seconds:,.0f} | {train_acc:.4f} | {test_acc:.4f} |")
    ratio = best["d"][0] / best["c"][0]
    print()
    print(f"engine / tight, fastest of each: {ratio:.3f}; per round: "
          + ", ".join(f"{r:.3f}" for r in ratios)
          + f" (median {statistics.median(ratios):.3f})")
    if args.paired:  # each round's pair, the median of them
        ratio, how = statistics.median(ratios), "median of the paired rounds"
    else:
        how = "fastest of each"
    print(f"target within 1.10× of the tight loop: {'met' if ratio <= 1.10 else 'MISSED'} "
          f"({ratio:.3f}, {how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
