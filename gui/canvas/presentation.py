"""What the canvas is told to draw: plain texts per edge, per output stub and per node.

`gui.canvas.presenter.CanvasPresenter` decides them; `GraphScene.show` draws them and
decides nothing. Keys are the graph's ids; an id the scene has no item for is skipped, an
item the presentation does not mention shows no numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Numbers(NamedTuple):
    """What one edge (or output stub) shows: the value above it, the gradient below it,
    whether each is not a finite number (drawn in the fault colour), and the arrays behind
    them for the hover tooltip (None where nothing is shown). A tuple: one is made per
    edge at every recompute, and 10,000 edges must stay quick."""

    value_text: str = ""
    grad_text: str = ""
    value_fault: bool = False
    grad_fault: bool = False
    value: Any = None
    grad: Any = None


NO_NUMBERS = Numbers()


class NodeLook(NamedTuple):
    """What one node shows of the computation: its error and warning (the outline and the
    tooltip) and, for a source, its computed value in the body (None: the body keeps what
    its parameters say)."""

    error: str = ""
    warning: str = ""
    body: str | None = None


NO_ISSUE = NodeLook()


@dataclass(frozen=True)
class Presentation:
    """Everything the canvas shows of the numbers, at one moment."""

    edges: dict[str, Numbers] = field(default_factory=dict)  # edge id → its numbers
    stubs: dict[str, Numbers] = field(default_factory=dict)  # node id where backward starts
    nodes: dict[str, NodeLook] = field(default_factory=dict)  # node id → its issue, body
    highlight: str | None = None  # the node a lesson is at
