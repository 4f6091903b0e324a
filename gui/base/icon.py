"""The app's icon, as the window, the about box and the window manager show it.

One QIcon holding every PNG size of resources/icons (drawn once as backprop-studio.svg,
rendered by resources/icons/make.py), each with its size, so the X11 window gets all of them
in _NET_WM_ICON and a task bar picks the one that fits instead of scaling a single picture.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from core.about import DESKTOP_ID
from core.paths import ICONS

_SIZED = re.compile(re.escape(DESKTOP_ID) + r"-(\d+)\.png")


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(ICONS.glob(f"{DESKTOP_ID}-*.png")):
        match = _SIZED.fullmatch(path.name)
        if match:
            size = int(match.group(1))
            icon.addFile(str(path), QSize(size, size))
    return icon
