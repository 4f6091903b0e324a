"""The op palette (grouped by category, searchable, drag to the canvas) and the quick
search that Tab or typing opens on the canvas. Both are built from the core registry."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import translate
from core.ops import registry
from core.ops.base import CATEGORIES, CATEGORY_TITLES, Op
from gui.base.safety import guarded
from gui.canvas.input import OP_MIME

TYPE_ROLE = Qt.UserRole + 1


def op_tooltip(op: type[Op]) -> str:
    """The op's name and ports, and its forward and backward rule, in the current language."""
    ports = ", ".join(op.inputs) if op.inputs else translate("Palette", "no inputs")
    name = op.type_name if op.name() == op.type_name else f"{op.name()} ({op.type_name})"
    return f"<b>{html.escape(name)}</b> ({ports})<br>{html.escape(translate('ops', op.rule))}"


def category_title(category: str) -> str:
    return translate("categories", CATEGORY_TITLES[category])


def op_symbol(op: type[Op]) -> str:
    """The symbol when it says something the name does not and is short (`×` for Mul, not
    `Affine`, nor `Cross-Entropy` beside CrossEntropyError)."""
    plain = op.symbol.replace("-", "").lower()
    if plain in (op.type_name.lower(), "") or op.is_source or len(op.symbol) > 3:
        return ""
    return op.symbol


def op_title(op: type[Op]) -> str:
    symbol = op_symbol(op)
    return f"{op.name()}  {symbol}" if symbol else op.name()


def matches(op: type[Op], text: str) -> bool:
    """Whether a search for `text` finds `op`: by name, symbol or group (also the group's
    name in the current language)."""
    text = text.strip().lower()
    return not text or any(text in s.lower() for s in (op.type_name, op.name(), op.symbol,
                                                       op.category,
                                                       category_title(op.category)))


class PaletteTree(QTreeWidget):
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.op_items: dict[str, QTreeWidgetItem] = {}
        self.groups: dict[str, QTreeWidgetItem] = {}
        for category in CATEGORIES:
            group = QTreeWidgetItem(self)
            group.setFlags(Qt.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[category] = group
        for name, op in registry.all_ops().items():
            item = QTreeWidgetItem(self.groups[op.category], [name, op_symbol(op)])
            item.setData(0, TYPE_ROLE, name)
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            # the symbol in the text colour, a size up: it must read on both themes
            font = item.font(1)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            item.setFont(1, font)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
            self.op_items[name] = item
        self.expandAll()
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.itemDoubleClicked.connect(self._double_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """The groups' names and the ops' rules in the current language."""
        for category, group in self.groups.items():
            group.setText(0, category_title(category))
        ops = registry.all_ops()
        for name, item in self.op_items.items():
            item.setText(0, ops[name].name())  # 곱셈 for Mul in Korean, as the book
            item.setToolTip(0, op_tooltip(ops[name]))
            item.setToolTip(1, op_tooltip(ops[name]))

    def mimeTypes(self) -> list[str]:
        return [OP_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        names = [i.data(0, TYPE_ROLE) for i in items if i.data(0, TYPE_ROLE)]
        if names:
            data.setData(OP_MIME, names[0].encode("utf-8"))
        return data

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        name = item.data(0, TYPE_ROLE)
        if name:
            self.add_requested.emit(name)

    def filter(self, text: str) -> None:
        ops = registry.all_ops()
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hide = not matches(ops[child.data(0, TYPE_ROLE)], text)
                child.setHidden(hide)
                visible += not hide
            group.setHidden(visible == 0)


class Palette(QWidget):
    """Search box over the grouped op tree."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tree = PaletteTree(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self.tree.filter)
        self.tree.add_requested.connect(self.add_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search ops…"))
        self.tree.retranslate()
        self.tree.filter(self.search.text())


class OpSearchPopup(QFrame):
    """A small search list at the cursor: type to filter, Enter adds, Escape closes."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.Popup)
        self.setFrameShape(QFrame.StyledPanel)
        self.edit = QLineEdit(self)
        self.list = QListWidget(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # small print, in the muted colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.resize(260, 300)
        self.edit.textChanged.connect(self._refill)
        self.edit.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.edit.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Add op…"))
        self.hint.setText(self.tr("Enter adds · Esc closes · F2 renames a selected node"))
        self._refill(self.edit.text())

    def open_at(self, global_pos: QPoint, text: str = "", within: QRect | None = None) -> None:
        """Open at `global_pos`, moved in so the whole popup stays inside `within` (global
        coordinates: the canvas, so it never covers the status bar), else the window."""
        self.edit.setText(text)
        self._refill(text)
        self.show()  # first: the popup's final size is known once it is shown
        self.edit.setFocus()
        window = self.parentWidget().window() if self.parentWidget() else None
        area = window.frameGeometry() if window is not None else QRect()
        if within is not None and within.isValid():
            area = within
        screen = QGuiApplication.screenAt(global_pos)
        if screen is not None:
            area = area.intersected(screen.availableGeometry()) if area.isValid() \
                else screen.availableGeometry()
        size = self.frameGeometry().size()
        x, y = global_pos.x(), global_pos.y()
        if area.isValid():
            x = max(area.left(), min(x, area.left() + area.width() - size.width()))
            y = max(area.top(), min(y, area.top() + area.height() - size.height()))
        self.move(x, y)

    def _refill(self, text: str) -> None:
        self.list.clear()
        for name, op in registry.all_ops().items():
            if matches(op, text):
                item = QListWidgetItem(op_title(op))
                item.setData(TYPE_ROLE, name)
                item.setToolTip(op_tooltip(op))
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            empty = QListWidgetItem(self.tr("No op matches “{text}”").format(text=text.strip()))
            empty.setFlags(Qt.NoItemFlags)  # says so; Enter adds nothing
            self.list.addItem(empty)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(TYPE_ROLE):
            self.hide()
            self.chosen.emit(item.data(TYPE_ROLE))

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key_Down, Qt.Key_Up):
                row = self.list.currentRow() + (1 if event.key() == Qt.Key_Down else -1)
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
            if event.key() == Qt.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(obj, event)
