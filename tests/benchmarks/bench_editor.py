"""How long single user actions block the window on a graph of 10,000 nodes (the limit).

Run: QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_editor.py [--nodes N]

Each action is done as a user does it (menu actions, real mouse and key events through
QTest) and timed until the window is idle again, the recompute and repaint included. The
goal: no single action blocks for more than 1 s. Each figure is the best of 3 rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "gui"))

from canvas_driver import Canvas  # noqa: E402
from PySide6.QtCore import QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from gui.app import make_app  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402


def big_graph(nodes: int) -> dict:
    """Chains of Add nodes fed by constants, laid out on a grid: nodes/2 of each."""
    recs, edges = [], []
    half = nodes // 2
    columns = 100
    for i in range(half):
        row, col = divmod(i, columns)
        recs.append({"id": f"c{i}", "type": "Constant", "label": f"c{i}",
                     "position": [col * 300.0, row * 220.0], "params": {"value": i % 7}})
        recs.append({"id": f"a{i}", "type": "Add", "label": f"a{i}",
                     "position": [col * 300.0 + 150, row * 220.0 + 90], "params": {}})
        edges.append({"source": f"c{i}", "target": f"a{i}", "port": "x"})
        prev = f"a{i - 1}" if col else f"c{i}"
        edges.append({"source": prev, "target": f"a{i}", "port": "y"})
    return {"format": "backprop-studio-graph", "version": 1, "nodes": recs, "edges": edges}


class Bench:
    def __init__(self, nodes: int) -> None:
        self.app = make_app()
        self.tmp = tempfile.TemporaryDirectory()
        settings = QSettings(str(Path(self.tmp.name) / "s.ini"), QSettings.IniFormat)
        self.window = MainWindow(settings)
        self.window.resize(1400, 900)
        self.window.show()
        self.path = Path(self.tmp.name) / "big.json"
        self.path.write_text(json.dumps(big_graph(nodes)))
        self.canvas = Canvas(self.window, self)

    def waitUntil(self, condition, timeout: int = 0) -> None:  # the Canvas driver's qtbot
        while not condition():
            self.app.processEvents()

    def idle(self) -> None:
        doc = self.window.document
        for _ in range(3):
            self.app.processEvents()
        while doc._timer.isActive():
            self.app.processEvents()
        self.app.processEvents()

    def timed(self, action) -> float:
        start = time.perf_counter()
        action()
        self.idle()
        return time.perf_counter() - start

    def run(self) -> dict[str, float]:
        w, c = self.window, self.canvas
        out: dict[str, float] = {}
        out["open"] = self.timed(lambda: w.files.open_file(self.path, ask=False))
        out["select all"] = self.timed(w.window_actions.edit.select_all.trigger)
        start = c.header("a0")

        # a drag is many events: each one must be quick, the slowest is what the user feels
        events = [lambda: c.press(start)]
        events += [lambda i=i: c.move(start + QPointF(10 * i, 6 * i)) for i in range(1, 5)]
        events += [lambda: c.release(start + QPointF(40, 24))]
        out["drag all: its slowest mouse event"] = max(self.timed(e) for e in events)
        out["undo the drag"] = self.timed(w.window_actions.edit.undo.trigger)
        out["edit one value"] = self.timed(
            lambda: w.editor.set_params("c0", {"init": "fixed", "value": 3}))
        out["copy all"] = self.timed(w.window_actions.edit.copy.trigger)
        out["delete all"] = self.timed(lambda: QTest.keyClick(c.viewport, Qt.Key_Delete))
        out["undo the delete"] = self.timed(w.window_actions.edit.undo.trigger)
        w.document.undo_stack.clear()
        half = [n for n in list(w.document.graph.nodes)[: len(w.document.graph.nodes) // 2]]
        w.editor.delete(half)
        self.idle()
        QGuiApplication.clipboard().setText(QGuiApplication.clipboard().text())
        out["select all + duplicate half the limit"] = self.timed(
            lambda: (w.window_actions.edit.select_all.trigger(),
                     w.window_actions.edit.duplicate.trigger()))
        out["save"] = self.timed(lambda: w.document.save(Path(self.tmp.name) / "out.json"))
        w.document.undo_stack.setClean()
        return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        bench = Bench(args.nodes)
        for name, seconds in bench.run().items():
            best[name] = min(best.get(name, seconds), seconds)
        bench.window.close()
    print(f"{args.nodes:,} nodes, best of {args.rounds} rounds (seconds the window is blocked):")
    for name, seconds in best.items():
        flag = "" if seconds <= 1.0 else "   <-- over 1 s"
        print(f"  {name:<40} {seconds:7.3f}{flag}")


if __name__ == "__main__":
    main()
