"""The catalogue of sample graphs, in the order of the chapter's figures, and a sample by
its name.

Each sample names the figure of chapter 5 (or 6) it reproduces in its `"figure"` header
field (`"5-13"`, `"5-23 to 5-26"`, `"5-2, 5-14"`, `"6-16, 6-17"`); File ▸ Open Sample
groups them by it. Only the header is read here, not the whole graph, so listing them stays
fast. Wherever a graph file is asked for (`backprop-studio run FILE`, the editor's FILE), a
sample's name will do (`apple_orange`): `graph_argument` says which file that is, so an
installed copy's samples can be named from any folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from core.i18n import localized, translate
from core.paths import SAMPLES, sample_files


@dataclass(frozen=True)
class SampleInfo:
    path: Path
    title: str
    figure: str  # "" when the sample reproduces no figure

    @property
    def figure_key(self) -> tuple[int, ...]:
        """The first figure's numbers, for sorting: "5-23 to 5-26" → (5, 23)."""
        match = re.search(r"(\d+)-(\d+)", self.figure)
        return (int(match.group(1)), int(match.group(2))) if match else (10**6,)


def figure_text(figure: str) -> str:
    """A header's figure as the current language writes it: "5-23 to 5-26" is
    "5-23~5-26" in Korean."""
    return figure.replace(" to ", translate("Samples", " to "))


def sample_catalogue() -> list[SampleInfo]:
    """Every sample's path, title (in the current language) and figure, sorted by figure
    (then title); samples without a figure come last. A sample whose header cannot be read
    is listed by name."""
    infos = []
    for path in sample_files():
        try:
            header = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            header = {}
        if not isinstance(header, dict):
            header = {}
        title = localized(header, "title")
        title = title if isinstance(title, str) else None
        figure = header.get("figure") if isinstance(header.get("figure"), str) else ""
        infos.append(SampleInfo(path, title or path.stem.replace("_", " "), figure))
    return sorted(infos, key=lambda s: (s.figure_key, s.title))


def sample_named(name: str) -> Path | None:
    """The bundled sample called `name` (`apple_orange`, or `apple_orange.json`), else
    None."""
    stem = name[:-len(".json")] if name.endswith(".json") else name
    if not stem or stem != Path(stem).name or stem.startswith("."):
        return None  # a path, not a name
    path = SAMPLES / f"{stem}.json"
    return path if path.is_file() else None


def graph_argument(text: str) -> str:
    """A FILE argument as the user gave it, unless no such file exists and it names a
    bundled sample: then that sample's path. A file of that name always wins."""
    if Path(text).exists():
        return text
    sample = sample_named(text)
    return text if sample is None else str(sample)
