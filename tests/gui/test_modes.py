"""Step mode, copy/paste/duplicate, the view's zoom and pan, themes, the op search."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.base.theme import DARK, LIGHT


def test_step_mode_walks_forward_then_states_each_rule_backward(canvas):
    c = canvas
    w = c.window
    QTest.keyClick(w, Qt.Key_F9)
    assert w.step_bar.isVisible() and w.window_actions.run.step.isChecked()
    stepper = w.stepper
    first = stepper.current
    assert first.phase == "forward"
    assert c.scene.nodes[first.node].highlighted
    assert w.step_bar.counter.text() == "Forward 1 / 18"
    # before the pass reaches price, nothing after the first source is painted
    price_stub = c.scene.stubs["price"]
    assert price_stub.value_text == "" and price_stub.grad_text == ""
    texts = [w.step_bar.text.text()]
    while stepper.index < len(stepper.steps) - 1:
        QTest.keyClick(w, Qt.Key_F10)
        texts.append(w.step_bar.text.text())
    assert "price = all_price × tax = 650 × 1.1 = 715" in texts
    assert "apple_price = apple × apple_num = 100 × 2 = 200" in texts
    # the book's backward step through apple_price, naming the other input
    assert ("× swaps its inputs; local derivative ∂apple_price/∂apple = apple_num, times the "
            "upstream gradient: ∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 "
            "= 2.2") in [t.split("\n")[0] for t in texts]
    assert ("× swaps its inputs; local derivative ∂price/∂tax = all_price, times the upstream "
            "gradient: ∂price/∂tax = ∂price/∂price × all_price = 1 × 650 = 650") in texts
    assert len([s for s in stepper.steps if s.phase == "forward"]) == 9
    assert texts.index("price = all_price × tax = 650 × 1.1 = 715") < texts.index(
        "Backward starts at the output price: ∂price/∂price = 1")
    assert w.step_bar.counter.text() == "Backward 18 / 18"
    # at the end everything is shown, as outside step mode
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")
    assert (price_stub.value_text, price_stub.grad_text) == ("715", "1")
    QTest.keyClick(w, Qt.Key_F10, Qt.ShiftModifier)
    assert stepper.index == 16
    assert c.edge_labels("apple_num", "apple_price", "y") == ("2", "")  # not reached yet
    QTest.mouseClick(w.step_bar.exit_button, Qt.LeftButton)
    assert not w.step_bar.isVisible() and not w.window_actions.run.step.isChecked()
    assert not any(item.highlighted for item in c.scene.nodes.values())
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2.2")


def test_copy_paste_and_duplicate_are_single_undo_steps(canvas):
    c = canvas
    graph = c.document.graph
    for label in ("apple", "apple_num"):
        c.click(c.header(label), Qt.ControlModifier if label != "apple" else Qt.NoModifier)
    assert sorted(c.scene.selected_node_ids()) == ["apple", "apple_num"]
    c.window.window_actions.edit.copy.trigger()
    c.window.window_actions.edit.paste.trigger()
    assert len(graph.nodes) == 11
    pasted = c.scene.selected_node_ids()
    # copies are named apple_2, apple_num_2 (not apple2, apple22 on a second copy)
    assert sorted(graph.nodes[n].label for n in pasted) == ["apple_2", "apple_num_2"]
    assert graph.nodes[pasted[0]].params == graph.nodes[
        graph.find_label(graph.nodes[pasted[0]].label.rsplit("_", 1)[0]).id].params
    c.window.window_actions.edit.undo.trigger()
    assert len(graph.nodes) == 9
    # duplicate keeps the edges among the copied nodes
    c.window.window_actions.edit.select_all.trigger()
    c.window.window_actions.edit.duplicate.trigger()
    assert len(graph.nodes) == 18 and len(graph.edges) == 16
    c.wait_computed()
    assert sorted(s.value_text for s in c.scene.stubs.values()) == ["715", "715"]
    c.window.window_actions.edit.undo.trigger()
    assert len(graph.nodes) == 9 and len(graph.edges) == 8


def test_zoom_with_wheel_and_keys_pan_with_middle_drag_and_fit(canvas):
    c = canvas
    view = c.view
    view.reset_zoom()
    QTest.keyClick(c.viewport, Qt.Key_Plus)
    assert abs(view.zoom() - 1.25) < 1e-9
    QTest.keyClick(c.viewport, Qt.Key_Minus)
    assert abs(view.zoom() - 1.0) < 1e-9
    pos = QPointF(c.viewport.rect().center())
    wheel = QWheelEvent(pos, c.viewport.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(c.viewport, wheel)
    assert abs(view.zoom() - 1.15) < 1e-9
    view.reset_zoom()
    center_before = view.mapToScene(c.viewport.rect().center())
    start = c.viewport.rect().center()
    QTest.mousePress(c.viewport, Qt.MiddleButton, Qt.NoModifier, start)
    QTest.mouseMove(c.viewport, start + QPoint(100, 50))
    QTest.mouseRelease(c.viewport, Qt.MiddleButton, Qt.NoModifier, start + QPoint(100, 50))
    moved = view.mapToScene(c.viewport.rect().center()) - center_before
    assert abs(moved.x() + 100) < 2 and abs(moved.y() + 50) < 2
    c.window.window_actions.view.fit.trigger()
    visible = view.mapToScene(c.viewport.rect()).boundingRect()
    for item in c.scene.nodes.values():
        assert visible.contains(item.sceneBoundingRect())


def test_space_drag_pans_and_does_not_move_nodes(canvas):
    c = canvas
    view = c.view
    before = c.document.graph.nodes["tax"].position
    center_before = view.mapToScene(c.viewport.rect().center())
    start = c.to_view(c.header("tax"))  # pan in view pixels: the scene moves under the mouse
    QTest.keyPress(c.viewport, Qt.Key_Space)
    QTest.mousePress(c.viewport, Qt.LeftButton, Qt.NoModifier, start)
    for dx in (20, 40, 60):
        QTest.mouseMove(c.viewport, start + QPoint(dx, 0))
    QTest.mouseRelease(c.viewport, Qt.LeftButton, Qt.NoModifier, start + QPoint(60, 0))
    QTest.keyRelease(c.viewport, Qt.Key_Space)
    assert c.document.graph.nodes["tax"].position == before
    assert c.document.undo_stack.count() == 0
    moved = view.mapToScene(c.viewport.rect().center()) - center_before
    assert abs(moved.x() + 60 / view.zoom()) < 2 and abs(moved.y()) < 1


def test_themes_switch_and_numbers_stay_readable(canvas):
    c = canvas
    c.window.window_actions.view.themes["dark"].trigger()
    assert c.scene.theme is DARK
    assert all(item.theme is DARK for item in c.scene.edges.values())
    assert c.window.settings.value("theme") == "dark"
    for theme in (LIGHT, DARK):
        for ink in ("value_text", "grad_text"):
            assert contrast(theme.color(ink), theme.color("canvas")) >= 4.5, (theme.name, ink)
    c.window.window_actions.view.themes["light"].trigger()
    assert c.scene.theme is LIGHT


def contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_tab_on_the_canvas_opens_the_op_search_and_enter_adds_the_op(empty_canvas):
    c = empty_canvas
    QTest.mouseMove(c.viewport, c.to_view(QPointF(400, 250)))
    QTest.keyClick(c.viewport, Qt.Key_Tab)
    popup = c.window.search_popup
    assert popup.isVisible()
    QTest.keyClicks(popup.edit, "relu")
    assert popup.list.count() == 1
    QTest.keyClick(popup.edit, Qt.Key_Return)
    assert not popup.isVisible()
    nodes = list(c.document.graph.nodes.values())
    assert [n.type for n in nodes] == ["ReLU"]
    assert c.scene.nodes[nodes[0].id].sceneBoundingRect().contains(QPointF(400, 250))


def test_typing_a_letter_on_the_canvas_starts_the_search_with_it(empty_canvas):
    c = empty_canvas
    QTest.keyClick(c.viewport, Qt.Key_S, Qt.NoModifier)
    popup = c.window.search_popup
    assert popup.isVisible() and popup.edit.text() == "s"
    QTest.keyClick(popup.edit, Qt.Key_Escape)
    assert not popup.isVisible()
    assert c.document.graph.nodes == {}


def test_training_panel_starts_hidden_and_ctrl_t_opens_it(window, qtbot):
    # a first start gives the canvas the full height; the panel is one shortcut away
    assert not window.training_dock.isVisible()
    canvas_height = window.centralWidget().height()
    QTest.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    qtbot.waitUntil(window.training_dock.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: window.centralWidget().height() < canvas_height, timeout=3000)


def test_quitting_after_a_copy_exits_cleanly(tmp_path):
    # Python-made QMimeData on the clipboard crashed the interpreter's shutdown (exit 139)
    import subprocess
    import sys
    script = (
        "from PySide6.QtCore import QSettings\n"
        "from gui.app import make_app\n"
        "app = make_app()\n"
        "from gui.main_window import MainWindow\n"
        "from core.paths import SAMPLES\n"
        f"w = MainWindow(QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat))\n"
        "w.files.open_sample(SAMPLES / 'apple.json', ask=False)\n"
        "w.select_all()\n"
        "assert w.copy()\n"
        "w.document.undo_stack.setClean()\n"
        "w.close()\n"
        "print('copied')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout == "copied\n", proc.stderr
    assert proc.returncode == 0, proc.stderr


def test_pasting_text_that_is_not_a_graph_is_refused(canvas):
    window = canvas.window
    before = len(window.document.graph.nodes)
    QApplication.clipboard().setText('{"format": "backprop-studio-graph", "nodes": 3}')
    window.paste()
    assert window.statusBar().currentMessage() == "The clipboard does not hold nodes."
    assert len(window.document.graph.nodes) == before
