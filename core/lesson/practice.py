"""Practice: the learner computes the graph's numbers, in the order the book computes them.

A round asks, one by one, each gradient that backward sends along an edge (and, in a
forward round, each node's value first), in the order of the lesson (`core.lesson.steps`): the
learner types the number, or a small array, and it is checked against the engine's with a
relative tolerance. Nothing a question says gives its answer away:

- an answer of the wrong shape is told the shape it must have, never the numbers;
- a miss gets a hint, and a second miss a second one: the rule (the chain rule at that
  node, its local derivative, the formula in names, `= ?`), then the values it uses
  (`∂price/∂apple_price = 1.1, apple_num = 2`), never the finished product; after the
  second miss the answer may be shown.

An array of more than a few elements is not typed in full: where its port tells what the
book asks of it (`Op.port_roles`), one question is asked of it instead: the shape of a
weight's gradient (∂L/∂W1 is (784, 50)), one element of what a loss sends back to its
scores ((y − t) / N at the first row's true class), one element of a bias's batch sum.
Other large arrays are shown, not asked: nobody types 39,200 numbers. The round keeps the
score: right at the first try, hints shown (each hint once), answers shown. Nothing of it
is in the document. `Round.retell` gives the same round its questions in another language.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

import numpy as np

from core.engine.result import Result
from core.formatting import FULL_ELEMENTS, shape_str, summarize
from core.i18n import translate
from core.lesson.steps import Step, build_steps
from core.ops.values import ParamError, parse_literal

#: an answer is right when within this relative distance of the engine's number
RELATIVE_TOLERANCE = 1e-3
#: ... or this close to it, for numbers that are (nearly) zero
ABSOLUTE_TOLERANCE = 1e-9
#: how many hints a question has: the rule, then the values it uses
HINTS = 2

#: what a question asks of its number: all of it, its shape, or one element
ALL, SHAPE, ELEMENT = "all", "shape", "element"

#: the first numeric-only part of a formula: where a hint stops
_NUMBERS_ONLY = re.compile(r"^[\s\d.,eE+\-−×·/()\[\]²³Σ⊙…]*\d[\s\d.,eE+\-−×·/()\[\]²³Σ⊙…]*$")


@dataclass
class Question:
    step: Step
    kind: str  # "value" (a node's output) or "grad" (the gradient along an edge)
    key: str  # the node id or the edge id the canvas shows it at
    answer: np.ndarray  # what is asked: the number(s), a shape, or one element
    asked: bool  # False: too many elements to type and nothing else to ask, so it is shown
    part: str = ALL  # ALL, SHAPE or ELEMENT
    index: tuple[int, ...] = ()  # the element asked, for ELEMENT
    #: for ELEMENT: what the element's rule uses (the values at that index)
    element_given: tuple[tuple[str, str], ...] = ()

    @property
    def hints(self) -> list[str]:
        """The hints, one per miss: the rule with `?` for the answer, then the rule and the
        values it uses. Neither holds the answer's finished product."""
        rule = translate("Practice", "By the chain rule, the gradient from upstream times the "
                         "local derivative: {rule}").format(rule=_rule_part(self.step.text))
        if self.kind == "value":
            rule = _rule_part(self.step.text)
        if self.part == SHAPE:
            rule = translate("Practice", "A gradient has the shape of the value it is the "
                             "gradient of: {rule}").format(rule=_rule_part(self.step.text, True))
        given = self.element_given if self.part == ELEMENT else self.step.given
        given = [(name, value) for name, value in given if name != value]
        if not given:
            return [rule]
        values = ", ".join(f"{name} = {value}" for name, value in given)
        return [rule, translate("Practice", "{rule} With {values}.").format(
            rule=rule, values=values)]

    @property
    def hint(self) -> str:
        """The first hint."""
        return self.hints[0]

    def where(self) -> str:
        """What part of the number is asked: "" (all), "its shape", "element [0, 7]"."""
        if self.part == SHAPE:
            return translate("Practice", "its shape")
        if self.part == ELEMENT:
            return translate("Practice", "its element {index}").format(
                index=list(self.index))
        return ""


