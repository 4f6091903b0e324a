"""Timing a hand-written training loop, given as a generator that yields at each of its
evaluations, alone (`run_alone`) or beside the engine's trainer in one run (`run_beside`,
the training benchmarks' --paired); and the trainer alone (`run_trainer`).

On a shared host the speed drifts over seconds, so two runs one after the other may see two
different machines. Here the engine's trainer runs exactly as it does alone, and each time
it has evaluated (its own `_evaluate_epoch`, hooked: no callback to pay for) the hand-written
loop runs up to and through its own next evaluation; the hand-written loop's time is taken
apart and out of the engine's, and both have run on the same machine at the same moments.
"""

from __future__ import annotations

import time
from typing import Callable, Iterator


def run_alone(epochs: Iterator, clock: Callable[[float, float], float]) -> tuple:
    """Set the loop up (its first `next`), then time it to its end: (seconds, train acc,
    test acc, last loss)."""
    next(epochs)  # set up
    start, cpu = time.perf_counter(), time.process_time()
    last = None
    for last in epochs:
        pass
    return (clock(start, cpu),) + last


def run_trainer(trainer, clock: Callable[[float, float], float]) -> tuple:
    """Time `trainer.run()` to its end: (seconds, train acc, test acc, last loss)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = trainer.run()
    seconds = clock(start, cpu)
    assert result.status == "finished", result.message
    return seconds, result.final_train_acc, result.final_test_acc, float(result.losses[-1])


def run_beside(trainer, epochs: Iterator, clock: Callable[[float, float], float],
               from_epoch_zero: bool) -> tuple[float, float, tuple, tuple]:
    """Train `trainer` with the generator `epochs` (set up at its first `next`, then one
    (train acc, test acc, last loss) per evaluation) beside it; with `from_epoch_zero` the
    loop also evaluates before its first update, as the trainer does. `clock(start, cpu)`
    gives the seconds since `(perf_counter(), process_time())`. Returns (engine seconds,
    loop seconds, the engine's and the loop's (train acc, test acc, last loss))."""
    next(epochs)  # set up
    loop = {"seconds": 0.0, "last": None}
    evaluate_epoch = trainer._evaluate_epoch

    def evaluate_then_loop(run, loss):
        evaluate_epoch(run, loss)
        if from_epoch_zero or trainer.iteration > 0:
            start, cpu = time.perf_counter(), time.process_time()
            loop["last"] = next(epochs)
            loop["seconds"] += clock(start, cpu)

    trainer._evaluate_epoch = evaluate_then_loop
    seconds, *engine = run_trainer(trainer, clock)
    assert next(epochs, None) is None, "the hand-written loop has evaluations left"
    return seconds - loop["seconds"], loop["seconds"], tuple(engine), loop["last"]
