"""One step of gradient descent by hand: W ← W − lr·∂L/∂W for every parameter of a graph.

The learner sees the gradient on the W edge, presses Step, and watches the output move the
way the gradient said: down the slope, by lr times it. The new values come from the graph's
own forward and backward pass (`core.engine.program`), in float64, so the step is exactly
`W - lr * dW` as the book writes it. Each stepped parameter becomes a fixed value (nested
lists in the file), which is why a parameter drawn by an initializer may hold at most
`MAX_STEP_ELEMENTS` numbers: writing a 784 × 50 matrix into the file number by number is
not what a Step on a small graph is for (the Training panel trains those).

Labels get no gradient (they are given, not learned) and data is not a parameter, so only
`Parameter` nodes move.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.engine.issues import root_causes
from core.engine.program import evaluate
from core.engine.result import Result
from core.formatting import shape_str
from core.i18n import translate
from core.model.graph import Graph, Node
from core.ops.values import stored_shape

#: a parameter drawn by an initializer may hold at most this many elements to be stepped
MAX_STEP_ELEMENTS = 10_000


class DescentError(ValueError):
    """The step cannot be taken; the message says why, in words for the status bar."""


@dataclass(frozen=True)
class DescentStep:
    """What one step does: node id → the parameter's value before and after."""

    lr: float
    old: dict[str, np.ndarray]
    new: dict[str, np.ndarray]
    loss: float | None  # the output before the step, when it is one number


def is_parameter(node: Node) -> bool:
    return getattr(node.op, "role", "") == "parameter"


def parameter_shape(node: Node) -> tuple[int, ...]:
    """The shape a source node's params describe (a fixed literal, or an initializer's)."""
    params = node.params
    if params.get("init", "fixed") == "fixed":
        return stored_shape(params["value"])
    return tuple(params["shape"])


def stepping_parameters(graph: Graph, result: Result | None) -> list[str]:
    """The ids of the Parameter nodes that `result` gives a gradient (what a Step moves)."""
    if result is None or result.graph is not graph:
        return []
    return [nid for nid, node in graph.nodes.items()
            if is_parameter(node) and nid in result.grads and nid in result.values]


def descent_step(graph: Graph, lr: float, result: Result | None = None) -> DescentStep:
    """The new value of every Parameter node with a gradient, `W - lr * dW` (float64).

    `result` is the graph's latest forward and backward pass (computed here when None or
    not of this graph). Raises `DescentError` when there is nothing to step, when a node
    cannot compute (then the output is not the loss the learner means), when a parameter
    drawn by an initializer is too large, or when the step would make a value infinite
    or NaN.
    """
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (
            math.isfinite(lr) and lr > 0):
        raise DescentError(translate(
            "Descent", "The learning rate must be a number greater than 0, not {lr}.").format(
            lr=lr))
    if not any(is_parameter(n) for n in graph.nodes.values()):
        raise DescentError(translate(
            "Descent", "This graph has no Parameter node: a gradient-descent step changes "
            "Parameter nodes only."))
    if result is None or result.graph is not graph:
        result = evaluate(graph)
    if result.output is None or result.errors:
        # With a node that cannot compute, backward would start from whatever sinks are
        # left, not from the loss the learner means: no step rather than a misleading one.
        groups = root_causes(result.errors)
        why = groups[0][0].message if groups else translate("Descent", "nothing computes")
        raise DescentError(translate(
            "Descent", "No step: the graph does not compute up to its output ({why}).").format(
            why=why))
    stepped = stepping_parameters(graph, result)
    if not stepped:
        raise DescentError(translate(
            "Descent", "No step: no Parameter node gets a gradient from the output. Connect "
            "a Parameter to the nodes that lead to the output."))
    for nid in stepped:
        node = graph.nodes[nid]
        size = result.values[nid].size
        if node.params.get("init", "fixed") != "fixed" and size > MAX_STEP_ELEMENTS:
            raise DescentError(translate(
                "Descent", "No step: {node} is drawn by its {init} initializer, {shape} = "
                "{size:,} numbers. A step writes every number into the graph, so it takes "
                "parameters of at most {limit:,} numbers; train larger ones in the Training "
                "panel.").format(node=node.describe(), init=node.params["init"],
                                  shape=shape_str(result.values[nid].shape), size=size,
                                  limit=MAX_STEP_ELEMENTS))
    old, new = {}, {}
    for nid in stepped:
        W = np.asarray(result.values[nid], dtype=np.float64)
        dW = np.asarray(result.grads[nid], dtype=np.float64)
        with np.errstate(all="ignore"):
            W_new = W - lr * dW
        if not np.isfinite(W_new).all():
            raise DescentError(translate(
                "Descent", "No step: it would make {node} infinite or NaN (the gradient is "
                "too large for learning rate {lr:g}); try a smaller learning rate.").format(
                node=graph.nodes[nid].describe(), lr=lr))
        old[nid], new[nid] = W, W_new
    output = result.values[result.output]
    loss = float(output.reshape(())) if output.size == 1 else None
    return DescentStep(float(lr), old, new, loss)


def fixed_params(value: np.ndarray) -> dict:
    """A source's params holding `value` as a fixed literal: float64 nested lists, which
    hold every float32 and float64 number exactly (JSON writes them back exactly too)."""
    value = np.asarray(value, dtype=np.float64)
    return {"init": "fixed", "value": value.tolist() if value.ndim else float(value)}


def trained_parameters_problem(graph: Graph, arrays: dict[str, np.ndarray]) -> str | None:
    """Why these values cannot become the graph's parameters (None when they can).

    Each id must still be a Parameter node of `graph` with the array's shape, and every
    value must be finite (a file holds no NaN): the user may have edited the graph while
    a copy of it trained.
    """
    if not arrays:
        return translate("Descent", "there are no parameters to set")
    for nid, array in arrays.items():
        node = graph.nodes.get(nid)
        if node is None:
            return translate("Descent", "the parameter {id} is no longer in the graph").format(
                id=nid)
        if not is_parameter(node):
            return translate("Descent", "{node} is no longer a Parameter").format(
                node=node.describe())
        shape = parameter_shape(node)
        if tuple(np.shape(array)) != shape:
            return translate("Descent", "{node} is {shape} in the graph but {trained} in the "
                             "trained network").format(node=node.describe(),
                                                       shape=shape_str(shape),
                                                       trained=shape_str(np.shape(array)))
        if not np.isfinite(array).all():
            return translate("Descent", "{node} holds values that are infinite or NaN").format(
                node=node.describe())
    return None
