"""The engine: forward in topological order, backward in reverse, gradients summed.

`Program` compiles a graph once (order, one op instance per node, source arrays in the
chosen dtype) and then runs forward and backward as often as needed; training reuses one
program for every batch. `evaluate` is the one-shot form the canvas and the command line use.

Errors are values, not crashes: a node that cannot compute (cycle, missing input, shape
mismatch, bad value, a result too big for this computer's memory) gets an `Issue` naming it
and its port in plain words, and everything else still computes. A node that cannot compute
only because an input could not is a consequence: its Issue's `cause` names that input, so
a reader can show the root causes first (`root_causes`).

Backward starts at the graph's output with the gradient the graph gives it (1 unless set,
`Graph.output`); with no output named, with `dout = 1` at every sink (every computed
node whose output feeds no computed node), so it differentiates the sum of the sinks.
Labels are given, not learned: no gradient flows into them.

Training and evaluation (BatchNorm, Dropout): a program runs in one mode, "lesson" (the
default: as in training, the same numbers every pass), "training" or "evaluation", which
`set_mode` sets on every op it holds; `core.engine`'s docstring says what each does and
who uses it. `evaluate` always runs a lesson.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np

from core.engine.issues import Issue, non_finite_message
from core.engine.memory import result_problem
from core.engine.result import Result
from core.formatting import shape_str
from core.i18n import translate
from core.model.graph import Graph, Node
from core.ops.base import MODES, Op, unbroadcast
from core.ops.sources import Source
from core.ops.values import ParamError, stored_shape


@dataclass
class _Step:
    node: Node
    layer: Op
    inputs: list[tuple[str, str | None, str]]  # (port, source node id or None, edge id)

    def __post_init__(self) -> None:
        self.input_ids = tuple([src for _, src, _ in self.inputs])


class Program:
    """A graph compiled for repeated forward and backward runs.

    With `recycle` (training) every op computes into arrays it holds (`Op.buffer`), the
    same ones run after run while the shapes stay: the values and gradients a run returns
    are overwritten by the next, so a caller copies what it keeps (`Snapshot.take` does).
    Without it (the canvas, the command line) every run returns new arrays. Training
    runs its batches through a `TrainingPass` (`bind`), made once the program has run
    carefully on the batch's buffers.
    """

    def __init__(self, graph: Graph, dtype=np.float64, check_finite: bool = True,
                 recycle: bool = False, mode: str = "lesson") -> None:
        self.graph = graph
        self.dtype = np.dtype(dtype)
        self.check_finite = check_finite
        self.recycle = recycle
        self.static_errors: dict[str, Issue] = {}
        self.order = self._sort()
        self.sources: dict[str, np.ndarray] = {}
        self.steps: list[_Step] = []
        edges = graph.edges
        into = {(edge.target, edge.port): edge for edge in edges}  # one lookup per port
        nodes = graph.nodes
        for node_id in self.order:
            node = nodes[node_id]
            op = node.op
            if op.is_source:
                self._materialize(node)
                continue
            inputs = []
            for port in op.inputs:
                edge = into.get((node_id, port))
                inputs.append((port, edge.source, edge.id) if edge else (port, None, ""))
            layer = op(node.params)
            layer.recycle = recycle
            self.steps.append(_Step(node, layer, inputs))
        # the steps whose output feeds no node, for `sinks` (which runs on every backward)
        feeding = {edge.source for edge in edges}
        self._last_steps = [s.node.id for s in self.steps if s.node.id not in feeding]
        #: whether the last forward computed every step (without an issue)
        self._complete = False
        # labels are given, not learned: backward sends nothing into them
        self._given = {nid for nid, n in graph.nodes.items() if n.op.role == "labels"}
        self.output, self.output_grad = graph.output.node, graph.output.grad
        self._ancestor_cache: dict[tuple[str, ...], list[_Step]] = {}
        self._plan_cache: dict[tuple[str, ...] | None, list] = {}
        #: the douts backward starts from, by node id, kept when recycling (read-only:
        #: the same array serves every batch, so no caller may scale it in place)
        self._seeds: dict[str, np.ndarray] = {}
        #: the training path's backward plans by `wrt`, made by a careful backward of a
        #: complete forward (see `_pass_plan`); `bind` hands them to a `TrainingPass`
        self._pass_plans: dict[tuple[str, ...] | None, list[tuple]] = {}
        #: counts `recompile`s: a `TrainingPass` holds the op instances of the one it was
        #: bound after, and runs carefully once there is another
        self.generation = 0
        self.values: dict[str, np.ndarray] = {}
        self.errors: dict[str, Issue] = {}
        self.warnings: dict[str, Issue] = {}
        self.mode = ""
        self.set_mode(mode)

    def set_mode(self, mode: str) -> str:
        """Run the ops as in `mode` from the next pass on (one of `core.ops.base.MODES`:
        "lesson", "training", "evaluation"; see this module's docstring); returns the mode
        it had, so a caller can go back: `was = p.set_mode("evaluation") … p.set_mode(was)`."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        was, self.mode = self.mode, mode
        for step in self.steps:
            step.layer.mode = mode
        return was

    def op(self, node_id: str) -> Op:
        """The op instance that computes `node_id` in this program (its cache and state,
        such as BatchNorm's running averages)."""
        return next(step.layer for step in self.steps if step.node.id == node_id)

    # -- compile ------------------------------------------------------------------------

    def _static(self, node: Node, port: str | None, message: str) -> None:
        self.static_errors[node.id] = Issue(node.id, port, f"{node.describe()}: {message}")

    def _materialize(self, node: Node) -> None:
        """A source's array into `sources`, or why it has none into `static_errors`."""
        try:
            self.sources[node.id] = Source.materialize(node.params, self.dtype)
        except (ParamError, ValueError, TypeError) as e:
            self._static(node, None, translate(
                "Engine", "its value cannot be used: {problem}").format(problem=e))
        except MemoryError:
            self._static(node, None, translate(
                "Engine", "its value {shape} does not fit in this computer's memory"
            ).format(shape=shape_str(_source_shape(node.params))))

    def _sort(self) -> list[str]:
        """Kahn's algorithm; nodes left over sit on (or behind) a cycle."""
        graph = self.graph
        indegree = dict.fromkeys(graph.nodes, 0)
        for edge in graph.edges:
            indegree[edge.target] += 1
        ready = deque(nid for nid, d in indegree.items() if d == 0)
        order = []
        while ready:
            nid = ready.popleft()
            order.append(nid)
            for edge in graph.out_edges(nid):
                indegree[edge.target] -= 1
                if indegree[edge.target] == 0:
                    ready.append(edge.target)
        for nid, d in indegree.items():
            if d > 0:
                self._static(graph.nodes[nid], None, translate(
                    "Engine", "it is part of a cycle (or fed by one), so it has no order to "
                    "run in"))
        return order

    def parameters(self) -> dict[str, np.ndarray]:
        """The arrays of the parameter-role sources; training updates them in place."""
        return {nid: a for nid, a in self.sources.items()
                if self.graph.nodes[nid].op.role == "parameter"}

    def _steps_for(self, targets: tuple[str, ...] | None) -> list[_Step]:
        if targets is None:
            return self.steps
        if targets not in self._ancestor_cache:
            needed = self.graph.ancestors(targets)
            self._ancestor_cache[targets] = [s for s in self.steps if s.node.id in needed]
        return self._ancestor_cache[targets]

    # -- run ----------------------------------------------------------------------------

    def forward(self, feeds: Mapping[str, np.ndarray] | None = None,
                targets: Iterable[str] | None = None, check: bool = True) -> dict[str, np.ndarray]:
        """Compute every node (or only what `targets` need); returns node id → value.

        `feeds` replace source values for this run (the trainer's batches). With
        `check=False` the shape checks are skipped: for a program already run once with
        inputs of the same shapes.
        """
        values = dict(self.sources)
        if feeds:
            for nid, value in feeds.items():
                values[nid] = self._fed(nid, value)
        steps = self._steps_for(None if targets is None else tuple(targets))
        errors = dict(self.static_errors)
        warnings: dict[str, Issue] = {}
        with np.errstate(all="ignore"):
            for step in steps:
                self._forward_step(step, values, errors, warnings, check)
        self.values, self.errors, self.warnings = values, errors, warnings
        self._complete = targets is None and not errors
        return values

    def _fed(self, nid: str, value) -> np.ndarray:
        """A fed value as the ops get it: an array of the program's dtype, but labels that
        come as class indices, whole numbers (the trainer's, for a loss whose labels port
        takes them), which stay so: the loss need not check that they are whole."""
        value = np.asarray(value)
        if value.dtype != self.dtype and not (nid in self._given and value.dtype.kind in "iu"):
            value = value.astype(self.dtype)
        return value

    def _forward_step(self, step: _Step, values: dict[str, np.ndarray],
                      errors: dict[str, Issue], warnings: dict[str, Issue],
                      check: bool) -> None:
        """One step of the careful forward: its value into `values`, or why it has none
        into `errors` (and a warning when it made a ∞ or NaN of finite inputs)."""
        node = step.node
        args = []
        for port, src, _ in step.inputs:
            if src is None:
                errors[node.id] = Issue(node.id, port, translate(
                    "Engine", "{node}: input {port} is not connected").format(
                    node=node.describe(), port=port))
                return
            if src not in values:
                errors[node.id] = Issue(node.id, port, translate(
                    "Engine", "{node}: input {port} waits for {source}, which could not "
                    "compute").format(node=node.describe(), port=port,
                                      source=self.graph.nodes[src].describe()), src)
                return
            args.append(values[src])
        try:
            out = self._run_forward(step, args, errors, check)
            if out is None:
                return
            # (one float, the calculator's usual value, without a NumPy reduction)
            if self.check_finite and not (math.isfinite(out.item())
                                          if out.size == 1 and out.dtype.kind == "f"
                                          else np.isfinite(out).all()):
                if all(np.isfinite(a).all() for a in args):
                    warnings[node.id] = Issue(node.id, None, non_finite_message(node, out))
        except MemoryError:
            errors[node.id] = Issue(node.id, None, translate(
                "Engine", "{node}: this computer ran out of memory computing its "
                "result ({shapes})").format(node=node.describe(), shapes=_shapes(step, args)))
            return
        values[node.id] = out

    # -- again after an edit of params (the canvas: `core.engine.live`) --------------------

    def recompile(self, node_ids: Iterable[str]) -> None:
        """The params of `node_ids` were edited, and nothing else (the same nodes, edges
        and output): their source arrays and op instances are made again, as a new
        program would make them; `forward_again` then computes what they change."""
        steps = {step.node.id: step for step in self.steps}
        sources = [nid for nid in self.order if self.graph.nodes[nid].op.is_source]
        # the training path's backward plans (and passes) hold the old op instances
        self._pass_plans, self._complete = {}, False
        self.generation += 1
        for nid in node_ids:
            node = self.graph.nodes[nid]
            if node.op.is_source:
                self.sources.pop(nid, None)
                self.static_errors.pop(nid, None)
                self._materialize(node)
            elif nid in steps:  # (a node on a cycle has no step: nothing to make)
                layer = node.op(node.params)
                layer.recycle, layer.mode = self.recycle, self.mode
                steps[nid].layer = layer
        # in the order a new program has them: sources in topological order; a cycle's
        # issues (no source is on one) before the sources'
        self.sources = {nid: self.sources[nid] for nid in sources if nid in self.sources}
        static = self.static_errors
        self.static_errors = {nid: issue for nid, issue in static.items()
                              if not self.graph.nodes[nid].op.is_source}
        self.static_errors.update((nid, static[nid]) for nid in sources if nid in static)

    def forward_again(self, edited: Iterable[str], errors: Mapping[str, Issue]
                      ) -> dict[str, np.ndarray]:
        """Forward after `recompile(edited)`: the nodes computed from `edited` compute
        again; every other keeps its value, warning and issue from the last forward (its
        issues as forward left them, before backward added its own: `errors`). The same
        values, issues and order as a full `forward` gives."""
        changed = self.graph.descendants(edited)
        kept_values, kept_warnings = self.values, self.warnings
        values = dict(self.sources)
        now = dict(self.static_errors)
        warnings: dict[str, Issue] = {}
        with np.errstate(all="ignore"):
            for step in self.steps:
                nid = step.node.id
                if nid in changed:
                    self._forward_step(step, values, now, warnings, True)
                    continue
                if nid in kept_values:
                    values[nid] = kept_values[nid]
                if nid in errors:
                    now[nid] = errors[nid]
                if nid in kept_warnings:
                    warnings[nid] = kept_warnings[nid]
        self.values, self.errors, self.warnings = values, now, warnings
        self._complete = False
        return values

    def _run_forward(self, step: _Step, args: list[np.ndarray], errors: dict[str, Issue],
                     check: bool) -> np.ndarray | None:
        node = step.node
        if check:
            shapes = tuple(a.shape for a in args)
            problem = step.layer.check(*shapes)
            if problem is None:
                # sized before it is allocated: NumPy would raise MemoryError, or Linux
                # would grant the memory lazily and kill the process when it is touched
                shape = step.layer.out_shape(*shapes)
                if shape:  # (one number, shape (), always fits)
                    # (an op of no inputs: sized in the program's dtype)
                    dtype = np.result_type(*args) if args else self.dtype
                    problem = result_problem(shape, dtype.itemsize)
            if problem:
                errors[node.id] = Issue(node.id, None, f"{node.describe()}: {problem}")
                return None
        try:
            return np.asarray(step.layer.forward(*args))
        except (ValueError, TypeError, IndexError, ArithmeticError) as e:
            errors[node.id] = Issue(node.id, None, "{node}: {problem} ({shapes})".format(
                node=node.describe(), problem=e, shapes=_shapes(step, args)))
            return None

    def sinks(self) -> list[str]:
        """The graph's ends that computed: non-source nodes whose output feeds nothing.

        A node whose consumers could not compute is no end: its gradient would be that of
        a different output than the graph's (apple's gradient w.r.t. all_price, shown as
        if it were w.r.t. price), so backward does not start there.
        """
        if self._complete:
            return list(self._last_steps)
        values = self.values
        return [nid for nid in self._last_steps if nid in values]

    def _backward_plan(self, wrt: tuple[str, ...] | None) -> list[tuple]:
        """The steps backward runs, last first: (node id, step, mask, ports that need a
        gradient).

        A port needs one only when its source is one of `wrt` or computed from one (every
        port when `wrt` is None); a step none of whose ports does is left out.
        """
        if wrt not in self._plan_cache:
            relevant = set(self.graph.nodes) if wrt is None else self.graph.descendants(wrt)
            plan = []
            for step in reversed(self.steps):
                mask = tuple(src in relevant and src not in self._given
                             for _, src, _ in step.inputs)
                ports = tuple((i, src, edge_id) for i, (_, src, edge_id) in enumerate(step.inputs)
                              if mask[i])
                if ports:
                    plan.append((step.node.id, step, mask, ports))
            self._plan_cache[wrt] = plan
        return self._plan_cache[wrt]

    def backward(self, wrt: Iterable[str] | None = None
                 ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """Gradients after `forward`: (node id → total gradient, edge id → gradient).

        With `wrt` (node ids, e.g. the parameters), only the gradients on the paths back
        to those nodes are computed: training skips the gradient of the images, which
        would cost as much as a forward pass of the first layer.
        """
        key = None if wrt is None else tuple(wrt)
        self._pass_plans.pop(key, None)  # made again below, from this pass, if it can be
        values = self.values
        edge_grads: dict[str, np.ndarray] = {}
        broadcast: set[str] = set()  # the edges whose gradient was summed down to shape
        ran: list[str] = []  # the steps that got a gradient to send back
        try:
            grads = self.seeds()
        except MemoryError:
            node = self.graph.nodes[self.output] if self.output else None
            if node is not None:
                self.errors[node.id] = self._no_memory_for_gradient(node)
            return {}, {}
        with np.errstate(all="ignore"):
            for nid, step, mask, ports in self._backward_plan(key):
                dout = grads.get(nid)
                if dout is None or nid not in values:
                    continue
                layer = step.layer
                layer.needs_grad = mask
                ran.append(nid)
                try:
                    dxs = layer.backward(dout)
                    for i, src, edge_id in ports:
                        dx = dxs[i]
                        if dx is None:
                            continue
                        shape = values[src].shape
                        if dx.shape != shape:
                            broadcast.add(edge_id)
                            dx = unbroadcast(dx, shape)
                        edge_grads[edge_id] = dx
                        # Fan-out: sum, into a new array, so no edge's gradient is
                        # overwritten.
                        grads[src] = grads[src] + dx if src in grads else dx
                except (ValueError, TypeError, IndexError, ArithmeticError) as e:
                    self.errors[nid] = Issue(nid, None, translate(
                        "Engine", "{node}: backward failed: {problem}").format(
                        node=step.node.describe(), problem=e))
                except MemoryError:
                    self.errors[nid] = self._no_memory_for_gradient(step.node)
        if self.recycle and not self.check_finite and self._complete and not self.errors:
            self._pass_plans[key] = self._pass_plan(key, set(ran), edge_grads, broadcast)
        return grads, edge_grads

    def _pass_plan(self, key: tuple[str, ...] | None, ran: set[str],
                   edge_grads: dict[str, np.ndarray], broadcast: set[str]) -> list[tuple]:
        """The training path's backward, made from a careful one without errors: the
        steps that ran, each (layer, node id, mask, ports), each port (index, source, edge
        id, the shape its gradient is summed down to, or None) for the gradients that
        came. Shapes stay as they are between batches (the trainer checks them on the
        first), so the same steps run, only the broadcasts this pass saw need summing,
        and nothing needs looking up again."""
        plan = []
        for nid, step, mask, ports in self._backward_plan(key):
            if nid not in ran:
                continue
            sent = []
            for i, src, edge_id in ports:
                if edge_id in edge_grads:
                    shape = self.values[src].shape if edge_id in broadcast else None
                    sent.append((i, src, edge_id, shape))
            plan.append((step.layer, nid, mask, tuple(sent)))
        return plan

    def bind(self, feeds: Mapping[str, np.ndarray], wrt: Iterable[str]) -> TrainingPass | None:
        """The training path over the batch buffers `feeds` (a `TrainingPass`), once this
        program's last careful forward ran on them and computed every node, and its
        backward towards `wrt` had no issue; else None (also when it keeps new arrays,
        watches for ∞ and NaN, or had to convert a buffer: the pass reads them as they
        are)."""
        key = tuple(wrt)
        plan = self._pass_plans.get(key)
        if (plan is None or not self.recycle or self.check_finite or not self._complete
                or self.errors):
            return None
        if any(self.values.get(nid) is not value for nid, value in feeds.items()):
            return None
        return TrainingPass(self, feeds, key, plan)

    @staticmethod
    def _no_memory_for_gradient(node: Node) -> Issue:
        return Issue(node.id, None, translate(
            "Engine", "{node}: this computer ran out of memory computing its gradient"
        ).format(node=node.describe()))

    def seeds(self) -> dict[str, np.ndarray]:
        """Where backward starts, node id → dout: the output's given gradient, else 1 at
        every sink. A gradient that does not fit the output is an error on the output."""
        values, held = self.values, self._seeds
        if self.output is None:
            seeds = {}
            for nid in self.sinks():
                value, seed = values[nid], held.get(nid)
                if seed is None or seed.shape != value.shape or seed.dtype != value.dtype:
                    seed = np.empty(value.shape, value.dtype)  # np.ones is slower for a scalar
                    seed.fill(1)
                    self._keep_seed(nid, seed)
                seeds[nid] = seed
            return seeds
        nid = self.output
        if nid not in values:
            return {}
        value = values[nid]
        seed = held.get(nid)
        if seed is not None and seed.shape == value.shape and seed.dtype == value.dtype:
            return {nid: seed}
        dout = np.array(self.output_grad, dtype=value.dtype)
        if dout.shape not in ((), value.shape):
            node = self.graph.nodes[nid]
            self.errors[nid] = Issue(nid, None, translate(
                "Engine", "{node}: the gradient arriving at the output is {grad_shape} but "
                "the output is {shape}; give a number or an array of the output's shape"
            ).format(node=node.describe(), grad_shape=shape_str(dout.shape),
                     shape=shape_str(value.shape)))
            return {}
        seed = np.broadcast_to(dout, value.shape).copy()
        self._keep_seed(nid, seed)
        return {nid: seed}

    def _keep_seed(self, nid: str, seed: np.ndarray) -> None:
        """Keep a dout for the next batches when recycling: no op writes into a dout, so
        the same one serves every batch; read-only, so that no caller does either."""
        if self.recycle:
            seed.flags.writeable = False
            self._seeds[nid] = seed

    def objective(self) -> float:
        """What backward differentiates, Σ dout·out over where it starts (the sum of the
        sinks when no output is named); gradcheck nudges the sources and watches it."""
        return float(sum(np.sum(dout * self.values[nid], dtype=np.float64)
                         for nid, dout in self.seeds().items()))

    def run(self, feeds: Mapping[str, np.ndarray] | None = None, backward: bool = True,
            wrt: Iterable[str] | None = None) -> Result:
        """Forward, then backward (towards `wrt` only, when given: see `backward`)."""
        self.forward(feeds)
        return self.result(backward, wrt)

    def result(self, backward: bool = True, wrt: Iterable[str] | None = None) -> Result:
        """Backward after a forward (unless not wanted), and what both computed."""
        grads, edge_grads = self.backward(wrt) if backward else ({}, {})
        outputs = [self.output] if self.output is not None else self.sinks()
        return Result(self.graph, self.values, grads, edge_grads, dict(self.errors),
                      dict(self.warnings), self.sinks(), list(self.order),
                      [nid for nid in outputs if nid in self.values])


class TrainingPass:
    """Forward and backward for a training loop, over batch buffers bound once.

    `Program.bind` makes one after a careful pass on those buffers (shapes checked, every
    op computed, the backward plan made: `Program._pass_plan`). Each pass then runs the
    ops back to back, under the caller's `np.errstate` (the trainer ignores floating-point
    warnings for a whole run: a diverging run shows in its loss): the caller copies each
    batch into the bound arrays; the sources are read as bound (the parameters, updated
    in place: a source array replaced after binding is not seen, so bind again); one dict
    holds every value pass after pass (the ops recycle their arrays anyway); backward
    starts from the dout kept at binding. The program's `values`, `errors` and the rest
    are as after `Program.forward`. An op that fails sends the pass down the program's
    careful path, which says why, as does an edit of the program (`recompile`: from then
    on every pass is careful, until the caller binds again).
    """

    def __init__(self, program: Program, feeds: Mapping[str, np.ndarray],
                 wrt: tuple[str, ...], plan: list[tuple]) -> None:
        self.program, self.feeds, self.wrt = program, dict(feeds), wrt
        self.generation = program.generation
        self.values = {**program.sources, **self.feeds}
        #: forward's steps in order: node id, bound forward, input count, and the inputs:
        #: one to three one by one (None for those it has not), none or more as one tuple
        self.steps = []
        for step in program.steps:
            ids = step.input_ids
            inputs = (ids + (None, None, None))[:3] if 1 <= len(ids) <= 3 else (ids, None, None)
            self.steps.append((step.node.id, step.layer.forward, len(ids), *inputs))
        self.seeds = program.seeds()  # kept, read-only: the same dout serves every batch
        #: backward's steps: op, bound backward, node id, mask, and the ports that send a
        #: gradient: first those whose gradient is the edge's and the source's as it is
        #: (index, source, edge id), then the others (index, source, edge id, the shape
        #: it is summed down to or None, whether it is the first to reach the source:
        #: the later ones add to it)
        self.plan = []
        #: what backward returns, the same dicts pass after pass, their keys in a careful
        #: backward's order (each pass writes every one again). The seeds stay as they
        #: are: no gradient reaches where backward starts (a sink feeds nothing, and what
        #: a named output feeds gets no dout)
        self.grads: dict[str, np.ndarray] = dict(self.seeds)
        self.edge_grads: dict[str, np.ndarray] = {}
        for layer, nid, mask, ports in plan:
            plain, other = [], []
            for i, src, edge_id, shape in ports:
                first = src not in self.grads
                if first:
                    self.grads[src] = None
                self.edge_grads[edge_id] = None
                if first and shape is None:
                    plain.append((i, src, edge_id))
                else:
                    other.append((i, src, edge_id, shape, first))
            self.plan.append((layer, layer.backward, nid, mask, tuple(plain), tuple(other)))

    def forward(self) -> dict[str, np.ndarray]:
        """Every node's value for the batch now in the buffers (node id → value)."""
        program, values = self.program, self.values
        if program.generation != self.generation:
            return program.forward(self.feeds)
        try:
            # A call with its arguments written out runs in the same interpreter loop;
            # one with *args enters a new one, which costs as much as a small op.
            for nid, forward, count, a, b, c in self.steps:
                if count == 1:
                    out = forward(values[a])
                elif count == 2:
                    out = forward(values[a], values[b])
                elif count == 3:
                    out = forward(values[a], values[b], values[c])
                else:
                    out = forward(*[values[i] for i in a])
                values[nid] = out if type(out) is np.ndarray else np.asarray(out)
        except (KeyError, ValueError, TypeError, IndexError, ArithmeticError, MemoryError):
            return program.forward(self.feeds)
        program.values, program.errors, program.warnings = values, {}, {}
        program._complete = True
        return values

    def backward(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """The gradients towards the bound `wrt` after `forward`, as `Program.backward`
        gives them: (node id → total gradient, edge id → gradient)."""
        program = self.program
        if program.generation != self.generation or not program._complete:
            return program.backward(self.wrt)
        grads, edge_grads = self.grads, self.edge_grads
        try:
            for layer, backward, nid, mask, plain, other in self.plan:
                layer.needs_grad = mask
                dxs = backward(grads[nid])
                for i, src, edge_id in plain:
                    edge_grads[edge_id] = grads[src] = dxs[i]
                for i, src, edge_id, shape, first in other:
                    dx = dxs[i]
                    if shape is not None:
                        dx = unbroadcast(dx, shape)
                    edge_grads[edge_id] = dx
                    # Fan-out: sum, into a new array, so no edge's gradient is overwritten.
                    grads[src] = dx if first else grads[src] + dx
        except (KeyError, ValueError, TypeError, IndexError, ArithmeticError, MemoryError,
                AttributeError):
            return program.backward(self.wrt)
        return grads, edge_grads


def _source_shape(params: dict) -> tuple[int, ...]:
    if "shape" in params:
        return tuple(params["shape"])
    return stored_shape(params.get("value", 0))


def _shapes(step: _Step, args: list[np.ndarray]) -> str:
    return ", ".join(translate("Engine", "{port} is {shape}").format(
        port=p, shape=shape_str(a.shape)) for (p, _, _), a in zip(step.inputs, args))


def evaluate(graph: Graph, feeds: Mapping[str, np.ndarray] | None = None,
             dtype=np.float64, backward: bool = True,
             wrt: Iterable[str] | None = None) -> Result:
    """Compile and run a graph once: forward, then backward from its output(s) (towards
    the nodes `wrt` only, when given, as training does)."""
    return Program(graph, dtype).run(feeds, backward, wrt)
