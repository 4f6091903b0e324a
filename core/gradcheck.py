"""Gradient check: backprop against central differences, as the book checks its layers.

For every source node, each element is nudged by ±h and the graph's objective (the sum of
its sinks, which is what backward differentiates) is recomputed:
`(f(x + h) - f(x - h)) / 2h`. The report gives, per node, the mean absolute difference
between the two gradients, the book's measure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine import Program
from core.graph import Graph


@dataclass
class NodeCheck:
    node: str
    label: str
    shape: tuple[int, ...]
    mean_abs_diff: float | None  # None when the node gets no gradient
    max_abs_diff: float | None
    passed: bool
    note: str = ""


@dataclass
class GradcheckReport:
    checks: list[NodeCheck]
    tolerance: float
    errors: list[str]

    @property
    def passed(self) -> bool:
        return not self.errors and all(c.passed for c in self.checks)


def numerical_gradient(program: Program, node_id: str, h: float = 1e-4,
                       indices: np.ndarray | None = None) -> np.ndarray:
    """Central differences of `program.objective()` with respect to one source's array.

    With `indices` (positions in the flattened array), only those elements are nudged and
    a flat array of their derivatives comes back: a sample of a large weight matrix.
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
    program.forward()
    return grad.reshape(x.shape) if indices is None else grad


def gradient_check(graph: Graph, h: float = 1e-4, tolerance: float = 1e-6) -> GradcheckReport:
    """Compare backprop and numerical gradients of every source node, in float64.

    A node passes when the mean absolute difference is at most `tolerance` times the
    larger of 1 and the gradient's mean magnitude (large gradients carry larger rounding).
    """
    program = Program(graph, np.float64)
    program.forward()
    errors = [issue.message for issue in program.errors.values()]
    grads, _ = program.backward()
    checks = []
    for node_id in program.sources:
        node = graph.nodes[node_id]
        shape = program.sources[node_id].shape
        if node_id not in grads:
            checks.append(NodeCheck(node_id, node.label, shape, None, None, True,
                                    "no gradient (it feeds no computed output, or is class indices)"))
            continue
        diff = np.abs(grads[node_id] - numerical_gradient(program, node_id, h))
        mean, worst = float(diff.mean()) if diff.size else 0.0, float(diff.max(initial=0.0))
        scale = max(1.0, float(np.abs(grads[node_id]).mean()) if diff.size else 1.0)
        ok = bool(np.isfinite(mean)) and mean <= tolerance * scale
        checks.append(NodeCheck(node_id, node.label, shape, mean, worst, ok))
    return GradcheckReport(checks, tolerance, errors)
