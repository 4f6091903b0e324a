"""Drive the canvas with real mouse and keyboard events, in scene coordinates."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.formatting import summarize


class Canvas:
    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot
        self.view, self.scene, self.document = window.view, window.scene, window.document

    @property
    def viewport(self):
        return self.view.viewport()

    def to_view(self, scene_pos: QPointF) -> QPoint:
        return self.view.mapFromScene(scene_pos)

    def press(self, scene_pos, button=Qt.LeftButton, modifier=Qt.NoModifier) -> None:
        QTest.mousePress(self.viewport, button, modifier, self.to_view(scene_pos))

    def move(self, scene_pos) -> None:
        QTest.mouseMove(self.viewport, self.to_view(scene_pos))

    def release(self, scene_pos, button=Qt.LeftButton, modifier=Qt.NoModifier) -> None:
        QTest.mouseRelease(self.viewport, button, modifier, self.to_view(scene_pos))

    def click(self, scene_pos, modifier=Qt.NoModifier) -> None:
        QTest.mouseClick(self.viewport, Qt.LeftButton, modifier, self.to_view(scene_pos))

    def double_click(self, scene_pos) -> None:
        """Press, release, double-click, release, as a real double-click arrives
        (QTest.mouseDClick alone sends only the double-click event)."""
        pos = self.to_view(scene_pos)
        QTest.mouseClick(self.viewport, Qt.LeftButton, Qt.NoModifier, pos)
        QTest.mouseDClick(self.viewport, Qt.LeftButton, Qt.NoModifier, pos)
        QTest.mouseRelease(self.viewport, Qt.LeftButton, Qt.NoModifier, pos)

    def drag(self, start, end, steps: int = 6) -> None:
        """Press at `start`, move in steps, release at `end` (scene coordinates)."""
        start, end = QPointF(start), QPointF(end)
        self.press(start)
        for i in range(1, steps + 1):
            self.move(start + (end - start) * (i / steps))
        self.release(end)

    def key(self, key, modifier=Qt.NoModifier) -> None:
        QTest.keyClick(self.viewport, key, modifier)

    def drop_op(self, type_name: str, scene_pos) -> None:
        """Drag a palette entry (its own MIME data) onto the canvas at `scene_pos`."""
        tree = self.window.palette.tree
        data: QMimeData = tree.mimeData([tree.op_items[type_name]])
        # Qt's constructors take a QPoint for enter/move and a QPointF for the drop
        pos = QPointF(self.to_view(scene_pos))
        actions = Qt.CopyAction | Qt.MoveAction
        enter = QDragEnterEvent(pos.toPoint(), actions, data, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(self.viewport, enter)
        move = QDragMoveEvent(pos.toPoint(), actions, data, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(self.viewport, move)
        drop = QDropEvent(pos, actions, data, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(self.viewport, drop)

    # -- where things are -----------------------------------------------------------------

    def node(self, label: str):
        graph = self.document.graph
        node = graph.find_label(label)
        assert node is not None, f"no node labelled {label!r}"
        return self.scene.nodes[node.id]

    def output_port(self, label: str) -> QPointF:
        return self.node(label).output_port.scenePos()

    def input_port(self, label: str, port: str) -> QPointF:
        return self.node(label).input_ports[port].scenePos()

    def header(self, label: str) -> QPointF:
        return self.node(label).mapToScene(QPointF(60, 12))

    def wait_computed(self) -> None:
        """Let the zero-timeout recompute run."""
        self.qtbot.waitUntil(lambda: not self.document._timer.isActive(), timeout=2000)

    def edge_labels(self, source: str, target: str, port: str) -> tuple[str, str]:
        graph = self.document.graph
        edge = graph.edge_into(graph.find_label(target).id, port)
        assert edge is not None and edge.source == graph.find_label(source).id
        item = self.scene.edges[edge.id]
        return item.value_text, item.grad_text

    def expected_labels(self, result, edge) -> tuple[str, str]:
        return summarize(result.edge_value(edge)), summarize(result.edge_grad(edge))

    # -- edits through the inspector, with real clicks and keys --------------------------

    def set_value(self, label: str, text: str, name: str = "value") -> None:
        """Select the node `label` with a click, type `text` into its parameter field
        `name` (its Value, by default) and click Apply (the recompute runs after the
        caller's wait, if it armed one)."""
        self.click(self.header(label))
        inspector = self.window.inspector
        field = inspector.field(name)
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, text)
        QTest.mouseClick(inspector.apply_button, Qt.LeftButton)

    def rename(self, label: str, name: str) -> None:
        """Select `label` with a click, type `name` into the inspector's Label field, Enter."""
        self.click(self.header(label))
        line = self.window.inspector.label_edit
        line.setFocus()
        line.selectAll()
        QTest.keyClicks(line, name)
        QTest.keyClick(line, Qt.Key_Return)
