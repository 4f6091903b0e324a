"""One catalogue of translations: a text is looked up in core's table whichever side asks,
core's `translate`, a widget's `tr()` or `QCoreApplication.translate`; Qt's own texts still
come from Qt's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from core import i18n as core_i18n
from gui.base import i18n


def test_the_guis_translate_is_cores_function():
    assert i18n.translate is core_i18n.translate


def test_qt_finds_every_text_of_the_ts_as_core_does(qapp):
    catalogue = core_i18n.read_ts(core_i18n.ts_file("ko"))
    i18n.apply_language("ko")
    through_qt = {key: QCoreApplication.translate(*key) for key in catalogue}
    through_core = {key: core_i18n.translate(*key) for key in catalogue}
    assert len(catalogue) > 700  # every message of the .ts, core's and the GUI's
    assert through_qt == through_core == catalogue
    assert QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
    i18n.apply_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert core_i18n.translate("MainWindow", "&File") == "&File"


def test_a_widgets_tr_reads_cores_table_when_it_asks(window, monkeypatch):
    """The window's texts change with core's table itself: there is no second copy."""
    i18n.apply_language("ko")
    catalogue = core_i18n._state["catalogue"]
    monkeypatch.setitem(catalogue, ("MainWindow", "&File"), "파일 메뉴(&F)")  # via translate
    monkeypatch.setitem(catalogue, ("MainWindow", "Palette"), "팔레트 창")  # via self.tr()
    window.retranslate()
    assert window.window_actions.file.menu.title() == "파일 메뉴(&F)"
    assert window.palette_dock.windowTitle() == "팔레트 창"
    assert window.window_actions.edit.menu.title() == "편집(&E)"


def test_a_text_the_app_does_not_have_is_left_to_qts_own_catalogue(qapp):
    i18n.apply_language("ko")
    assert core_i18n.lookup("QPlatformTheme", "Cancel") is None
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"

    class Unknown(QObject):
        pass

    assert Unknown().tr("no such text") == "no such text"  # the source, never ""
    i18n.apply_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