def _rule_part(text: str, shape: bool = False) -> str:
    """A step's sentence up to where its numbers give the answer, with `?` there: the rule,
    the local derivative and the formula in names (`… ∂price/∂apple = ∂price/∂apple_price ×
    apple_num = ?`). For a `shape` question, up to the shape the product gives."""
    first = text.split("\n")[0]
    if shape:
        head, sep, _ = first.rpartition(" → ")
        return f"{head}{sep}?" if sep else first
    parts = first.split(" = ")
    cut = len(parts) - 1
    if cut < 1 or not _NUMBERS_ONLY.match(parts[cut].split(": ")[0]):
        return first
    while cut > 1 and _NUMBERS_ONLY.match(parts[cut - 1]) and not parts[cut - 1].startswith("∂"):
        cut -= 1  # the numbers the result is computed from: `1.1 × 2`
    return " = ".join(parts[:cut]) + " = ?"


def questions(result: Result, forward: bool = False) -> list[Question]:
    """What a round asks, in the lesson's order: the forward values (only with `forward`;
    a source's value is given), then every gradient that flows back along an edge."""
    out = []
    for step in build_steps(result):
        for kind, key in step.reveals:
            if kind == "value" and forward and not result.graph.nodes[key].op.is_source:
                answer = np.asarray(result.values[key])
                out.append(Question(step, kind, key, answer, answer.size <= FULL_ELEMENTS))
            elif kind == "grad" and step.edge is not None and step.edge.id == key:
                out.append(_gradient_question(result, step, key))
    return out


def _gradient_question(result: Result, step: Step, key: str) -> Question:
    """The gradient along an edge: all of it when small, else what its port's role asks."""
    answer = np.asarray(result.edge_grads[key])
    if answer.size <= FULL_ELEMENTS:
        return Question(step, "grad", key, answer, True)
    graph, edge = result.graph, step.edge
    target = graph.nodes[edge.target]
    role = target.op.port_roles.get(edge.port, "")
    if role == "weights":  # ∂L/∂W has W's shape: (784, 50)
        return Question(step, "grad", key, np.array(answer.shape), True, SHAPE)
    if role == "bias" and answer.ndim == 1:  # one column of the batch sum
        up = result.grads[edge.target].reshape(-1, answer.shape[0])
        j = int(np.argmax(np.abs(answer)))
        name = "∂L/∂{}[:, {}]".format(target.label, j)
        return Question(step, "grad", key, answer[j], True, ELEMENT, (j,),
                        ((name, summarize(up[:, j])),))
    if role == "prediction" and answer.ndim == 2:  # (y − t) / N at the first true class
        labels = _labels_into(result, edge.target)
        if labels is not None:
            row = 0
            column = int(labels[row]) if labels.ndim == 1 else int(np.argmax(labels[row]))
            values = step.numbers
            y, t = values.get("y"), values.get("t")
            given = ()
            if y is not None and t is not None:
                given = ((f"y{[row, column]}", summarize(np.asarray(y)[row, column])),
                         (f"t{[row, column]}", summarize(np.asarray(t)[row, column])),
                         ("N", str(answer.shape[0])))
            return Question(step, "grad", key, answer[row, column], True, ELEMENT,
                            (row, column), given)
    return Question(step, "grad", key, answer, False)


def _labels_into(result: Result, node_id: str) -> np.ndarray | None:
    """The labels a loss node is given (its ports other than the prediction), if any."""
    node = result.graph.nodes[node_id]
    for port, edge in result.graph.in_edges(node_id).items():
        if node.op.port_roles.get(port) != "prediction" and edge.source in result.values:
            return np.asarray(result.values[edge.source])
    return None


def check(text: str, expected: np.ndarray, part: str = ALL) -> tuple[bool, str]:
    """(right, what to say): the learner's text against the engine's number. A wrong shape
    is told the shape the answer has, never its numbers."""
    try:
        got = np.asarray(parse_literal(_as_literal(text, part)), dtype=np.float64)
    except (ParamError, ValueError, TypeError) as e:
        return False, translate("Practice", "That is not a number: {problem}").format(problem=e)
    expected = np.asarray(expected, dtype=np.float64)
    if got.shape != expected.shape and not (got.size == 1 and expected.size == 1):
        return False, _shape_told(expected, part)
    right = bool(np.allclose(got.reshape(expected.shape), expected, rtol=RELATIVE_TOLERANCE,
                             atol=ABSOLUTE_TOLERANCE))
    return right, ""


