"""Does a long run in the Training panel keep memory flat and the window responsive?

    python tests/benchmarks/bench_long_run.py [--iters 10000 100000] [--data DIR]

Each iteration count runs in its own child process (so one run's peak cannot hide in
another's): the main window (1400 × 900, offscreen) with the Training dock open trains
samples/two_layer_net.json on the real-digit split (8,000 / 2,000, batch 100, lr 0.1,
evaluation every epoch) through `TrainingPanel.run_blocking`, the curves and counters
updating live. A 10 ms precise timer ticks in the GUI thread throughout; its worst lateness
is the event loop's worst latency during the run.

The child reports its peak resident set (VmHWM from /proc/self/status) once before the run
(window built, data loaded by a 20-iteration warm-up run) and once at the end. The curves
keep at most 2,000 points per series, so the peak should not grow with the iteration
count: the bar is peak(100k) − peak(10k) ≤ 20 MB, and a max latency ≤ 250 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
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

GROWTH_BAR_MB = 20
LATENCY_BAR_MS = 250
TICK_MS = 10


def peak_rss_mb() -> float:
    """This process's peak resident set so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def child(iters: int, data: str) -> dict:
    """One panel run of `iters` iterations in this process; the figures as a dict."""
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer

    from core.paths import SAMPLES
    from gui.app import make_app
    app = make_app()
    from gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.resize(1400, 900)
        window.show()
        window.show_training()
        window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
        app.processEvents()
        panel = window.training
        assert panel.run_blocking(20, data), panel.status_area.status.text()  # loads the data once
        before = peak_rss_mb()

        clock = QElapsedTimer()
        late = {"max": 0, "ticks": 0, "last": 0}

        def tick() -> None:
            now = clock.elapsed()
            late["max"] = max(late["max"], now - late["last"] - TICK_MS)
            late["ticks"] += 1
            late["last"] = now

        timer = QTimer()
        timer.setTimerType(Qt.PreciseTimer)
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        start = time.perf_counter()
        ok = panel.run_blocking(iters, timeout_ms=3_600_000)
        seconds = time.perf_counter() - start
        timer.stop()
        assert ok, panel.status_area.status.text()
        run = panel.curves.runs[-1]
        result = {"iters": iters, "seconds": seconds, "before_mb": before,
                  "peak_mb": peak_rss_mb(), "max_latency_ms": late["max"],
                  "ticks": late["ticks"], "points": int(run.loss.count),
                  "plotted": len(run.items[0].getData()[0])}
        window.document.undo_stack.setClean()  # the trained weights landed: no "save?" at close
        window.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iters", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.data)), flush=True)
        return 0

    rows = []
    for iters in args.iters:
        done = subprocess.run([sys.executable, __file__, "--child", str(iters),
                               "--data", args.data], capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stdout + done.stderr)
            return done.returncode
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{iters:,} iterations: {r['seconds']:.1f} s, peak {r['peak_mb']:.1f} MB",
              flush=True)

    print(f"\n{os.cpu_count()} CPUs; peak RSS of each child process (VmHWM); latency: "
          f"worst lateness of a {TICK_MS} ms timer during the run")
    print(f"{'iterations':>10}  {'seconds':>8}  {'it/s':>6}  {'RSS before run MB':>17}  "
          f"{'peak RSS MB':>11}  {'max latency ms':>14}  {'curve points':>12}")
    for r in rows:
        print(f"{r['iters']:>10,}  {r['seconds']:>8.1f}  {r['iters'] / r['seconds']:>6.0f}  "
              f"{r['before_mb']:>17.1f}  {r['peak_mb']:>11.1f}  {r['max_latency_ms']:>14}  "
              f"{r['points']:>12,}")
    growth = rows[-1]["peak_mb"] - rows[0]["peak_mb"]
    worst = max(r["max_latency_ms"] for r in rows)
    print(f"peak growth {rows[0]['iters']:,} → {rows[-1]['iters']:,} iterations: "
          f"{growth:+.1f} MB (bar ≤ {GROWTH_BAR_MB} MB); worst latency {worst} ms "
          f"(bar ≤ {LATENCY_BAR_MS} ms)")
    return 0 if growth <= GROWTH_BAR_MB and worst <= LATENCY_BAR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
