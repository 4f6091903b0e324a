"""Peak memory of a full-size MNIST training run: must stay under 1 GB.

    python tests/benchmarks/bench_memory.py [--data DIR] [--iters N]

Runs the real command, `backprop-studio train --data DIR --iters N --json`, in a child
process for float32 and float64 and reads each child's peak resident set size (what the
kernel reports when it ends: loading, training and the per-epoch evaluations included).

With a full MNIST folder (60,000 training images) it is used as it is. Otherwise the
60,000 + 10,000 images are made by repeating the 8,000 + 2,000 real digits of the shared
split, written as the four gzip IDX files into a temporary folder, so the child goes
through exactly the code path of a real download. The default 1,200 iterations are two
epochs of 600, so the full-set evaluation runs twice.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
try:
    import core  # noqa: F401  (installed with `pip install -e .`)
except ImportError:  # run as a plain script from a checkout: use the checkout's package
    sys.path.insert(0, str(REPO))

from core.training import idx, mnist  # noqa: E402

LIMIT = 1 << 30  # 1 GB
FULL_TRAIN, FULL_TEST = 60_000, 10_000


def write_idx(folder: Path, name: str, array: np.ndarray) -> None:
    if array.ndim == 2:  # images, stored as count x 28 x 28 bytes
        header = struct.pack(">IIII", idx.IMAGE_MAGIC, len(array), 28, 28)
    else:
        header = struct.pack(">II", idx.LABEL_MAGIC, len(array))
    with gzip.open(folder / f"{name}.gz", "wb", compresslevel=1) as f:
        f.write(header + np.ascontiguousarray(array, dtype=np.uint8).tobytes())


def find(folder: Path, name: str) -> Path | None:
    return next((p for p in (folder / f"{name}.gz", folder / name) if p.is_file()), None)


def full_size_folder(source: Path, target: Path) -> None:
    """Repeat the real digits of `source` up to full MNIST size, as gzip IDX files."""
    files = {name: find(source, name) for name in mnist.IDX_NAMES}
    missing = [name for name, path in files.items() if path is None]
    if missing:
        raise SystemExit(f"{source}: missing {', '.join(missing)}")
    for images, labels, count in ((mnist.TRAIN_IMAGES, mnist.TRAIN_LABELS, FULL_TRAIN),
                                  (mnist.TEST_IMAGES, mnist.TEST_LABELS, FULL_TEST)):
        write_idx(target, images, np.resize(idx.read_idx_images(files[images]), (count, 784)))
        write_idx(target, labels, np.resize(idx.read_idx_labels(files[labels]), count))


def measure(folder: Path, iters: int, dtype: str) -> tuple[int, dict]:
    """Run the train command in a child; its peak RSS in bytes and its summary line."""
    command = [sys.executable, "-m", "core.cli", "train", "--data", str(folder),
               "--iters", str(iters), "--dtype", dtype, "--json"]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the train command failed with status {child.returncode}")
    return usage.ru_maxrss * 1024, json.loads(out.splitlines()[-1])  # Linux: kilobytes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    parser.add_argument("--iters", type=int, default=1200)
    args = parser.parse_args(argv)

    source = Path(args.data)
    labels = find(source, mnist.TRAIN_LABELS)
    if labels is None:
        raise SystemExit(f"{source}: no {mnist.TRAIN_LABELS}[.gz]")
    count = len(idx.read_idx_labels(labels))
    with tempfile.TemporaryDirectory(prefix="mnist-full-") as tmp:
        if count >= FULL_TRAIN:
            folder, how = source, f"the {count:,} training images in {source}"
        else:
            folder = Path(tmp)
            full_size_folder(source, folder)
            how = (f"simulated: {FULL_TRAIN:,} + {FULL_TEST:,} images repeating the {count:,} "
                   f"real training and the test digits of {source}")
        print(f"data: {how}; {args.iters:,} iterations "
              f"({args.iters / (FULL_TRAIN // 100):.0f} epochs of {FULL_TRAIN // 100})")
        print("| dtype | peak RSS | limit | test acc | seconds |")
        print("|---|---:|---:|---:|---:|")
        worst = 0
        for dtype in ("float32", "float64"):
            peak, summary = measure(folder, args.iters, dtype)
            worst = max(worst, peak)
            print(f"| {dtype} | {peak / 2**20:,.0f} MB | {LIMIT / 2**20:,.0f} MB | "
                  f"{summary['test_acc']:.4f} | {summary['seconds']:.1f} |", flush=True)
    verdict = "met" if worst < LIMIT else "MISSED"
    print(f"target peak memory under 1 GB: {verdict} (worst {worst / 2**20:,.0f} MB)")
    return 0 if worst < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
