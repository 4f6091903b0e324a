"""The graph's output: which node's value is L, and the gradient that arrives at it.

The book starts backward with 1 at the output (∂L/∂L = 1), except in figures where the
gradient arrives from the rest of a larger graph (∂L/∂z = 1.3). A graph names its output
node and may give that gradient (a number, or an array of the output's shape); with no
output named, every sink is an output and backward differentiates their sum.

`Output` is one part of every `Graph` (`graph.output`), told only what it needs: the
graph's nodes (a named output whose node was deleted counts as none) and the graph's
`changed` event (a new output changes every gradient). A graph file keeps it in two header
fields, `"output"` and `"output_grad"` (`fields` and `restore` read and write them).
"""

from __future__ import annotations

import copy
from typing import Any, Mapping

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model.errors import GraphError, no_node
from core.model.events import Event
from core.ops.params import Param
from core.ops.values import ParamError

#: the check every gradient arriving at an output passes, in the editor and in files
OUTPUT_GRAD = Param("output_grad", "literal", 1,
                    QT_TRANSLATE_NOOP("params", "the gradient arriving at the output"),
                    QT_TRANSLATE_NOOP("params", "Output_grad"))
#: the header fields of a graph file that hold the output, in the order files write them
FIELDS = ("output", "output_grad")


class Output:
    """Which node of a graph is L, and ∂L/∂output; part of the graph it belongs to."""

    def __init__(self, nodes: Mapping[str, Any], changed: Event) -> None:
        self._nodes, self._changed = nodes, changed
        self._named: str | None = None  # as named, even once its node is deleted
        self._grad: Any = None  # as given; None: not given (1)

    @property
    def node(self) -> str | None:
        """The id of the node named as the output (its value is L), if it is in the graph.

        None means every sink is an output. A named output whose node was deleted is
        remembered, so undoing the delete brings it back, but counts (and is saved) as none.
        """
        return self._named if self._named in self._nodes else None

    @property
    def given_grad(self) -> Any:
        """The gradient given as arriving at the output (from the rest of a larger graph):
        a number or nested lists; None when none is, and backward starts from 1."""
        return self._grad if self.node is not None else None

    @property
    def grad(self) -> Any:
        """∂L/∂output: the given gradient, else 1."""
        given = self.given_grad
        return 1 if given is None else given

    def set_node(self, node_id: str | None) -> None:
        """Name the graph's output (None: no output named, nor any gradient for it)."""
        if node_id is None:
            self._named = self._grad = None
        else:
            if node_id not in self._nodes:
                raise GraphError(no_node(node_id))
            self._named = node_id
        self._changed.emit()

    def set_grad(self, value: Any) -> None:
        """Set ∂L/∂output (None: back to 1); GraphError if it is not a number or an array
        of numbers, or when no output is named."""
        if value is None:
            self._grad = None
        else:
            if self.node is None:
                raise GraphError(translate("Graph", "name the graph's output before the "
                                           "gradient arriving at it"))
            try:
                OUTPUT_GRAD.check(value)
            except ParamError as e:
                raise GraphError(str(e)) from None
            self._grad = copy.deepcopy(value)
        self._changed.emit()

    def fields(self) -> dict[str, Any]:
        """The output as a graph file's header holds it: `{"output": id, "output_grad":
        value}`, each only when set (a deleted output's node is still named here, so that
        `restore` can bring it back; a file leaves it out)."""
        fields = {"output": self._named, "output_grad": copy.deepcopy(self._grad)}
        return {key: value for key, value in fields.items() if value is not None}

    def restore(self, fields: Mapping[str, Any]) -> None:
        """Put back the output exactly as `fields` had it (an undo, or a file's header,
        already checked)."""
        self._named = fields.get("output")
        self._grad = copy.deepcopy(fields.get("output_grad"))
        self._changed.emit()
