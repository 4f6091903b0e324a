"""The graph's output and the gradient arriving at it: two fields of a graph file's header.

The book starts backward with 1 at the output (∂L/∂L = 1), except in figures where the
gradient arrives from the rest of a larger graph (∂L/∂z = 1.3). A graph names its output
node in `meta["output"]` and that gradient in `meta["output_grad"]` (a number, or an array
of the output's shape); with no output named, every sink is an output and backward
differentiates their sum. `Graph` has these methods from `OutputHeader`.
"""

from __future__ import annotations

import copy
from typing import Any

from core.model.errors import GraphError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.params import Param
from core.ops.values import ParamError

#: the check every gradient arriving at an output passes, in the editor and in files
OUTPUT_GRAD = Param("output_grad", "literal", 1,
                    QT_TRANSLATE_NOOP("params", "the gradient arriving at the output"),
                    QT_TRANSLATE_NOOP("params", "Output_grad"))


class OutputHeader:
    """The output methods of `Graph`, which holds `meta`, `nodes`, `node()` and `changed`."""

    @property
    def output(self) -> str | None:
        """The node named as the graph's output (its value is L), if it is in the graph.

        None means every sink is an output. A named output whose node was deleted stays in
        `meta`, so undoing the delete brings it back, but counts (and is saved) as none.
        """
        node_id = self.meta.get("output")
        return node_id if node_id in self.nodes else None

    @property
    def output_grad(self) -> Any:
        """∂L/∂output: a number or nested lists; 1 unless set."""
        return self.meta.get("output_grad", 1) if self.output is not None else 1

    def set_output(self, node_id: str | None) -> None:
        """Name the graph's output (None: no output named, nor any gradient for it)."""
        if node_id is None:
            self.meta.pop("output", None)
            self.meta.pop("output_grad", None)
        else:
            self.meta["output"] = self.node(node_id).id  # GraphError for an unknown id
        self.changed.emit()

    def set_output_grad(self, value: Any) -> None:
        """Set ∂L/∂output (None: back to 1); GraphError if it is not a number or an array
        of numbers, or when no output is named."""
        if value is None:
            self.meta.pop("output_grad", None)
        else:
            if self.output is None:
                raise GraphError(translate("Graph", "name the graph's output before the "
                                           "gradient arriving at it"))
            try:
                OUTPUT_GRAD.check(value)
            except ParamError as e:
                raise GraphError(str(e)) from None
            self.meta["output_grad"] = copy.deepcopy(value)
        self.changed.emit()

    def restore_output(self, fields: dict[str, Any]) -> None:
        """Put back `output` and `output_grad` exactly as a snapshot had them (undo)."""
        self.meta.pop("output", None)
        self.meta.pop("output_grad", None)
        self.meta.update(copy.deepcopy(fields))
        self.changed.emit()

    def output_fields(self) -> dict[str, Any]:
        """A snapshot of `output` and `output_grad` for `restore_output`."""
        return {k: copy.deepcopy(self.meta[k]) for k in ("output", "output_grad")
                if k in self.meta}
