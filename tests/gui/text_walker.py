"""Every text a user can read in a window: menus, widgets, tooltips, plots, the canvas.

`texts(widget)` walks a widget and all its children and returns (where, text) pairs;
`english(text, allowed)` says which words of a text are still English, once the names that
stay as they are (op types, node labels, file formats, the app's name ...) are taken out.
"""

from __future__ import annotations

import html
import re

import pyqtgraph as pg
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from core.ops import registry
from core.paths import sample_files

#: words that stay as they are in Korean: formats, products, keys, the book's math and code
#: names
KEEP = {
    "backprop", "studio", "english", "mnist", "png", "svg", "csv", "json", "npz", "gz", "idx",
    "python", "numpy", "pyside6", "qt", "pyqtgraph", "mit", "nan", "dtype", "float32",
    "float64", "uint8", "ctrl", "shift", "alt", "tab", "esc", "space", "enter", "del",
    "backspace", "ins", "home", "end", "pgup", "pgdown", "dout", "dx", "dy", "dw", "db", "lr",
    "std", "delta", "exp", "log", "max", "min", "softmax", "normal", "relu", "sigmoid", "sum",
    "init", "id", "mb", "kb", "gb", "ms", "twolayernet",
    # chapter 6: names the Korean edition keeps in Latin letters (Xavier 초깃값, He 초깃값)
    "tanh", "sgd", "adagrad", "rmsprop", "adam", "nesterov", "xavier", "he",
}
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9]+")
KEY = re.compile(r"F[0-9]+")  # F9, F10


def names_that_stay(graph=None) -> list[str]:
    """Op types, their symbols and ports, the samples' file names and the graph's labels:
    longest first."""
    names = {path.stem for path in sample_files()}
    for name, op in registry.all_ops().items():
        names |= {name, op.symbol, *op.inputs}
    if graph is not None:
        names |= {node.label for node in graph.nodes.values()}
    return sorted((n for n in names if n), key=len, reverse=True)


def english(text: str, names: list[str]) -> list[str]:
    """The English words left in `text` (none when it reads as Korean)."""
    text = html.unescape(TAG.sub(" ", text))
    for name in names:
        text = re.sub(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", " ", text)
    return [w for w in WORD.findall(text) if w.lower() not in KEEP and not KEY.fullmatch(w)]


def submenu(action: QAction) -> QMenu | None:
    """The menu `action` opens (None for a plain action): what `action.menu()` returns, but
    found as the menu that owns its menu action, because PySide6 before 6.11.2 handed Python
    the menu `action.menu()` returned, and deleted it with that reference."""
    parent = action.parent()
    return parent if isinstance(parent, QMenu) and parent.menuAction() is action else None


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(where, menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        if submenu(action) is not None:
            out += menu_texts(submenu(action), f"{where} ▸ {submenu(action).title()}")
        else:
            out += [(f"{where} ▸ {action.text()}", action.text()),
                    (f"{where} ▸ {action.text()} (tooltip)", action.toolTip())]
    return out


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of `root` and its children, tooltips included."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        out += [(f"{kind} tooltip", widget.toolTip()), (f"{kind} title", widget.windowTitle())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            out.append((kind, widget.text()))
        if isinstance(widget, QLineEdit):
            out.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QSpinBox):
            out.append((f"{kind} special", widget.specialValueText()))
        if isinstance(widget, QComboBox):
            out += [(kind, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            out += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                group = widget.topLevelItem(i)
                out.append((kind, group.text(0)))
                for j in range(group.childCount()):
                    item = group.child(j)
                    out += [(kind, item.text(c)) for c in range(widget.columnCount())]
                    out.append((f"{kind} tooltip", item.toolTip(0)))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                out += [(kind, widget.item(i).text()), (kind, widget.item(i).toolTip())]
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(i)
                out.append((f"{kind} header", header.text() if header else ""))
            for i in range(widget.rowCount()):
                header = widget.verticalHeaderItem(i)
                out.append((f"{kind} header", header.text() if header else ""))
                for j in range(widget.columnCount()):
                    item = widget.item(i, j)
                    out += [(kind, item.text()), (kind, item.toolTip())] if item else []
        if isinstance(widget, pg.GraphicsLayoutWidget):
            for plot in widget.ci.items:
                if isinstance(plot, pg.PlotItem):
                    out.append(("plot title", plot.titleLabel.text))
                    out += [(f"plot axis {side}", plot.getAxis(side).labelText)
                            for side in ("left", "bottom")]
    return [(where, text) for where, text in out if text]
