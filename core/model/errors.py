"""The error a refused graph edit raises, shared by the graph model and its header."""

from __future__ import annotations


class GraphError(ValueError):
    """An edit would break the graph (unknown node or port, occupied port, cycle ...)."""
