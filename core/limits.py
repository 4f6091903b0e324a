"""The size limits of a graph, read from the file format's JSON Schema.

The schema is the one place these numbers are written: the file loader enforces them
through the schema, and `core.graph.Graph` through these constants, so no edit can make a
graph that the loader would refuse.
"""

from __future__ import annotations

import json

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
