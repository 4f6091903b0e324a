"""The app's one catalogue of translations: core's messages, the narration and every GUI text.

Every text is written in the code as `translate("Context", "text with {names}")` (core and
the GUI), `self.tr("text")` (a Qt widget: its class is the context) or
`QT_TRANSLATE_NOOP("Context", "text")` (a table, translated when shown). `pyside6-lupdate`
extracts them all into `resources/translations/backprop_studio_<lang>.ts`, and this module
reads that `.ts` itself (plain XML, no Qt): `set_language` loads the finished translations
into one (context, source) → translation table, and `lookup` answers from it for every
context, core's and the GUI's alike. So `backprop-studio explain --lang ko` speaks Korean
without Qt, and in the editor a text is found the same way whichever side asks: the GUI's
`translate` is this module's function, and the QTranslator the GUI installs
(`gui.base.i18n.CatalogueTranslator`) answers Qt's `tr()` calls from this same table.
Disambiguation comments and plural forms are not used, so (context, source) is the key.

A Korean particle after a placeholder is written as its pair, `{name}은(는)`: the text
`translate` returns is a `Text`, whose `format` fills the placeholders and then chooses each
particle by the word now before it (`core.particles.resolve`), so `apple_num` takes 을 and
`tax` takes 를. Code that fills a text another way (Qt's `tr()` in the GUI) calls `fill`.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Mapping

from core.particles import resolve
from core.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "ko")
_state: dict = {"lang": "en", "catalogue": {}}


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"backprop_studio_{lang}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for every finished translation in a .ts file."""
    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            if translation.text:
                catalogue[(name, message.findtext("source", ""))] = translation.text
    return catalogue


def set_language(lang: str) -> None:
    """Speak `lang` ("en" or "ko") from now on; English needs no catalogue."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    path = ts_file(lang)
    catalogue = read_ts(path) if lang != "en" and path.is_file() else {}
    _state.update(lang=lang, catalogue=catalogue)


def language() -> str:
    return _state["lang"]


def lookup(context: str, text: str) -> str | None:
    """The translation of `text` of `context` in the current language, None when there is
    none (English has none): what Qt's translator asks, so Qt's own catalogue can answer."""
    return _state["catalogue"].get((context, text))


class Text(str):
    """A text from the catalogue: `format` also chooses the Korean particles after the
    values it puts in (`{label}을(를)` → `W1을`, `tax를`)."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:  # noqa: A003 - str's own name
        return resolve(str.format(self, *args, **kwargs))


def fill(template: str, *args: Any, **kwargs: Any) -> str:
    """`template.format(...)` with its Korean particles chosen (`Text.format`), for a
    template that does not come from `translate` (a Qt `tr()`)."""
    return resolve(template.format(*args, **kwargs))


def translate(context: str, text: str) -> Text:
    """`text` in the current language (itself when there is no translation), as a `Text`
    whose `format` chooses the Korean particles after the values it puts in."""
    found = lookup(context, text)
    return Text(text if found is None else found)


def localized(meta: Mapping[str, Any], key: str) -> Any:
    """A graph file's header text in the current language: `title_ko` for `title` when
    speaking Korean and the file has one, else `title` (None when neither is there)."""
    return meta.get(f"{key}_{language()}") or meta.get(key)


def add_language_argument(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """`--lang ko|en` for a command that prints text (JSON keys stay English)."""
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help=help or translate("CLI", "the language of messages and text "
                                               "(default en); JSON keys stay English"))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation where it is declared (a class attribute, a table);
    whoever shows it calls `translate(context, text)` then."""
    return text


#: the system's reasons a file cannot be read or written, by errno name, in our words: the
#: system says "No such file or directory" in English whatever the app speaks
SYSTEM_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("System", "no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("System", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("System", "the operation is not permitted"),
    "EISDIR": QT_TRANSLATE_NOOP("System", "it is a folder"),
    "ENOTDIR": QT_TRANSLATE_NOOP("System", "a part of the path is not a folder"),
    "ENOSPC": QT_TRANSLATE_NOOP("System", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("System", "the disk quota is used up"),
    "EROFS": QT_TRANSLATE_NOOP("System", "the disk is read-only"),
    "EEXIST": QT_TRANSLATE_NOOP("System", "it exists already"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("System", "the name is too long"),
    "EMFILE": QT_TRANSLATE_NOOP("System", "too many files are open"),
    "EBUSY": QT_TRANSLATE_NOOP("System", "the file is busy"),
    "EIO": QT_TRANSLATE_NOOP("System", "an input/output error"),
    "ELOOP": QT_TRANSLATE_NOOP("System", "too many symbolic links"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("System", "the connection timed out"),
    "ECONNREFUSED": QT_TRANSLATE_NOOP("System", "the connection was refused"),
    "ECONNRESET": QT_TRANSLATE_NOOP("System", "the connection was reset"),
    "ENETUNREACH": QT_TRANSLATE_NOOP("System", "the network is unreachable"),
}


def system_reason(error: BaseException) -> str:
    """Why the system refused, in the current language: in English what the system said
    ("No such file or directory"), in another language an OSError's errno in our words
    (파일이나 폴더가 없습니다)."""
    import errno
    code = getattr(error, "errno", None)
    name = errno.errorcode.get(code, "") if isinstance(code, int) else ""
    said = getattr(error, "strerror", None) or str(error)
    if language() == "en" or name not in SYSTEM_REASONS:
        return said  # English: the system's own words
    return translate("System", SYSTEM_REASONS[name])
