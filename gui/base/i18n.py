"""The app's language: English or Korean, switched at once, without a restart.

There is one catalogue of the app's texts, core's (`core.i18n`, read from
`resources/translations/backprop_studio_<lang>.ts`). The GUI asks it two ways that end in the
same table: `core.i18n.translate("Context", "text")` directly, and `self.tr("text")` /
`QCoreApplication.translate` through Qt, where the one translator of our texts installed on
the application is a `CatalogueTranslator`, which answers from core's table. Qt's own texts
(the buttons of standard dialogs) come from Qt's catalogue, `qtbase_<lang>.qm`, asked after
ours. `apply_language` switches core's table and the translators together; the main window
then sets every text again (`MainWindow.retranslate`).

Which language: the one the user chose (View ▸ Language, remembered in the settings), else
the desktop's at the first start: a Korean desktop gets Korean. Korean needs a font that
draws Hangul; without one the app stays in English and says why once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from core import i18n as core_i18n
from core.i18n import LANGUAGES, translate
from gui.base.safety import guarded

#: each language by its own name: the menu shows them so whatever the app speaks
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_warned: list[bool] = []  # whether the missing Hangul font was already mentioned


class CatalogueTranslator(QTranslator):
    """Qt's way into core's catalogue: every `tr()` of a widget and every
    `QCoreApplication.translate` ends here and is looked up in `core.i18n`'s table, in the
    language it speaks now. No translation is None, so Qt asks its own catalogue next."""

    @guarded
    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return core_i18n.lookup(context, source_text)

    @guarded(default=False)
    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name): Qt announces no empty translator
        return False


def system_language(locale: QLocale | None = None) -> str:
    """The first of the desktop's UI languages the app speaks, else English."""
    locale = QLocale.system() if locale is None else locale
    for name in locale.uiLanguages():  # "ko-KR", "ko", "en-US" …
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings, locale: QLocale | None = None) -> str:
    """The language remembered in `settings`, else the desktop's."""
    lang = str(settings.value(SETTINGS_KEY, "") or "")
    return lang if lang in LANGUAGES else system_language(locale)


def hangul_family() -> str | None:
    """An installed font family that can draw Hangul (None when there is none)."""
    from gui.base.fonts import FAMILIES
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    return next((f for f in FAMILIES if f in korean), korean[0] if korean else None)


def speakable(lang: str) -> tuple[str, str]:
    """`lang` if it can be shown, else English with the reason (said once per run):
    Korean needs a font that draws Hangul."""
    if lang != "ko" or hangul_family() is not None:
        return lang, ""
    said, _warned[:] = bool(_warned), [True]
    return "en", "" if said else translate(
        "Language", "Korean needs a font that can draw Hangul (e.g. Noto Sans CJK KR or "
        "NanumGothic), and none is installed: the app stays in English.")


def apply_language(lang: str) -> None:
    """Speak `lang` from now on: core's catalogue, the translator that gives it to Qt, and
    Qt's own catalogue for its dialogs. English removes every translator."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    core_i18n.set_language(lang)  # first: the translators installed below announce it
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    qt_own = QTranslator(app)
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if qt_own.load(str(path / f"qtbase_{lang}.qm")):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = CatalogueTranslator(app)
    app.installTranslator(ours)  # installed last, asked first
    _installed.append(ours)
