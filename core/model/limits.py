"""The size limits of a graph, read from the file format's JSON Schema, and the rules for
its texts and positions.

The schema is the one place these numbers are written: the file loader enforces them
through the schema, and `core.model.graph.Graph` through these constants, so no edit can make a
graph that the loader would refuse.

The file's size limit (`MAX_FILE_BYTES`, the schema's `x-max-file-bytes`) is kept the same
way: the values of a graph (its literals: a constant's number, a trained weight matrix),
each number counted at its longest and each list with its brackets (`literal_bytes`), may
take together at most `MAX_VALUE_BYTES`: what the file has left after `STRUCTURE_BYTES`
for everything else. So whatever the editor holds, Save writes a file that Open reads;
training checks before it starts that the weights it will leave fit
(`core.training.roles.fit_problem`).
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
MAX_FILE_BYTES: int = _schema["x-max-file-bytes"]

#: the longest a number is in a file, with its separator: "-1.2345678901234567e-300, "
BYTES_PER_NUMBER = 26
#: a list's brackets and its separator: "[", "], "
BYTES_PER_LIST = 4
#: what a graph at its node and edge limits takes in a file besides its values (ids the
#: editor makes, 200-character labels in Korean, positions, parameters): about 12 MB,
#: rounded up
STRUCTURE_BYTES = 16 * 2**20
#: what all the values of a graph may take together in its file, written at their longest
MAX_VALUE_BYTES: int = MAX_FILE_BYTES - STRUCTURE_BYTES

del _schema, _node


def literal_bytes(shape: tuple[int, ...]) -> int:
    """The most a literal of `shape` takes in a file: each number at its longest, and
    the brackets of each list (a 784 × 4096 matrix is 785 lists of 3,211,264 numbers)."""
    numbers, lists, rows = 1, 0, 1
    for n in shape:
        lists += rows  # the lists at this depth: one per element of the depths above
        rows *= n
        numbers *= n
    return numbers * BYTES_PER_NUMBER + lists * BYTES_PER_LIST


def megabytes(size: int, up: bool = True) -> str:
    """A size as messages write it: `84.7 MB` (1 MB = 2**20 bytes, as the loader says),
    rounded up (a size that does not fit never reads as the room it lacks), or down."""
    tenths = size * 10 / 2**20
    tenths = math.ceil(tenths) if up else math.floor(tenths)
    return f"{tenths / 10:.1f} MB"


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