def _as_literal(text: str, part: str) -> str:
    """A shape may be typed as `784, 50`, `(784, 50)` or `[784, 50]`."""
    if part != SHAPE:
        return text
    inner = text.strip().strip("()[]").strip().rstrip(",")
    return f"[{inner}]"


def _shape_told(expected: np.ndarray, part: str) -> str:
    """What shape an answer must have, in words that give away no number of it."""
    if part == SHAPE:
        return translate("Practice", "A shape is {count} whole numbers, such as (rows, "
                         "columns).").format(count=expected.size)
    if expected.size == 1:
        return translate("Practice", "The answer is one number.")
    pattern = _pattern(expected.shape)
    return translate("Practice", "The answer is an array of shape {shape}, {count} numbers: "
                     "type it as {pattern}.").format(shape=shape_str(expected.shape),
                                                     count=expected.size, pattern=pattern)


def _pattern(shape: tuple[int, ...]) -> str:
    """`[a, b, c]`, `[[a, b], [c, d]]`: the brackets of an array of `shape`, with letters."""
    letters = iter("abcdefghijklmnopqrstuvwxyz")

    def nested(dims: tuple[int, ...]) -> str:
        if not dims:
            return next(letters, "…")
        return "[" + ", ".join(nested(dims[1:]) for _ in range(dims[0])) + "]"

    return nested(shape)


@dataclass
class Round:
    """One pass over a graph's questions, with the score."""

    items: list[Question]
    index: int = 0
    misses: int = 0  # wrong answers to the current question
    right_first_try: int = 0
    hints_used: int = 0  # hints shown, each hint of a question counted once
    answers_shown: int = 0
    hints_shown: int = 0  # how many of the current question's hints were shown
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    done_keys: set[tuple[str, str]] = field(default_factory=set)  # what the canvas shows

    def __post_init__(self) -> None:
        self._skip_unasked()

    @property
    def asked(self) -> int:
        return sum(q.asked for q in self.items)

    @property
    def current(self) -> Question | None:
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def over(self) -> bool:
        return self.current is None

    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def answer(self, text: str) -> tuple[bool, str]:
        """Check an answer to the current question: (right, what to say)."""
        question = self.current
        if question is None:
            return False, ""
        right, problem = check(text, question.answer, question.part)
        if right:
            self.right_first_try += self.misses == 0
            self._advance()
            return True, ""
        self.misses += 1
        if problem:
            return False, problem
        return False, self._next_hint(question)

    def _next_hint(self, question: Question) -> str:
        """The next hint of the question (the last one again once all were shown): each
        hint counts once in the score."""
        hints = question.hints
        if self.hints_shown < len(hints):
            self.hints_shown += 1
            self.hints_used += 1
        return hints[self.hints_shown - 1]

    def current_hint(self) -> str:
        """The last hint shown for the current question ("" when none was)."""
        question = self.current
        if question is None or self.hints_shown == 0:
            return ""
        return question.hints[min(self.hints_shown, len(question.hints)) - 1]

    @property
    def may_show_answer(self) -> bool:
        return self.misses >= 2

    def show_answer(self) -> str:
        """Give the current answer away (after two misses) and go on."""
        question = self.current
        if question is None or not self.may_show_answer:
            return ""
        self.answers_shown += 1
        self._advance()
        return question.step.text

    def retell(self, items: list[Question]) -> bool:
        """The same questions told again (in another language): the place and the score
        stay. False when they are not the same questions (the graph changed)."""
        if [(q.kind, q.key, q.part) for q in items] != \
                [(q.kind, q.key, q.part) for q in self.items]:
            return False
        self.items = items
        return True

    def _advance(self) -> None:
        self.done_keys.add((self.current.kind, self.current.key))
        self.index += 1
        self.misses = 0
        self.hints_shown = 0
        self._skip_unasked()

    def _skip_unasked(self) -> None:
        while self.current is not None and not self.current.asked:
            self.done_keys.add((self.current.kind, self.current.key))
            self.index += 1
        if self.current is None and self.finished is None:
            self.finished = time.monotonic()
