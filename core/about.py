"""What Backprop Studio says about itself: its name, version and licence, and the name the
desktop knows it by (`--version`, the about box, the desktop entry and its icon).

The version is written here once: pyproject.toml reads it from this module when a wheel is
built, so a checkout run without installing says the same as an installed copy.
"""

from __future__ import annotations

NAME = "Backprop Studio"
#: the distribution's name on pip's side, which is also the command's
DISTRIBUTION = "backprop-studio"
VERSION = "0.1.0"
LICENSE = "MIT"
#: the desktop entry's file name (without `.desktop`) and the icon's name in the icon theme;
#: Qt's `setDesktopFileName` gives it to the window manager (Wayland finds the icon by it)
DESKTOP_ID = "backprop-studio"


def version_text() -> str:
    """What `backprop-studio --version` prints."""
    return f"{DISTRIBUTION} {VERSION}"
