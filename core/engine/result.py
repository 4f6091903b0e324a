"""What an engine run gives back: the values and gradients it computed, and its issues
(`core.engine.issues`). `Result` is what the canvas paints, the command line prints and the
narration explains.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.engine.issues import Issue
from core.model.graph import Edge, Graph


@dataclass
class Result:
    """What one forward + backward run computed."""

    graph: Graph
    values: dict[str, np.ndarray]
    grads: dict[str, np.ndarray]  # total gradient of each node's output
    edge_grads: dict[str, np.ndarray]  # by edge id: the gradient flowing back along it
    errors: dict[str, Issue] = field(default_factory=dict)
    warnings: dict[str, Issue] = field(default_factory=dict)
    sinks: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    #: where backward started: the named output, else every sink
    outputs: list[str] = field(default_factory=list)

    def edge_value(self, edge: Edge) -> np.ndarray | None:
        return self.values.get(edge.source)

    def edge_grad(self, edge: Edge) -> np.ndarray | None:
        return self.edge_grads.get(edge.id)

    @property
    def output(self) -> str | None:
        """The graph's output: the node it names (None if that could not compute), else
        its last sink in topological order."""
        named = self.graph.output.node
        if named is not None:
            return named if named in self.values else None
        return self.sinks[-1] if self.sinks else None
