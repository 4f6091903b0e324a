"""The wired graph, alive while it trains: the canvas shows the batch flowing through it.

While the Training panel trains the graph on the canvas (a copy of it, with the same node
and edge ids), the trainer hands over a `Snapshot` of one iteration's arrays whenever the
canvas asks for one, and the canvas paints it on the edges: each edge's value and gradient
for the current batch, the data edge's first image in its tooltip, the loss on the loss's
stub. The canvas asks for the next snapshot `INTERVAL_MS` after it has painted the last, so
it paints at most 4 times a second (less often when painting takes long, see
`PAINT_SHARE`), the training loop pays one flag read per iteration plus one copy of the
arrays per snapshot, and a busy window only makes the snapshots rarer: the trainer never
waits for it.

The live numbers are always what the engine computes for the graph as it is, with the
batch being trained: while the graph still computes what the run computes
(`core.training.changes.NetworkAtStart.computes_as_trained`), the snapshot's own arrays are
shown (`live_result`: no second pass), and nodes added since the run started, wired to none
of the trained ones, show the document's numbers. Once the graph was edited in a way that
changes its numbers (a node deleted or rewired, a parameter given a value, another output),
each snapshot is computed again on the graph as it is (`edited_live_result`): the batch's
data and labels and the run's weights of the parameters left alone go in, and a broken
graph shows its errors and no numbers where nothing computes, not the run's.

The live numbers never fight the document, and the canvas's presenter
(`gui.canvas.presenter`) decides, not this object: an edit recomputes the document, and
the canvas shows the document's own numbers until the next snapshot. When the run ends, or
another graph is opened, the canvas shows the document's result again. A lesson (step
mode, practice) keeps the document's numbers: no batch is painted under the learner.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from core.engine.program import evaluate
from core.engine.result import Result
from core.model.graph import Graph
from core.training.changes import NetworkAtStart
from core.training.run import Snapshot
from gui.canvas.presenter import CanvasPresenter

#: the canvas asks for the next snapshot this long after painting one: ≤ 4 a second
INTERVAL_MS = 250
#: ... or this many times as long as painting it took, if longer: a large graph that
#: takes 20 ms to paint is shown once a second, so the window stays quick to answer
PAINT_SHARE = 50


def live_result(graph: Graph, snapshot: Snapshot, base: Result | None) -> Result:
    """The canvas's numbers for `graph` from a training snapshot.

    Every node the trained copy had shows the snapshot's value (and gradient), and every
    edge into such a node the snapshot's gradient (none where backward did not go: the
    trainer differentiates towards the parameters only). Nodes added to the document since
    the run started keep the document's numbers and issues from `base` (its latest result).
    """
    known = snapshot.values
    base = base if base is not None and base.graph is graph else None
    values: dict = {}
    grads: dict = {}
    edge_grads: dict = {}
    errors: dict = {}
    warnings: dict = {}
    for nid in graph.nodes:
        if nid in known:
            values[nid] = known[nid]
            if nid in snapshot.grads:
                grads[nid] = snapshot.grads[nid]
        elif base is not None:
            for mine, theirs in ((values, base.values), (grads, base.grads),
                                 (errors, base.errors), (warnings, base.warnings)):
                if nid in theirs:
                    mine[nid] = theirs[nid]
    for edge in graph.edges:
        source = snapshot.edge_grads if edge.target in known else (
            base.edge_grads if base is not None else {})
        grad = source.get(edge.id)
        if grad is not None:
            edge_grads[edge.id] = grad
    sinks = [n for n in snapshot.sinks if n in graph.nodes]
    if base is not None:
        sinks += [n for n in base.sinks if n not in known]
    order = list(base.order) if base is not None else [n for n in graph.nodes if n in values]
    # where backward starts, as the engine says it: the named output, else every sink
    named = graph.output.node
    outputs = ([named] if named in values else []) if named is not None else [
        n for n in sinks if n in values]
    return Result(graph, values, grads, edge_grads, errors, warnings, sinks, order, outputs)


def edited_live_result(graph: Graph, snapshot: Snapshot, start: NetworkAtStart) -> Result:
    """The canvas's numbers for `graph`, edited since the run started, with a snapshot's
    batch: the engine's forward and backward of the graph as it is, fed the batch's data
    and labels and the run's weights of the parameters not edited since, in the run's
    precision, differentiated towards the parameters as the trainer does (so the images
    get no gradient here either)."""
    feeds = start.feeds(graph, snapshot.values)
    dtype = next((value.dtype for value in feeds.values()), np.dtype("float64"))
    parameters = [nid for nid, node in graph.nodes.items() if node.op.role == "parameter"]
    return evaluate(graph, feeds, dtype=dtype, wrt=parameters)


class LiveCanvas(QObject):
    """Paces the snapshots of a run of the canvas graph and hands them to the presenter."""

    shown = Signal(object)  # (Result) a snapshot was handed over (shown unless a lesson is on)

    def __init__(self, session, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.document = session, document
        self.presenter: CanvasPresenter | None = None
        #: whether runs of the canvas graph show on the canvas (benchmarks turn it off)
        self.enabled = True
        self.graph: Graph | None = None  # the document graph being trained, during a run
        self.start: NetworkAtStart | None = None  # the network the run trains, at Start
        self.latest: Result | None = None  # the last snapshot's numbers
        self.snapshot: Snapshot | None = None  # ... and the snapshot they were made from
        self.count = 0  # snapshots shown in this run
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(INTERVAL_MS)
        self._next.timeout.connect(self._ask)
        session.snapshot.connect(self._snapshot)
        session.trainer_ready.connect(lambda _trainer: self._ask())
        session.state_changed.connect(self._state_changed)
        document.graph_replaced.connect(lambda _graph: self.end())

    def attach(self, presenter: CanvasPresenter) -> None:
        """Show the snapshots through this presenter (of the same document's canvas)."""
        self.presenter = presenter

    @property
    def active(self) -> bool:
        return self.graph is not None

    def begin(self, graph: Graph, start: NetworkAtStart | None = None) -> None:
        """A run of the document's graph `graph` starts, training `start` (the network as
        it is now; None: every snapshot is shown as it comes): its first snapshot is
        asked for as soon as its trainer is ready."""
        self.end()
        if self.enabled and graph is self.document.graph:
            self.graph, self.count = graph, 0
            self.start = start

    def end(self) -> None:
        """Stop asking; the canvas shows the document's own numbers again."""
        self.graph = self.start = None
        self._next.stop()
        if self.presenter is not None:
            self.presenter.end_live()

    # -- from the session and the document ----------------------------------------------

    def _ask(self) -> None:
        if self.active:
            self.session.request_snapshot()

    def _snapshot(self, snapshot: Snapshot) -> None:
        if not self.active or self.document.graph is not self.graph:
            return
        begun, graph, start = time.perf_counter(), self.graph, self.start
        if start is None or start.computes_as_trained(graph):
            result = live_result(graph, snapshot, self.document.result)
        else:
            result = edited_live_result(graph, snapshot, start)
        self.latest, self.snapshot = result, snapshot
        self.count += 1
        if self.presenter is not None:
            self.presenter.show_live(result)
        took_ms = 1000 * (time.perf_counter() - begun)
        self.shown.emit(result)
        # the next one only after this one is on the canvas, and a while after
        self._next.start(max(INTERVAL_MS, round(PAINT_SHARE * took_ms)))

    def _state_changed(self, state: str) -> None:
        if state == "idle":
            self.end()
