"""One home per op: outside `core/ops`, no code names an op type. The lesson, the
exporter, the trainer, the palette and run names ask the op (its sentences, its layer, its
port roles, its category); an op's name may appear only as data (samples, tests) or in
text a person reads (translatable strings, docstrings)."""

import ast

import pytest

from core.ops.registry import all_ops
from core.paths import ROOT

TEXT_CALLS = {"translate", "tr", "QT_TRANSLATE_NOOP"}


def named_ops(path) -> list[tuple[int, str]]:
    """(line, name) of every string in `path` that is an op's type name, leaving out
    docstrings and the texts of translate() / tr() calls."""
    names = set(all_ops())
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            text.add(id(node.value))  # a docstring, or a string standing alone
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in TEXT_CALLS:
                text.update(id(arg) for arg in node.args)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in text]


@pytest.mark.parametrize("package", ["core", "gui"])
def test_no_module_outside_the_ops_names_an_op(package):
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        if path.is_relative_to(ROOT / "core" / "ops"):
            continue
        hits = named_ops(path)
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    assert found == {}
