"""The tree is the architecture: no import circle, and no sub-package imports one above it.

Every module can be read knowing only what it imports; the sub-packages of `core` and
`gui` stand in the order their `__init__` docstrings give, each importing only those below.
"""

import ast

import pytest

from core.paths import ROOT

#: the sub-packages (and top-level modules) of each side, bottom first
CORE_FLOORS = [{"particles"}, {"about", "i18n", "paths"}, {"formatting"}, {"ops"}, {"model"},
               {"engine"}, {"files"}, {"lesson", "export"}, {"training"}, {"cli"}]
GUI_FLOORS = [{"base"}, {"document"}, {"canvas"}, {"inspector", "lesson"}, {"training"},
              {"status_line", "file_actions", "actions", "main_window", "app"}]


def module_name(path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(package: str) -> dict[str, set[str]]:
    """module → the modules of the same top package it imports, at the top or inside a
    function (`from core.ops import sources` counts as core.ops.sources)."""
    modules = {module_name(py): py for py in (ROOT / package).rglob("*.py")}
    graph = {}
    for name, py in modules.items():
        found = set()
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.split(".")[0] == package}
            elif isinstance(node, ast.ImportFrom) and node.module \
                    and node.module.split(".")[0] == package:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
        graph[name] = found - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, done = [], set()

    def visit(module, path):
        if module in path:
            found.append(path[path.index(module):] + [module])
            return
        if module in done:
            return
        for imported in sorted(graph.get(module, ())):
            visit(imported, path + [module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return found


def floor_of(module: str, floors: list[set[str]]) -> int | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None  # the package itself
    return next((i for i, floor in enumerate(floors) if parts[1] in floor), None)


@pytest.mark.parametrize("package", ["core", "gui"])
def test_no_import_circle(package):
    graph = imports(package)
    assert cycles(graph) == []


@pytest.mark.parametrize("package, floors", [("core", CORE_FLOORS), ("gui", GUI_FLOORS)])
def test_no_arrow_runs_back_up(package, floors):
    graph = imports(package)
    unplaced = sorted(m for m in graph if m != package and floor_of(m, floors) is None)
    assert unplaced == [], "place these in a floor"
    upward = sorted((m, i) for m, found in graph.items() if m != package
                    for i in found if i != package and floor_of(i, floors) > floor_of(m, floors))
    assert upward == []


@pytest.mark.parametrize("package", ["core", "gui"])
def test_each_subpackage_says_what_it_holds_and_may_import(package):
    for init in (ROOT / package).glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc, init
        if init.parent.name != "cli":
            assert "May import" in doc, init


@pytest.mark.parametrize("package", ["core", "gui"])
def test_few_modules_at_the_top(package):
    top = [p for p in (ROOT / package).glob("*.py") if p.stem != "__init__"]
    assert len(top) <= 10, top


def test_the_finder_finds_a_circle_and_an_upward_arrow():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    graph = imports("core")
    assert "core.training.mnist" in graph["core.training.download"]
    assert floor_of("core.cli.main", CORE_FLOORS) > floor_of("core.ops.base", CORE_FLOORS)
