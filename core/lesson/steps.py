"""The lesson as steps: forward node by node, then backward edge by edge.

One `Step` per computed node (forward, in topological order), then where backward starts,
then one per edge a gradient flows back along (reverse order), with a step that adds up the
parts wherever a value fanned out. Each step holds its sentence (`core.lesson.narration`) and the
same content in structured form (phase, node, edge, rule, numbers) for `explain --json` and
for a practice mode, what a learner is given to compute it (`given`), and says which values
and gradients the canvas shows once it is reached. The step that completes a source's
gradient after it passed several nodes also holds the chain rule written whole (`chain`,
figure 5-8). The first range of a large array (`-0.263 … 0.737`) says what it is.
Every number comes from the engine's `Result`: the narration explains what it computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from core.engine.result import Result
from core.formatting import range_note, summarize, to_jsonable
from core.i18n import translate
from core.lesson import narration
from core.model.graph import Edge

#: numbers with more elements than this are given in JSON as their shape and largest |x|
JSON_ELEMENTS = 100


@dataclass(frozen=True)
class Step:
    phase: str  # "forward" or "backward"
    node: str  # the node the step is about (highlighted on the canvas)
    rule: str  # which rule the sentence states: "mul", "add", "fan_out", "start", ...
    text: str
    edge: Edge | None = None  # backward: the edge the gradient flows back along
    numbers: dict[str, Any] = field(default_factory=dict)
    #: what the canvas shows from this step on: ("value", node id), ("grad", edge id) or,
    #: for where backward starts, ("grad", output node id)
    reveals: tuple[tuple[str, str], ...] = ()
    #: what a learner is given to compute this step: (name, value as text) pairs
    given: tuple[tuple[str, str], ...] = ()
    #: the chain rule written whole, on the step that completes a source's gradient ("");
    #: `text` ends with it, on a line of its own
    chain: str = ""

    def to_json(self, result: Result) -> dict[str, Any]:
        nodes = result.graph.nodes
        edge = None if self.edge is None else {
            "source": nodes[self.edge.source].label, "target": nodes[self.edge.target].label,
            "port": self.edge.port}
        return {"phase": self.phase, "node": nodes[self.node].label, "node_id": self.node,
                "edge": edge, "rule": self.rule, "text": self.text,
                "numbers": {k: _json_number(v) for k, v in self.numbers.items()}}


def _json_number(value) -> Any:
    if isinstance(value, (list, tuple)):
        return [_json_number(v) for v in value]
    value = np.asarray(value)
    if value.size > JSON_ELEMENTS:
        with np.errstate(all="ignore"):
            return {"shape": list(value.shape), "max_abs": float(np.max(np.abs(value)))}
    return to_jsonable(value)


def reveal_ranks(steps: list[Step]) -> dict[tuple[str, str], int]:
    """(kind, key) → the index of the step that first shows it: at step i the canvas shows
    what has a rank ≤ i. One table for all steps, so a 10,000-node graph costs no more than
    its steps."""
    ranks: dict[tuple[str, str], int] = {}
    for index, step in enumerate(steps):
        for key in step.reveals:
            ranks.setdefault(key, index)
    return ranks


def revealed(steps: list[Step], index: int) -> tuple[set[str], set[str]]:
    """(node ids with values shown, edge and output ids with gradients shown) at a step."""
    values, grads = set(), set()
    for step in steps[:index + 1]:
        for kind, key in step.reveals:
            (values if kind == "value" else grads).add(key)
    return values, grads


def build_steps(result: Result) -> list[Step]:
    """Every step of the lesson for one computed graph (empty for an empty graph)."""
    lesson = narration.Lesson(result)
    return _explain_ranges(_forward_steps(lesson) + _backward_steps(lesson))


#: a large array's range in a sentence: `(784, 50) -0.0412 … 0.0398`
_RANGE = re.compile(r"\) \S+ … \S+")


def _explain_ranges(steps: list[Step]) -> list[Step]:
    """The first step that writes a large array as its range says what the range is."""
    for i, step in enumerate(steps):
        if _RANGE.search(step.text):
            steps[i] = replace(step, text=f"{step.text} {range_note()}")
            break
    return steps


def _forward_steps(lesson: narration.Lesson) -> list[Step]:
    result, steps = lesson.result, []
    for nid in result.order:
        if nid in result.values:
            told = narration.forward(lesson, nid)
            steps.append(Step("forward", nid, told.rule, told.text, None, told.numbers,
                              (("value", nid),), told.given))
        elif nid in result.errors:
            steps.append(Step("forward", nid, "error", result.errors[nid].message))
    return steps


def _backward_steps(lesson: narration.Lesson) -> list[Step]:
    result, graph = lesson.result, lesson.graph
    if not result.outputs or not result.grads:
        return []
    steps = [_start(lesson)]
    for nid in reversed(result.order):
        if nid not in result.grads:
            continue
        parts = [e for e in graph.out_edges(nid) if e.id in result.edge_grads]
        if len(parts) > 1:
            steps.append(_fan_out(lesson, nid, parts))
            if graph.nodes[nid].op.is_source:  # its gradient is whole now
                steps[-1] = _with_chain(steps[-1], narration.chain(lesson, nid))
        for edge in graph.in_edges(nid).values():
            chain = ""
            if edge.id in result.edge_grads:
                fans_out = sum(e.id in result.edge_grads for e in graph.out_edges(edge.source))
                told = narration.backward(lesson, edge, fans_out > 1)
                reveals = (("grad", edge.id),)
                if fans_out == 1 and graph.nodes[edge.source].op.is_source:
                    chain = narration.chain(lesson, edge.source)
            elif edge.source in result.values and _is_given(graph, edge):
                told, reveals = narration.given(lesson, edge), ()
            else:
                continue
            steps.append(_with_chain(Step("backward", nid, told.rule, told.text, edge,
                                          told.numbers, reveals, told.given), chain))
    return steps


def _with_chain(step: Step, chain: str) -> Step:
    """The step with the chain rule written whole after its sentence, on a line of its
    own (nothing when `chain` is "")."""
    return replace(step, text=f"{step.text}\n{chain}", chain=chain) if chain else step


def _is_given(graph, edge: Edge) -> bool:
    """A port backward sends nothing into: from labels, or an op's given port (t)."""
    source, target = graph.nodes[edge.source], graph.nodes[edge.target]
    return source.op.role == "labels" or edge.port in target.op.given_ports


