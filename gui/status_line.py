"""The permanent line at the right of the status bar: the graph's outputs and their values,
or what went wrong first; and the canvas banner when no gradient can be shown.

It follows every recompute: errors in red (the root cause first, `(+2 more)`), outputs
in the text colour, an ∞ or NaN in amber with where it started. When the graph's end
cannot compute, no gradient is shown anywhere (they would belong to another output), and
the banner across the canvas says why.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from core.engine.result import Result
from core.formatting import not_finite, summarize


class StatusLine(QLabel):
    def __init__(self, document, scene, view) -> None:
        super().__init__()
        self.document, self.scene, self.view = document, scene, view
        document.computed.connect(self.show_result)

    def show_result(self, result: Result | None) -> None:
        if result is None:
            return
        theme = self.scene.theme
        if result.errors:
            first = next(iter(result.errors.values()))
            text = f"⚠ {first.message}" + self._more(len(result.errors) - 1)
            style = f"color: {theme.error}"
        elif result.outputs:
            text = "   ".join(self.tr("output {label} = {value}").format(
                label=self.document.graph.nodes[nid].label,
                value=summarize(result.values[nid])) for nid in result.outputs[:3])
            style = f"color: {theme.fault}"
            if result.warnings:  # where an ∞ or NaN started, and the likely cause
                first = next(iter(result.warnings.values()))
                text += f"   ⚠ {first.message}" + self._more(len(result.warnings) - 1)
            elif any(not_finite(g) for g in result.edge_grads.values()):
                text += "   " + self.tr("⚠ a gradient is not finite (∞ or NaN): backward "
                                        "overflowed or divided by 0 (see the amber labels)")
            else:
                style = ""
        else:
            text = self.tr("Drag ops from the palette, or press Tab on the canvas.")
            style = ""
        self.setStyleSheet(style)
        self.setText(text)
        self.view.set_banner(self._no_gradients(result))

    def _more(self, count: int) -> str:
        return self.tr("  (+{count} more)").format(count=count) if count > 0 else ""

    def _no_gradients(self, result: Result) -> str:
        """Why no gradient shows, when the graph's end cannot compute (else "")."""
        if result.outputs or not result.errors:
            return ""
        graph = self.document.graph
        ends = [nid for nid in result.errors if not graph.out_edges(nid)]
        if not ends:
            return ""
        issue = result.errors[ends[0]]
        return self.tr("The output {label} cannot compute, so there are no gradients to show: "
                       "{reason}").format(label=graph.nodes[ends[0]].label, reason=issue.message)
