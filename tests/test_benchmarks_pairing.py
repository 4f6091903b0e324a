"""The training benchmarks' paired mode times the engine and the tight loop side by side
without changing what either computes: a paired round trains both to the same numbers as
the two runs one after the other (a few iterations of each, on the real digits; no time is
asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from core.training.mnist import load_mnist

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


def bench(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, iters", [("bench_training", 170), ("bench_ch6", 70)])
def test_a_paired_round_computes_what_the_separate_runs_compute(mnist_split, name, iters,
                                                               monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # (as when the script runs: its folder)
    module = bench(name)
    f32 = load_mnist(mnist_split, dtype=np.float32)
    arrays = (f32.x_train, f32.t_train, f32.x_test, f32.t_test)
    data = {"f32_index": arrays} if name == "bench_training" else arrays
    tight = module.run_tight(data, iters, 3)
    engine = module.run_engine(data, iters, 3)
    engine_s, tight_s, engine_paired, tight_paired = module.run_paired(data, iters, 3)
    # (train acc, test acc, last loss) after more than one epoch, whose evaluations pair
    assert tight_paired == tight[1:] and engine_paired == engine[1:]
    assert engine_s > 0 and tight_s > 0
    assert 0.1 < tight_paired[1] <= 1 and 0.1 < engine_paired[1] <= 1
