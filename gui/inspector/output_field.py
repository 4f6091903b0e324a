"""The inspector's output row: is the selected node the graph's output L, and which
gradient arrives at it (1, unless it comes from the rest of a larger graph, as the
book's ∂L/∂z = 1.3 in figure 5-11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.formatting import literal_text
from core.model.graph import Node
from core.ops.values import ParamError, parse_literal
from gui.base.safety import guarded
from gui.document.document import Document
from gui.document.editor import Editor


class CheckText(QLabel):
    """A check box's words, wrapped to the width there is (a QCheckBox's own text never
    wraps, and ran off the inspector's edge); a click on them toggles the box."""

    def __init__(self, check: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    @guarded
    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.check.isEnabled() and \
                self.rect().contains(event.position().toPoint()):
            self.check.click()
        super().mouseReleaseEvent(event)


class OutputRow(QWidget):
    def __init__(self, document: Document, editor: Editor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.editor = document, editor
        self.node_id: str | None = None
        self.check = QCheckBox()
        self.grad_edit = QLineEdit()
        self.grad_edit.setPlaceholderText("1")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.check_label, self.grad_label = QLabel(), QLabel()
        self.check_text = CheckText(self.check)
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.check, 0, Qt.AlignTop)
        line.addWidget(self.check_text, 1)
        self.form.addRow(self.check_label, box)
        self.form.addRow(self.grad_label, self.grad_edit)
        self.retranslate()
        self.check.clicked.connect(lambda _checked: self.apply())
        self.grad_edit.editingFinished.connect(self.apply)
        document.computed.connect(lambda _result: self._load())

    def retranslate(self) -> None:
        self.check_text.setText(self.tr("The graph's output L: backward starts here"))
        self.check.setAccessibleName(self.check_text.text())
        self.grad_edit.setToolTip(self.tr(
            "∂L/∂output, the gradient arriving at the output: 1, or a number or an array of "
            "the output's shape when it comes from the rest of a larger graph"))
        self.check_label.setText(self.tr("Output"))
        self.grad_label.setText(self.tr("∂L/∂output"))

    def show_node(self, node: Node | None) -> None:
        self.node_id = node.id if node is not None else None
        self.setVisible(node is not None)
        self._load()

    def _load(self) -> None:
        graph = self.document.graph
        is_output = self.node_id is not None and graph.output.node == self.node_id
        self.check.setChecked(is_output)
        grad = graph.output.given_grad if is_output else None
        if not self.grad_edit.hasFocus():
            self.grad_edit.setText("" if grad is None else literal_text(grad))
        self.form.setRowVisible(self.grad_edit, is_output)

    def apply(self) -> None:
        graph, node_id = self.document.graph, self.node_id
        if node_id is None or node_id not in graph.nodes:
            return
        if not self.check.isChecked():
            if graph.output.node == node_id:
                self.editor.set_output(None)
            self._load()
            return
        text = self.grad_edit.text().strip()
        try:
            grad = parse_literal(text) if text else None
        except ParamError as e:
            self.editor.refused.emit(self.tr("Not applied: {problem}").format(problem=e))
            return
        self.editor.set_output(node_id, grad)
        self._load()
