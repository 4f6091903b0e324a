"""The size limits of a graph, read from the file format's JSON Schema, and the rules for
its texts and positions.

The schema is the one place these numbers are written: the file loader enforces them
through the schema, and `core.model.graph.Graph` through these constants, so no edit can make a
graph that the loader would refuse.
"""

from __future__ import annotations

import json
import math

from core.i18n import translate
from core.paths import GRAPH_SCHEMA

_schema = json.loads(GRAPH_SCHEMA.read_text(encoding="utf-8"))
_node = _schema["$defs"]["node"]["properties"]

MAX_NODES: int = _schema["properties"]["nodes"]["maxItems"]
MAX_EDGES: int = _schema["properties"]["edges"]["maxItems"]
MAX_LABEL: int = _node["label"]["maxLength"]
MAX_ID: int = _schema["$defs"]["id"]["maxLength"]
MAX_TITLE: int = _schema["properties"]["title"]["maxLength"]
MAX_DESCRIPTION: int = _schema["properties"]["description"]["maxLength"]

del _schema, _node


def text_problem(text: str, what: str) -> str | None:
    """Why `text` cannot be saved as the `what` of a node or a file (None when it can)."""
    # JSON's \ud800-style escapes can make lone surrogates, which no UTF-8 file can
    # hold: such a graph would load but could never be saved.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        return translate("Graph", "the {what} holds a lone surrogate escape (\\u{code:04x}), "
                         "which is not a character").format(what=what, code=ord(text[e.start]))
    return None


def position_problem(position) -> str | None:
    try:
        ok = all(math.isfinite(float(v)) for v in position) and len(position) == 2
    except (TypeError, ValueError, OverflowError):
        ok = False
    return None if ok else translate("Graph", "position must be two finite numbers")
