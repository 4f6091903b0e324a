"""Training speed: the graph engine against three hand-written implementations.

    python tests/benchmarks/bench_training.py [--iters N] [--rounds R] [--data DIR]

On the real-digit split (8,000 train / 2,000 test), 784-50-10, batch 100, lr 0.1, weight
init std 0.01, accuracy on the whole train and test sets once per epoch (every 80
iterations), four implementations run one after the other in this process:

  (a) textbook  the book's structure, float64: layer objects Affine / Relu /
                SoftmaxWithLoss in an ordered dict, one-hot labels, and, as the book's
                training script does, a second forward pass per step to record the loss
  (b) pytorch   PyTorch on the CPU, float32, autograd (skipped when torch is missing)
  (c) tight     a hand-written float32 NumPy loop: preallocated buffers, in-place
                updates, class-index labels, no gradient for the images
  (d) engine    core/training/trainer.py running samples/two_layer_net.json through
                core/engine/program.py

Times are seconds for the whole training loop, evaluations included, data loading
excluded: wall seconds, or with --clock cpu the process's CPU seconds, which other
processes on a busy machine disturb far less (use it with --threads 1). With --rounds R
each implementation runs R times, interleaved (every other round in reverse order), and the
fastest run counts; each round's engine time over each other implementation's in the same
round is printed too, with their min and median. --threads N sets the BLAS (and PyTorch)
thread count for all four; by default each library picks its own. On a shared machine:

    taskset -c 1 python tests/benchmarks/bench_training.py --rounds 5 --threads 1 --clock cpu

Runs seconds apart still see a shared host at different speeds (the same tight loop took
5.1 to 5.8 s in one quiet hour). With --paired, (c) and (d) run side by side in one run:
the engine trains as in (d) and the tight loop runs one epoch each time the engine has
evaluated one, timed apart; each round's ratio then compares the two under the same
conditions, and the goal is judged on the median of the rounds' ratios:

    taskset -c 1 python tests/benchmarks/bench_training.py --only cd --paired --rounds 5 --threads 1 --clock cpu
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections import OrderedDict
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

from core.files.graph_files import load_graph  # noqa: E402
from core.paths import SAMPLES  # noqa: E402
from core.training.mnist import load_mnist  # noqa: E402
from core.training.run import TrainConfig  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402

HIDDEN, BATCH, LR, STD = 50, 100, 0.1, 0.01
#: what a run's seconds are: "wall" (perf_counter) or "cpu" (process_time: the CPU time of
#: this process, which other processes on a shared machine disturb far less; with one
#: BLAS thread it is the time the run computed)
CLOCK = "wall"


def _clock(start: float, cpu: float) -> float:
    """Seconds since (`start`, `cpu`) = (perf_counter(), process_time()) on the chosen clock."""
    if CLOCK == "cpu":
        return time.process_time() - cpu
    return time.perf_counter() - start


# -- (a) the textbook implementation, float64 ---------------------------------------------------

class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b
        self.x = self.dW = self.db = None

    def forward(self, x):
        self.x = x
        return np.dot(x, self.W) + self.b

    def backward(self, dout):
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return np.dot(dout, self.W.T)


class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


class SoftmaxWithLoss:
    def __init__(self):
        self.y = self.t = None

    def forward(self, x, t):
        self.t = t
        x = x - x.max(axis=1, keepdims=True)
        self.y = np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)
        return -np.sum(t * np.log(self.y + 1e-7)) / x.shape[0]

    def backward(self, dout=1):
        return (self.y - self.t) * dout / self.t.shape[0]


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std, rng):
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }
        self.layers = OrderedDict()
        self.layers["Affine1"] = Affine(self.params["W1"], self.params["b1"])
        self.layers["Relu1"] = Relu()
        self.layers["Affine2"] = Affine(self.params["W2"], self.params["b2"])
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        return self.last_layer.forward(self.predict(x), t)

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return np.sum(y == np.argmax(t, axis=1)) / float(x.shape[0])

    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in reversed(list(self.layers.values())):
            dout = layer.backward(dout)
        return {"W1": self.layers["Affine1"].dW, "b1": self.layers["Affine1"].db,
                "W2": self.layers["Affine2"].dW, "b2": self.layers["Affine2"].db}


def run_textbook(data, iters, seed):
    x_train, t_train, x_test, t_test = data["f64_onehot"]
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(784, HIDDEN, 10, STD, rng)
    train_size = x_train.shape[0]
    iter_per_epoch = max(train_size // BATCH, 1)
    losses, train_acc, test_acc = [], [], []
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(iters):
        batch_mask = rng.choice(train_size, BATCH)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        grad = net.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            net.params[key] -= LR * grad[key]
        losses.append(net.loss(x_batch, t_batch))  # the book's second forward pass
        if (i + 1) % iter_per_epoch == 0 or i + 1 == iters:
            train_acc.append(net.accuracy(x_train, t_train))
            test_acc.append(net.accuracy(x_test, t_test))
    return _clock(start, cpu), train_acc[-1], test_acc[-1], losses[-1]


# -- (b) PyTorch on the CPU, float32 -------------------------------------------------------------

def run_pytorch(data, iters, seed):
    import torch
    import torch.nn.functional as F

    if THREADS:
        torch.set_num_threads(int(THREADS))
    torch.manual_seed(seed)
    x_np, t_np, xt_np, tt_np = data["f32_index"]
    x_train, t_train = torch.from_numpy(x_np), torch.from_numpy(t_np)
    x_test, t_test = torch.from_numpy(xt_np), torch.from_numpy(tt_np)
    params = [(STD * torch.randn(784, HIDDEN)).requires_grad_(),
              torch.zeros(HIDDEN, requires_grad=True),
              (STD * torch.randn(HIDDEN, 10)).requires_grad_(),
              torch.zeros(10, requires_grad=True)]
    W1, b1, W2, b2 = params

    def scores(x):
        return F.relu(x @ W1 + b1) @ W2 + b2

    def accuracy(x, t):
        with torch.no_grad():
            return (scores(x).argmax(dim=1) == t).float().mean().item()

    train_size = len(x_train)
    iter_per_epoch = max(train_size // BATCH, 1)
    train_acc = test_acc = loss = None
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(iters):
        idx = torch.randint(0, train_size, (BATCH,))
        loss = F.cross_entropy(scores(x_train[idx]), t_train[idx])
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= LR * p.grad
                p.grad = None
        if (i + 1) % iter_per_epoch == 0 or i + 1 == iters:
            train_acc, test_acc = accuracy(x_train, t_train), accuracy(x_test, t_test)
    return _clock(start, cpu), train_acc, test_acc, loss.item()


# -- (c) a tight float32 NumPy loop ---------------------------------------------------------------

def tight_epochs(data, iters, seed):
    """The tight loop one epoch at a time: a generator that yields once set up (nothing
    timed yet), then (train acc, test acc, last loss) after each epoch's iterations and
    evaluation, and after the last iteration."""
    x_train, t_train, x_test, t_test = data["f32_index"]
    rng = np.random.default_rng(seed)
    f32 = np.float32
    W1 = (STD * rng.standard_normal((784, HIDDEN))).astype(f32)
    b1 = np.zeros(HIDDEN, f32)
    W2 = (STD * rng.standard_normal((HIDDEN, 10))).astype(f32)
    b2 = np.zeros(10, f32)
    x = np.empty((BATCH, 784), f32)
    t = np.empty(BATCH, np.intp)
    h, s = np.empty((BATCH, HIDDEN), f32), np.empty((BATCH, 10), f32)
    dh = np.empty_like(h)
    dW1, dW2 = np.empty_like(W1), np.empty_like(W2)
    rows = np.arange(BATCH)
    lr = f32(LR)

    def predict(xs):
        return (np.maximum(xs @ W1 + b1, 0) @ W2 + b2).argmax(axis=1)

    train_size = len(x_train)
    iter_per_epoch = max(train_size // BATCH, 1)
    yield None
    for i in range(iters):
        if i % iter_per_epoch == 0:  # one draw per epoch, not one call per iteration
            batches = rng.integers(0, train_size, (iter_per_epoch, BATCH))
        idx = batches[i % iter_per_epoch]
        np.take(x_train, idx, axis=0, out=x, mode="clip")  # clip: unbuffered `out`
        np.take(t_train, idx, out=t, mode="clip")
        np.matmul(x, W1, out=h)
        h += b1
        np.maximum(h, 0, out=h)
        np.matmul(h, W2, out=s)
        s += b2
        s -= s.max(axis=1, keepdims=True)
        np.exp(s, out=s)
        s /= s.sum(axis=1, keepdims=True)
        loss = -np.log(s[rows, t] + 1e-7).mean()
        s[rows, t] -= 1  # d scores = (y - t) / N
        s /= BATCH
        np.matmul(h.T, s, out=dW2)
        db2 = s.sum(axis=0)
        np.matmul(s, W2.T, out=dh)
        dh *= h > 0
        np.matmul(x.T, dh, out=dW1)
        db1 = dh.sum(axis=0)
        dW1 *= lr
        W1 -= dW1
        dW2 *= lr
        W2 -= dW2
        b1 -= lr * db1
        b2 -= lr * db2
        if (i + 1) % iter_per_epoch == 0 or i + 1 == iters:
            yield (float(np.mean(predict(x_train) == t_train)),
                   float(np.mean(predict(x_test) == t_test)), float(loss))


def run_tight(data, iters, seed):
    return run_alone(tight_epochs(data, iters, seed), _clock)


# -- (d) the graph engine --------------------------------------------------------------------

def make_trainer(data, iters, seed) -> Trainer:
    """The engine's trainer for this benchmark's net, set up, not run."""
    x_train, t_train, x_test, t_test = data["f32_index"]
    return Trainer(load_graph(SAMPLES / "two_layer_net.json"), x_train, t_train, x_test,
                   t_test, TrainConfig(iters=iters, batch_size=BATCH, lr=LR, hidden=HIDDEN,
                                       weight_init_std=STD, seed=seed, dtype="float32"))


def run_engine(data, iters, seed):
    return run_trainer(make_trainer(data, iters, seed), _clock)


def run_paired(data, iters, seed):
    """(c) and (d) side by side in one run, epoch by epoch: the engine trains exactly as
    in (d), and each time it has evaluated an epoch the tight loop runs its next epoch
    (iterations and evaluation), timed apart and taken out of the engine's time. A machine
    whose speed drifts (a shared host) then slows both alike, which runs seconds apart are
    not. Returns (engine seconds, tight seconds, the engine's and the tight loop's (train
    acc, test acc, last loss))."""
    return run_beside(make_trainer(data, iters, seed), tight_epochs(data, iters, seed), _clock,
                      from_epoch_zero=False)


IMPLEMENTATIONS = {
    "a": ("textbook NumPy float64", run_textbook),
    "b": ("PyTorch CPU float32", run_pytorch),
    "c": ("tight NumPy float32", run_tight),
    "d": ("engine float32 (ours)", run_engine),
}


def machine_info() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    parts = [f"{cpu}, {os.cpu_count()} cores", f"Python {platform.python_version()}",
             f"NumPy {np.__version__}", f"BLAS threads: {THREADS or 'default'}"]
    try:
        import torch
        if THREADS:
            torch.set_num_threads(int(THREADS))
        parts.append(f"PyTorch {torch.__version__} ({torch.get_num_threads()} threads)")
    except ImportError:
        parts.append("PyTorch not installed")
    return ", ".join(parts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iters", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="abcd", help="which implementations, e.g. 'cd'")
    parser.add_argument("--threads", type=int, help="BLAS and PyTorch threads for all four")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall seconds, or this process's CPU seconds (steadier on a "
                        "busy machine; use with --threads 1)")
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    parser.add_argument("--paired", action="store_true",
                        help="(c) and (d) side by side in one run, epoch by epoch in turn "
                        "(see run_paired), not one after the other; the goal is then judged "
                        "on the median of the rounds' ratios")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = args.clock

    f64 = load_mnist(args.data, dtype=np.float64, one_hot=True)
    f32 = load_mnist(args.data, dtype=np.float32)
    data = {"f64_onehot": (f64.x_train, f64.t_train, f64.x_test, f64.t_test),
            "f32_index": (f32.x_train, f32.t_train, f32.x_test, f32.t_test)}
    keys = [k for k in args.only if k in IMPLEMENTATIONS]
    if args.paired and "d" in keys and "c" not in keys:  # a pair has both
        keys.insert(keys.index("d"), "c")
    if "b" in keys:
        try:
            import torch  # noqa: F401
        except ImportError:
            print("(b) skipped: PyTorch is not installed")
            keys.remove("b")

    print(machine_info())
    print(f"{len(f32.x_train):,} train / {len(f32.x_test):,} test images from {args.data}; "
          f"784-{HIDDEN}-10, batch {BATCH}, lr {LR}, {args.iters:,} iterations, "
          f"{args.rounds} round(s), {args.clock} clock, "
          f"{'(c) and (d) paired epoch by epoch, ' if args.paired else ''}load average "
          f"{os.getloadavg()[0]:.2f}")
    best: dict[str, tuple] = {}
    ratios: dict[str, list[float]] = {key: [] for key in keys if key != "d"}
    for round_ in range(args.rounds):
        seconds_now = {}
        # every other round backwards, so no implementation always runs first (or right
        # after the one that heats the caches)
        order = keys if round_ % 2 == 0 else keys[::-1]
        if args.paired:  # (c) and (d) in one run, where (d) would have run
            order = [k for k in order if k != "c"]
        for key in order:
            if args.paired and key == "d":
                engine_s, tight_s, engine, tight = run_paired(data, args.iters,
                                                               args.seed + round_)
                results = [("c", tight_s) + tight, ("d", engine_s) + engine]
            else:
                results = [(key,) + IMPLEMENTATIONS[key][1](data, args.iters,
                                                             args.seed + round_)]
            for key_, seconds, train_acc, test_acc, loss in results:
                name = IMPLEMENTATIONS[key_][0]
                print(f"  round {round_ + 1} ({key_}) {name:<24} {seconds:8.2f} s  "
                      f"train {train_acc:.4f}  test {test_acc:.4f}  last loss {loss:.4f}",
                      flush=True)
                seconds_now[key_] = seconds
                if key_ not in best or seconds < best[key_][0]:
                    best[key_] = (seconds, train_acc, test_acc)
        if "d" in seconds_now:
            for key in ratios:
                ratios[key].append(seconds_now["d"] / seconds_now[key])
    print(f"load average at the end {os.getloadavg()[0]:.2f}")

    engine = best.get("d", (None,))[0]
    print()
    print("| implementation | seconds | iterations/s | engine speed-up | train acc | test acc |")
    print("|---|---:|---:|---:|---:|---:|")
    for key in keys:
        seconds, train_acc, test_acc = best[key]
        ratio = f"{seconds / engine:.2f}×" if engine else "—"
        print(f"| ({key}) {IMPLEMENTATIONS[key][0]} | {seconds:.2f} | "
              f"{args.iters / seconds:,.0f} | {ratio} | {train_acc:.4f} | {test_acc:.4f} |")
    if engine:
        print()
        targets = {"a": ("≥ 3× faster than the textbook", lambda r: r >= 3.0),
                   "b": ("faster than PyTorch", lambda r: r > 1.0),
                   "c": ("within 1.05× of the tight loop", lambda r: 1 / r <= 1.05)}
        for key, (what, ok) in targets.items():
            if key in best:
                ratio = best[key][0] / engine
                if args.paired and key == "c":  # each round's pair, the median of them
                    ratio = 1 / statistics.median(ratios["c"])
                how = (" (median of the paired rounds)" if args.paired and key == "c"
                       else " (fastest of each)")
                print(f"target {what}: {'met' if ok(ratio) else 'MISSED'} "
                      f"(engine time / ({key}) time = {1 / ratio:.3f}{how})")
        # Side by side: the engine's time over each other's in the same round, which a
        # busy machine disturbs less than the fastest-of-R times of separate runs.
        for key, values in ratios.items():
            print(f"engine / ({key}) per round: "
                  + ", ".join(f"{r:.3f}" for r in values)
                  + f"; min {min(values):.3f}, median {statistics.median(values):.3f}")
        acc = best["d"][2]
        print(f"target test accuracy ≥ 0.95: {'met' if acc >= 0.95 else 'MISSED'} ({acc:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
