"""What an op's lesson sentences are made from: the facts of one step, the node's local
derivative, and how labels and numbers go into a formula.

Step mode and `explain` ask each node's op for its sentences (`Op.say_forward`,
`Op.say_backward`) and for its local derivative (`Op.local_derivative`); the lesson
(`core.lesson.narration`) passes in one small context per step, `ForwardFacts` or
`BackwardFacts`: the values the step is about, the node's params, and `words`, the text
every sentence may quote by name. An op never sees the graph.

The words of a forward step: `out` (the node's label), `outv` (its value), `so` (its
shape), and for each connected input port p: `p` (the label of the node feeding it, in
brackets when it is an expression: `(1+exp(-x))`), `pv` (its value, or its label when it
is too large to compute with) and `sp` (its shape). The words of a backward step, about the
gradient flowing back into port `port`: `lhs` (`∂L/∂x`, the gradient it computes), `dup`
(`∂L/∂out`, the gradient arriving at the node), `upv` (its value or name), `dxv` (the
result), `su` and `sdx` (their shapes), `node` (the node's label, as a term), `out` (its
label as written, for a rule's left side), and the input words p, pv, sp as in forward.

Backward is the chain rule at one node, as the book says it (5.2): the gradient from
upstream times the node's local derivative (상류에서 전해진 미분 × 국소적 미분). An op names its
local derivative as a `Local` (`∂t/∂x = 1` for +, `∂z/∂t = 2t` for t², `∂y/∂x = y(1 − y)`
for σ) in the graph's own names, and `BackwardFacts.chain` says the rule, the local
derivative and the product in one sentence. `core.lesson` multiplies the locals along a
path for the chain rule written whole (figure 5-8).

Every sentence is a template read through `translate("narration", ...)` where it is
written, so a translation changes the words and never the code. Numbers are written by
`core.formatting.summarize` as on the canvas's edges, with `digits` significant digits:
the lesson asks again with more digits when the rounded numbers of a formula would not
give its rounded result (`1 / 1.607` is 0.6223, so it writes `1 / 1.6065 = 0.6225`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.formatting import FULL_ELEMENTS, summarize
from core.i18n import translate

#: what a say_… method returns: the sentence, and the numbers it quotes beyond the step's
#: own (a forward step's output and inputs, a backward step's upstream gradient and result)
Said = tuple[str, dict[str, Any]]

#: the significant digits of a formula's numbers, unless more are needed to agree
DIGITS = 4

#: a label that is a plain name or number needs no brackets in a formula: x, W1, apple_num,
#: exp(a), x², Wᵀ, 2.5
_PLAIN = re.compile(r"^(?:[^\W_]|_)[\w.²³ᵀ']*(?:\([^()]*\))?$|^\d+(?:\.\d+)?$")


def term(label: str) -> str:
    """A label as it goes into a formula: in brackets when it is an expression, so that
    `1 / (1+exp(-x))`, `∂L/∂(-1)` and `∂L/∂(X·W)` cannot be misread; a name as it is."""
    label = str(label)
    if not label.startswith("-") and (_PLAIN.match(label) or _balanced_brackets(label)):
        return label
    return f"({label})"


def _balanced_brackets(label: str) -> bool:
    """Whether the whole label is one bracket pair already: `(x + y)`."""
    if not (label.startswith("(") and label.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(label):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(label) - 1:
            return False
    return True


#: a negative number right after ×, ·, / or + in a formula: it is bracketed, `× (-1)`
_NEGATIVE_FACTOR = re.compile(r"(?<=[×·/+−⊙] )(-\d+(?:\.\d+)?(?:e-?\d+)?)(?![\d\]])")


def bracket_negatives(text: str) -> str:
    """`-0.235 × -1` → `-0.235 × (-1)`: a negative operand after an operator in brackets,
    as in print."""
    return _NEGATIVE_FACTOR.sub(r"(\1)", text)


#: a bracketed term right inside a function's own brackets: `exp((-x))`
_DOUBLE = re.compile(r"(?<=[\w)])\(\((-?[^()]*(?:\([^()]*\))?[^()]*)\)\)")


def unwrap_calls(text: str) -> str:
    """`exp((-x))` → `exp(-x)`: a term's brackets are not needed inside a call's."""
    return _DOUBLE.sub(r"(\1)", text)


def num(value, digits: int = DIGITS) -> str:
    """A number in a sentence, as an edge shows it: `2.2`, `[0.0182, 0.245, -0.263]`."""
    return summarize(value, digits)


def value_or(value: np.ndarray, name: str, digits: int = DIGITS) -> str:
    """A value in a formula: its numbers when it is small, else its name (a summary such
    as `(3, 10) -0.1 … 0.1` is no number to compute with)."""
    return num(value, digits) if np.size(value) <= FULL_ELEMENTS else name


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


@dataclass(frozen=True)
class Local:
    """A node's local derivative for one input port, ∂out/∂x, as the book names it.

    `formula` is written in the graph's own names (`apple_num`, `1`, `2t`, `y(1 − y)`,
    `Wᵀ`); `template` is the same with a `{port}` for each input it names, so the chain
    rule may put that input's own formula in its place (`2t` → `2(x + y)`). `value` is its
    number(s) when it multiplies the upstream gradient element by element, None for a
    matrix rule. `uses` are the named values the formula is made of, what a learner needs
    to compute it (`(("apple_num", 2.0),)`). `side` says how it meets the upstream
    gradient: "times" (element by element), "right" / "left" (a matrix product on that
    side), "applied" (a Jacobian applied to it), "sum" (summed over the copies)."""

    formula: str
    value: np.ndarray | None = None
    uses: tuple[tuple[str, Any], ...] = ()
    template: str = ""
    terms: dict[str, str] = field(default_factory=dict)  # placeholder → port
    side: str = "times"


def _side_template(side: str) -> str:
    """How a `Local.side` joins the rule, the local derivative and the product."""
    texts = {
        "times": translate("narration", "{rule}; local derivative {local}, times the upstream "
                           "gradient: {formula}"),
        "right": translate("narration", "{rule}; local derivative {local}, multiplied on the "
                           "right of the upstream gradient: {formula}"),
        "left": translate("narration", "{rule}; local derivative {local}, multiplied on the "
                          "left of the upstream gradient: {formula}"),
        "applied": translate("narration", "{rule}; local derivative {local}, applied to the "
                             "upstream gradient: {formula}"),
        "sum": translate("narration", "{rule}; local derivative {local} for each copy, so the "
                         "upstream gradient is summed: {formula}"),
    }
    return texts[side]


class _Facts:
    words: dict[str, str]
    digits: int

    def num(self, value) -> str:
        """A number of this step's formula, with the step's significant digits."""
        return num(value, self.digits)

    def value_or(self, value: np.ndarray, name: str) -> str:
        return value_or(value, name, self.digits)

    def say(self, template: str, **more: Any) -> str:
        """`template` filled with the step's words and `more` (which win over a word of
        the same name)."""
        return unwrap_calls(template.format(**{**self.words, **more}))

    def formula(self, template: str, **more: Any) -> str:
        """`say`, with a repeated part of the formula said once (`once`) and negative
        factors in brackets."""
        return bracket_negatives(once(self.say(template, **more)))


@dataclass(frozen=True)
class ForwardFacts(_Facts):
    """A node's forward step: its label, its inputs' values by port, its output, its
    params, and the words its sentence may quote."""

    label: str
    inputs: dict[str, np.ndarray]
    out: np.ndarray
    params: dict[str, Any]
    words: dict[str, str]
    digits: int = DIGITS


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
    digits: int = DIGITS

    @property
    def source(self) -> str:
        """The label of the node the gradient flows back to (as a term)."""
        return self.words[self.port]

    def local(self, template: str, value=None, uses: tuple = (), side: str = "times",
              **more: str) -> Local:
        """A `Local` whose formula is `template` filled with this step's words (`{x}` is
        the label of the node feeding port x) and `more`."""
        terms = {name: name for name in re.findall(r"\{(\w+)\}", template)
                 if name in self.inputs}
        return Local(self.say(template, **more), None if value is None else
                     np.asarray(value), uses, template, terms, side)

    def local_eq(self, local: Local) -> str:
        """`∂apple_price/∂apple = apple_num`: the local derivative by name and formula."""
        return f"∂{self.words['node']}/∂{self.source} = {local.formula}"

    def chain(self, rule: str, local: Local, formula: str, **more: Any) -> str:
        """The whole sentence of a backward step: the op's `rule` (already in words), its
        local derivative, and how it meets the upstream gradient in `formula` (a template
        of this step's words)."""
        return _side_template(local.side).format(
            rule=rule, local=self.local_eq(local), formula=self.formula(formula, **more))
