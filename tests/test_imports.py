"""No import circles in core: every module can be read knowing only what it imports."""

import ast

from core.paths import ROOT


def core_imports() -> dict[str, set[str]]:
    """core module → the core modules it imports, at the top or inside a function."""
    graph = {}
    for py in (ROOT / "core").glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("core.")}
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "core":
                    found |= {a.name for a in node.names}
                elif node.module.startswith("core."):
                    found.add(node.module.split(".")[1])
        graph[py.stem] = found - {py.stem}
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


def test_core_has_no_import_circle():
    graph = core_imports()
    assert "download" in graph["train_command"] and "mnist" in graph["download"]
    assert cycles(graph) == []


def test_the_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
