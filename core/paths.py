"""Where the project's data folders are: `resources/` and `samples/`.

Two places, each tried for what it is, never guessed from a folder's name alone:

- A source checkout (a clone run with `python -m backprop_studio`, or an editable install):
  the folders sit at the top of the repository, beside `core/`. It is recognised by the
  repository's own `pyproject.toml` naming this distribution, so an unrelated package
  called `resources` beside an installed `core` is never taken for ours.
- An installed wheel (a venv, `pip install --user`, pipx, a system Python): the build maps
  the two folders into the `core` package as its package data (`core/resources`,
  `core/samples`; pyproject.toml says how), and `importlib.resources` finds them beside the
  code, wherever the installer put it.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from core.about import DISTRIBUTION

_NAMED = re.compile(r'^name\s*=\s*["\']' + re.escape(DISTRIBUTION) + r'["\']\s*$', re.M)


def checkout_root(package_dir: Path) -> Path | None:
    """The source checkout that `package_dir` (the folder of `core`) belongs to: its parent
    when that holds this project's pyproject.toml and the data folders, else None."""
    top = package_dir.parent
    try:
        pyproject = (top / "pyproject.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not _NAMED.search(pyproject):
        return None
    if not ((top / "resources" / "graph.schema.json").is_file()
            and (top / "samples").is_dir()):
        return None
    return top


def _data_root() -> Path:
    """The folder holding `resources/` and `samples/`: the checkout, else `core` itself."""
    package_dir = Path(__file__).resolve().parent
    checkout = checkout_root(package_dir)
    if checkout is not None:
        return checkout
    return Path(str(resources.files("core")))


#: the folder holding `resources/` and `samples/` (a checkout's top, or the installed `core`)
ROOT = _data_root()
RESOURCES = ROOT / "resources"
SAMPLES = ROOT / "samples"
GRAPH_SCHEMA = RESOURCES / "graph.schema.json"
ICONS = RESOURCES / "icons"


def sample_files() -> list[Path]:
    """Every sample graph, sorted by name."""
    return sorted(SAMPLES.glob("*.json"))
