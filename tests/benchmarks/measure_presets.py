"""Train every chapter-6 preset at full length on the real digits and print each run's
final train and test accuracy (the numbers the README sets beside the book's figures).

    .venv/bin/python tests/benchmarks/measure_presets.py [KEY ...] [--data DIR]

Runs one BLAS thread per process, like the benchmarks. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

from core.training.mnist import load_mnist  # noqa: E402
from core.training.presets import PRESETS  # noqa: E402
from core.training.trainer import Trainer  # noqa: E402

SHARED_MNIST = Path(__file__).resolve().parents[3] / "shared" / "mnist"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("keys", nargs="*", default=list(PRESETS))
    parser.add_argument("--data", default=str(SHARED_MNIST / "t10k-split"))
    args = parser.parse_args()
    data = load_mnist(args.data)
    for key in args.keys:
        preset = PRESETS[key]
        print(f"{key}: {preset.title()}", flush=True)
        for run in preset.runs:
            try:
                graph = run.graph()
            except ValueError as e:
                print(f"  {run.label():<28} not run: {e}", flush=True)
                continue
            trainer = Trainer(graph, data.x_train, data.t_train, data.x_test, data.t_test,
                              run.config)
            start = time.perf_counter()
            result = trainer.run()
            losses = result.losses
            print(f"  {run.label():<28} train {result.final_train_acc:.4f}  "
                  f"test {result.final_test_acc:.4f}  loss {losses[:50].mean():.3f} → "
                  f"{losses[-50:].mean():.3f}  ({result.iterations} it, "
                  f"{time.perf_counter() - start:.0f} s, {result.status})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
