"""What a run of the canvas graph does to the canvas: live numbers, then the trained weights.

The Training panel trains the graph on the canvas when it can (else the book's sample).
For a run of the canvas graph, once the panel is attached to the canvas (`attach`: the
canvas's presenter, and the window's `Editor`):

- while it trains, the canvas shows the batch flowing through it (`gui.training.live_canvas`);
- when it ends (finished, or stopped after some iterations), each Parameter node gets its
  trained value as a fixed literal, in ONE undoable edit (`Editor.set_trained_parameters`):
  hovering W1 shows its trained heatmap, and saving saves the trained values. Edit ▸ Undo
  brings the initializers back exactly. Nothing is put there when the document's graph is
  no longer the one trained (another file was opened), when a parameter was deleted or
  reshaped meanwhile, or when the run diverged; the panel's status says why.

Start still trains from the initializers (Start means fresh weights; Reset's message says
so): a parameter that still holds exactly the values a run put there trains from the
initializer it had before. A fixed value the user typed trains from that value. Reset is
about the trainer: it leaves the document, which is the user's, as it is.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from core.model.graph import Graph
from core.training.descent import trained_parameters_problem
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

    def prepare(self, graph: Graph, copy: Graph) -> None:
        """Start is about to train `copy`, taken from `graph` (the canvas's, or a sample)."""
        on_canvas = (self.editor is not None and self.document is not None
                     and graph is self.document.graph)
        self.graph = graph if on_canvas else None
        if on_canvas:
            for nid, before in self._still_there().items():
                copy.set_params(nid, before)  # fresh weights, not the last run's
            if self.live is not None:
                self.live.begin(graph)

    def finished(self, done: TrainEvent, trainer) -> Callable[[], str] | None:
        """The run's thread has ended: put its parameters on the canvas. What to say, as a
        function that says it in the language of the moment (None: nothing)."""
        graph, self.graph = self.graph, None
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
        if graph is not self._graph:
            self._graph, self._put = graph, {}
        initial = self._still_there()  # an earlier run's values: its initializer counts
        before = {nid: initial.get(nid, graph.nodes[nid].params) for nid in arrays}
        if not self.editor.set_trained_parameters(arrays):
            return None  # the editor said why (its refusal goes to the status bar)
        for nid in arrays:
            puts = self._put[nid][1] if nid in initial else []
            self._put[nid] = (before[nid], puts + [graph.nodes[nid].params])
        return lambda: self.tr("The trained weights are now on the canvas; Edit ▸ Undo "
                               "brings the initializers back; saving saves the trained "
                               "values.")

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
