"""Step mode: walk the forward pass node by node, then the backward pass edge by edge.

Each step highlights one node and says what it computes; backward steps write the chain
rule with the numbers of this graph (`upstream 1.1 × local 2 = 2.2`). Every number comes
from the engine's `Result`: the local derivative shown is the edge's gradient divided by
the upstream gradient, which is exactly what the engine multiplied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.engine import Result
from core.formatting import format_number, summarize


@dataclass
class Step:
    phase: str  # "forward" or "backward"
    node: str
    text: str
    values: set[str] = field(default_factory=set)  # node ids whose values are shown
    grads: set[str] = field(default_factory=set)  # edge ids (and sink ids) with gradients


def _num(a: np.ndarray) -> str:
    return summarize(a)


def build_steps(result: Result) -> list[Step]:
    graph = result.graph
    values, grads = result.values, result.grads
    steps: list[Step] = []
    shown: set[str] = set()
    for nid in result.order:
        if nid not in values:
            continue
        node = graph.nodes[nid]
        op = node.op
        shown = shown | {nid}
        if op.is_source:
            text = f"{node.label} = {_num(values[nid])}   (a {op.role} feeds the graph)"
        else:
            args = [values[e.source] for e in graph.in_edges(nid).values()]
            out = _num(values[nid])
            if len(args) == 2 and len(op.symbol) <= 2:
                text = f"{node.label} = {_num(args[0])} {op.symbol} {_num(args[1])} = {out}"
            else:
                text = f"{node.label} = {op.symbol}({', '.join(_num(a) for a in args)}) = {out}"
        steps.append(Step("forward", nid, "Forward · " + text, set(shown)))
    all_values = set(shown)
    done: set[str] = set()
    for nid in result.sinks:
        done.add(nid)
    if result.sinks:
        labels = ", ".join(graph.nodes[s].label for s in result.sinks)
        steps.append(Step("backward", result.sinks[-1],
                          f"Backward · start at the output {labels}: d out = 1",
                          all_values, set(done)))
    for nid in reversed(result.order):
        node = graph.nodes[nid]
        if node.op.is_source or nid not in grads:
            continue
        upstream = grads[nid]
        for port, edge in graph.in_edges(nid).items():
            if edge.id not in result.edge_grads:
                continue
            dx = result.edge_grads[edge.id]
            done = done | {edge.id}
            src = graph.nodes[edge.source].label
            where = f"∂/∂{src} through {node.label}.{port}"
            if upstream.size == 1 and dx.size == 1 and float(upstream.reshape(())) != 0:
                up = float(upstream.reshape(()))
                local = float(dx.reshape(())) / up
                text = (f"{where}: upstream {format_number(up)} × local "
                        f"{format_number(local)} = {format_number(float(dx.reshape(())))}")
            else:
                text = f"{where}: upstream {_num(upstream)} → {_num(dx)}"
            steps.append(Step("backward", nid, "Backward · " + text, all_values, set(done)))
    return steps


class Stepper(QObject):
    """Which step is current; tells the scene what to show."""

    step_changed = Signal(int, int, str)  # (index, count, text)

    def __init__(self, scene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.steps: list[Step] = []
        self.index = -1
        self.active = False
        self._result: Result | None = None

    def start(self, result: Result) -> None:
        self.active = True
        self.index = 0
        self.refresh(result)

    def refresh(self, result: Result) -> None:
        """The graph recomputed (or step mode started): rebuild the steps, keep the place."""
        if not self.active:
            return
        self._result = result
        self.steps = build_steps(result)
        self.index = min(self.index, len(self.steps) - 1)
        self._show()

    def stop(self) -> None:
        self.active = False
        self.scene.reveal = None
        self.scene.set_highlight(None)
        if self._result is not None:
            self.scene.apply_result(self._result)
        self.step_changed.emit(-1, 0, "")

    def next(self) -> None:
        if self.active and self.index < len(self.steps) - 1:
            self.index += 1
            self._show()

    def previous(self) -> None:
        if self.active and self.index > 0:
            self.index -= 1
            self._show()

    @property
    def current(self) -> Step | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def _show(self) -> None:
        step = self.current
        if step is None:
            self.scene.reveal = lambda kind, key: False
            self.scene.set_highlight(None)
            text = "Nothing to compute yet."
        else:
            self.scene.reveal = (lambda kind, key, s=step:
                                 key in (s.values if kind == "value" else s.grads))
            self.scene.set_highlight(step.node)
            text = step.text
        if self._result is not None:
            self.scene.apply_result(self._result)
        self.step_changed.emit(self.index, len(self.steps), text)
