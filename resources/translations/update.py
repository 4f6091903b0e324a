"""Update the translations: `pyside6-lupdate` over the code, then `pyside6-lrelease`.

    .venv/bin/python resources/translations/update.py          # update the .ts, build the .qm
    .venv/bin/python resources/translations/update.py --check  # say what is missing; no writes

lupdate reads every `self.tr("…")`, `translate("Context", "…")` and
`QT_TRANSLATE_NOOP("Context", "…")` in core/, gui/ and backprop_studio.py and merges them
into `backprop_studio_<lang>.ts`: a new or changed text arrives as an unfinished message
for a translator (Qt Linguist: `pyside6-linguist backprop_studio_ko.ts`), and texts no
longer in the code are dropped. The app reads the `.ts` itself, one catalogue for core and
the GUI (`core.i18n`; the GUI's QTranslator answers from it). lrelease still compiles each
`.ts` into a `.qm`, Qt's own reading of the file, which must succeed. Both files are
committed; the tests fail when a text has no finished translation or when a `.qm` is older
than its `.ts`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("ko",)


def ts_path(lang: str) -> Path:
    return HERE / f"backprop_studio_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"backprop_studio_{lang}.qm"


def sources() -> list[Path]:
    """Every Python file lupdate reads, in a stable order."""
    files = [ROOT / "backprop_studio.py"]
    for folder in ("core", "gui"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (a venv's bin/), else on the PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def lupdate(ts: Path) -> None:
    """Merge the code's texts into `ts` (created if missing); locations are left out, so
    the file changes only when a text does."""
    run([tool("pyside6-lupdate"), *map(str, sources()), "-locations", "none", "-no-obsolete",
         "-silent", "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) → (the translation's type: None when finished, its text)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source", ""))] = (
                translation.get("type"), translation.text or "")
    return out


def problems(lang: str) -> list[str]:
    """What is wrong with `lang`'s translation, checked on a copy (nothing is written):
    texts of the code without a finished translation, texts of the .ts the code no longer
    has, and a .qm that does not match its .ts."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(lang).name
        if ts_path(lang).is_file():
            shutil.copyfile(ts_path(lang), copy)
        lupdate(copy)
        now = messages(copy)
        committed = messages(ts_path(lang)) if ts_path(lang).is_file() else {}
        for (context, source), (kind, text) in now.items():
            if kind is not None or not text:
                found.append(f"no finished translation: [{context}] {source!r}")
        found += [f"no longer in the code: [{context}] {source!r}"
                  for context, source in committed.keys() - now.keys()]
        qm = Path(tmp) / qm_path(lang).name
        lrelease(ts_path(lang), qm)
        if not qm_path(lang).is_file() or qm.read_bytes() != qm_path(lang).read_bytes():
            found.append(f"{qm_path(lang).name} is not built from {ts_path(lang).name}: "
                         "run resources/translations/update.py")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="list what is missing or stale, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = [p for lang in LANGUAGES for p in problems(lang)]
        print("\n".join(found) or "translations are complete and built")
        return 1 if found else 0
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        unfinished = sum(kind is not None or not text
                         for kind, text in messages(ts_path(lang)).values())
        print(f"{ts_path(lang).name}: {len(messages(ts_path(lang)))} texts, "
              f"{unfinished} without a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
