"""`pip install --user` as a user does it: a wheel of this checkout into a temporary user
base, then the command from another folder (its data found beside the installed code, not
under sys.prefix); then a dummy distribution that also ships `core`, which the command names.

The user base is the base interpreter's (a venv has no user site). Its dependencies are this
test environment's, made visible by a .pth file in the user site, so nothing is downloaded;
the wheel itself is built by pip from a copy of the tracked files.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

BASE_PYTHON = getattr(sys, "_base_executable", sys.executable)


def run(command, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          timeout=600, **kwargs)


def tracked_copy(to: Path) -> Path:
    """The repository as a fresh clone has it (tracked files, as they are now)."""
    listed = run(["git", "ls-files", "-z"], cwd=REPO)
    if listed.returncode != 0:
        pytest.fail(f"git ls-files failed: {listed.stderr}")
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name
        if source.is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)
    return to


def build_wheel(project: Path, out: Path) -> Path:
    done = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", project, "-w", out])
    assert done.returncode == 0, done.stderr
    return next(out.glob("*.whl"))


def dummy_wheel(out: Path, name: str = "fakecore", version: str = "1.0") -> Path:
    """A wheel of another distribution shipping a top-level `core` (as several do)."""
    files = {"core/__init__.py": b'"""Not Backprop Studio\'s core."""\n',
             "core/engine.py": b"def evaluate():\n    return 'theirs'\n"}
    info = f"{name}-{version}.dist-info"
    files[f"{info}/METADATA"] = (f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
                                 ).encode()
    files[f"{info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\n"
                              b"Tag: py3-none-any\n")
    record = ""
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
        record += f"{path},sha256={digest.decode()},{len(data)}\n"
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    wheel = out / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, data in files.items():
            archive.writestr(path, data)
    return wheel


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


@pytest.fixture(scope="module")
def user_base(tmp_path_factory):
    """A user base with this checkout's wheel installed by `pip install --user`."""
    if run([BASE_PYTHON, "-m", "pip", "--version"]).returncode != 0:
        pytest.skip(f"{BASE_PYTHON} has no pip to install with --user")
    tmp = tmp_path_factory.mktemp("user-install")
    wheel = build_wheel(tracked_copy(tmp / "clone"), tmp / "dist")
    base = tmp / "userbase"
    env = {**os.environ, "PYTHONUSERBASE": str(base), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    for variable in ("PYTHONNOUSERSITE", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(variable, None)
    done = run([BASE_PYTHON, "-m", "pip", "install", "--user", "--no-deps", "-q", wheel],
               env=env)
    assert done.returncode == 0, done.stderr
    site = Path(run([BASE_PYTHON, "-c", "import site; print(site.getusersitepackages())"],
                    env=env).stdout.strip())
    assert site.is_relative_to(base)
    # the dependencies (numpy, PySide6 ...): this environment's, never its editable install
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    home = tmp / "home"  # the editor's settings and recovery files go here, not to ~
    home.mkdir()
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen",
               LANGUAGE="en")
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    return {"base": base, "site": site, "env": env, "cwd": elsewhere, "tmp": tmp}


def command(user_base, *args) -> subprocess.CompletedProcess:
    return run([user_base["base"] / "bin" / "backprop-studio", *args], env=user_base["env"],
               cwd=user_base["cwd"])


def test_the_data_is_found_beside_the_installed_code(user_base):
    where = run([BASE_PYTHON, "-c", "import core.paths as p; print(p.ROOT)"],
                env=user_base["env"], cwd=user_base["cwd"])
    assert Path(where.stdout.strip()) == user_base["site"] / "core"
    assert (user_base["site"] / "core" / "samples" / "apple_orange.json").is_file()
    assert not (user_base["base"] / "share").exists()  # nothing under <prefix>/share


def test_run_explain_export_and_a_screenshot_from_another_folder(user_base):
    assert command(user_base, "--version").stdout == "backprop-studio 0.1.0\n"
    ran = command(user_base, "run", "apple_orange")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("output price = 715.0000000000001\n")
    explained = command(user_base, "explain", "apple", "--lang", "ko")
    assert explained.returncode == 0, explained.stderr
    assert "국소적 미분 ∂apple_price/∂apple = apple_num을 곱한다: ∂price/∂apple = " \
           "∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2" in explained.stdout
    script = user_base["cwd"] / "apple_orange.py"
    exported = command(user_base, "export-code", "apple_orange", "-o", script)
    assert exported.returncode == 0, exported.stderr
    printed = run([sys.executable, script], cwd=user_base["cwd"])
    assert printed.stdout == ran.stdout
    listed = command(user_base, "samples")
    assert "sigmoid_primitives" in listed.stdout
    shot = user_base["cwd"] / "shot.png"
    shown = command(user_base, "sigmoid_primitives", "--screenshot", shot, "--size", "800x600")
    assert shown.returncode == 0, shown.stderr
    assert png_size(shot) == (800, 600)


def test_a_dummy_distribution_shipping_core_is_named_at_start_up(user_base):
    """Runs last in this module: the dummy's `core/__init__.py` replaces ours."""
    wheel = dummy_wheel(user_base["tmp"])
    done = run([BASE_PYTHON, "-m", "pip", "install", "--user", "--no-deps", "-q", wheel],
               env=user_base["env"])
    assert done.returncode == 0, done.stderr
    ran = command(user_base, "run", "apple_orange")
    assert ran.returncode == 1
    assert ran.stdout == ""
    assert ran.stderr.count("\n") == 1
    assert ran.stderr.startswith("backprop-studio: the package 'core' here belongs to "
                                 "fakecore 1.0. ")
    assert "fresh virtual environment, or with pipx" in ran.stderr
    editor = command(user_base, "--screenshot", user_base["cwd"] / "no.png")
    assert editor.returncode == 1 and "fakecore 1.0" in editor.stderr
