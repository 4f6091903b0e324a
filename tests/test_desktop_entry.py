"""`backprop-studio --install-desktop-entry`: the entry and the icons under XDG_DATA_HOME,
starting this very install; `--remove-desktop-entry` takes them out again."""

import configparser
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli.desktop_entry import data_home, exec_line
from core.paths import ICONS, RESOURCES
from tests.conftest import REPO

SIZES = (16, 24, 32, 48, 64, 128, 256)


def backprop_studio(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backprop_studio", *args],
                          capture_output=True, text=True, timeout=60, cwd=cwd,
                          env={**os.environ, **(env or {})})


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_shipped_entry_says_what_the_menu_needs():
    shipped = entry(RESOURCES / "backprop-studio.desktop")
    assert shipped["Type"] == "Application"
    assert shipped["Name"] == "Backprop Studio"
    assert shipped["Categories"] == "Education;Science;Qt;"
    assert shipped["Icon"] == "backprop-studio"
    assert shipped["Exec"] == "backprop-studio %f"
    assert shipped["StartupWMClass"] == "backprop-studio"
    assert shipped["GenericName[ko]"] == "계산 그래프 편집기"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not found (Debian: desktop-file-utils; "
                           ".ci/run installs it)")
def test_the_entry_is_valid_for_the_desktops_own_tool(tmp_path):
    home = tmp_path / "data"
    assert backprop_studio("--install-desktop-entry",
                           env={"XDG_DATA_HOME": str(home)}).returncode == 0
    for path in (RESOURCES / "backprop-studio.desktop",
                 home / "applications" / "backprop-studio.desktop"):
        checked = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                                 text=True, timeout=60)
        # only a hint remains: Science is a main category too, as the issue asks for it
        assert checked.returncode == 0 and "error:" not in checked.stdout, checked.stdout


def test_the_icon_comes_in_every_size():
    assert (ICONS / "backprop-studio.svg").read_text().startswith("<?xml")
    for size in SIZES:
        assert png_size(ICONS / f"backprop-studio-{size}.png") == (size, size)


def test_install_and_remove_under_xdg_data_home(tmp_path):
    home = tmp_path / "data"
    proc = backprop_studio("--install-desktop-entry", env={"XDG_DATA_HOME": str(home)},
                           cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    desktop = home / "applications" / "backprop-studio.desktop"
    assert str(desktop) in proc.stdout
    installed = entry(desktop)
    # this very install starts: here `python -m backprop_studio`, so the Python and the module
    module = str(REPO / "backprop_studio.py")
    assert installed["Exec"] == f"{sys.executable} {module} %f"
    assert installed["TryExec"] == sys.executable
    assert installed["Categories"] == "Education;Science;Qt;"
    icons = home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "backprop-studio.svg").read_bytes() == \
        (ICONS / "backprop-studio.svg").read_bytes()
    for size in SIZES:
        assert png_size(icons / f"{size}x{size}" / "apps" / "backprop-studio.png") == \
            (size, size)
    # the command the entry names really starts this install
    started = subprocess.run([installed["Exec"].split()[0], installed["Exec"].split()[1],
                              "--version"], capture_output=True, text=True, timeout=60,
                             cwd=tmp_path)
    assert started.stdout == "backprop-studio 0.1.0\n"

    proc = backprop_studio("--remove-desktop-entry", env={"XDG_DATA_HOME": str(home)})
    assert proc.returncode == 0, proc.stderr
    assert "Removed 9 files" in proc.stdout
    assert not desktop.exists()
    assert not list(icons.rglob("*.png"))


def test_the_editor_command_takes_the_option_too(tmp_path):
    home = tmp_path / "data"
    proc = backprop_studio("--lang", "ko", "--install-desktop-entry",
                           env={"XDG_DATA_HOME": str(home)})
    assert proc.returncode == 0, proc.stderr
    assert "프로그램 메뉴" in proc.stdout
    assert (home / "applications" / "backprop-studio.desktop").is_file()


def test_xdg_data_home_defaults_to_local_share(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")  # ignored, as the spec says
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_home() == tmp_path / "xdg"


def test_exec_arguments_are_quoted_as_the_spec_says():
    assert exec_line(["/opt/bin/backprop-studio"]) == "/opt/bin/backprop-studio"
    assert exec_line(["/home/me/My Apps/bin/python", "/x/backprop_studio.py"]) == \
        '"/home/me/My Apps/bin/python" /x/backprop_studio.py'
    # a quoted backslash is escaped for the argument, then once more for the string value
    assert exec_line(['/a b/c"d\\e$f']) == '"/a b/c\\\\"d\\\\\\\\e\\\\$f"'
    assert exec_line(["/100%/x"]) == "/100%%/x"
