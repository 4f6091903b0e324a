"""The registry's promise: an op is one class and one registration. `Cube` (y = x³,
tests/cube_op.py) is registered for each test and works everywhere an op is read: the
file loader, `explain`, `export-code`, `gradcheck` and practice (the palette:
tests/gui/test_palette_new_op.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.cli.main import main as cli_main
from core.engine.gradcheck import gradient_check
from core.engine.program import evaluate
from core.export.script import graph_to_python
from core.files.graph_files import GraphFileError, dumps_graph, load_graph, loads_graph, save_graph
from core.lesson.practice import questions
from core.ops import registry
from tests.cube_op import Cube
from tests.helpers import build, const


def cube_graph():
    """price = cube(a) × k, with a = 1.5 and k = 2: cube = 3.375, price = 6.75."""
    return build([("a", "Constant", const(1.5)), ("c", "Cube", None),
                  ("k", "Constant", const(2)), ("p", "Mul", None)],
                 [("a", "c", "x"), ("c", "p", "x"), ("k", "p", "y")])


@pytest.fixture
def cube_file(cube_op, tmp_path):
    graph = cube_graph()
    graph.set_label("c", "cube")
    graph.set_label("p", "price")
    path = tmp_path / "cube.json"
    save_graph(graph, path)
    return path


def printed(capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    status = cli_main([*map(str, args)])
    return status, capsys.readouterr().out


def test_registered_it_computes_and_is_listed(cube_op):
    assert registry.get("Cube") is Cube and "Cube" in registry.all_ops()
    result = evaluate(cube_graph())
    assert float(result.values["c"]) == 3.375 and float(result.values["p"]) == 6.75
    assert float(result.grads["a"]) == 13.5  # 2 × 3 × 1.5²


def test_a_file_with_it_loads_and_round_trips(cube_file):
    graph = load_graph(cube_file)
    assert graph.nodes["c"].type == "Cube" and graph.nodes["c"].op is Cube
    text = cube_file.read_text(encoding="utf-8")
    assert '"type": "Cube"' in text
    assert dumps_graph(loads_graph(text)) == text


def test_explain_says_its_sentences(cube_file, capsys):
    status, out = printed(capsys, "explain", cube_file)
    assert status == 0
    assert "cube = a³ = 1.5³ = 3.375" in out
    assert ("the derivative of x³ is 3x²: ∂price/∂a = ∂price/∂cube × 3a² = 2 × 3 × 1.5² = "
            "13.5") in out


def test_its_exported_script_prints_what_run_prints(cube_file, tmp_path, capsys):
    code = graph_to_python(load_graph(cube_file), str(cube_file))
    assert "class Cube:" in code and "cube_layer = Cube()" in code
    script = tmp_path / "cube.py"
    script.write_text(code, encoding="utf-8")
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120)
    assert ran.returncode == 0, ran.stderr
    status, expected = printed(capsys, "run", cube_file)
    assert status == 0 and ran.stdout == expected
    assert "13.5" in expected


def test_gradcheck_passes(cube_op):
    report = gradient_check(cube_graph())
    assert report.passed
    assert [c.label for c in report.checks] == ["a", "k"]


def test_practice_asks_about_its_edges(cube_op):
    asked = {q.key: q for q in questions(evaluate(cube_graph()))}
    assert float(asked["a->c.x"].answer) == 13.5
    # an op that names no local derivative still gets a hint that gives no product away
    assert asked["a->c.x"].hints == [
        "By the chain rule, the gradient from upstream times the local derivative: the "
        "derivative of x³ is 3x²: ∂p/∂a = ∂p/∂c × 3a² = ?",
        "By the chain rule, the gradient from upstream times the local derivative: the "
        "derivative of x³ is 3x²: ∂p/∂a = ∂p/∂c × 3a² = ? With ∂p/∂c = 2, a = 1.5."]


def test_unregistered_it_is_gone_and_a_name_is_registered_once(tmp_path):
    registry.register(Cube)
    try:
        with pytest.raises(TypeError, match="registered twice"):
            registry.register(Cube)
        path = tmp_path / "cube.json"
        save_graph(cube_graph(), path)
    finally:
        assert registry.unregister("Cube") is Cube
    assert "Cube" not in registry.all_ops()
    with pytest.raises(GraphFileError, match='unknown node type "Cube"'):
        load_graph(path)
