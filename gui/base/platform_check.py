"""Before Qt starts on Linux: can its X11 platform plugin load at all?

When a system library the plugin needs is missing (on a plain Debian/Ubuntu desktop, often
libxcb-cursor0), Qt prints a long message about the "xcb" plugin and aborts. Asking the
dynamic linker first (`ldd`) lets the command say in one line which package to install.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: library file → the Debian/Ubuntu package that installs it
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
}


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` says it could not find."""
    return [line.split()[0] for line in ldd_output.splitlines() if "=> not found" in line]


def package_for(library: str) -> str:
    return PACKAGES.get(library, library.split(".so")[0])


def xcb_problem() -> str | None:
    """One line naming what to install, when Qt's X11 plugin cannot load; else None."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None  # Qt will use Wayland
    import PySide6
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return None
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None  # no ldd: let Qt try and say what it says
    missing = missing_libraries(out.stdout)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(package_for(lib) for lib in missing))
    return (f"Qt cannot open a window: this system lacks {', '.join(missing)}. "
            f"On Debian or Ubuntu: sudo apt install {packages}")
