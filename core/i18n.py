"""Translations of core's messages (the command line, the engine, the narration).

Core never imports Qt, but it uses Qt's translation files all the same: a message is written
as `translate("Context", "text with {names}").format(names=...)`, which `pyside6-lupdate`
extracts into `resources/translations/*.ts` beside the GUI's `tr()` strings. The GUI loads
the compiled `.qm` with a QTranslator; core reads the `.ts` source itself (plain XML), so
`backprop-studio explain --lang ko` speaks Korean without Qt.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Mapping

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


def translate(context: str, text: str) -> str:
    """`text` in the current language (itself when there is no translation)."""
    return _state["catalogue"].get((context, text), text)


def localized(meta: Mapping[str, Any], key: str) -> Any:
    """A graph file's header text in the current language: `title_ko` for `title` when
    speaking Korean and the file has one, else `title` (None when neither is there)."""
    return meta.get(f"{key}_{language()}") or meta.get(key)


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    """`--lang ko|en` for a command that prints text (JSON keys stay English)."""
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="the language of messages and text (default en); JSON keys "
                        "stay English")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation where it is declared (a class attribute, a table);
    whoever shows it calls `translate(context, text)` then."""
    return text
