"""The `backprop-studio` command: a headless subcommand runs in core, anything else opens
the editor.

`backprop-studio run|gradcheck|train|samples|... FILE` never imports Qt (core/cli/main.py),
so it starts fast and works on a server; `--version` and `--install-desktop-entry` need no
Qt either; `backprop-studio [FILE] [--screenshot OUT.png]` starts the PySide6 editor
(gui/app.py). FILE may also be a bundled sample's name (`backprop-studio run apple_orange`).

Before anything is imported from `core` or `gui`, `foreign_packages` checks that those two
packages are this distribution's: their names are short and common, and pip merges two
distributions that ship a `core` into one folder without a word. When one is not, the
command says whose it is and what to do, in one line, and stops.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from importlib.machinery import PathFinder
from importlib.util import find_spec
from pathlib import Path
from typing import Callable, Sequence
from urllib.parse import unquote, urlparse

DISTRIBUTION = "backprop-studio"
#: the top-level packages this distribution ships besides this module
PACKAGES = ("core", "gui")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    foreign = foreign_packages()
    if foreign:
        print(f"{DISTRIBUTION}: {foreign_message(foreign, _language(argv))}", file=sys.stderr)
        return 1
    if argv[:1] == ["--version"]:
        from core.about import version_text
        print(version_text())
        return 0
    from core.cli.main import DESKTOP_ENTRY_OPTIONS, SUBCOMMANDS
    if argv and argv[0] in SUBCOMMANDS or set(argv) & set(DESKTOP_ENTRY_OPTIONS):
        from core.cli.main import main as headless
        return headless(argv)
    from gui.app import main as editor
    return editor(argv)


# -- are `core` and `gui` ours? ----------------------------------------------------------


@dataclass(frozen=True)
class Foreign:
    """A top-level package of ours that Python would import from someone else's files, or
    whose folder another distribution shares with ours."""

    package: str
    owner: str | None  # the other distribution as "name version"; None when none claims it
    folder: Path  # where Python imports the package from


def foreign_packages(path: Sequence[str] | None = None) -> list[Foreign]:
    """`core` and `gui` as this environment has them, where they are not only ours. Empty
    when both are ours, and when this code runs from a checkout that is not installed
    (there is no record to compare with).

    `path`: the folders to look in for distributions and packages (default: how Python
    imports, `sys.path` and its import hooks)."""
    ours = next(iter(metadata.distributions(name=DISTRIBUTION,
                                            path=list(sys.path if path is None else path))),
                None)
    if ours is None:
        return []
    found = (_foreign(package, ours, path) for package in PACKAGES)
    return [f for f in found if f is not None]


def _foreign(package: str, ours: metadata.Distribution,
             path: Sequence[str] | None) -> Foreign | None:
    origin = _origin(package, path)
    if origin is None or _in_checkout(origin):
        return None  # nothing to import (Python will say so), or a source checkout's
    search = list(sys.path if path is None else path)
    site = Path(str(ours.locate_file(""))).resolve()
    if f"{package}/__init__.py" in _record_names(ours):
        if origin == site / package / "__init__.py":
            # our files, in a folder pip may have merged with another distribution's
            for other in metadata.distributions(path=[str(site)]):
                if _lists_files_under(other, package) and _name(other) != DISTRIBUTION:
                    return Foreign(package, _label(other), origin.parent)
            return None
    else:
        project = _editable_project(ours)
        if project is None or origin.is_relative_to(project):
            return None  # an editable install of ours, or no record to compare with
    owner = next((_label(d) for d in metadata.distributions(path=search)
                  if _ships(d, origin) and _name(d) != DISTRIBUTION), None)
    return Foreign(package, owner, origin.parent)


def foreign_message(foreign: list[Foreign], lang: str = "en") -> str:
    """One line: which packages are someone else's, and what to do."""
    translate = _translator(lang)
    found = "; ".join(
        translate("Startup", "the package '{package}' here belongs to {owner}").format(
            package=f.package, owner=f.owner) if f.owner else
        translate("Startup", "the package '{package}' here is not Backprop Studio's (it is "
                  "at {folder})").format(package=f.package, folder=f.folder)
        for f in foreign)
    return translate("Startup", "{found}. Two distributions that ship the same top-level "
                     "package overwrite each other's files, so Backprop Studio cannot run "
                     "in this environment: install it into a fresh virtual environment, or "
                     "with pipx, which gives it one of its own").format(found=found)


