"""The status bar at 1024 wide: a long message ends with "…" at a word before the status
line, which keeps at most half the bar; both keep their whole text (and show it in their
tooltip). The op search opened near the canvas's bottom stays on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_long_message_ends_at_a_word_before_the_status_line(canvas, qtbot):
    c, w = canvas, canvas.window
    w.set_language("ko")
    w.resize(1024, 700)
    c.key(Qt.Key_Tab)  # the op search: "relu", Enter adds it
    qtbot.waitUntil(w.search_popup.isVisible)
    qtbot.keyClicks(w.search_popup.edit, "relu")
    qtbot.keyClick(w.search_popup.edit, Qt.Key_Return)
    c.wait_computed()
    status = w.status_label.text()
    assert status.startswith("⚠ ReLU") and "연결되어 있지 않습니다" in status
    message = ("그래프를 정리했습니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다. "
               "기울기가 연쇄법칙을 따라 입력 쪽으로 흘러가는 모습을 보려면 단계 모드를 켜세요.")
    w.show_message(message)
    _settle()
    bar = w.statusBar()
    assert bar.currentMessage() == message  # kept whole
    shown = bar.shown_message()
    assert shown.endswith("…") and len(shown) < len(message)
    kept = shown[:-1]
    assert message.startswith(kept) and message[len(kept)] == " "  # cut between words
    assert bar.message_rect().right() < w.status_label.x()
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_rect().width()
    assert w.status_label.width() <= bar.width() * 0.5 + 1
    assert w.status_label.text() == status  # whole, drawn as it fits
    assert w.status_label.toolTip() == status


def test_the_op_search_opened_near_the_bottom_keeps_off_the_status_bar(canvas, qtbot):
    c, w = canvas, canvas.window
    w.resize(1024, 700)
    _settle()
    viewport = c.viewport
    near_bottom = QPoint(viewport.width() // 2, viewport.height() - 8)
    qtbot.mouseClick(viewport, Qt.RightButton, pos=near_bottom)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, near_bottom,
                                                       viewport.mapToGlobal(near_bottom)))
    menu = next(m for m in w.findChildren(QMenu) if m.isVisible())
    next(a for a in menu.actions() if a.text() == "Add &Op Here…").trigger()
    menu.close()
    popup = w.search_popup
    qtbot.waitUntil(popup.isVisible)
    bar = w.statusBar()
    status_bar = QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())
    canvas_rect = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    assert not popup.frameGeometry().intersects(status_bar)
    assert canvas_rect.contains(popup.frameGeometry())
    popup.hide()
