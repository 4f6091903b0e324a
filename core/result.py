"""What an engine run gives back: the values and gradients it computed, and its issues.

`Result` is what the canvas paints, the command line prints and the narration explains;
`Issue` says why a node could not compute (an error) or computed something odd (a
warning), and `root_causes` groups the errors so a reader sees the first cause first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from core.graph import Edge, Graph


@dataclass(frozen=True)
class Issue:
    """Why a node could not compute (an error) or computed something odd (a warning).

    `cause` is None for a root cause; for a consequence it is the id of the input node
    this one waited for, which could not compute itself.
    """

    node: str
    port: str | None
    message: str
    cause: str | None = None


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
        named = self.graph.output
        if named is not None:
            return named if named in self.values else None
        return self.sinks[-1] if self.sinks else None


def root_causes(errors: Mapping[str, Issue]) -> list[tuple[Issue, list[Issue]]]:
    """The errors grouped for a reader: each root cause, with the consequences that
    wait (directly or through others) on it, in the order they were found."""
    def root(issue: Issue) -> str:
        seen = {issue.node}
        while issue.cause in errors and issue.cause not in seen:
            seen.add(issue.cause)
            issue = errors[issue.cause]
        return issue.node

    groups: dict[str, tuple[Issue, list[Issue]]] = {}
    for issue in errors.values():
        if issue.cause is None or root(issue) == issue.node:
            groups.setdefault(issue.node, (issue, []))
    for issue in errors.values():
        top = root(issue)
        if top != issue.node:
            groups.setdefault(top, (errors[top], []))[1].append(issue)
    return list(groups.values())
