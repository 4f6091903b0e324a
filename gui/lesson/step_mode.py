"""Step mode: walk the forward pass node by node, then the backward pass edge by edge.

The steps and their sentences come from `core.lesson.steps` (the same ones `backprop-studio
explain` prints); this object only keeps the place and tells the canvas's presenter
(`gui.canvas.presenter`) which values and gradients the steps so far have shown and which
node the step is at. It paints nothing: the numbers are always the document's latest.

Step mode is active only while there is a step to show: it never idles at step -1 with
every number hidden. It ends cleanly, with a reason in `step_changed(-1, 0, reason)`, when
the graph becomes empty or when the document's graph is replaced (New, Open, Open Sample).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.engine.result import Result
from core.lesson.steps import Step, build_steps, reveal_ranks
from gui.canvas.presenter import CanvasPresenter, LessonView


class Stepper(QObject):
    """Which step is current; tells the presenter what the canvas may show."""

    step_changed = Signal(int, int, str)  # (index, count, text); index -1: ended, text: why

    def __init__(self, presenter: CanvasPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.steps: list[Step] = []
        self._ranks: dict[tuple[str, str], int] = {}
        self.index = -1
        self.active = False
        presenter.document.graph_replaced.connect(self._graph_replaced)

    def start(self, result: Result | None) -> None:
        """Begin at the first step; with nothing to step through, say so and stay off."""
        steps = build_steps(result) if result is not None else []
        if not steps:
            self._end(self.tr("Step mode needs a graph: add nodes from the palette first."))
            return
        self.active, self.index = True, 0
        self._set_steps(steps)
        self._show()

    def refresh(self, result: Result) -> None:
        """The graph recomputed: rebuild the steps and keep the place (clamped)."""
        if not self.active:
            return
        steps = build_steps(result)
        if not steps:
            self._end(self.tr("Step mode ended: the graph is empty."))
            return
        self._set_steps(steps)
        self.index = min(max(self.index, 0), len(steps) - 1)
        self._show()

    def stop(self) -> None:
        """Leave step mode: every number shows again."""
        self._end("")

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
        return self.steps[self.index] if self.active and 0 <= self.index < len(self.steps) \
            else None

    def _set_steps(self, steps: list[Step]) -> None:
        self.steps, self._ranks = steps, reveal_ranks(steps)

    def _graph_replaced(self, _graph) -> None:
        if self.active:
            self._end(self.tr("Step mode ended: another graph was opened."))

    def _end(self, reason: str) -> None:
        self.active, self.index, self.steps, self._ranks = False, -1, [], {}
        self.presenter.clear_lesson(self)
        self.step_changed.emit(-1, 0, reason)

    def _show(self) -> None:
        step, ranks, index = self.steps[self.index], self._ranks, self.index
        never = len(self.steps)  # what no step shows (a node that could not compute)
        self.presenter.set_lesson(self, LessonView(
            shows=lambda kind, key: ranks.get((kind, key), never) <= index,
            highlight=step.node))
        self.step_changed.emit(self.index, len(self.steps), step.text)
