"""Practice: the learner computes the graph's numbers, in the order the book computes them.

A round asks, one by one, each gradient that backward sends along an edge (and, in a
forward round, each node's value first), in the order of the lesson (`core.lesson.steps`): the
learner types the number, or a small array, and it is checked against the engine's with a
relative tolerance. A wrong answer gets the step's rule with the numbers it uses and a `?`
where the answer goes; after a second miss the answer may be shown. Values of more than a
few elements are shown, not asked: nobody types 39,200 numbers. The round keeps the score:
right at the first try, hints used, answers shown. Nothing of it is in the document.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from core.engine.result import Result
from core.formatting import FULL_ELEMENTS, summarize
from core.i18n import translate
from core.lesson.steps import Step, build_steps
from core.ops.values import ParamError, parse_literal

#: an answer is right when within this relative distance of the engine's number
RELATIVE_TOLERANCE = 1e-3
#: ... or this close to it, for numbers that are (nearly) zero
ABSOLUTE_TOLERANCE = 1e-9


@dataclass
class Question:
    step: Step
    kind: str  # "value" (a node's output) or "grad" (the gradient along an edge)
    key: str  # the node id or the edge id the canvas shows it at
    answer: np.ndarray
    asked: bool  # False: too many elements to type, so it is shown when reached

    @property
    def hint(self) -> str:
        """The step's sentence with `?` for the number asked."""
        result = summarize(self.answer)
        text = self.step.text
        if text.endswith(result):
            return text[: len(text) - len(result)] + "?"
        return text


def questions(result: Result, forward: bool = False) -> list[Question]:
    """What a round asks, in the lesson's order: the forward values (only with `forward`;
    a source's value is given), then every gradient that flows back along an edge."""
    out = []
    for step in build_steps(result):
        for kind, key in step.reveals:
            if kind == "value" and forward and not result.graph.nodes[key].op.is_source:
                answer = result.values[key]
            elif kind == "grad" and step.edge is not None and step.edge.id == key:
                answer = result.edge_grads[key]
            else:
                continue
            out.append(Question(step, kind, key, np.asarray(answer),
                                np.size(answer) <= FULL_ELEMENTS))
    return out


def check(text: str, expected: np.ndarray) -> tuple[bool, str]:
    """(right, what to say): the learner's text against the engine's number."""
    try:
        got = np.asarray(parse_literal(text), dtype=np.float64)
    except (ParamError, ValueError, TypeError) as e:
        return False, translate("Practice", "That is not a number: {problem}").format(problem=e)
    expected = np.asarray(expected, dtype=np.float64)
    if got.shape != expected.shape and not (got.size == 1 and expected.size == 1):
        return False, translate("Practice", "The answer has {count} numbers, shaped like "
                                "{expected}").format(count=expected.size,
                                                     expected=summarize(expected))
    right = bool(np.allclose(got.reshape(expected.shape), expected, rtol=RELATIVE_TOLERANCE,
                             atol=ABSOLUTE_TOLERANCE))
    return right, ""


@dataclass
class Round:
    """One pass over a graph's questions, with the score."""

    items: list[Question]
    index: int = 0
    misses: int = 0  # wrong answers to the current question
    right_first_try: int = 0
    hints_used: int = 0  # wrong answers that showed a rule
    answers_shown: int = 0
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
        right, problem = check(text, question.answer)
        if right:
            self.right_first_try += self.misses == 0
            self._advance()
            return True, ""
        self.misses += 1
        if problem:
            return False, problem
        self.hints_used += 1
        return False, question.hint

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

    def _advance(self) -> None:
        self.done_keys.add((self.current.kind, self.current.key))
        self.index += 1
        self.misses = 0
        self._skip_unasked()

    def _skip_unasked(self) -> None:
        while self.current is not None and not self.current.asked:
            self.done_keys.add((self.current.kind, self.current.key))
            self.index += 1
        if self.current is None and self.finished is None:
            self.finished = time.monotonic()
