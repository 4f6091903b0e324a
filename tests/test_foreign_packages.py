"""`core` and `gui` are ours, or the command says in one line whose they are and what to do.

Folders laid out as pip leaves them, with .dist-info records written here: ours, and a dummy
distribution `fakecore` that ships a `core` package too. tests/test_user_install.py does the
same with real pip installs.
"""

import subprocess
import sys
from pathlib import Path

from backprop_studio import Foreign, foreign_message, foreign_packages
from tests.conftest import REPO


def dist_info(site: Path, name: str, version: str, files: list[str], editable_of=None):
    """A distribution's metadata as pip writes it: METADATA, and RECORD listing `files`
    (or, for an editable install, direct_url.json naming the project folder)."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    (info / "RECORD").write_text("".join(f"{f},,\n" for f in files)
                                 + f"{info.name}/RECORD,,\n")
    if editable_of is not None:
        (info / "direct_url.json").write_text(
            '{"url": "%s", "dir_info": {"editable": true}}' % editable_of.as_uri())


def package(site: Path, name: str, *modules: str) -> None:
    folder = site / name
    folder.mkdir(parents=True, exist_ok=True)
    for module in ("__init__", *modules):
        (folder / f"{module}.py").write_text("")


OURS = ["backprop_studio.py", "core/__init__.py", "core/engine/__init__.py",
        "gui/__init__.py"]


def test_our_packages_alone_are_ours(tmp_path):
    dist_info(tmp_path, "backprop-studio", "0.1.0", OURS)
    package(tmp_path, "core")
    package(tmp_path, "gui")
    assert foreign_packages([str(tmp_path)]) == []


def test_a_dummy_distribution_shipping_core_is_named(tmp_path):
    dist_info(tmp_path, "backprop-studio", "0.1.0", OURS)
    dist_info(tmp_path, "fakecore", "1.0", ["core/__init__.py", "core/engine.py"])
    package(tmp_path, "core", "engine")
    package(tmp_path, "gui")
    found = foreign_packages([str(tmp_path)])
    assert found == [Foreign("core", "fakecore 1.0", tmp_path.resolve() / "core")]
    message = foreign_message(found)
    assert "\n" not in message
    assert message.startswith("the package 'core' here belongs to fakecore 1.0. ")
    assert "a fresh virtual environment" in message and "pipx" in message


def test_a_core_earlier_on_the_path_is_named_too(tmp_path):
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    dist_info(ours, "backprop-studio", "0.1.0", OURS)
    package(ours, "core")
    package(ours, "gui")
    dist_info(theirs, "fakecore", "1.0", ["core/__init__.py"])
    package(theirs, "core")
    found = foreign_packages([str(theirs), str(ours)])
    assert found == [Foreign("core", "fakecore 1.0", theirs.resolve() / "core")]
    nobody = tmp_path / "loose"
    package(nobody, "gui")  # a bare folder no distribution lists
    found = foreign_packages([str(nobody), str(ours)])
    assert found == [Foreign("gui", None, nobody.resolve() / "gui")]
    assert f"is not Backprop Studio's (it is at {nobody.resolve() / 'gui'})" \
        in foreign_message(found)


def test_an_editable_install_or_a_checkout_is_ours(tmp_path):
    site = tmp_path / "site"
    dist_info(site, "backprop-studio", "0.1.0", ["__editable__.backprop_studio.pth"],
              editable_of=REPO)
    assert foreign_packages([str(site), str(REPO)]) == []
    elsewhere = tmp_path / "other"
    package(elsewhere, "core")
    found = foreign_packages([str(elsewhere), str(site), str(REPO)])
    assert [(f.package, f.owner) for f in found] == [("core", None)]


def test_the_message_speaks_korean():
    found = [Foreign("core", "fakecore 1.0", Path("/site/core"))]
    message = foreign_message(found, "ko")
    assert message.startswith("이 환경의 'core' 패키지는 fakecore 1.0에 속합니다. ")
    assert "pipx" in message and "새 가상 환경" in message


def test_this_checkout_passes_the_check_at_start_up(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "backprop_studio", "--version"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "backprop-studio 0.1.0\n"
