"""The inspector: a selected node's label, and a source's value or initializer.

Text is parsed and validated completely before anything is pushed, so an invalid entry is
refused with a message and the graph is left exactly as it was.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from core.engine import Result
from core.formatting import summarize
from core.graph import Node
from core.op import ParamError
from gui import commands
from gui.document import Document

INITS = ("fixed", "zeros", "normal")


class ParseError(ValueError):
    pass


def parse_value(text: str) -> Any:
    """A number, or nested lists: JSON (`[[1, 2], [3, 4]]`) or rows of numbers separated by
    spaces or commas, one row per line or per `;` (`1 2; 3 4`)."""
    text = text.strip()
    if not text:
        raise ParseError("the value is empty")
    try:
        return json.loads(text)
    except ValueError:
        pass
    rows = [r for r in re.split(r"[;\n]", text) if r.strip()]
    try:
        parsed = [[float(x) for x in re.split(r"[,\s]+", r.strip().strip("[]")) if x]
                  for r in rows]
    except ValueError:
        raise ParseError(f"cannot read {text[:40]!r} as a number, a vector or a matrix "
                         "(try 3.5, [1, 2] or 1 2; 3 4)") from None
    parsed = [[int(x) if x.is_integer() else x for x in r] for r in parsed]
    if len(parsed) == 1:
        row = parsed[0]
        return row[0] if len(row) == 1 and "," not in text and " " not in text else row
    return parsed


def parse_shape(text: str) -> list[int]:
    parts = [p for p in re.split(r"[,\s×x()\[\]]+", text.strip()) if p]
    try:
        return [int(p) for p in parts]
    except ValueError:
        raise ParseError(f"shape {text!r} must be whole numbers like 2, 3") from None


def value_text(value: Any) -> str:
    return json.dumps(value)


class Inspector(QWidget):
    status_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.node_id: str | None = None
        self.title = QLabel("Nothing selected")
        self.title.setWordWrap(True)
        self.label_edit = QLineEdit()
        self.init_combo = QComboBox()
        self.init_combo.addItems(INITS)
        self.value_edit = QPlainTextEdit()
        self.value_edit.setPlaceholderText("3.5   or   [1, 2]   or   1 2; 3 4")
        self.value_edit.setFixedHeight(90)
        self.shape_edit = QLineEdit()
        self.shape_edit.setPlaceholderText("e.g. 2, 3")
        self.std_edit = QLineEdit()
        self.seed_edit = QLineEdit()
        self.axis_edit = QLineEdit()
        self.axis_edit.setPlaceholderText("empty for all axes")
        self.apply_button = QPushButton("Apply")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #e53935")  # readable on light and dark
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.rule = QLabel()
        self.rule.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow("Label", self.label_edit)
        self.form.addRow("Init", self.init_combo)
        self.form.addRow("Value", self.value_edit)
        self.form.addRow("Shape", self.shape_edit)
        self.form.addRow("Std", self.std_edit)
        self.form.addRow("Seed", self.seed_edit)
        self.form.addRow("Axis", self.axis_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.message)
        layout.addWidget(self.rule)
        layout.addWidget(self.computed)
        layout.addStretch(1)

        self.label_edit.editingFinished.connect(self.apply_label)
        self.apply_button.clicked.connect(self.apply_params)
        self.init_combo.currentTextChanged.connect(self._show_rows)
        for edit in (self.shape_edit, self.std_edit, self.seed_edit, self.axis_edit):
            edit.returnPressed.connect(self.apply_params)
        document.signals.node_changed.connect(self._node_changed)
        document.signals.node_removed.connect(
            lambda node: self.show_node(None) if node.id == self.node_id else None)
        document.graph_replaced.connect(lambda _g: self.show_node(None))
        document.computed.connect(self._show_computed)
        self.show_node(None)

    # -- showing ------------------------------------------------------------------------

    @property
    def node(self) -> Node | None:
        return self.document.graph.nodes.get(self.node_id) if self.node_id else None

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def show_node(self, node_id: str | None) -> None:
        self.node_id = node_id
        node = self.node
        self.message.clear()
        editable = node is not None
        for w in (self.label_edit, self.apply_button):
            w.setEnabled(editable)
        if node is None:
            meta = self.document.graph.meta
            about = (f"<b>{html.escape(meta['title'])}</b><br>" if meta.get("title") else "")
            about += (f"<small>{html.escape(meta['description'])}</small><br><br>"
                      if meta.get("description") else "")
            self.title.setText(about + "<i>Select one node to edit it.</i><br><br><small>"
                               "Drag ops from the palette (or press Tab on the canvas), "
                               "drag from an output port to an input port to connect, "
                               "double-click a node's name to rename it.</small>")
            self.label_edit.clear()
            self.rule.clear()
            self.computed.clear()
            for f in (self.label_edit, self.init_combo, self.value_edit, self.shape_edit, self.std_edit,
                      self.seed_edit, self.axis_edit):
                self._set_row_visible(f, False)
            self.apply_button.hide()
            return
        self._set_row_visible(self.label_edit, True)
        op = node.op
        role = f" · {op.role}" if op.is_source else ""
        self.title.setText(f"<b>{node.type}</b>{role} <span style='color:gray'>"
                           f"(id {node.id})</span>")
        self.rule.setText(f"<small>{op.rule}</small>")
        self.label_edit.setText(node.label)
        self._load_params(node)
        self._show_computed(self.document.result)

    def _load_params(self, node: Node) -> None:
        params = node.params
        if node.op.is_source:
            init = params.get("init", "fixed")
            self.init_combo.blockSignals(True)
            self.init_combo.setCurrentText(init)
            self.init_combo.blockSignals(False)
            self.value_edit.setPlainText(value_text(params["value"]) if "value" in params else "")
            self.shape_edit.setText(", ".join(str(n) for n in params.get("shape", [])))
            self.std_edit.setText(str(params.get("std", 0.01)))
            self.seed_edit.setText(str(params.get("seed", 0)))
        else:
            axis = params.get("axis")
            self.axis_edit.setText("" if axis is None else str(axis))
        self._show_rows()

    def _show_rows(self, *_args) -> None:
        node = self.node
        source = node is not None and node.op.is_source
        init = self.init_combo.currentText()
        self._set_row_visible(self.init_combo, source)
        self._set_row_visible(self.value_edit, source and init == "fixed")
        self._set_row_visible(self.shape_edit, source and init != "fixed")
        self._set_row_visible(self.std_edit, source and init == "normal")
        self._set_row_visible(self.seed_edit, source and init == "normal")
        has_axis = node is not None and "axis" in node.op.default_params
        self._set_row_visible(self.axis_edit, has_axis)
        self.apply_button.setVisible(source or has_axis)

    def _node_changed(self, node: Node, what: str) -> None:
        if node.id != self.node_id:
            return
        if what == "label":
            self.label_edit.setText(node.label)
        elif what == "params":
            self._load_params(node)

    def _show_computed(self, result: Result | None) -> None:
        if result is None or self.node_id is None:
            return
        value, grad = result.values.get(self.node_id), result.grads.get(self.node_id)
        issue = result.errors.get(self.node_id) or result.warnings.get(self.node_id)
        text = (f"value <b>{summarize(value)}</b><br>"
                f"gradient <b style='color:#e53935'>{summarize(grad)}</b>")
        if issue:
            text += f"<br><span style='color:#e53935'>{html.escape(issue.message)}</span>"
        self.computed.setText(text)

    # -- editing ------------------------------------------------------------------------

    def refuse(self, message: str) -> None:
        self.message.setText(message)
        self.status_message.emit(message)

    def apply_label(self) -> None:
        node = self.node
        if node is None:
            return
        text = self.label_edit.text().strip()
        if text == node.label:
            return
        if not text:
            self.label_edit.setText(node.label)
            self.refuse("A label cannot be empty; the old one is kept.")
            return
        self.message.clear()
        self.document.push(commands.Rename(self.document.graph, node.id, text))

    def params_from_fields(self, node: Node) -> dict[str, Any]:
        """The params the fields describe, validated; ParseError/ParamError if invalid."""
        if node.op.is_source:
            init = self.init_combo.currentText()
            params: dict[str, Any] = {"init": init}
            if init == "fixed":
                params["value"] = parse_value(self.value_edit.toPlainText())
            else:
                params["shape"] = parse_shape(self.shape_edit.text())
            if init == "normal":
                try:
                    params["std"] = float(self.std_edit.text())
                    params["seed"] = int(self.seed_edit.text() or 0)
                except ValueError:
                    raise ParseError("std must be a number and seed a whole number") from None
        else:
            params = dict(node.params)
            if "axis" in node.op.default_params:
                text = self.axis_edit.text().strip()
                try:
                    params["axis"] = None if not text else int(text)
                except ValueError:
                    raise ParseError(f"axis {text!r} must be a whole number or empty") from None
        return node.op.validate_params(params)

    def apply_params(self) -> None:
        node = self.node
        if node is None:
            return
        try:
            params = self.params_from_fields(node)
        except (ParseError, ParamError) as e:
            self.refuse(f"Not applied: {e}")
            return
        self.message.clear()
        if params != node.params:
            self.document.push(commands.SetParams(self.document.graph, node.id, params))
            self.status_message.emit(f"{node.label} updated")
