"""Light and dark colour themes: one table of colours the canvas and the widgets read.

Both keep the numbers readable: forward values in the text colour, gradients in a red
that has enough contrast on that theme's canvas (the book prints gradients in red). A value
or gradient that is not finite (∞, NaN) is written in amber on a pale amber box instead, and
the node where it started gets an amber outline: a fault to look at, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from gui.base.safety import guarded


@dataclass(frozen=True)
class Theme:
    name: str
    canvas: str
    grid: str
    node_fill: str
    node_header: str
    source_header: str
    node_border: str
    node_text: str
    muted_text: str
    edge: str
    value_text: str
    grad_text: str
    label_fill: str
    selection: str
    error: str
    valid: str
    highlight: str
    fault: str  # ink and outline of non-finite numbers and the node they started at
    fault_fill: str  # the box behind a non-finite number
    window: str
    base: str
    window_text: str

    def color(self, name: str) -> QColor:
        """The colour as a QColor (cached: painting asks for colours thousands of times)."""
        cache = _COLOR_CACHE.setdefault(self.name, {})
        color = cache.get(name)
        if color is None:
            color = cache[name] = QColor(getattr(self, name))
        return color


_COLOR_CACHE: dict[str, dict[str, QColor]] = {}


LIGHT = Theme(
    name="light", canvas="#f7f7f4", grid="#e8e8e3", node_fill="#ffffff",
    node_header="#e6edf5", source_header="#eef3e6", node_border="#9aa5b1",
    node_text="#1f2933", muted_text="#6b7785", edge="#7b8794", value_text="#1f2933",
    grad_text="#c62828", label_fill="#f7f7f4", selection="#2f80ed", error="#d32f2f",
    valid="#2e9d5b", highlight="#f2a900", fault="#b45309", fault_fill="#fdecc8",
    window="#efefec", base="#ffffff",
    window_text="#1f2933",
)

DARK = Theme(
    name="dark", canvas="#1e2227", grid="#272c33", node_fill="#2b3038",
    node_header="#34404f", source_header="#36443a", node_border="#5d6877",
    node_text="#e6e9ed", muted_text="#9aa4b1", edge="#8994a3", value_text="#e6e9ed",
    grad_text="#ff7b72", label_fill="#1e2227", selection="#58a6ff", error="#ff6b6b",
    valid="#56d364", highlight="#e3b341", fault="#f0a44b", fault_fill="#3d2c14",
    window="#262a30", base="#1e2227",
    window_text="#e6e9ed",
)

THEMES = {t.name: t for t in (LIGHT, DARK)}


class ThemeStyle(QProxyStyle):
    """Qt's Fusion style, with check boxes that show on a dark window: Fusion outlines a
    check box in a darker shade of the window, which on dark grey left a near-black square
    nobody saw. On a dark palette the box gets a light outline (the muted text colour)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    @guarded
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorItemViewItemCheck) \
                and option.palette.color(QPalette.Window).lightness() < 128:
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(option.palette.color(QPalette.PlaceholderText), 1.0))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()


def apply_to_app(app: QApplication, theme: Theme) -> None:
    """Give the widgets (docks, menus, inputs) the theme's colours via the Fusion style."""
    if not isinstance(app.style(), ThemeStyle):
        app.setStyle(ThemeStyle())
    pal = QPalette()
    pal.setColor(QPalette.Window, QColor(theme.window))
    pal.setColor(QPalette.WindowText, QColor(theme.window_text))
    pal.setColor(QPalette.Base, QColor(theme.base))
    pal.setColor(QPalette.AlternateBase, QColor(theme.window))
    pal.setColor(QPalette.Text, QColor(theme.window_text))
    pal.setColor(QPalette.Button, QColor(theme.window))
    pal.setColor(QPalette.ButtonText, QColor(theme.window_text))
    pal.setColor(QPalette.ToolTipBase, QColor(theme.base))
    pal.setColor(QPalette.ToolTipText, QColor(theme.window_text))
    pal.setColor(QPalette.PlaceholderText, QColor(theme.muted_text))
    pal.setColor(QPalette.Highlight, QColor(theme.selection))
    pal.setColor(QPalette.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.Link, QColor(theme.selection))
    app.setPalette(pal)
