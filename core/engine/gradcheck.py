"""Gradient check: backprop against central differences, as the book checks its layers.

For every source node, each element is nudged by ±h and the graph's objective (what
backward differentiates: the output times the gradient arriving there, or the sum of the
sinks) is recomputed: `(f(x + h) - f(x - h)) / 2h`. That costs two forward passes per
element, where one backward pass gives every gradient at once: the lesson of the chapter.
So a large array is checked on a sample of its elements (a few hundred, always the same
ones), unless `max_elements=None` asks for all. The report gives, per node, the mean
absolute difference between the two gradients (the book's measure) and what each took.
Labels are given, not learned: they have no gradient and no line in the report.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from core.engine.issues import Issue, root_causes
from core.engine.program import Program
from core.i18n import translate
from core.model.graph import Graph

#: elements checked per array unless all are asked for
DEFAULT_SAMPLES = 200


@dataclass
class NodeCheck:
    node: str
    label: str
    shape: tuple[int, ...]
    mean_abs_diff: float | None  # None when the node gets no gradient
    max_abs_diff: float | None
    passed: bool
    note: str = ""
    checked: int = 0  # elements compared (all of them, or a sample)
    forward_passes: int = 0
    numerical_seconds: float = 0.0
    backprop_seconds: float = 0.0  # the one backward pass that gave every gradient
    indices: np.ndarray | None = None  # flat positions compared
    backprop: np.ndarray | None = None  # backprop's gradient there
    numerical: np.ndarray | None = None  # central differences there

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    def timing_text(self) -> str:
        """`numerical: 400 forward passes, 52 ms; backprop: one backward pass, 0.4 ms`."""
        return translate("Gradcheck", "numerical: {passes:,} forward passes, {numerical}; "
                         "backprop: one backward pass, {backprop}").format(
            passes=self.forward_passes, numerical=duration(self.numerical_seconds),
            backprop=duration(self.backprop_seconds))

    def sample_text(self) -> str:
        """`all 6 elements`, or `200 of 39,200 elements, sampled`."""
        if self.checked == self.size == 1:
            return translate("Gradcheck", "one element")
        if self.checked == self.size:
            return translate("Gradcheck", "all {n:,} elements").format(n=self.size)
        return translate("Gradcheck", "{k:,} of {n:,} elements, sampled").format(
            k=self.checked, n=self.size)


@dataclass
class GradcheckReport:
    checks: list[NodeCheck]
    tolerance: float
    #: why the graph could not compute: each root cause, then its consequences
    errors: list[Issue]
    #: odd but computed (non-finite values), as `run` reports them
    warnings: list[Issue] = field(default_factory=list)
    cancelled: bool = False
    backprop_seconds: float = 0.0
    seconds: float = 0.0  # the whole check

    @property
    def passed(self) -> bool:
        return not self.errors and not self.cancelled and all(c.passed for c in self.checks)


def duration(seconds: float) -> str:
    """`4.1 s`, `52 ms`, `0.4 ms`."""
    if seconds >= 1:
        return f"{seconds:.1f} s"
    ms = seconds * 1000
    return f"{ms:.0f} ms" if ms >= 10 else f"{ms:.2g} ms"


def numerical_gradient(program: Program, node_id: str, h: float = 1e-4,
                       indices: np.ndarray | None = None,
                       each: Callable[[], bool] | None = None) -> np.ndarray:
    """Central differences of `program.objective()` with respect to one source's array.

    With `indices` (positions in the flattened array), only those elements are nudged and
    a flat array of their derivatives comes back: a sample of a large weight matrix.
    `each` is called after every element; when it returns True the loop stops early.
    """
    x = program.sources[node_id]
    flat = x.reshape(-1)  # a view: x changes in place
    picked = range(flat.size) if indices is None else indices
    grad = np.zeros(len(picked), dtype=x.dtype)
    for k, i in enumerate(picked):
        keep = flat[i]
        flat[i] = keep + h
        program.forward()
        plus = program.objective()
        flat[i] = keep - h
        program.forward()
        minus = program.objective()
        flat[i] = keep
        grad[k] = (plus - minus) / (2 * h)
        if each is not None and each():
            break
    program.forward()
    return grad.reshape(x.shape) if indices is None else grad


def sample_indices(size: int, max_elements: int | None, seed: int = 0) -> np.ndarray:
    """Every position, or `max_elements` of them drawn without repeats (always the same)."""
    if max_elements is None or size <= max_elements:
        return np.arange(size)
    return np.sort(np.random.default_rng(seed).choice(size, max_elements, replace=False))


def gradient_check(graph: Graph, h: float = 1e-4, tolerance: float = 1e-6,
                   max_elements: int | None = DEFAULT_SAMPLES,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> GradcheckReport:
    """Compare backprop and numerical gradients of every source node, in float64.

    A node passes when the mean absolute difference is at most `tolerance` times the
    larger of 1 and the gradient's mean magnitude (large gradients carry larger rounding).
    `progress(done, total)` hears of every element checked; `cancelled()` returning True
    stops the check, which then reports what it compared so far.
    """
    start = time.perf_counter()
    program = Program(graph, np.float64)
    program.forward()
    grads, _ = program.backward()
    began = time.perf_counter()  # timed once warm: the first pass also plans the walk
    program.backward()
    backprop_seconds = time.perf_counter() - began
    errors = [issue for root, consequences in root_causes(program.errors)
              for issue in (root, *consequences)]
    report = GradcheckReport([], tolerance, errors, list(program.warnings.values()),
                             backprop_seconds=backprop_seconds)
    picks = {nid: sample_indices(program.sources[nid].size, max_elements)
             for nid in program.sources if nid in grads}
    total, done = sum(len(p) for p in picks.values()), 0
    for node_id in program.sources:
        node = graph.nodes[node_id]
        if node.op.role == "labels":
            continue  # given, not learned
        shape = program.sources[node_id].shape
        if node_id not in grads:
            report.checks.append(NodeCheck(node_id, node.label, shape, None, None, True, translate(
                "Gradcheck", "no gradient (it feeds no computed output, or is class "
                "indices)")))
            continue
        indices, count = picks[node_id], [0]

        def each() -> bool:
            count[0] += 1
            if progress is not None:
                progress(done + count[0], total)
            return cancelled is not None and cancelled()

        began = time.perf_counter()
        numerical = numerical_gradient(program, node_id, h, indices, each)[:count[0]]
        seconds = time.perf_counter() - began
        indices = indices[:count[0]]
        done += count[0]
        backprop = grads[node_id].reshape(-1)[indices]
        report.checks.append(_compare(node_id, node.label, shape, backprop, numerical,
                                      indices, tolerance, seconds, backprop_seconds))
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
    report.seconds = time.perf_counter() - start
    return report


def _compare(node_id: str, label: str, shape: tuple[int, ...], backprop: np.ndarray,
             numerical: np.ndarray, indices: np.ndarray, tolerance: float, seconds: float,
             backprop_seconds: float) -> NodeCheck:
    diff = np.abs(backprop - numerical)
    mean, worst = float(diff.mean()) if diff.size else 0.0, float(diff.max(initial=0.0))
    scale = max(1.0, float(np.abs(backprop).mean()) if diff.size else 1.0)
    ok = bool(np.isfinite(mean)) and mean <= tolerance * scale
    return NodeCheck(node_id, label, shape, mean, worst, ok, checked=len(indices),
                     forward_passes=2 * len(indices), numerical_seconds=seconds,
                     backprop_seconds=backprop_seconds, indices=indices, backprop=backprop,
                     numerical=numerical)
