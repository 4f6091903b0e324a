"""Chapter 6's views in the Training panel: the optimizers' paths drawn point by point on
the book's surface (figures 6-3 to 6-8) and the activation histograms per hidden layer
(figures 6-10 to 6-14). Real clicks and keys; every wait armed before its action; the
numbers checked are core's."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from core.training.histograms import activation_histograms
from core.training.surface import optimizer_paths


def _click_tab(qtbot, tabs, view) -> None:
    index = tabs.indexOf(view)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is view


def _drawn(item) -> np.ndarray:
    xs, ys = item.getData()
    return np.column_stack([xs, ys])


@pytest.fixture
def tabs(window):
    window.show_training()
    return window.training.tabs


def test_the_paths_are_drawn_point_by_point_to_31_points(tabs, qtbot):
    view = tabs.paths
    shown = []
    view.point_shown.connect(shown.append)
    with qtbot.waitSignal(view.animation_finished, timeout=20_000):
        _click_tab(qtbot, tabs, view)  # showing the view starts the animation
    assert shown == list(range(1, 32))  # the start, then one point per update
    book = optimizer_paths(30)
    assert list(view.items) == ["SGD", "Momentum", "AdaGrad", "Adam"]
    for name, item in view.items.items():
        assert _drawn(item).shape == (31, 2)
        np.testing.assert_allclose(_drawn(item), book[name])
        np.testing.assert_allclose(_drawn(item)[0], (-7.0, 2.0))
    assert "lr 0.95" in view.legend.text() and "lr 1.5" in view.legend.text()

    # Replay, paused half way: the paths hold still; Resume finishes them
    qtbot.mouseClick(view.replay_button, Qt.LeftButton)
    assert view.shown == 1
    with qtbot.waitSignal(view.point_shown, timeout=5_000,
                          check_params_cb=lambda count: count >= 10):
        pass
    qtbot.mouseClick(view.pause_button, Qt.LeftButton)
    held = view.shown
    assert view.paused and 10 <= held < 31 and view.pause_button.text() == "Resume"
    assert len(_drawn(view.items["SGD"])) == held
    with qtbot.waitSignal(view.animation_finished, timeout=20_000):
        qtbot.mouseClick(view.pause_button, Qt.LeftButton)
    assert view.shown == 31

    # all six: RMSprop and Nesterov join, from the same start, to 31 points
    with qtbot.waitSignal(view.animation_finished, timeout=20_000):
        qtbot.mouseClick(view.all_box, Qt.LeftButton,  # on its box
                         pos=QPoint(8, view.all_box.height() // 2))
    everything = optimizer_paths(30, everything=True)
    assert set(view.items) == set(everything) and len(view.items) == 6
    for name, item in view.items.items():
        np.testing.assert_allclose(_drawn(item), everything[name])


def test_a_rule_is_stated_for_the_optimizer_pointed_at(tabs, qtbot):
    view = tabs.paths
    with qtbot.waitSignal(view.animation_finished, timeout=20_000):
        _click_tab(qtbot, tabs, view)
    assert "Point at a name" in view.rule.text()
    view.legend.linkHovered.emit("Momentum")  # what QLabel says when a name is hovered
    assert view.rule.text().count("Momentum") == 1 and "v ←" in view.rule.text()
    # a point of AdaGrad's path, under the mouse
    x, y = optimizer_paths(30)["AdaGrad"][5]
    scene_pos = view.plot.getViewBox().mapViewToScene(QPointF(x, y))
    qtbot.mouseMove(view.plot_widget.viewport(), view.plot_widget.mapFromScene(scene_pos))
    qtbot.waitUntil(lambda: "AdaGrad" in view.rule.text(), timeout=3_000)
    assert "h ← h +" in view.rule.text()


def test_the_histograms_follow_the_choice_with_cores_numbers(tabs, qtbot):
    view = tabs.histograms
    _click_tab(qtbot, tabs, view)

    def expected(activation, init, low=0.0, high=1.0):
        return [np.histogram(a.ravel(), bins=30, range=(low, high))[0]
                for a in activation_histograms(activation, init)]

    assert view.choice() == ("sigmoid", 1.0)
    for got, want in zip(view.counts, expected("sigmoid", 1.0)):
        np.testing.assert_array_equal(got, want)
    total = sum(view.counts[0])
    # std 1: the sigmoid's outputs pile up at 0 and 1 (figure 6-10)
    assert (view.counts[0][0] + view.counts[0][-1]) / total > 0.4
    assert len(view.plots) == 5 and "figure 6-10" in view.note.text()

    # std 0.01, chosen with the keyboard: everything near 0.5 (figure 6-11)
    view.init.setFocus()
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.keyClick(view.init, Qt.Key_Down)
    assert view.choice() == ("sigmoid", 0.01)
    for got, want in zip(view.counts, expected("sigmoid", 0.01)):
        np.testing.assert_array_equal(got, want)
    assert view.counts[4][13:17].sum() == view.counts[4].sum()  # all within 0.43..0.57

    # ReLU with He (figure 6-14): the same numbers core gives, spread in every layer
    view.activation.setFocus()
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.keyClick(view.activation, Qt.Key_Down)
    with qtbot.waitSignal(view.computed, timeout=10_000):
        qtbot.keyClick(view.init, Qt.Key_End)
    assert view.choice() == ("relu", "he")
    for got, want in zip(view.counts, expected("relu", "he")):
        np.testing.assert_array_equal(got, want)
    assert all(c[1:].sum() > 0.3 * c.sum() for c in view.counts)
    assert "figure 6-14" in view.note.text()
