"""A missing system library for Qt's X11 plugin is named in one line, with its package."""

from gui.base.platform_check import missing_libraries, package_for, xcb_problem

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd4a1f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1b6c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1b6bc00000)
"""


def test_ldd_output_names_the_missing_libraries_and_their_packages():
    assert missing_libraries(LDD) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert [package_for(lib) for lib in missing_libraries(LDD)] == ["libxcb-cursor0",
                                                                   "libxcb-icccm4"]
    assert package_for("libfoo.so.3") == "libfoo"


def test_this_machine_has_what_qt_needs(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    assert xcb_problem() is None  # .ci/run installs the libraries


def test_other_platforms_are_not_checked(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert xcb_problem() is None
