"""One object decides what the canvas shows: the `CanvasPresenter`.

Four things want numbers on the canvas: the document's latest result, step mode (the
steps revealed so far), practice (the numbers hidden, the one asked drawn as "?") and a
training run of the canvas graph (the batch being trained). None of them paints. A lesson
mode tells the presenter what it lets the learner see (`set_lesson` with a `LessonView`,
`clear_lesson`); the live canvas hands over its batch (`show_live`, `end_live`). The
presenter turns the graph and the winning source into a `Presentation` of plain texts
(`gui.canvas.presentation`), and the scene draws it (`GraphScene.show`).

The policy, all of it here:

- The numbers belong to the graph as it is now: the document's latest result, or the
  live batch; never a result a mode kept from when it started. A result made for another
  graph (the one New or Open just replaced) is not drawn: the canvas shows no numbers
  until the new graph has computed.
- Only what the graph has now is drawn: a presentation names this moment's edges, nodes
  and outputs, so an output or an edge deleted meanwhile is never painted.
- A lesson wins over a live batch: a batch that arrives while step mode or practice is on
  is not painted (the lesson is about the document's numbers) and is not kept for later.
- A recompute of the document (any edit) takes a live batch off the canvas: the
  document's own numbers show until the next batch comes.
- When a lesson or a run ends, what it showed goes at once: the canvas is redrawn from
  the document's latest result. Another graph opened ends both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, Signal

from core.engine.result import Result
from core.formatting import edge_label, edge_text, not_finite, source_text
from gui.canvas.presentation import NodeLook, Numbers, Presentation


def _everything(kind: str, key: str) -> bool:
    return True


@dataclass(frozen=True)
class LessonView:
    """What a lesson lets the canvas show of the document's numbers.

    `shows(kind, key)`: kind "value" with a node id (the value on the node's out-edges and
    stub), or "grad" with an edge id (the gradient flowing back along it) or a node id (the
    gradient at an output's stub). `asked`: the one number asked, drawn as "?".
    `highlight`: the node the lesson is at.
    """

    shows: Callable[[str, str], bool] = _everything
    asked: tuple[str, str] | None = None
    highlight: str | None = None


class CanvasPresenter(QObject):
    """The source of the canvas's numbers and what of them is shown."""

    #: the result whose numbers the canvas now shows (the document's, or a live batch's;
    #: None: none), so the status line says the same output as the canvas
    shown = Signal(object)

    def __init__(self, document, scene, parent: QObject | None = None) -> None:
        """`scene` is drawn on through its `show` only."""
        super().__init__(parent)
        self.document, self.scene = document, scene
        self._lesson: tuple[object, LessonView] | None = None  # (the mode, its view)
        self._live: Result | None = None  # the batch on the canvas, if one is
        document.computed.connect(self._computed)
        document.graph_replaced.connect(self._graph_replaced)

    @property
    def lesson(self) -> LessonView | None:
        """The lesson the canvas follows, or None."""
        return self._lesson[1] if self._lesson is not None else None

    @property
    def live(self) -> bool:
        """Whether the canvas shows a training batch (not the document's numbers)."""
        return self._live is not None

    # -- what the sources want ----------------------------------------------------------

    def set_lesson(self, owner: object, view: LessonView) -> None:
        """The lesson of `owner` (step mode, practice) shows `view`, at once."""
        self._lesson, self._live = (owner, view), None
        self.redraw()

    def clear_lesson(self, owner: object) -> None:
        """`owner`'s lesson ended: every number of the graph as it is now shows again.
        (Another mode's lesson is left alone.)"""
        if self._lesson is not None and self._lesson[0] is owner:
            self._lesson = None
            self.redraw()

    def show_live(self, result: Result) -> bool:
        """A training batch's numbers for the document's graph; whether it is shown (not
        under a lesson, nor for a graph that is no longer the document's)."""
        if self._lesson is not None or result.graph is not self.document.graph:
            return False
        self._live = result
        self.redraw()
        return True

    def end_live(self) -> None:
        """The run ended: the document's own numbers again."""
        if self._live is not None:
            self._live = None
            self.redraw()

    # -- drawing --------------------------------------------------------------------------

    def redraw(self) -> None:
        self.scene.show(self.presentation())
        self.shown.emit(self.result())

    def result(self) -> Result | None:
        """The result the canvas draws from: a live batch, else the document's (None when
        the latest is another graph's)."""
        result = self._live if self._live is not None else self.document.result
        return result if result is not None and result.graph is self.document.graph else None

    def presentation(self) -> Presentation:
        """What the canvas shows now, decided from the graph as it is now."""
        graph = self.document.graph
        lesson = self.lesson
        highlight = lesson.highlight if lesson is not None else None
        result = self.result()
        if result is None:
            return Presentation(highlight=highlight)  # another graph's: nothing of it
        shows = lesson.shows if lesson is not None else None  # None: everything
        asked = lesson.asked if lesson is not None else None

        def hidden(kind: str, key: str) -> str:
            return "?" if asked == (kind, key) else ""

        values, grads, edge_grads = result.values, result.grads, result.edge_grads
        summaries: dict[str, tuple[str, bool]] = {}  # a fanned-out value: summarized once
        edges: dict[str, Numbers] = {}
        for edge in graph.edges:
            edge_id, source = edge.id, edge.source
            value, grad = values.get(source), edge_grads.get(edge_id)
            show_value = value is not None and (shows is None or shows("value", source))
            show_grad = grad is not None and (shows is None or shows("grad", edge_id))
            if show_value:
                summary = summaries.get(source)
                if summary is None:
                    summary = summaries[source] = edge_text(value)
                value_text, value_fault = summary
            else:
                value_text, value_fault = hidden("value", source), False
            if show_grad:
                grad_text, grad_fault = edge_text(grad, gradient=True)
            else:
                grad_text, grad_fault = hidden("grad", edge_id), False
            edges[edge_id] = Numbers(value_text, grad_text, value_fault, grad_fault,
                                     value if show_value else None, grad if show_grad else None)
        stubs: dict[str, Numbers] = {}
        for node_id in result.outputs:
            if node_id not in graph.nodes:
                continue
            value, grad = values.get(node_id), grads.get(node_id)
            show_value = value is not None and (shows is None or shows("value", node_id))
            show_grad = grad is not None and (shows is None or shows("grad", node_id))
            stubs[node_id] = Numbers(
                edge_label(value) if show_value else hidden("value", node_id),
                edge_label(grad, gradient=True) if show_grad else hidden("grad", node_id),
                show_value and not_finite(value), show_grad and not_finite(grad),
                value if show_value else None, grad if show_grad else None)
        looks: dict[str, NodeLook] = {}
        errors, warnings = result.errors, result.warnings
        for node_id, node in graph.nodes.items():
            error, warning = errors.get(node_id), warnings.get(node_id)
            body = (source_text(values[node_id]) if node_id in values and node.op.is_source
                    else None)
            if error is not None or warning is not None or body is not None:
                looks[node_id] = NodeLook(error.message if error else "",
                                          warning.message if warning else "", body)
        return Presentation(edges, stubs, looks, highlight)

    # -- from the document --------------------------------------------------------------

    def _computed(self, _result: Result) -> None:
        self._live = None  # an edit's numbers: the next batch brings the run's back
        self.redraw()

    def _graph_replaced(self, _graph) -> None:
        # The scene has just rebuilt its items, blank; the new graph's result comes next.
        self._lesson = self._live = None
