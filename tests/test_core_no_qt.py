"""`core` must import and run with Qt made unimportable."""

import subprocess
import sys

from core.paths import ROOT

BLOCKER = r"""
import importlib.abc, sys
BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph", "gui")
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked: core must not import Qt")
sys.meta_path.insert(0, Block())
"""


def run_blocked(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER + code], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_every_core_module_imports_without_qt():
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts)
                     for p in (ROOT / "core").rglob("*.py")
                     if p.stem not in ("__init__", "__main__"))
    assert {"core.engine.program", "core.model.graph", "core.ops.base",
            "core.files.graph_files", "core.cli.main"} <= set(modules)
    code = "import importlib\n" + "".join(f"importlib.import_module('{m}')\n" for m in modules)
    code += "print('all core modules imported', flush=True)\nimport PySide6\n"
    proc = run_blocked(code)
    assert proc.stdout == "all core modules imported\n", proc.stderr
    assert "PySide6 is blocked" in proc.stderr  # the blocker really blocks


def test_headless_commands_run_without_qt():
    proc = run_blocked("from core.cli.main import main\n"
                       "sys.exit(main(['run', 'samples/apple_orange.json', '--json']))")
    assert proc.returncode == 0, proc.stderr
    assert '"output": "price"' in proc.stdout
    proc = run_blocked("from core.cli.main import main\n"
                       "sys.exit(main(['gradcheck', 'samples/apple.json']))")
    assert proc.returncode == 0, proc.stderr
