"""Numerical faults are shown, not hidden: ∞ and NaN are marked where they flow and start.

exp(1000) overflows, log(0) is -∞, 1/0 is ∞, and ∞·0 is NaN. The graphs are built in the
editor through its undo commands; the edges then carry amber "∞" / "NaN" labels, the node
where the fault started has an amber outline with the engine's explanation as its tooltip,
and the status line says it, in both themes. Fixing the input clears every mark.
"""

from __future__ import annotations

import pytest

from gui.base.theme import DARK, LIGHT


def _add(editor, type_name, label, pos, value=None) -> str:
    params = {"init": "fixed", "value": value} if value is not None else None
    return editor.add_node(type_name, pos, label=label, params=params)


def _labels(item) -> tuple[str, bool, str, bool]:
    return item.value_text, item.value_fault, item.grad_text, item.grad_fault


def _one_op(canvas, op: str, x: float) -> tuple[str, str]:
    editor = canvas.window.editor
    source = _add(editor, "Constant", "x", (100, 200), x)
    node = _add(editor, op, "f", (340, 200))
    editor.wire(source, node, "x")
    canvas.wait_computed()
    return source, node


@pytest.mark.parametrize("op, x, edge, stub, kind", [
    # edge x → f: value, marked, gradient, marked; stub after f likewise
    ("Exp", 1000, ("1000", False, "∞", True), ("∞", True, "1", False), "1 infinite"),
    ("Log", 0, ("0", False, "∞", True), ("-∞", True, "1", False), "1 infinite"),
    ("Reciprocal", 0, ("0", False, "-∞", True), ("∞", True, "1", False), "1 infinite"),
], ids=["exp(1000)", "log(0)", "1÷0"])
def test_overflow_log0_and_division_by_zero_are_marked(empty_canvas, op, x, edge, stub,
                                                       kind):
    canvas = empty_canvas
    window, scene = canvas.window, canvas.scene
    source, node = _one_op(canvas, op, x)
    assert _labels(canvas.scene.edges[canvas.document.graph.edge_into(node, "x").id]) == edge
    assert _labels(scene.stubs[node]) == stub
    item = scene.nodes[node]
    assert not item.error and kind in item.warning and '"f"' in item.warning
    assert "overflow, log of 0 or division by 0" in item.warning
    assert item.toolTip() == item.warning
    assert not scene.nodes[source].warning  # only where it started
    status = window.status_label
    assert status.text() == f"output f = {stub[0]}   ⚠ {item.warning}"
    assert LIGHT.fault in status.styleSheet()
    tip = scene.edge_tooltip(scene.stubs[node])
    assert "⚠ The value here is not a finite number" in tip

    canvas.window.editor.set_params(source, {"init": "fixed", "value": 2})
    canvas.wait_computed()  # a finite input: every mark goes
    assert not any(i.value_fault or i.grad_fault
                   for i in [*scene.edges.values(), *scene.stubs.values()])
    assert not item.warning and item.toolTip() == ""
    assert "⚠" not in status.text() and status.styleSheet() == ""


def test_nan_is_marked_along_its_way_and_the_start_is_outlined(empty_canvas):
    canvas = empty_canvas
    doc, scene = canvas.document, canvas.scene
    editor = canvas.window.editor
    x = _add(editor, "Constant", "x", (60, 120), 1000)
    zero = _add(editor, "Constant", "zero", (60, 320), 0)
    exp = _add(editor, "Exp", "exp", (300, 120))
    mul = _add(editor, "Mul", "mul", (540, 200))
    for src, dst, port in ((x, exp, "x"), (exp, mul, "x"), (zero, mul, "y")):
        editor.wire(src, dst, port)
    canvas.wait_computed()

    def edge(dst, port):
        return _labels(scene.edges[doc.graph.edge_into(dst, port).id])

    assert edge(exp, "x") == ("1000", False, "NaN", True)  # 0·∞ flows back as NaN
    assert edge(mul, "x") == ("∞", True, "0", False)
    assert edge(mul, "y") == ("0", False, "∞", True)
    assert _labels(scene.stubs[mul]) == ("NaN", True, "1", False)
    assert scene.nodes[exp].warning and not scene.nodes[mul].warning  # ∞·0 had ∞ input
    assert canvas.window.status_label.text().startswith(
        'output mul = NaN   ⚠ Exp "exp": its output has 1 infinite value(s)')


def test_the_marks_follow_the_theme(empty_canvas):
    canvas = empty_canvas
    window = canvas.window
    _one_op(canvas, "Exp", 1000)
    window.set_theme("dark")
    assert DARK.fault in window.status_label.styleSheet()
    window.set_theme("light")
    assert LIGHT.fault in window.status_label.styleSheet()
    for theme in (LIGHT, DARK):  # amber stands apart from the value and gradient inks
        assert len({theme.fault, theme.value_text, theme.grad_text, theme.error}) == 4
