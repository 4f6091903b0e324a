"""The error a refused graph edit raises, shared by the graph model and its output."""

from __future__ import annotations

from core.i18n import translate


class GraphError(ValueError):
    """An edit would break the graph (unknown node or port, occupied port, cycle ...)."""


def no_node(node_id: str) -> str:
    """What an edit naming a node the graph does not have is told."""
    return translate("Graph", "there is no node with id {id!r}").format(id=node_id)
