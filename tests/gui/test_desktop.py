"""What a desktop editor is expected to do: redo keys, context menus, Help, a grid that
lines up, an op search that stays on screen, numbers on every fitted sample."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from core.files.graph_files import dumps_graph
from core.paths import sample_files


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_both_redo_keys_redo(canvas, keys):
    c = canvas
    c.window.editor.rename("tax", "vat")
    c.window.window_actions.edit.undo.trigger()
    assert c.document.graph.nodes["tax"].label == "tax"
    sequence = QKeySequence(keys)
    combo = sequence[0]
    QTest.keyClick(c.viewport, combo.key(), combo.keyboardModifiers())
    assert c.document.graph.nodes["tax"].label == "vat"


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_context_menus_offer_what_applies_there(canvas):
    c, w = canvas, canvas.window
    node_menu = w.window_actions.context_menu(c.header("tax"))
    assert c.scene.selected_node_ids() == ["tax"]  # a right-click selects what it is on
    assert {"Rename", "Make the Output (L)", "Copy", "Delete"} <= set(_menu_texts(node_menu))
    edge = c.document.graph.edge_into("price", "y")
    edge_menu = w.window_actions.context_menu(c.scene.edges[edge.id].value_rect().center())
    assert _menu_texts(edge_menu) == ["Delete"]
    edge_menu.actions()[0].trigger()
    assert c.document.graph.edge_into("price", "y") is None
    canvas_menu = w.window_actions.context_menu(QPointF(-2000, -2000))
    assert {"Paste Here", "Add Op Here…", "Select All", "Fit to Graph"} <= \
        set(_menu_texts(canvas_menu))


def test_a_right_click_on_a_node_opens_its_menu_and_makes_it_the_output(canvas, qtbot):
    c, w = canvas, canvas.window
    graph = c.document.graph

    def choose():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text().startswith("Make the &Output"))
        menu.hide()
        action.trigger()

    QTimer.singleShot(0, choose)
    pos = c.to_view(c.header("all_price"))
    with qtbot.waitSignal(c.document.undo_stack.indexChanged, timeout=5000):
        QTest.mouseClick(c.viewport, Qt.RightButton, Qt.NoModifier, pos)
        event_pos = c.viewport.mapToGlobal(pos)
        from PySide6.QtGui import QContextMenuEvent
        QApplication.sendEvent(c.viewport, QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                             event_pos))
    assert graph.output.node == "all_price"
    c.wait_computed()
    # backward now starts at all_price, so apple's gradient is ∂all_price/∂apple = 2
    assert c.edge_labels("apple", "apple_price", "x") == ("100", "2")
    assert "all_price" in c.scene.stubs
    w.window_actions.edit.undo.trigger()
    assert graph.output.node is None


def test_help_lists_every_shortcut_from_the_actions_themselves(window, monkeypatch):
    window.window_actions.help.shortcuts.trigger()
    sheet = window.window_actions.sheet
    text = sheet.text()
    sheet.close()
    a = window.window_actions
    for action in (a.edit.undo, a.edit.redo, a.view.fit, a.run.step):
        assert action.text().replace("&", "") in text
        assert action.shortcut().toString(QKeySequence.NativeText) in text
    assert "Ctrl+Y" in text  # redo's extra key is listed too
    about = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, body: about.update(
        title=title, body=body))
    window.window_actions.help.about.trigger()
    assert "Deep Learning from Scratch" in about["body"] and "MIT" in about["body"]


def _background(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format_ARGB32)
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    scene.drawBackground(painter, rect)
    painter.end()
    return image


def test_the_grid_lines_up_however_the_canvas_is_exposed(window):
    """Qt repaints strips of the canvas separately (after a pan or a wire): each strip
    must draw the grid at the same places as a whole repaint does."""
    scene = window.scene
    whole = _background(scene, QRectF(0, 0, 200, 120))
    for left in (10, 20, 30, 50):  # strips starting on and off the grid's lines
        strip = _background(scene, QRectF(left, 0, 200 - left, 120))
        for x in range(0, 200 - left, 3):
            for y in (5, 47, 80):
                assert QColor(strip.pixel(x, y)) == QColor(whole.pixel(x + left, y)), (left, x)


def test_the_op_search_stays_inside_the_window_and_says_when_nothing_matches(window):
    popup = window.search_popup
    corner = window.mapToGlobal(QPoint(window.width() - 5, window.height() - 5))
    popup.open_at(corner)
    inside = window.frameGeometry()
    assert inside.contains(popup.frameGeometry().topLeft())
    assert popup.frameGeometry().bottom() <= inside.bottom()
    assert popup.frameGeometry().right() <= inside.right()
    QTest.keyClicks(popup.edit, "zzz")
    assert popup.list.count() == 1 and "No op matches" in popup.list.item(0).text()
    before = dumps_graph(window.document.graph)
    QTest.keyClick(popup.edit, Qt.Key_Return)
    assert dumps_graph(window.document.graph) == before
    popup.hide()


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_every_sample_opens_fitted_with_its_numbers_readable_on_a_laptop(window, path):
    """1366 × 768: every value and gradient is drawn, at no less than the readable size."""
    from gui.canvas.edge_item import READABLE_ZOOM
    from gui.canvas.node_item import DETAIL_LOD
    window.resize(1366, 768)
    window.files.open_sample(path, ask=False)
    scene, zoom = window.scene, window.view.zoom()
    assert zoom >= DETAIL_LOD  # numbers are drawn at this zoom
    assert zoom * scene.label_scale >= READABLE_ZOOM - 1e-9  # and big enough on screen
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for item in [*scene.edges.values(), *scene.stubs.values()]:
        for rect in (item.value_rect(), item.grad_rect()):
            if not rect.isEmpty():
                assert visible.contains(rect), (item.edge_id, rect, visible)


def test_a_first_start_fits_the_window_on_a_small_screen(qtbot, settings):
    """The offscreen screen is 800 × 600: smaller than the 1400 × 900 a first start asks."""
    from gui.main_window import MainWindow
    area = QApplication.primaryScreen().availableGeometry()
    assert area.width() < 1400 and area.height() < 900
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert area.contains(w.geometry())
    assert w.width() >= area.width() * 0.9 and w.height() >= area.height() * 0.85
