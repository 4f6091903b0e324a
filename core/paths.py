"""Where the project's data folders are: `resources/` and `samples/`."""

from __future__ import annotations

import sys
from pathlib import Path


def _data_root() -> Path:
    """The checkout (or editable install), else where a wheel put the data folders."""
    here = Path(__file__).resolve().parent.parent
    if (here / "resources").is_dir():
        return here
    return Path(sys.prefix) / "share" / "backprop-studio"


ROOT = _data_root()
RESOURCES = ROOT / "resources"
SAMPLES = ROOT / "samples"
GRAPH_SCHEMA = RESOURCES / "graph.schema.json"


def sample_files() -> list[Path]:
    """Every sample graph, sorted by name."""
    return sorted(SAMPLES.glob("*.json"))