def _origin(package: str, path: Sequence[str] | None) -> Path | None:
    """The `__init__.py` Python would import `package` from."""
    if path is None:
        spec = find_spec(package)  # through every import hook, an editable finder's too
    else:
        spec = PathFinder.find_spec(package, list(path))
    if spec is None or not spec.origin or not spec.has_location:
        return None
    return Path(spec.origin).resolve()


def _in_checkout(origin: Path) -> bool:
    """Whether the package at `origin` is part of a source checkout of this project (the
    repository's pyproject.toml names it, as core/paths.py checks)."""
    pyproject = origin.parent.parent / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r'^name\s*=\s*["\']' + re.escape(DISTRIBUTION) + r'["\']\s*$', text,
                     re.M) is not None


def _record_names(dist: metadata.Distribution) -> list[str]:
    """The paths a distribution's RECORD lists ([] when it has none), read as plain CSV:
    quicker than `Distribution.files` for the large records of Qt's wheels."""
    text = dist.read_text("RECORD")
    if not text:
        return []
    return [row[0] for row in csv.reader(text.splitlines()) if row]


def _lists_files_under(dist: metadata.Distribution, package: str) -> bool:
    """Whether `dist`'s RECORD lists a file of the folder `package`: one look through its
    text, as every distribution beside ours is asked at each start (Qt's record alone has
    thousands of lines)."""
    text = dist.read_text("RECORD") or ""
    return text.startswith(f"{package}/") or f"\n{package}/" in text


def _editable_project(dist: metadata.Distribution) -> Path | None:
    """The project folder of an editable install (PEP 610's direct_url.json), else None."""
    try:
        direct = json.loads(dist.read_text("direct_url.json") or "null")
    except ValueError:
        return None
    if not isinstance(direct, dict) or not (direct.get("dir_info") or {}).get("editable"):
        return None
    url = urlparse(direct.get("url", ""))
    return Path(unquote(url.path)).resolve() if url.scheme == "file" else None


def _ships(dist: metadata.Distribution, origin: Path) -> bool:
    """Whether `dist` installed the file `origin` (its record lists it), or is an editable
    install of a project folder that holds it."""
    site = Path(str(dist.locate_file(""))).resolve()
    if any(name.endswith("__init__.py") and (site / name).resolve() == origin
           for name in _record_names(dist)):
        return True
    project = _editable_project(dist)
    return project is not None and origin.is_relative_to(project)


def _name(dist: metadata.Distribution) -> str:
    return (dist.metadata["Name"] or "").lower().replace("_", "-")


def _label(dist: metadata.Distribution) -> str:
    return f"{dist.metadata['Name']} {dist.version}"


def _translator(lang: str) -> Callable[[str, str], str]:
    """core's `translate` speaking `lang`, when core's catalogue can still be read (a
    foreign `core` may have replaced it); else the English text itself."""
    if lang != "en":
        try:
            from core.i18n import set_language, translate
            set_language(lang)
            return translate
        except Exception:  # noqa: BLE001 - whatever a foreign `core` does, we still say why
            pass
    return lambda context, text: text


def _language(argv: list[str]) -> str:
    """`--lang ko` on the command line, else Korean when the desktop's locale is."""
    if "--lang" in argv[:-1]:
        return argv[argv.index("--lang") + 1]
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "ko" if value.startswith("ko") else "en"
    return "en"


if __name__ == "__main__":
    sys.exit(main())
