"""What an op's lesson sentences are made from: the facts of one step, and how numbers go
into a formula.

Step mode and `explain` ask each node's op for its sentences (`Op.say_forward`,
`Op.say_backward`); the lesson (`core.lesson.narration`) passes in one small context per
step, `ForwardFacts` or `BackwardFacts`: the values the step is about, the node's params,
and `words`, the text every sentence may quote by name. An op never sees the graph.

The words of a forward step: `out` (the node's label), `outv` (its value), `so` (its
shape), and for each connected input port p: `p` (the label of the node feeding it),
`pv` (its value, or its label when it is too large to compute with) and `sp` (its
shape). The words of a backward step, about the gradient flowing back into port `port`:
`lhs` (`∂L/∂x`, the gradient it computes), `dup` (`∂L/∂out`, the gradient arriving at the
node), `upv` (its value or name), `dxv` (the result), `su` and `sdx` (their shapes),
`node` (the node's label), and the input words p, pv, sp as in forward.

Every sentence is a template read through `translate("narration", ...)` where it is
written, so a translation changes the words and never the code, and numbers are written
by `core.formatting.summarize`, as on the canvas's edges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.formatting import FULL_ELEMENTS, summarize

#: what a say_… method returns: the sentence, and the numbers it quotes beyond the step's
#: own (a forward step's output and inputs, a backward step's upstream gradient and result)
Said = tuple[str, dict[str, Any]]


def num(value) -> str:
    """A number in a sentence, as an edge shows it: `2.2`, `[0.0182, 0.245, -0.263]`."""
    return summarize(value)


def value_or(value: np.ndarray, name: str) -> str:
    """A value in a formula: its numbers when it is small, else its name (a summary such
    as `(3, 10) max|·| 0.1` is no number to compute with)."""
    return num(value) if value.size <= FULL_ELEMENTS else name


def once(text: str) -> str:
    """`a = b = b = c` → `a = b = c`: a formula written with labels for large operands
    says the same thing twice."""
    parts: list[str] = []
    for part in text.split(" = "):
        if part not in parts:
            parts.append(part)
    return " = ".join(parts)


def batch(value: np.ndarray) -> int:
    """N, the number of rows a loss averages over: 1 for a single row."""
    return 1 if value.ndim <= 1 else value.shape[0]


class _Facts:
    words: dict[str, str]

    def say(self, template: str, **more: Any) -> str:
        """`template` filled with the step's words and `more` (which win over a word of
        the same name)."""
        return template.format(**{**self.words, **more})

    def formula(self, template: str, **more: Any) -> str:
        """`say`, with a repeated part of the formula said once (`once`)."""
        return once(self.say(template, **more))


@dataclass(frozen=True)
class ForwardFacts(_Facts):
    """A node's forward step: its label, its inputs' values by port, its output, its
    params, and the words its sentence may quote."""

    label: str
    inputs: dict[str, np.ndarray]
    out: np.ndarray
    params: dict[str, Any]
    words: dict[str, str]


@dataclass(frozen=True)
class BackwardFacts(_Facts):
    """The gradient flowing back from a node into one of its input ports: the port, the
    node's inputs' values by port, its output, the gradient arriving at it (`up`), the
    gradient sent back along the edge (`dx`), its params, and the words."""

    port: str
    inputs: dict[str, np.ndarray]
    out: np.ndarray
    up: np.ndarray
    dx: np.ndarray
    params: dict[str, Any]
    words: dict[str, str]

    @property
    def source(self) -> str:
        """The label of the node the gradient flows back to."""
        return self.words[self.port]
