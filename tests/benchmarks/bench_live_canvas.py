"""Does the live canvas slow training? Headless, the panel without it, the panel with it.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_live_canvas.py [--iters N] [--rounds R]

All three train samples/two_layer_net.json on the real-digit split (8,000 / 2,000, batch
100, lr 0.1, evaluation every epoch) for N iterations in this one process, interleaved R
times:

  headless  Trainer(...).run() on this thread, no callback
  panel     the main window (1400 × 900, offscreen) with the two-layer net on its canvas
            and the Training dock: Start, the worker thread trains, curves and counters
            update live; the live canvas is off
  live      the same with the live canvas on: the canvas asks for a snapshot of the
            graph's arrays, paints every edge from it, asks again 250 ms later

Times are the trainer's own seconds for the run (`TrainResult.seconds`, and the same
clock in the panel's "done" event): the training loop with its evaluations, which is what
the live canvas could slow down. Starting the thread and putting the trained weights on
the canvas at the end (one undoable edit and a recompute of the document, timed on its
own) happen once per run, outside training. The order of panel and live alternates from
round to round. The fastest of the R rounds counts for each, which filters out other
processes on a shared machine; the median of each round's live / panel ratio is printed
too. The quality bar: live ≤ 1.05 × panel (the live canvas costs training at most 5 %).

On a shared machine, OpenBLAS's threads spin while other processes hold the cores and the
times swing by 2× or more; `OPENBLAS_NUM_THREADS=1` in front of the command leaves one
core to the training thread and one to the window, which makes the ratio steady.
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

BAR = 1.05


def headless(data, iters: int) -> float:
    trainer = Trainer(load_graph(SAMPLES / "two_layer_net.json"), data.x_train, data.t_train,
                      data.x_test, data.t_test, TrainConfig(iters=iters, seed=0))
    result = trainer.run()
    assert result.status == "finished", result.message
    return result.seconds


class PanelRuns:
    """Runs in the window's panel, timing the end-of-run edit apart from the training."""

    def __init__(self, window) -> None:
        self.window, self.panel = window, window.training
        self.put_seconds: list[float] = []
        self.snapshots: list[int] = []
        self.done = None
        self.panel.session.run_done.connect(lambda event: setattr(self, "done", event))
        link = self.panel.canvas
        finished = link.finished

        def timed(*args):
            start = time.perf_counter()
            try:
                return finished(*args)
            finally:
                self.put_seconds.append(time.perf_counter() - start)

        link.finished = timed

    def run(self, iters: int, live: bool) -> float:
        panel = self.panel
        panel.canvas.live.enabled = live
        self.done = None
        ok = panel.run_blocking(iters)
        assert ok and self.done is not None, panel.status_area.status.text()
        status = panel.status_area.status
        assert "now on the canvas" in status.text(), status.text()
        self.snapshots.append(panel.canvas.live.count if live else 0)
        return self.done.elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iters", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
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
        window.training.attach_canvas(window.presenter, window.editor)  # what the main window does
        window.show_training()
        window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
        app.processEvents()
        runs = PanelRuns(window)
        assert window.training.run_blocking(20, args.data)  # loads the data once
        times = {"headless": [], "panel": [], "live": []}
        live_rates = []
        for r in range(args.rounds):
            times["headless"].append(headless(data, args.iters))
            for live in ((False, True) if r % 2 == 0 else (True, False)):
                times["live" if live else "panel"].append(runs.run(args.iters, live))
                if live:  # n snapshots are n - 1 waits apart
                    live_rates.append((runs.snapshots[-1] - 1) / times["live"][-1])
            print(f"round {r + 1}: headless {times['headless'][-1]:.2f} s, "
                  f"panel {times['panel'][-1]:.2f} s, live {times['live'][-1]:.2f} s "
                  f"({live_rates[-1]:.1f} snapshots/s)", flush=True)
        window.document.undo_stack.setClean()  # closing must not ask to save
        window.close()
    best = {k: min(v) for k, v in times.items()}
    median = {k: statistics.median(v) for k, v in times.items()}
    ratio = best["live"] / best["panel"]
    paired = statistics.median(lv / pn for lv, pn in zip(times["live"], times["panel"]))
    print(f"\n{args.iters:,} iterations, {args.rounds} rounds, {os.cpu_count()} CPUs")
    for kind in ("headless", "panel", "live"):
        print(f"  {kind:9s} best {best[kind]:6.2f} s ({args.iters / best[kind]:5.0f} it/s), "
              f"median {median[kind]:6.2f} s")
    print(f"  live / panel:    {ratio:.3f} (best), {paired:.3f} (median of the rounds' "
          f"ratios); bar ≤ {BAR}")
    print(f"  live / headless: {best['live'] / best['headless']:.3f} (best)")
    print(f"  panel / headless: {best['panel'] / best['headless']:.3f} (best)")
    print(f"  snapshots painted: {statistics.median(live_rates):.1f} per second (median)")
    puts = sorted(runs.put_seconds)
    print(f"  trained weights put on the canvas at a run's end: median "
          f"{1000 * statistics.median(puts):.0f} ms, at most {1000 * puts[-1]:.0f} ms")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
