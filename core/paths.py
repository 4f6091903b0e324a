"""Where the project's data folders are: `resources/` and `samples/` beside the packages."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SAMPLES = ROOT / "samples"
GRAPH_SCHEMA = RESOURCES / "graph.schema.json"


def sample_files() -> list[Path]:
    """Every sample graph, sorted by name."""
    return sorted(SAMPLES.glob("*.json"))
