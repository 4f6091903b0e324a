"""`backprop-studio --install-desktop-entry`: Backprop Studio in the desktop's menu.

pip installs no desktop files, so the command installs them for the current user, as the XDG
specifications place them: `resources/backprop-studio.desktop` into
`$XDG_DATA_HOME/applications/` (default `~/.local/share/applications/`), with `Exec`
pointing at the command that is running now (a venv's or pipx's `backprop-studio`, which
need not be on the menu's PATH), and the icon into `$XDG_DATA_HOME/icons/hicolor/` (the
SVG as the scalable icon, every PNG size beside it). `--remove-desktop-entry` removes those
files again. Never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from core.about import DESKTOP_ID
from core.cli.messages import fail
from core.files import atomic
from core.i18n import add_language_argument, set_language, translate
from core.paths import ICONS, RESOURCES

DESKTOP_FILE = RESOURCES / f"{DESKTOP_ID}.desktop"
#: characters that make an Exec argument need quotes (the Desktop Entry spec's list)
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (a relative or empty value is ignored, as the
    XDG Base Directory specification says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, Path | None]:
    """Where each file goes under `home` → what it is made from (None: the desktop entry,
    written with this install's command)."""
    icons = home / "icons" / "hicolor"
    files: dict[Path, Path | None] = {home / "applications" / f"{DESKTOP_ID}.desktop": None}
    files[icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg"] = ICONS / f"{DESKTOP_ID}.svg"
    for png in sorted(ICONS.glob(f"{DESKTOP_ID}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        if size.isdigit():
            files[icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"] = png
    return files


def launcher() -> list[str]:
    """The command that starts this very install: the `backprop-studio` script that is
    running, else this Python with the entry module (`python -m backprop_studio`, or a
    checkout run)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "backprop-studio" and script.is_file():
        return [str(script.absolute())]
    import backprop_studio
    return [sys.executable, str(Path(backprop_studio.__file__).resolve())]


def exec_line(command: list[str]) -> str:
    """`command` as a Desktop Entry `Exec` value: arguments with reserved characters
    quoted, then backslashes escaped once more as a string value's, and `%` doubled."""
    def quoted(arg: str) -> str:
        if _RESERVED.search(arg):
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        return arg.replace("\\", "\\\\").replace("%", "%%")
    return " ".join(quoted(arg) for arg in command)


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with `Exec` and `TryExec` naming `command`."""
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    text = re.sub(r"^Exec=.*$", lambda _: f"Exec={exec_line(command)} %f", text, flags=re.M)
    return re.sub(r"^TryExec=.*$", lambda _: f"TryExec={exec_line(command[:1])}", text,
                  flags=re.M)


def install(home: Path, command: list[str]) -> list[Path]:
    """Write the entry and the icons under `home`; the files written."""
    written = []
    for target, source in installed_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            atomic.write_text(target, desktop_entry(command))
        else:
            atomic.write_bytes(target, source.read_bytes())
        written.append(target)
    return written


def remove(home: Path) -> list[Path]:
    """Remove what `install` wrote under `home`; the files removed."""
    removed = []
    for target in installed_files(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    return removed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="backprop-studio")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--install-desktop-entry", action="store_true")
    action.add_argument("--remove-desktop-entry", action="store_true")
    add_language_argument(parser)
    args = parser.parse_args(argv)
    set_language(args.lang)
    home = data_home()
    try:
        if args.remove_desktop_entry:
            removed = remove(home)
            print(translate("DesktopEntry", "Removed {count} files of Backprop Studio's "
                            "desktop entry from {folder}.").format(count=len(removed),
                                                                   folder=home))
            return 0
        written = install(home, launcher())
    except OSError as e:
        return fail(translate("DesktopEntry", "cannot write the desktop entry: {reason}")
                    .format(reason=e))
    print(translate("DesktopEntry", "Installed {entry} and its icon under {icons}: Backprop "
                    "Studio is in your applications menu (Education). "
                    "backprop-studio --remove-desktop-entry takes it out again.").format(
        entry=written[0], icons=home / "icons" / "hicolor"))
    return 0
