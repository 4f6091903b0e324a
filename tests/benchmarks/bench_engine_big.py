"""The engine on big graphs: `evaluate` of 2,000 and 10,000 nodes (the format's limit).

    python tests/benchmarks/bench_engine_big.py [--sizes 2000 10000] [--repeat 5]

Each graph is a chain with fan-out, all scalars, as a learner's calculator graph grows:
ten constants, then Add, Sigmoid, Mul, Sigmoid repeated, where Add and Mul take the
previous node and a random earlier one (so outputs fan out all over the graph) and the
Sigmoids keep every value finite. A second shape, `tree`, is half constants summed by a
balanced tree of Adds: thousands of nodes are ready at once, which a sort that pops from
the front of a list handles in quadratic time. Prints the best of `--repeat` runs of compiling
(`Program`), forward, backward and the whole `evaluate`. Goal: `evaluate` of 10,000 nodes
well under 0.5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
try:
    import core  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # run as a plain script from a checkout: use the checkout's package
    sys.path.insert(0, str(REPO))

from core.engine.program import Program, evaluate  # noqa: E402
from core.model.graph import Graph  # noqa: E402

SOURCES = 10
PATTERN = ("Add", "Sigmoid", "Mul", "Sigmoid")


def big_graph(size: int, seed: int = 0) -> Graph:
    """`size` nodes: SOURCES constants, then the chain-and-fan-out pattern."""
    rng = random.Random(seed)
    graph = Graph()
    for i in range(SOURCES):
        graph.add_node("Constant", f"c{i}", params={"value": 0.1 * (i + 1)}, node_id=f"c{i}")
    previous = f"c{SOURCES - 1}"
    for i in range(size - SOURCES):
        op = PATTERN[i % len(PATTERN)]
        nid = f"n{i}"
        graph.add_node(op, nid, node_id=nid)
        graph.add_edge(previous, nid, "x")
        if op in ("Add", "Mul"):
            earlier = rng.randrange(SOURCES + i)
            graph.add_edge(f"c{earlier}" if earlier < SOURCES else f"n{earlier - SOURCES}",
                           nid, "y")
        previous = nid
    return graph


def tree_graph(size: int) -> Graph:
    """`size // 2` constants, summed pairwise by Adds up to one root."""
    graph = Graph()
    level = []
    for i in range(size // 2):
        graph.add_node("Constant", f"c{i}", params={"value": 1.0}, node_id=f"c{i}")
        level.append(f"c{i}")
    count = 0
    while len(level) > 1:
        nxt = []
        for x, y in zip(level[::2], level[1::2]):
            nid = f"a{count}"
            count += 1
            graph.add_node("Add", nid, node_id=nid)
            graph.add_edge(x, nid, "x")
            graph.add_edge(y, nid, "y")
            nxt.append(nid)
        level = nxt + level[len(level) - len(level) % 2:]
    return graph


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'shape':>6} {'nodes':>6} {'edges':>6} {'build':>8} {'compile':>8} {'forward':>8} "
          f"{'backward':>8} {'evaluate':>8}  (seconds, best of {args.repeat})")
    for shape, size in [(s, n) for s in ("chain", "tree") for n in args.sizes]:
        start = time.perf_counter()
        graph = big_graph(size) if shape == "chain" else tree_graph(size)
        build = time.perf_counter() - start
        result = evaluate(graph)
        assert not result.errors and not result.warnings, "the benchmark graph must compute"
        program = Program(graph)
        program.forward()
        compile_s = best(lambda: Program(graph), args.repeat)
        forward_s = best(program.forward, args.repeat)
        backward_s = best(program.backward, args.repeat)
        evaluate_s = best(lambda: evaluate(graph), args.repeat)
        print(f"{shape:>6} {len(graph.nodes):>6} {len(graph.edges):>6} {build:>8.3f} {compile_s:>8.3f} "
              f"{forward_s:>8.3f} {backward_s:>8.3f} {evaluate_s:>8.3f}")


if __name__ == "__main__":
    main()
