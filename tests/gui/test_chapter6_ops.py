"""Chapter 6's ops in the window: BatchNorm and Dropout in the palette's Layers group with
their rules as tooltips (in Korean too), added with real mouse events, wired, and drawn
with the lesson's numbers: the mask its seed draws, the batch's statistics."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from core.engine.program import evaluate
from core.formatting import summarize
from core.paths import SAMPLES
from tests.gui.test_korean_window import language_action


def double_click_palette(window, type_name: str) -> None:
    tree = window.palette.tree
    center = tree.visualItemRect(tree.op_items[type_name]).center()
    QTest.mouseClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    QTest.mouseDClick(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)
    QTest.mouseRelease(tree.viewport(), Qt.LeftButton, Qt.NoModifier, center)


def test_the_palette_lists_batchnorm_and_dropout_as_layers_with_their_rules(window):
    tree = window.palette.tree
    for name, group, ports, rule in (
            ("BatchNorm", "layers", "(x, gamma, beta)", "forward γ·(x − μ)/√(σ² + ε) + β"),
            ("Dropout", "layers", "(x)", "forward x where the mask keeps it, else 0"),
            ("Mean", "primitives", "(x)", "forward the mean of x's elements"),
            ("Sqrt", "primitives", "(x)", "forward y = √x; backward dout / (2y)")):
        item = tree.op_items[name]
        assert item.parent() is tree.groups[group]
        tip = item.toolTip(0)
        assert tip.startswith(f"<b>{name}</b> {ports}<br>") and rule in tip.replace("&#x27;", "'")
    window.palette.search.setFocus()
    QTest.keyClicks(window.palette.search, "batch")
    assert [n for n, i in tree.op_items.items() if not i.isHidden()] == ["BatchNorm"]
    before = len(window.document.graph.nodes)
    double_click_palette(window, "BatchNorm")
    added = list(window.document.graph.nodes.values())
    assert len(added) == before + 1 and added[-1].type == "BatchNorm"
    assert added[-1].params == {"momentum": 0.9}


def test_the_palettes_korean_tooltips_use_the_books_terms(window):
    language_action(window, "한국어").trigger()
    tree = window.palette.tree
    assert tree.groups["layers"].text(0) == "계층"
    assert "역전파: 남긴 곳은 dout, 나머지는 0" in tree.op_items["Dropout"].toolTip(0)
    assert "각 열을 배치 전체에 걸쳐 정규화" in tree.op_items["BatchNorm"].toolTip(0)


def test_a_dropout_wired_on_the_canvas_shows_its_seeds_mask_and_gradient(empty_canvas):
    c = empty_canvas
    c.drop_op("Constant", QPointF(150, 150))
    c.drop_op("Dropout", QPointF(480, 150))
    c.drag(c.output_port("Constant"), c.input_port("Dropout", "x"))
    c.wait_computed()
    c.set_value("Constant", "[1, 2, 3, 4, 5, 6]")
    c.wait_computed()
    graph = c.document.graph
    dropout = graph.find_label("Dropout")
    assert dropout.params == {"ratio": 0.5, "seed": 0}
    mask = np.random.default_rng(0).random(6) > 0.5  # the seed's first draw
    value, grad = c.edge_labels("Constant", "Dropout", "x")
    assert value == "[1, 2, 3, 4, 5, 6]"
    assert grad == summarize(mask.astype(float))  # ∂L/∂x is the mask
    assert c.document.result.values[dropout.id].tolist() == np.where(
        mask, np.arange(1.0, 7.0), 0).tolist()
    # another seed, another mask, typed into the inspector
    c.set_value("Dropout", "3", name="seed")
    c.wait_computed()
    other = np.random.default_rng(3).random(6) > 0.5
    assert c.edge_labels("Constant", "Dropout", "x")[1] == summarize(other.astype(float))


def test_the_batchnorm_sample_shows_the_same_numbers_on_both_halves(window, qtbot):
    window.files.open_sample(SAMPLES / "batchnorm_primitives.json", ask=False)
    qtbot.waitUntil(lambda: not window.document._timer.isActive(), timeout=2000)
    graph, scene = window.document.graph, window.scene
    result = evaluate(graph)

    def shown(source: str, target: str, port: str) -> tuple[str, str]:
        edge = graph.edge_into(graph.find_label(target).id, port)
        assert edge.source == graph.find_label(source).id
        item = scene.edges[edge.id]
        return item.value_text, item.grad_text

    # y and y2 arrive at y + y2 with the same numbers, and both get the same gradient back
    assert shown("y", "y+y2", "x") == shown("y2", "y+y2", "y")
    # γ and β get the same gradient along the primitives' edges as along BatchNorm's
    assert shown("γ", "γ·xn", "y")[1] == shown("γ", "y2", "gamma")[1] == "-0.8573"
    assert shown("β", "y", "y")[1] == shown("β", "y2", "beta")[1] == "0.9"
    # x's three paths add up to what the BatchNorm edge carries
    x, bn = graph.find_label("x").id, graph.find_label("y2").id
    through_primitives = sum(result.edge_grad(e) for e in graph.out_edges(x)
                             if e.target != bn)
    assert summarize(through_primitives) == shown("x", "y2", "x")[1] == "[-0.321, 0.643, -0.321]"


def test_step_mode_tells_the_batchnorm_and_its_backward_with_f10(window, qtbot):
    from core.lesson.steps import build_steps
    window.files.open_sample(SAMPLES / "batchnorm_primitives.json", ask=False)
    qtbot.waitUntil(lambda: not window.document._timer.isActive(), timeout=2000)
    expected = [s.text for s in build_steps(evaluate(window.document.graph))
                if s.node == "bn"]
    assert len(expected) == 4  # forward, then the gradients to x, gamma and beta
    QTest.keyClick(window, Qt.Key_F9)
    assert window.stepper.active
    seen = []
    while window.stepper.index < len(window.stepper.steps) - 1:
        QTest.keyClick(window, Qt.Key_F10)
        if window.stepper.current.node == "bn":
            seen.append(window.step_bar.text.text())
    assert seen == expected
    assert "each column of x is normalized over the batch of 3" in seen[0]
    assert "the gradient takes three paths back (x̂, σ², μ; figure 6-17)" in seen[1]
