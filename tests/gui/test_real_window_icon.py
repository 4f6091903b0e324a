"""The window manager's view of the editor on a real X server: our icon in every size
(_NET_WM_ICON), the WM_CLASS the desktop entry's StartupWMClass names, and the desktop
file name (which Qt also gives as _GTK_APPLICATION_ID)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from test_real_window import START_TIMEOUT, Editor, desktop  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("Xvfb", "openbox", "xdotool", "xprop")),
    reason="needs Xvfb, openbox, xdotool and xprop (Debian: apt-get install xvfb openbox "
           "xdotool x11-utils; .ci/run installs them)")


def test_the_window_has_our_icon_and_names(desktop):  # noqa: F811 - the fixture
    editor = Editor(desktop)
    editor.until(lambda s: s["nodes"], "the default sample to open", START_TIMEOUT)
    found = desktop.xdo("search", "--sync", "--onlyvisible", "--name", "Backprop Studio",
                        timeout=START_TIMEOUT)
    window = found.split()[0]
    shown = subprocess.run(["xprop", "-id", window, "-len", "100000000", "WM_CLASS",
                            "_GTK_APPLICATION_ID", "_NET_WM_ICON"], env=desktop.env,
                           capture_output=True, text=True, timeout=30)
    assert shown.returncode == 0, shown.stderr
    assert 'WM_CLASS(STRING) = "backprop-studio", "Backprop Studio"' in shown.stdout
    assert '_GTK_APPLICATION_ID(UTF8_STRING) = "backprop-studio"' in shown.stdout
    sizes = sorted(int(w) for w, h in re.findall(r"Icon \((\d+) x (\d+)\)", shown.stdout)
                   if w == h)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
