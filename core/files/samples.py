"""The catalogue of sample graphs, in the order of the chapter's figures.

Each sample names the figure of chapter 5 it reproduces in its `"figure"` header field
(`"5-13"`, `"5-23 to 5-26"`, `"5-2, 5-14"`); File ▸ Open Sample groups them by it. Only the
header is read here, not the whole graph, so listing them stays fast.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from core.i18n import localized, translate
from core.paths import sample_files


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
