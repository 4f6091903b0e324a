"""What went wrong where: an `Issue` names the node (and port) that could not compute, or
computed something odd, in words a learner understands; `root_causes` groups the errors so
a reader sees each cause before what could not compute because of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from core.i18n import translate
from core.model.graph import Node


@dataclass(frozen=True)
class Issue:
    """Why a node could not compute (an error) or computed something odd (a warning).

    `cause` is None for a root cause; for a consequence it is the id of the input node
    this one waited for, which could not compute itself.
    """

    node: str
    port: str | None
    message: str
    cause: str | None = None


def root_causes(errors: Mapping[str, Issue]) -> list[tuple[Issue, list[Issue]]]:
    """The errors grouped for a reader: each root cause, with the consequences that
    wait (directly or through others) on it, in the order they were found."""
    def root(issue: Issue) -> str:
        seen = {issue.node}
        while issue.cause in errors and issue.cause not in seen:
            seen.add(issue.cause)
            issue = errors[issue.cause]
        return issue.node

    groups: dict[str, tuple[Issue, list[Issue]]] = {}
    for issue in errors.values():
        if issue.cause is None or root(issue) == issue.node:
            groups.setdefault(issue.node, (issue, []))
    for issue in errors.values():
        top = root(issue)
        if top != issue.node:
            groups.setdefault(top, (errors[top], []))[1].append(issue)
    return list(groups.values())


def non_finite_message(node: Node, out: np.ndarray) -> str:
    """A warning for a node whose output is not finite although its inputs are."""
    nan, inf = int(np.isnan(out).sum()), int(np.isinf(out).sum())
    parts = ([translate("Engine", "{count} NaN").format(count=nan)] if nan else []) + (
        [translate("Engine", "{count} infinite").format(count=inf)] if inf else [])
    return translate("Engine", "{node}: its output has {parts} value(s) although its inputs "
                     "are finite (overflow, log of 0 or division by 0?)").format(
        node=node.describe(), parts=translate("Engine", " and ").join(parts))
