"""Update the translations: `pyside6-lupdate` over the code into the `.ts` files.

    .venv/bin/python resources/translations/update.py          # update the .ts
    .venv/bin/python resources/translations/update.py --check  # say what is missing; no writes

lupdate reads every `self.tr("…")`, `translate("Context", "…")` and
`QT_TRANSLATE_NOOP("Context", "…")` in core/, gui/ and backprop_studio.py and merges them
into `backprop_studio_<lang>.ts`: a new or changed text arrives as an unfinished message
for a translator (Qt Linguist: `pyside6-linguist backprop_studio_ko.ts`), and texts no
longer in the code are dropped. The app reads the `.ts` itself, one catalogue for core and
the GUI (`core.i18n`; the GUI's QTranslator answers from it), so no `.qm` is shipped;
`--check` still has `pyside6-lrelease` read each `.ts`, so Qt's tools can open it. The tests
fail when a text has no finished translation, when a text of the `.ts` is no longer in the
code, or when lrelease cannot read the file.
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


def lrelease(ts: Path, qm: Path) -> str:
    """Qt's own reading of `ts` (compiled to `qm`, which nothing loads: the app reads the
    .ts through core.i18n); what lrelease says when it cannot, else ""."""
    done = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                          capture_output=True, text=True)
    return "" if done.returncode == 0 else (done.stdout + done.stderr).strip()


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
        problem = lrelease(ts_path(lang), Path(tmp) / "check.qm")
        if problem:
            found.append(f"Qt cannot read {ts_path(lang).name}: {problem}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="list what is missing or stale, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = [p for lang in LANGUAGES for p in problems(lang)]
        print("\n".join(found) or "translations are complete")
        return 1 if found else 0
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        unfinished = sum(kind is not None or not text
                         for kind, text in messages(ts_path(lang)).values())
        print(f"{ts_path(lang).name}: {len(messages(ts_path(lang)))} texts, "
              f"{unfinished} without a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
