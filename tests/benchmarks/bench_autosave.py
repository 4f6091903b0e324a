"""How long the window is blocked per edit while the recovery autosave writes a large graph.

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_autosave.py [--hidden 4096]

The two-layer net with trained-looking weights of hidden size H (W1 784 × H, float32
values stored as float64 literals, as a run leaves them) is the document; the autosave
runs every 50 ms. Each round renames a node (one edit: the recompute, then the autosave)
and measures, with a 5 ms timer of the window's event loop, the longest gap between two
ticks from the edit until the recovery file is written and 300 ms after: the longest time
the window could not answer, and that gap once the edit's recompute was done (what the
autosave blocks). The edit's own recompute is timed apart. Best and worst of the rounds
are printed, and the recovery file's size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402

from core.files.graph_files import load_graph  # noqa: E402
from core.paths import SAMPLES  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.document import recovery  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402


def trained_net(hidden: int):
    graph = load_graph(SAMPLES / "two_layer_net.json")
    rng = np.random.default_rng(0)
    for nid, shape in (("W1", (784, hidden)), ("b1", (hidden,)), ("W2", (hidden, 10)),
                       ("b2", (10,))):
        value = (0.01 * rng.standard_normal(shape)).astype(np.float32).astype(np.float64)
        graph.set_params(nid, {"init": "fixed", "value": value.tolist()})
    return graph


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    make_app()
    tmp = tempfile.TemporaryDirectory()
    settings = QSettings(str(Path(tmp.name) / "s.ini"), QSettings.IniFormat)
    window = MainWindow(settings)
    window.resize(1400, 900)
    window.show()
    folder = Path(tmp.name) / "recovery"
    recovery.start(window, folder, interval_ms=50)
    autosaver = window.findChild(recovery.Autosaver)
    made = time.perf_counter()
    window.document.set_graph(trained_net(args.hidden))
    print(f"hidden {args.hidden}: graph made and shown in {time.perf_counter() - made:.1f} s",
          flush=True)
    written = []
    autosaver.saved.connect(lambda path: written.append(Path(path).stat().st_size))
    gaps, computes, after = [], [], []
    clock, last = QElapsedTimer(), [0]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        now = clock.elapsed()
        gaps[-1] = max(gaps[-1], now - last[0])
        if computed[0]:
            after[-1] = max(after[-1], now - last[0])
        last[0] = now

    computed = [False]

    ticker.timeout.connect(tick)
    for r in range(args.rounds):
        count = len(written)
        gaps.append(0)
        after.append(0)
        computed[0] = False
        clock.start()
        last[0] = 0
        ticker.start()
        spin(20)
        start = time.perf_counter()
        window.editor.rename("x", f"x{r}")
        window.document.compute()  # the edit's recompute, as the event loop would run it
        computes.append(time.perf_counter() - start)
        spin(0)  # the tick due during the recompute counts as the edit's
        computed[0] = True
        deadline = time.perf_counter() + 120
        while len(written) == count and time.perf_counter() < deadline:
            spin(10)
        spin(300)
        ticker.stop()
        print(f"round {r + 1}: longest blocked {gaps[-1]} ms (the edit's recompute "
              f"{1000 * computes[-1]:.0f} ms; after it, while autosaving, {after[-1]} ms), "
              f"recovery file {written[-1] / 2**20:.1f} MiB", flush=True)
    print(f"longest blocked per edit: best {min(gaps)} ms, worst {max(gaps)} ms; "
          f"recompute alone best {1000 * min(computes):.0f} ms; while autosaving best "
          f"{min(after)} ms, worst {max(after)} ms")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
