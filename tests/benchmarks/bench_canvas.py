"""Canvas speed: recompute + repaint of apple-and-orange and of a generated 300-node graph.

Not a test (timings vary by machine); run it by hand:

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_canvas.py [--runs N]

"recompute + repaint" is one value edit pushed through the undo stack, the engine's forward
and backward, the scene writing every label, and a synchronous repaint of the viewport.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402

from core.model.graph import Graph  # noqa: E402
from core.paths import SAMPLES  # noqa: E402
from gui.app import make_app  # noqa: E402
from gui.document.commands import SetParams  # noqa: E402


def generated_graph(n_nodes: int = 300, seed: int = 0) -> Graph:
    """Layers of Mul/Add nodes fed by the previous layer and by constants: a wide DAG."""
    import random
    rng = random.Random(seed)
    graph = Graph()
    width = 10
    previous = []
    for i in range(width):
        node = graph.add_node("Constant", f"c{i}", (0, i * 110),
                              {"init": "fixed", "value": rng.uniform(0.5, 1.5)})
        previous.append(node.id)
    column = 1
    while len(graph.nodes) < n_nodes:
        layer = []
        for i in range(width):
            if len(graph.nodes) >= n_nodes:
                break
            node = graph.add_node(rng.choice(["Mul", "Add"]), None, (column * 260, i * 110))
            a, b = rng.sample(previous, 2)
            graph.add_edge(a, node.id, "x")
            graph.add_edge(b, node.id, "y")
            layer.append(node.id)
        previous, column = layer, column + 1
    return graph


def measure(window, source_id: str, runs: int) -> list[float]:
    app = make_app()
    doc, viewport = window.document, window.view.viewport()
    times = []
    for i in range(runs):
        params = {"init": "fixed", "value": 1.0 + i * 1e-3}
        start = time.perf_counter()
        doc.push(SetParams(doc.graph, source_id, params))
        doc.compute()
        viewport.repaint()
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    return times


def measure_pan(window, runs: int, full: bool) -> list[float]:
    """One pan step of 40 px: Qt scrolls the pixels and paints the uncovered strip
    (`full=False`, what a user's drag costs), or the whole viewport is repainted."""
    app = make_app()
    view, viewport = window.view, window.view.viewport()
    bar = view.horizontalScrollBar()
    times = []
    for i in range(runs):
        start = time.perf_counter()
        bar.setValue(bar.value() + (40 if i % 2 == 0 else -40))
        if full:
            viewport.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"{name:44s} median {statistics.median(times):7.2f} ms   "
          f"p90 {sorted(times)[int(len(times) * 0.9) - 1]:7.2f} ms   (n={len(times)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    make_app()
    from gui.main_window import MainWindow
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.resize(1400, 900)
        window.show()
        window.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
        report("apple_orange: edit + recompute + repaint", measure(window, "apple", args.runs))
        graph = generated_graph(300)
        window.document.set_graph(graph)
        window.view.fit_to_graph()
        first = next(iter(graph.nodes))
        print(f"generated graph: {len(graph.nodes)} nodes, {len(graph.edges)} edges")
        report("300 nodes, fitted: edit + recompute + repaint",
               measure(window, first, args.runs))
        window.view.reset_zoom()
        report("300 nodes, 100%: edit + recompute + repaint",
               measure(window, first, args.runs))
        report("300 nodes, 100%: pan 40 px", measure_pan(window, args.runs, full=False))
        report("300 nodes, 100%: pan 40 px, full repaint",
               measure_pan(window, args.runs, full=True))
        window.document.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
