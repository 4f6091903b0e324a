"""The inspector: a selected node's label and parameters, and what it computed.

The parameter rows are built from the op's declarations (`Op.params_spec`): one field per
parameter, shown only where it applies (a source's std only for `init: normal`). What the
user types is read and checked completely before anything changes; the edit goes through
the `Editor`, so an invalid entry is refused with a message and the graph stays exactly
as it was, with the text left in its field to be corrected.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.engine.result import Result
from core.formatting import summarize
from core.i18n import localized, translate
from core.model.graph import Node
from core.ops.values import ParamError, stored_shape
from gui.document.commands import MoveNodes
from gui.document.document import Document
from gui.document.editor import Editor
from gui.inspector.output_field import OutputRow
from gui.inspector.param_fields import Field, make_field


class Inspector(QWidget):
    status_message = Signal(str)

    def __init__(self, document: Document, editor: Editor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.editor = document, editor
        self.node_id: str | None = None
        self.fields: dict[str, Field] = {}
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.label_edit = QLineEdit()
        self.apply_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #e53935")  # readable on light and dark
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.output_row = OutputRow(document, editor)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Label"), self.label_edit)
        self.params_box = QWidget()
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.params_box)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.output_row)
        layout.addWidget(self.message)
        layout.addWidget(self.rule)
        layout.addWidget(self.computed)
        layout.addStretch(1)

        self.label_edit.editingFinished.connect(self.apply_label)
        self.apply_button.clicked.connect(self.apply_params)
        editor.refused.connect(self._refused)
        document.signals.node_changed.connect(self._node_changed)
        document.signals.node_removed.connect(
            lambda node: self.show_node(None) if node.id == self.node_id else None)
        document.graph_replaced.connect(lambda _g: self.show_node(None))
        document.computed.connect(self._show_computed)
        self._applying = False
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the current language (the fields are built anew)."""
        self.apply_button.setText(self.tr("Apply"))
        self.form.labelForField(self.label_edit).setText(self.tr("Label"))
        self.output_row.retranslate()
        self.show_node(self.node_id)

    # -- showing ------------------------------------------------------------------------

    @property
    def node(self) -> Node | None:
        return self.document.graph.nodes.get(self.node_id) if self.node_id else None

    def field(self, name: str) -> QWidget:
        """The widget a user types into for parameter `name` (tests drive it)."""
        return self.fields[name].input_widget()

    def show_node(self, node_id: str | None) -> None:
        self.node_id = node_id
        node = self.node
        self.message.clear()
        self._build_fields(node)
        self.output_row.show_node(node)
        self.label_edit.setEnabled(node is not None)
        self.form.setRowVisible(self.label_edit, node is not None)
        if node is None:
            meta = self.document.graph.meta
            title, description = localized(meta, "title"), localized(meta, "description")
            about = f"<b>{html.escape(title)}</b><br>" if title else ""
            about += f"<small>{html.escape(description)}</small><br>" if description else ""
            if description and self._edited():
                about += ("<small><i>" + self.tr("Edited since it was opened: the description "
                                                 "is of the graph as it was.") + "</i></small><br>")
            about += "<br>" if description else ""
            self.title.setText(about + "<i>" + self.tr("Select one node to edit it.")
                               + "</i><br><br><small>"
                               + self.tr("Drag ops from the palette (or press Tab on the "
                                         "canvas), drag from an output port to an input port "
                                         "to connect, double-click a node's name to rename "
                                         "it.") + "</small>")
            self.label_edit.clear()
            self.rule.clear()
            self.computed.clear()
            self.apply_button.hide()
            return
        op = node.op
        role = f" · {translate('roles', op.role)}" if op.is_source else ""
        self.title.setText(f"<b>{node.type}</b>{role} <span style='color:gray'>"
                           + self.tr("(id {id})").format(id=html.escape(node.id)) + "</span>")
        self.rule.setText(f"<small>{html.escape(translate('ops', op.rule))}</small>")
        self.label_edit.setText(node.label)
        self._load_params(node)
        self._show_computed(self.document.result)

    def _edited(self) -> bool:
        """Whether an edit done since the graph was opened (and not undone) changed more
        than where nodes stand: the file's description may no longer fit."""
        stack = self.document.undo_stack
        return any(not isinstance(stack.command(i), MoveNodes) for i in range(stack.index()))

    def _build_fields(self, node: Node | None) -> None:
        """One row per declared parameter of the node's op."""
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.fields = {}
        for param in (node.op.params_spec if node is not None else ()):
            field = make_field(param)
            field.submitted.connect(self.apply_params)
            self.fields[param.name] = field
            self.params_form.addRow(translate("params", param.title), field)
        self.apply_button.setVisible(bool(self.fields))

    def _load_params(self, node: Node) -> None:
        for name, field in self.fields.items():
            param = field.param
            value = node.params.get(name, param.default)
            if name == "shape" and "shape" not in node.params:
                value = _shape_of(node.params.get("value")) or param.default
            field.show_value(value)
        self._show_rows()

    def _show_rows(self) -> None:
        """Show only the fields that apply beside the others' current values."""
        chosen: dict[str, Any] = {}
        for name, field in self.fields.items():
            param = field.param
            visible = param.applies(chosen)
            self.params_form.setRowVisible(field, visible)
            if visible and param.kind == "choice":
                chosen[name] = field.value(None)

    def _node_changed(self, node: Node, what: str) -> None:
        if node.id != self.node_id:
            return
        if what == "label":
            self.label_edit.setText(node.label)
        elif what == "params" and not self._applying:
            self._load_params(node)

    def _show_computed(self, result: Result | None) -> None:
        if self.node_id is None:
            self.show_node(None)  # an edit, or its undo: the description's note follows
            return
        if result is None:
            return
        value, grad = result.values.get(self.node_id), result.grads.get(self.node_id)
        issue = result.errors.get(self.node_id) or result.warnings.get(self.node_id)
        text = (self.tr("value") + f" <b>{html.escape(summarize(value))}</b><br>"
                + self.tr("gradient")
                + f" <b style='color:#e53935'>{html.escape(summarize(grad))}</b>")
        if issue:
            text += f"<br><span style='color:#e53935'>{html.escape(issue.message)}</span>"
        self.computed.setText(text)

    # -- editing ------------------------------------------------------------------------

    def _refused(self, message: str) -> None:
        if self.isVisible() or self.node_id is not None:
            self.message.setText(message)

    def refuse(self, message: str) -> None:
        self.message.setText(message)
        self.status_message.emit(message)

    def apply_label(self) -> None:
        node = self.node
        if node is None or self.label_edit.text().strip() == node.label:
            return
        self.message.clear()
        if not self.editor.rename(node.id, self.label_edit.text()):
            self.label_edit.setText(node.label)

    def params_from_fields(self, node: Node) -> dict[str, Any]:
        """The params the visible fields describe; ParamError says what cannot be read."""
        params: dict[str, Any] = {}
        for name, field in self.fields.items():
            if field.param.applies(params):
                params[name] = field.value(node.params.get(name))
        return params

    def apply_params(self) -> None:
        node = self.node
        if node is None:
            return
        self._show_rows()
        try:
            params = node.op.validate_params(self.params_from_fields(node))
        except ParamError as e:
            self.refuse(self.tr("Not applied: {problem}").format(problem=e))
            return
        self.message.clear()
        self._applying = True  # the fields already show what is being applied
        try:
            changed = self.editor.set_params(node.id, params)
        finally:
            self._applying = False
        if changed:
            self.status_message.emit(self.tr("{label} updated").format(label=node.label))
            self._load_params(self.node)


def _shape_of(value: Any) -> list[int] | None:
    shape = list(stored_shape(value))
    return shape if shape and math.prod(shape) > 0 else None
