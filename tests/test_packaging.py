"""What pip and a source distribution get: every package, the data the code reads (and no
more), the licence, honest dependency bounds; the sdist with the whole test suite."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_user_install import tracked_copy

tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the packaging tests need no more

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_every_package_of_the_tree_is_listed():
    on_disk = {".".join(init.parent.relative_to(REPO).parts)
               for top in ("core", "gui") for init in (REPO / top).rglob("__init__.py")}
    mapped = set(SETUPTOOLS["package-dir"])
    assert set(SETUPTOOLS["packages"]) == on_disk | mapped
    assert SETUPTOOLS["package-dir"] == {"core.resources": "resources",
                                         "core.samples": "samples"}


def test_the_license_is_mit_and_shipped():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 Backprop Studio contributors\n")
    assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in text
    assert "urls" not in project  # the project has no public home yet: none is invented
    assert "Topic :: Education" in project["classifiers"]


def test_pyside6_is_capped_only_where_its_release_aborts():
    pyside = [d for d in PYPROJECT["project"]["dependencies"] if d.startswith("PySide6")]
    assert pyside == ["PySide6-Essentials>=6.7,<6.12; python_version < '3.12'",
                      "PySide6-Essentials>=6.7; python_version >= '3.12'"]


@pytest.mark.slow
def test_the_wheel_and_the_sdist(tmp_path):
    clone = tracked_copy(tmp_path / "clone")
    done = subprocess.run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir",
                           str(tmp_path / "dist"), str(clone)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    # setuptools says so when the configuration is ambiguous or on its way out
    for warned in ("would be ignored", "Deprecat", "_Warning", "SetuptoolsWarning"):
        assert warned not in done.stderr, done.stderr

    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {n for n in names if n.startswith(("core/resources/", "core/samples/"))}
    assert data == (
        {"core/resources/graph.schema.json", "core/resources/backprop-studio.desktop",
         "core/resources/translations/backprop_studio_ko.ts"}
        | {f"core/resources/icons/{p.name}" for p in (REPO / "resources" / "icons").iterdir()
           if p.suffix in (".png", ".svg")}
        | {f"core/samples/{p.name}" for p in (REPO / "samples").glob("*.json")})
    assert "backprop_studio.py" in names and "core/about.py" in names
    assert not [n for n in names if n.startswith(("tests/", "resources/", "samples/"))]
    metadata = zipfile.ZipFile(wheel).read("backprop_studio-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert re.search(r"^Requires-Dist: PySide6-Essentials<6.12,>=6.7; python_version < "
                     r'"3.12"$', metadata, re.M)

    (sdist,) = (tmp_path / "dist").glob("*.tar.gz")
    inside = {Path(*Path(n).parts[1:]).as_posix() for n in tarfile.open(sdist).getnames()}
    for tracked in ("tests/gui/conftest.py", "tests/gui/test_real_window.py",
                    "tests/conftest.py", "LICENSE", "resources/screenshots/apple_orange.png",
                    "resources/translations/update.py", "samples/apple.json", ".ci/run"):
        assert tracked in inside, tracked
    assert not [n for n in inside if "__pycache__" in n]
