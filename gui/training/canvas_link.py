"""What a run of the canvas graph does to the canvas: live numbers, then the trained weights.

The Training panel trains the graph on the canvas when it can (else the book's sample).
For a run of the canvas graph, once the panel is attached to the canvas (`attach`: the
canvas's presenter, and the window's `Editor`):

- Start remembers the network it trains (`core.training.changes.NetworkAtStart`): the run
  trains a copy, so edits made meanwhile apply to the next run, and the panel says so;
- while it trains, the canvas shows the batch flowing through the graph as it is
  (`gui.training.live_canvas`);
- when it ends (finished, or stopped after some iterations), each Parameter node gets its
  trained value as a fixed literal, in ONE undoable edit (`Editor.set_trained_parameters`):
  hovering W1 shows its trained heatmap, and saving saves the trained values. The message
  says what Edit ▸ Undo brings back: the initializers, the previous run's weights, or the
  values the user set during the run, which the landing replaced (named). Nothing is put
  there when the document's graph is no longer the one trained (another file was opened),
  when a parameter was deleted or reshaped meanwhile, when the network itself changed (a
  node of it deleted, rewired, its parameters changed: the weights belong to the network
  as it was at Start), or when the run diverged; the panel's status says why.

Start still trains from the initializers (Start means fresh weights; Reset's message says
so): a parameter that still holds exactly the values a run put there trains from the
initializer it had before. A fixed value the user typed trains from that value. Reset is
about the trainer: it leaves the document, which is the user's, as it is.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from core.model.graph import Graph
from core.training.changes import NetworkAtStart
from core.training.descent import trained_parameters_problem
from core.training.roles import Roles
from core.training.run import TrainEvent
from gui.canvas.presenter import CanvasPresenter
from gui.training.live_canvas import LiveCanvas


class CanvasLink(QObject):
    def __init__(self, session, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.document = session, document
        self.editor = None  # the canvas's Editor, once attached
        self.live = LiveCanvas(session, document, self) if document is not None else None
        self.graph: Graph | None = None  # the document graph the current run trains
        self.start: NetworkAtStart | None = None  # ... and its network as it was at Start
        #: the graph whose parameters runs set, and node id → (its params before the
        #: first run put values there, the params each run put there)
        self._graph: Graph | None = None
        self._put: dict[str, tuple[dict, list[dict]]] = {}

    def attach(self, presenter: CanvasPresenter, editor) -> None:
        """Show runs live through `presenter` (the canvas's, of the same document) and put
        their trained parameters on the canvas through `editor` (the window's Editor)."""
        self.editor = editor
        if self.live is not None:
            self.live.attach(presenter)

    # -- a run ------------------------------------------------------------------------------

    def prepare(self, graph: Graph, copy: Graph, roles: Roles) -> bool:
        """Start is about to train `copy`, taken from `graph` (the canvas's, or a sample),
        whose network `roles` names; True when it is the canvas's graph."""
        on_canvas = (self.editor is not None and self.document is not None
                     and graph is self.document.graph)
        self.graph = graph if on_canvas else None
        self.start = NetworkAtStart.of(graph, roles) if on_canvas else None
        if on_canvas:
            for nid, before in self._still_there().items():
                copy.set_params(nid, before)  # fresh weights, not the last run's
            if self.live is not None:
                self.live.begin(graph, self.start)
        return on_canvas

    @property
    def trains_canvas(self) -> bool:
        """Whether the current run trains the graph on the canvas."""
        return self.graph is not None

    def finished(self, done: TrainEvent, trainer) -> Callable[[], str] | None:
        """The run's thread has ended: put its parameters on the canvas. What to say, as a
        function that says it in the language of the moment (None: nothing)."""
        graph, self.graph = self.graph, None
        start, self.start = self.start, None
        if graph is None or trainer is None or done.status == "diverged" or done.iteration == 0:
            return None
        if self.document.graph is not graph:
            return lambda: self.tr("The trained weights were not put on the canvas: another "
                                   "graph was opened meanwhile.")
        arrays = {nid: trainer.program.sources[nid] for nid in trainer.roles.parameters}
        problem = trained_parameters_problem(graph, arrays)
        if problem:
            return lambda: self.tr("The trained weights were not put on the canvas: "
                                   "{problem}.").format(problem=problem)
        changes = start.structure_changes(graph) if start is not None else []
        if changes:
            listed = self._listed(changes)
            return lambda: self.tr(
                "The trained weights were not put on the canvas: the network changed during "
                "the run ({changes}). They are the weights of the network as it was at "
                "Start: Save parameters… keeps them, and Start trains the network as it is "
                "now.").format(changes=listed)
        edited = start.edited_parameters(graph) if start is not None else []
        if graph is not self._graph:
            self._graph, self._put = graph, {}
        initial = self._still_there()  # an earlier run's values: its initializer counts
        before = {nid: initial.get(nid, graph.nodes[nid].params) for nid in arrays}
        # what Edit ▸ Undo brings back: what each parameter holds now
        initializers = all(graph.nodes[nid].params.get("init") != "fixed" for nid in arrays)
        earlier_run = all(nid in initial for nid in arrays)
        if not self.editor.set_trained_parameters(arrays):
            return None  # the editor said why (its refusal goes to the status bar)
        for nid in arrays:
            puts = self._put[nid][1] if nid in initial else []
            self._put[nid] = (before[nid], puts + [graph.nodes[nid].params])
        if edited:
            nodes = ", ".join(graph.nodes[nid].label for nid in edited)
            return lambda: self.tr(
                "The trained weights are now on the canvas. They replaced the values you gave "
                "{nodes} during the run (it trained from the values at Start); Edit ▸ Undo "
                "brings your values back.").format(nodes=nodes)
        if initializers:
            return lambda: self.tr("The trained weights are now on the canvas; Edit ▸ Undo "
                                   "brings the initializers back; saving saves the trained "
                                   "values.")
        if earlier_run:
            return lambda: self.tr("The trained weights are now on the canvas; Edit ▸ Undo "
                                   "brings back the weights of the run before; saving saves "
                                   "the trained values.")
        return lambda: self.tr("The trained weights are now on the canvas; Edit ▸ Undo brings "
                               "back the values the parameters held before; saving saves the "
                               "trained values.")

    def _listed(self, changes: list[str], most: int = 3) -> str:
        """The first few changes, and how many more."""
        shown = "; ".join(changes[:most])
        if len(changes) > most:
            shown += " " + self.tr("and {count} more").format(count=len(changes) - most)
        return shown

    def reset_note(self) -> Callable[[], str] | None:
        """What Reset adds to its message: the trained weights stay (the document is the
        user's, and Reset does not edit it). A function that says it, or None."""
        if not self._still_there():
            return None
        return lambda: self.tr("The trained weights stay on the canvas; Edit ▸ Undo brings "
                               "the initializers back.")

    def _still_there(self) -> dict[str, dict]:
        """node id → its params before, for each parameter still holding a run's values."""
        graph = self.document.graph if self.document is not None else None
        if graph is None or graph is not self._graph:
            return {}
        return {nid: before for nid, (before, puts) in self._put.items()
                if nid in graph.nodes and graph.nodes[nid].params in puts}
