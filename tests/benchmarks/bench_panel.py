"""Does live plotting slow training? The Training panel against the headless trainer.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_panel.py [--iters N] [--rounds R]

Both train samples/two_layer_net.json on the real-digit split (8,000 / 2,000, batch 100,
lr 0.1, evaluation every epoch) for N iterations in this one process, interleaved R times:

  headless  Trainer(...).run() on this thread, no callback
  panel     the main window (1400 × 900, offscreen) with its Training dock: Start, the
            worker thread trains, the curves and counters update live, until "done"

Times are wall seconds from building the trainer to the end of the run (data loading
excluded: the panel's data set is loaded by a warm-up run first). The fastest of the R
rounds counts for each, which filters out other processes on a shared machine; the median
is printed too. The quality bar: panel ≤ 1.15 × headless.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
try:
    import core  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

from core.files.graph_files import load_graph  # noqa: E402
from core.paths import SAMPLES  # noqa: E402
from core.training.mnist import load_mnist  # noqa: E402
from core.training.run import TrainConfig  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402


def headless(data, iters: int) -> float:
    start = time.perf_counter()
    trainer = Trainer(load_graph(SAMPLES / "two_layer_net.json"), data.x_train, data.t_train,
                      data.x_test, data.t_test, TrainConfig(iters=iters, seed=0))
    result = trainer.run()
    assert result.status == "finished", result.message
    return time.perf_counter() - start


def panel_run(window, iters: int) -> float:
    start = time.perf_counter()
    ok = window.training.run_blocking(iters)
    seconds = time.perf_counter() - start
    assert ok, window.training.status_area.status.text()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iters", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from gui.app import make_app
    app = make_app()
    from gui.main_window import MainWindow

    data = load_mnist(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.resize(1400, 900)
        window.show()
        window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
        app.processEvents()
        assert window.training.run_blocking(20, args.data)  # loads the data once
        times = {"headless": [], "panel": []}
        for r in range(args.rounds):
            times["headless"].append(headless(data, args.iters))
            times["panel"].append(panel_run(window, args.iters))
            print(f"round {r + 1}: headless {times['headless'][-1]:.2f} s, "
                  f"panel {times['panel'][-1]:.2f} s", flush=True)
        curve_points = max(run.loss.count for run in window.training.curves.runs)
        window.close()
    best = {k: min(v) for k, v in times.items()}
    median = {k: statistics.median(v) for k, v in times.items()}
    ratio = best["panel"] / best["headless"]
    print(f"\n{args.iters:,} iterations, {args.rounds} rounds, {os.cpu_count()} CPUs")
    for kind in ("headless", "panel"):
        print(f"  {kind:9s} best {best[kind]:6.2f} s ({args.iters / best[kind]:5.0f} it/s), "
              f"median {median[kind]:6.2f} s")
    print(f"  panel / headless: {ratio:.3f} (best), "
          f"{median['panel'] / median['headless']:.3f} (median); bar ≤ 1.15")
    print(f"  points kept per loss curve: {curve_points:,}")
    return 0 if ratio <= 1.15 else 1


if __name__ == "__main__":
    sys.exit(main())
