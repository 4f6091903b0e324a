"""The app's language: English or Korean, switched at once, without a restart.

Qt's translators carry the GUI's texts (`resources/translations/backprop_studio_ko.qm`,
built from the `.ts` source by `resources/translations/update.py`) and Qt's own
(`qtbase_ko.qm`: the buttons of standard dialogs); `core.i18n` carries core's messages and
the narration, from the same `.ts`. `apply_language` switches both; the main window then
sets every text again (`MainWindow.retranslate`).

Which language: the one the user chose (View ▸ Language, remembered in the settings), else
the desktop's at the first start: a Korean desktop gets Korean. Korean needs a font that
draws Hangul; without one the app stays in English and says why once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase

from core import i18n as core_i18n
from core.i18n import LANGUAGES, TRANSLATIONS

#: each language by its own name: the menu shows them so whatever the app speaks
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_warned: list[bool] = []  # whether the missing Hangul font was already mentioned


def translate(context: str, text: str) -> str:
    """`text` of `context` in the current language: Qt's translation, the call lupdate
    extracts (`translate("Context", "text {name}").format(name=…)`)."""
    return QCoreApplication.translate(context, text)


def qm_file(lang: str) -> Path:
    return TRANSLATIONS / f"backprop_studio_{lang}.qm"


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


def current_language() -> str:
    return core_i18n.language()


def apply_language(lang: str) -> None:
    """Speak `lang` from now on: Qt's translators for the GUI (and Qt's own dialogs), and
    core's messages. English removes every translator."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for path in (qm_file(lang), qt_own / f"qtbase_{lang}.qm"):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    core_i18n.set_language(lang)