def _start(lesson: narration.Lesson) -> Step:
    result, graph = lesson.result, lesson.graph
    outputs = result.outputs
    first = outputs[-1]
    seed = result.grads[first]
    reveals = tuple(("grad", nid) for nid in outputs)
    if len(outputs) > 1:
        names = ", ".join(lesson.label(n) for n in outputs)
        text = translate(
            "narration", "Backward: no output is named, so each of the {count} sinks ({names}) "
            "is an output and starts with the gradient 1. L is their sum: where their paths "
            "meet, the gradients from the different outputs are summed").format(
            count=len(outputs), names=names)
        return Step("backward", first, "start_sum", text, None, {}, reveals)
    words = {"out": lesson.label(first), "d": lesson.d(first), "seed": summarize(seed)}
    if graph.output.given_grad is not None:
        template = translate(
            "narration", "Backward starts at the output {out} with the gradient that arrives "
            "from the rest of a larger graph: {d} = {seed}")
    elif seed.size > 1:  # one output of several numbers: L is their sum
        template = translate(
            "narration", "Backward starts at the output {out}, which is not one number: L is "
            "the sum of its elements, so {d} = {seed}")
    else:
        template = translate("narration", "Backward starts at the output {out}: {d} = {seed}")
    return Step("backward", first, "start", template.format(**words), None, {"dout": seed},
                reveals)


def _fan_out(lesson: narration.Lesson, nid: str, parts: list[Edge]) -> Step:
    result = lesson.result
    grads = [result.edge_grads[e.id] for e in parts]
    total = result.grads[nid]
    text = translate(
        "narration", "{x} feeds {count} nodes, so its gradient is the sum of what each sends "
        "back: {d} = {terms} = {total}").format(
        x=lesson.label(nid), count=len(parts), d=lesson.d(nid),
        terms=" + ".join(summarize(g) for g in grads), total=summarize(total))
    return Step("backward", nid, "fan_out", text, None, {"parts": tuple(grads), "result": total})
