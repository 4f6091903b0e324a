"""Gradient check speed: `gradcheck samples/two_layer_net.json`, sampled and in full.

Not a test (timings vary by machine); run it by hand:

    python tests/benchmarks/bench_gradcheck.py [--runs N]

It times the whole command in a fresh process (Python start-up, loading, the check), as a
user waits for it, and prints the per-node numerical vs backprop timings of one full run.
The goal: the default (a sample of 200 elements per array) under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "two_layer_net.json"


def timed(*extra: str) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "core.cli", "gradcheck", str(SAMPLE), *extra],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return time.perf_counter() - start, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    for extra in ((), ("--full",)):
        times, out = [], ""
        for _ in range(runs if not extra else max(1, runs // 2)):
            seconds, out = timed(*extra)
            times.append(seconds)
        name = "gradcheck " + " ".join(("two_layer_net.json",) + extra)
        print(f"{name}: median {statistics.median(times):.2f} s over {len(times)} runs "
              f"(min {min(times):.2f} s)")
        print("  " + out.replace("\n", "\n  ").rstrip())


if __name__ == "__main__":
    main()
