"""The status bar: the window's messages at the left and, at the right, the permanent line
of the graph's outputs and their values, or what went wrong first; and the canvas banner
when no gradient can be shown.

The status line follows what the canvas shows (every recompute, and a training batch
while the canvas graph trains): errors in red (the root cause first, `(+2
more)`), outputs in the text colour, an ∞ or NaN in amber with where it started. When the
graph's end cannot compute, no gradient is shown anywhere (they would belong to another
output), and the banner across the canvas says why.

Neither runs into the other at any width: the status line takes at most half the bar, and
each ends with "…" at a word where its room ends (Qt cut the message mid-word under the
status line), the whole text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QStyle, QStyleOption, QWidget

from core.engine.result import Result
from core.formatting import not_finite, summarize
from gui.base.safety import guarded

#: the share of the status bar the status line may take
STATUS_LINE_SHARE = 0.5


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` as it fits `width`: whole, or cut at the last word that fits, with "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    cut = metrics.elidedText(text, Qt.ElideRight, width)
    kept = cut.rstrip("…")
    if " " in kept and not text.startswith(kept + " "):
        kept = kept[:kept.rfind(" ")]  # the word that was cut goes whole
    return kept.rstrip(" ,;:·—") + "…"


class MessageBar(QStatusBar):
    """Qt's status bar, but a message too long for its room ends at a word with "…"
    (`currentMessage()` keeps it whole, and the tooltip shows it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(lambda _text: self.update())

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for widget in self.findChildren(QLabel, options=Qt.FindDirectChildrenOnly):
            widget.updateGeometry()  # the status line's share follows the width

    def message_rect(self) -> QRect:
        """Where the message is written: up to the first permanent widget."""
        right = self.width() - 12
        for widget in self.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if widget.isVisible() and widget.x() > self.width() // 4:
                right = min(right, widget.x() - 8)
        return QRect(6, 0, max(right - 6, 0), self.height())

    def shown_message(self) -> str:
        """The message as it is drawn now."""
        return elided(self.fontMetrics(), self.currentMessage(), self.message_rect().width())

    @guarded
    def paintEvent(self, event) -> None:
        message = self.currentMessage()
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PE_PanelStatusBar, option, painter, self)
        if message:
            shown = self.shown_message()
            self.setToolTip(message if shown != message else "")
            painter.setPen(self.palette().color(QPalette.WindowText))
            painter.drawText(self.message_rect(), Qt.AlignLeading | Qt.AlignVCenter
                             | Qt.TextSingleLine, shown)
        painter.end()


class StatusLine(QLabel):
    def __init__(self, document, scene, view, presenter) -> None:
        """It says what the canvas shows: `presenter`'s result (the document's, or the
        batch a run of the canvas graph trains on)."""
        super().__init__()
        self.document, self.scene, self.view = document, scene, view
        presenter.shown.connect(self.show_result)

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        bar = self.parentWidget()
        if bar is not None:
            hint.setWidth(min(hint.width(), int(bar.width() * STATUS_LINE_SHARE)))
        return hint

    @guarded(default=QSize())
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(min(super().minimumSizeHint().width(), 120),
                     super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as it is drawn now (ended with "…" when it has no room)."""
        return elided(self.fontMetrics(), self.text(), self.contentsRect().width())

    @guarded
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), Qt.AlignVCenter | Qt.AlignLeft, self.shown_text())
        painter.end()

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
        self.setToolTip(text)
        self.updateGeometry()
        self.view.set_banner(self._no_gradients(result))

    def _more(self, count: int) -> str:
        return self.tr("  (+{count} more)").format(count=count) if count > 0 else ""

    def _no_gradients(self, result: Result) -> str:
        """Why no gradient shows, when the graph's end cannot compute (else "")."""
        if result.outputs or not result.errors:
            return ""
        graph = self.document.graph
        named = graph.output.node
        if named in result.errors:  # the output the user chose
            return self.tr("The output {label} cannot compute, so there are no gradients to "
                           "show: {reason}").format(label=graph.nodes[named].label,
                                                    reason=result.errors[named].message)
        # no output chosen: backward would start at the graph's ends; none is "the output"
        ends = [nid for nid in result.errors if not graph.out_edges(nid)]
        if not ends:
            return ""
        issue = result.errors[ends[0]]
        return self.tr("{label}, where the graph ends, cannot compute, so there are no "
                       "gradients to show: {reason}").format(
            label=graph.nodes[ends[0]].label, reason=issue.message)
