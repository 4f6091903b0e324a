"""The open document: one core graph, its undo stack, its file and its computed result.

The core graph reports changes through plain callbacks; `GraphSignals` re-emits them as Qt
signals so the scene and panels can listen the Qt way. Every change that can alter the
numbers schedules one recompute on a zero-timeout timer, so a macro of many edits (a paste,
a delete of ten nodes) computes once, after the last edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.engine.live import LiveEvaluation
from core.engine.result import Result
from core.files.graph_files import load_graph, save_graph
from core.model.graph import Graph


class GraphSignals(QObject):
    """Qt signals mirroring one core graph's events."""

    node_added = Signal(object)
    node_removed = Signal(object)
    node_changed = Signal(object, str)
    nodes_moved = Signal(list)
    edge_added = Signal(object)
    edge_removed = Signal(object)
    changed = Signal()

    _EVENTS = ("node_added", "node_removed", "node_changed", "nodes_moved", "edge_added",
               "edge_removed",
               "changed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._graph: Graph | None = None

    def attach(self, graph: Graph) -> None:
        if self._graph is not None:
            for name in self._EVENTS:
                getattr(self._graph, name).disconnect(getattr(self, name).emit)
        self._graph = graph
        for name in self._EVENTS:
            getattr(graph, name).connect(getattr(self, name).emit)


class Document(QObject):
    """A graph being edited: its undo stack, its path and its latest `Result`."""

    graph_replaced = Signal(object)  # (graph) a new or opened graph replaced the old one
    computed = Signal(object)  # (Result) after every recompute
    path_changed = Signal(object)  # (Path | None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph = Graph()
        self.path: Path | None = None
        self.result: Result | None = None
        self.signals = GraphSignals(self)
        self.signals.attach(self.graph)
        self.signals.changed.connect(self.schedule_compute)
        self._live = LiveEvaluation(self.graph)
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.compute)

    # -- editing ------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Do an edit through the undo stack (the only way the GUI changes the graph)."""
        self.undo_stack.push(command)

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- computing ----------------------------------------------------------------------

    def schedule_compute(self) -> None:
        self._timer.start()

    def compute(self) -> Result:
        """Forward and backward now; emits `computed`."""
        self._timer.stop()
        self.result = self._live.result()  # what `evaluate` gives, at the cost of the edit
        self.computed.emit(self.result)
        return self.result

    # -- files --------------------------------------------------------------------------

    def set_graph(self, graph: Graph, path: Path | None = None) -> None:
        """Replace the whole graph (New, Open); the undo history starts again."""
        self.undo_stack.clear()
        self.graph = graph
        self.signals.attach(graph)
        self._live.close()
        self._live = LiveEvaluation(graph)
        self.graph_replaced.emit(graph)
        self.set_path(path)
        self.undo_stack.setClean()
        self.compute()

    def open(self, path: str | Path) -> Graph:
        """Load a file; raises GraphFileError and keeps the current graph if it is bad."""
        path = Path(path)
        graph = load_graph(path)  # raises before anything is replaced
        self.set_graph(graph, path)
        return graph

    def open_sample(self, path: str | Path) -> Graph:
        """A sample opens untitled, so saving never overwrites the sample."""
        graph = load_graph(path)
        self.set_graph(graph, None)
        return graph

    def new(self) -> None:
        self.set_graph(Graph())

    def restore(self, graph: Graph, path: Path | None) -> None:
        """A graph autosaved before a crash: unsaved (modified), with its file if it had one."""
        self.set_graph(graph, path)
        self.undo_stack.resetClean()  # not saved: Save or closing will ask

    def save(self, path: str | Path) -> None:
        path = Path(path)
        save_graph(self.graph, path)  # atomic; raises GraphFileError on failure
        self.set_path(path)
        self.undo_stack.setClean()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit(path)
