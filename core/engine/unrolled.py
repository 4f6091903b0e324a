"""The training path's walk over a graph, written out as straight-line Python.

A training program runs the same steps batch after batch (`Program.forward(check=False)`
and the backward plan its first careful pass made). Walking them in a loop costs, per step,
unpacking the step, looking its inputs up in a dictionary and storing its result in
another, between large matrix products that push that Python out of the processor's
caches. Here the same steps become one function with one line per call: an op's inputs are
local variables, or the values dictionary for sources and feeds, read by literal key; the
ops and the constants the steps need are bound once. The functions call the ops exactly
as the loops did, in the same order, and leave the same dictionaries behind (the same keys
in the same order), so the numbers are the same, bit for bit. Nothing of the graph
becomes code but indices and the `repr` of its node and edge ids, string literals.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from core.ops.base import unbroadcast

Forward = Callable[[dict], None]
Backward = Callable[[dict, dict], None]


def unroll_forward(steps: list[tuple]) -> Forward:
    """`forward(values)`: each step's op, in order, on its inputs, its value stored in
    `values` (an ndarray: anything else through `np.asarray`, as the loop did). `steps`
    are (node id, op, input node ids); `values` holds the sources and the feeds."""
    local: dict[str, str] = {}  # node id → the local variable that holds its value
    lines = []
    for k, (nid, _, input_ids) in enumerate(steps):
        args = ", ".join(local.get(src) or f"values[{src!r}]" for src in input_ids)
        lines += [f"v{k} = op{k}.forward({args})",
                  f"if type(v{k}) is not ndarray: v{k} = asarray(v{k})",
                  f"values[{nid!r}] = v{k}"]
        local[nid] = f"v{k}"
    return _define("forward", "values", lines,
                   {f"op{k}": step[1] for k, step in enumerate(steps)})


def unroll_backward(plan: list[tuple], seeds: tuple[str, ...]) -> Backward:
    """`backward(grads, edge_grads)`: each step of a backward plan (op, node id, mask,
    ports; each port (input index, source id, edge id, shape to sum the gradient down
    to or None)), its op told which inputs need a gradient and run on the node's
    gradient; each gradient stored under its edge and summed into its source's, into a
    new array at fan-out. `grads` holds the douts backward starts from (`seeds`, their
    node ids); the sums are stored in it at the end, in the order they began."""
    local: dict[str, str] = {}  # node id → the local variable of its gradient so far
    names: dict[str, object] = {"unbroadcast": unbroadcast}
    lines = []
    for k, (op, nid, mask, ports) in enumerate(plan):
        names[f"op{k}"], names[f"mask{k}"] = op, mask
        dout = local.get(nid) or f"grads[{nid!r}]"
        lines += [f"op{k}.needs_grad = mask{k}", f"d = op{k}.backward({dout})"]
        for i, src, edge_id, shape in ports:
            dx = f"d[{i}]"
            if shape is not None:
                names[f"shape{k}_{i}"] = shape
                dx = f"unbroadcast({dx}, shape{k}_{i})"
            lines += [f"dx = {dx}", f"edge_grads[{edge_id!r}] = dx"]
            if src in local:
                lines.append(f"{local[src]} = {local[src]} + dx")
            elif src in seeds:  # (a named output that feeds other nodes)
                local[src] = f"g{len(local)}"
                lines.append(f"{local[src]} = grads[{src!r}] + dx")
            else:
                local[src] = f"g{len(local)}"
                lines.append(f"{local[src]} = dx")
    lines += [f"grads[{nid!r}] = {var}" for nid, var in local.items()]
    return _define("backward", "grads, edge_grads", lines, names)


def _define(name: str, parameters: str, lines: list[str], names: dict[str, object]):
    """The function `name(parameters)` whose body is `lines`, with `names` (and NumPy's
    ndarray and asarray) bound as variables of the function that makes it."""
    bound = {"ndarray": np.ndarray, "asarray": np.asarray, **names}
    body = "\n        ".join(lines or ["pass"])
    source = (f"def make({', '.join(bound)}):\n"
              f"    def {name}({parameters}):\n        {body}\n"
              f"    return {name}\n")
    namespace: dict = {}
    exec(compile(source, f"<training path: {name}>", "exec"), namespace)
    return namespace["make"](*bound.values())
