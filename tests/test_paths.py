"""Where the data folders are found: a checkout by its own pyproject.toml, an installed copy
by `core`'s package data; an unrelated top-level `resources` package fools neither."""

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from core.paths import ROOT, checkout_root
from tests.conftest import REPO

SHOW_ROOT = "import core.paths as p; print(p.ROOT); print(len(p.sample_files()))"


def show_root(site: Path, cwd: Path) -> list[str]:
    """core.paths.ROOT and the number of samples, as a Python importing `core` from `site`
    finds them (PYTHONPATH comes before this venv's editable install)."""
    proc = subprocess.run([sys.executable, "-c", SHOW_ROOT], capture_output=True, text=True,
                          cwd=cwd, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def installed_copy(site: Path) -> None:
    """`core` as a wheel lays it out: resources/ and samples/ inside it (pyproject.toml's
    package-dir), nothing of the repository around it."""
    shutil.copytree(REPO / "core", site / "core",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", site / "core" / "resources",
                    ignore=shutil.ignore_patterns("screenshots", "*.py", "__pycache__"))
    shutil.copytree(REPO / "samples", site / "core" / "samples")


def test_this_checkout_is_found_by_its_pyproject():
    assert ROOT == REPO
    assert checkout_root(REPO / "core") == REPO


def test_an_unrelated_resources_package_is_not_taken_for_ours(tmp_path):
    site = tmp_path / "site-packages"
    installed_copy(site)
    unrelated = site / "resources"  # another distribution's top-level package
    unrelated.mkdir()
    (unrelated / "__init__.py").write_text("")
    (unrelated / "graph.schema.json").write_text("{}")
    (site / "samples").mkdir()
    root, count = show_root(site, cwd=tmp_path)
    assert Path(root) == site / "core"
    assert int(count) == len(list((REPO / "samples").glob("*.json")))


def test_a_folder_is_a_checkout_only_when_its_pyproject_names_us(tmp_path):
    top = tmp_path / "project"
    (top / "core").mkdir(parents=True)
    (top / "resources").mkdir()
    (top / "resources" / "graph.schema.json").write_text("{}")
    (top / "samples").mkdir()
    assert checkout_root(top / "core") is None  # no pyproject.toml
    (top / "pyproject.toml").write_text('[project]\nname = "other-app"\n')
    assert checkout_root(top / "core") is None
    (top / "pyproject.toml").write_text('[project]\nname = "backprop-studio"\n')
    assert checkout_root(top / "core") == top


def test_a_checkout_run_without_installing_finds_its_own_folders(tmp_path):
    checkout = tmp_path / "clone"
    for part in ("core", "gui", "resources", "samples"):
        shutil.copytree(REPO / part, checkout / part,
                        ignore=shutil.ignore_patterns("__pycache__", "screenshots"))
    for name in ("pyproject.toml", "backprop_studio.py"):
        shutil.copy(REPO / name, checkout)
    root, _ = show_root(checkout, cwd=tmp_path)
    assert Path(root) == checkout
    # `python -m backprop_studio` in the clone, with nothing of ours installed: the base
    # interpreter, this environment's packages on its path but not their .pth files (so
    # not this checkout's editable install)
    base = getattr(sys, "_base_executable", sys.executable)
    ran = subprocess.run([base, "-m", "backprop_studio", "run", "apple_orange"],
                         capture_output=True, text=True, cwd=checkout, timeout=120,
                         env={"PYTHONPATH": sysconfig.get_paths()["purelib"],
                              "PATH": "/usr/bin:/bin", "PYTHONNOUSERSITE": "1"})
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("output price = 715.0000000000001\n")
