"""The sentence for each step: what a node computes, the rule its backward applies, and the
chain rule written whole.

Every sentence states the book's rule for its op with this graph's labels and numbers, in
the book's notation: `∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2`,
where L (here `price`) is the graph's output. A backward sentence is the chain rule at one
node: the gradient from upstream times the node's local derivative, which it names
(`∂apple_price/∂apple = apple_num`). The sentences and the local derivatives belong to the
ops (`Op.say_forward`, `Op.say_backward`, `Op.local_derivative`); this module gathers the
facts of a step from the engine's result, names L, and hands the op a
`core.ops.sentences.ForwardFacts` or `BackwardFacts`. It never asks which op a node is.

Where a gradient has passed several nodes on its way to a source, `chain` writes the chain
rule whole once, as figure 5-8 does: `∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y) = 10`.

Numbers are rounded as on the canvas, but a formula's numbers must give its result: when
the rounded inputs do not (`1 / 1.607` is 0.6223, not 0.6225), the sentence is asked again
with more significant digits for the inputs (`1 / 1.6065 = 0.6225`).

`forward(lesson, node_id)` and `backward(lesson, edge)` return a `Told`: the op's rule id
(`"mul"`, `"relu"`, ...), the sentence, the numbers it quotes by name, and what a learner
is given to compute it (for a practice hint).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from core.engine.result import Result
from core.formatting import format_number, shape_str
from core.i18n import translate
from core.model.graph import Edge
from core.ops.sentences import (
    DIGITS,
    BackwardFacts,
    ForwardFacts,
    Local,
    bracket_negatives,
    num,
    once,
    term,
    unwrap_calls,
    value_or,
)

#: the most significant digits a formula's inputs get to agree with its result
MOST_DIGITS = 8
#: the chain rule is written whole for at most this many paths of at most this many nodes
CHAIN_PATHS, CHAIN_LENGTH = 3, 6


@dataclass(frozen=True)
class Told:
    """What a step says: its rule id, its sentence, the numbers it quotes, and the values
    a learner is given to compute it (`(("∂price/∂apple_price", "1.1"), ("apple_num",
    "2"))`)."""

    rule: str
    text: str
    numbers: dict
    given: tuple[tuple[str, str], ...] = ()


class Lesson:
    """What every sentence needs: the result, the name of L, and how to write things."""

    def __init__(self, result: Result) -> None:
        self.result, self.graph = result, result.graph
        self.values, self.grads = result.values, result.grads
        self.loss = self._loss_name()
        #: whether L is more than the output itself (a given gradient, several outputs):
        #: then the chain rule starts with ∂L/∂output
        self.seeded = not (len(result.outputs) == 1 and self.graph.output.given_grad is None
                           and self.loss == self.term(result.outputs[0]))
        #: edge id → the local derivative its target named for it (for the chain rule)
        self.locals: dict[str, Local | None] = {}

    def _loss_name(self) -> str:
        """The output's label when it is one number differentiated from 1, else "L" (the
        sum of several outputs, or the loss of a larger graph the output feeds)."""
        outputs = self.result.outputs
        if len(outputs) == 1 and self.graph.output.given_grad is None:
            value = self.values.get(outputs[0])
            if value is not None and value.size == 1:
                return self.term(outputs[0])
        return "L"

    def label(self, node_id: str) -> str:
        return self.graph.nodes[node_id].label

    def term(self, node_id: str) -> str:
        """A node's label as it goes into a formula: bracketed when it is an expression."""
        return term(self.label(node_id))

    def d(self, node_id: str) -> str:
        """`∂L/∂x` for a node, with the output's label as L."""
        return "∂{L}/∂{x}".format(L=self.loss, x=self.term(node_id))

    def inputs(self, node_id: str) -> dict[str, str]:
        """port → source node id, for the node's connected inputs."""
        return {port: e.source for port, e in self.graph.in_edges(node_id).items()}

    def input_words(self, node_id: str, digits: int = DIGITS) -> tuple[dict, dict[str, str]]:
        """(port → value, the words of each input: its label, value and shape)."""
        values, words = {}, {}
        for port, src in self.inputs(node_id).items():
            value = values[port] = self.values[src]
            words[port] = self.term(src)
            # a large operand goes into a formula by its label: "max(0, Affine1)"
            words[f"{port}v"] = value_or(value, words[port], digits)
            words[f"s{port}"] = shape_str(value.shape)
        return values, words


def forward(lesson: Lesson, node_id: str) -> Told:
    """The step that computes `node_id`'s value."""
    node = lesson.graph.nodes[node_id]
    out = lesson.values[node_id]
    for digits in range(DIGITS, MOST_DIGITS + 1):
        vals, words = lesson.input_words(node_id, digits)
        facts = ForwardFacts(node.label, vals, out, node.params,
                             {"out": node.label, "outv": num(out), **words,
                              "so": shape_str(out.shape)}, digits)
        text, extra = node.op.say_forward(facts)
        if agrees(text):
            break
    given = tuple((words[port], words[f"{port}v"]) for port in vals)
    return Told(node.op.lesson_rule, text, {"out": out, **vals, **extra}, given)


def backward(lesson: Lesson, edge: Edge, part: bool) -> Told:
    """The step for the gradient flowing back along `edge`; `part` when its source fans
    out, so this edge carries only one part of the source's gradient."""
    node = lesson.graph.nodes[edge.target]
    dx = lesson.result.edge_grads[edge.id]
    up = lesson.grads[edge.target]
    lhs = lesson.d(edge.source)
    if part:
        lhs = translate("narration", "{d} via {node}").format(d=lhs, node=lesson.term(node.id))
    dup = lesson.d(edge.target)

    def facts_with(digits: int) -> BackwardFacts:
        vals, words = lesson.input_words(edge.target, digits)
        return BackwardFacts(edge.port, vals, lesson.values[edge.target], up, dx, node.params,
                             {"lhs": lhs, "dup": dup, "upv": value_or(up, dup, digits),
                              "dxv": num(dx), "su": shape_str(up.shape),
                              "sdx": shape_str(dx.shape), "node": lesson.term(node.id),
                              "out": node.label, **words}, digits)

    for digits in range(DIGITS, MOST_DIGITS + 1):
        facts = facts_with(digits)
        text, extra = node.op.say_backward(facts)
        if agrees(text):
            break
    local = node.op.local_derivative(facts)
    lesson.locals[edge.id] = local
    if local is not None:
        uses = [(name, value_or(np.asarray(value), str(name), facts.digits))
                for name, value in local.uses]
    else:  # an op that names no local derivative: its inputs are what it uses
        uses = [(facts.words[port], facts.words[f"{port}v"]) for port in facts.inputs]
    given = ((dup, facts.words["upv"]),) + tuple(
        (name, shown) for name, shown in uses if name != shown)
    return Told(node.op.lesson_rule, text, {"upstream": up, "result": dx, **extra}, given)


def given(lesson: Lesson, edge: Edge) -> Told:
    """A labels edge: the book treats t as given, so nothing flows back along it."""
    text = translate("narration", "{t} is given (the labels): nothing flows back into it, "
                     "so it has no gradient").format(t=lesson.label(edge.source))
    return Told("given", text, {})


# -- the chain rule written whole ---------------------------------------------------------------

def chain(lesson: Lesson, source: str) -> str:
    """The chain rule written whole for the gradient of `source`, once its gradient has
    passed several nodes (figure 5-8): the product of the local derivatives along each path
    from the output, by name, in the graph's names, and in numbers when they are numbers.
    "" for a gradient that passed one node (its step already says it all), or paths too
    many or too long to write out."""
    paths = _paths(lesson, source)
    if not paths or max(len(p) for p in paths) < 2 or len(paths) > CHAIN_PATHS \
            or max(len(p) for p in paths) > CHAIN_LENGTH:
        return ""
    total = lesson.grads[source]
    outputs = {p[-1].target for p in paths}
    seeded = lesson.seeded
    names = " + ".join(" · ".join(_names(lesson, path, seeded)) for path in paths)
    locals_ = [[lesson.locals.get(e.id) for e in reversed(path)] for path in paths]
    parts = [lesson.d(source), names]
    elementwise = all(loc is not None and loc.side == "times" for row in locals_ for loc in row)
    if elementwise:
        seed = {out: lesson.grads[out] for out in outputs}
        factors = [([f"∂L/∂{lesson.term(path[-1].target)}"] if seeded else [])
                   + [loc.formula for loc in row] for path, row in zip(paths, locals_)]
        parts.append(" + ".join(" · ".join(map(_factor, f)) for f in factors))
        written = [_substituted(lesson, path, row, seeded) for path, row in zip(paths, locals_)]
        if any(changed for _, changed in written):  # a node written as what it is
            parts.append(" + ".join(text for text, _ in written))
        scalars = all(loc.value is not None and np.size(loc.value) == 1
                      for row in locals_ for loc in row) and total.size == 1 \
            and all(np.size(v) == 1 for v in seed.values())
        if scalars:
            for digits in range(DIGITS, MOST_DIGITS + 1):
                numbers = " + ".join(
                    " · ".join(([num(seed[path[-1].target], digits)] if seeded else [])
                               + [num(loc.value, digits) for loc in row])
                    for path, row in zip(paths, locals_))
                if agrees(f"{numbers} = {num(total)}"):
                    break
            parts.append(numbers)
    parts.append(num(total))
    formula = bracket_negatives(once(" = ".join(parts)))
    words = {"out": ", ".join(lesson.term(o) for o in sorted(outputs)),
             "x": lesson.term(source), "formula": formula}
    if len(paths) == 1:
        return translate("narration", "By the chain rule, the local derivatives from {out} "
                         "back to {x} multiply: {formula}").format(**words)
    return translate("narration", "By the chain rule, the local derivatives along each path "
                     "from {out} back to {x} multiply, and the paths add up: {formula}"
                     ).format(**words)


def _paths(lesson: Lesson, source: str) -> list[list[Edge]]:
    """Every path a gradient took from an output back to `source`, as its edges from the
    source on; [] when there are more than CHAIN_PATHS."""
    result, graph = lesson.result, lesson.graph
    outputs = set(result.outputs)
    found: list[list[Edge]] = []

    def walk(node: str, path: list[Edge]) -> bool:
        if len(found) > CHAIN_PATHS or len(path) > CHAIN_LENGTH:
            return False
        if node in outputs and path:
            found.append(path)
        for e in graph.out_edges(node):
            if e.id in result.edge_grads and not walk(e.target, path + [e]):
                return False
        return True

    return found if walk(source, []) and len(found) <= CHAIN_PATHS else []


def _names(lesson: Lesson, path: list[Edge], seeded: bool) -> list[str]:
    """`∂z/∂t`, `∂t/∂x`: each node's local derivative by name, from the output down."""
    names = [f"∂L/∂{lesson.term(path[-1].target)}"] if seeded else []
    return names + [f"∂{lesson.term(e.target)}/∂{lesson.term(e.source)}"
                    for e in reversed(path)]


def _factor(formula: str) -> str:
    """A factor of a product: a negative one in brackets, `· (−y²)`."""
    return f"({formula})" if formula.startswith(("−", "-")) else formula


def _substituted(lesson: Lesson, path: list[Edge], row: list[Local],
                 seeded: bool) -> tuple[str, bool]:
    """The product of a path's local derivatives with each computed input that has a plain
    name written as what it is (`2t` → `2(x + y)`, figure 5-8), the factors 1 left out;
    and whether any input was written out."""
    graph = lesson.graph
    factors = [f"∂L/∂{lesson.term(path[-1].target)}"] if seeded else []
    changed = False
    for edge, local in zip(reversed(path), row):
        words = {}
        for name, port in local.terms.items():
            src = graph.edge_into(edge.target, port).source
            words[name] = _written_out(lesson, src)
            changed |= words[name] != lesson.term(src)
        formula = unwrap_calls(local.template.format(**_all_words(lesson, edge.target, words))) \
            if local.template else local.formula
        if formula != "1":
            factors.append(_factor(formula))
    return " · ".join(factors) or "1", changed


def _all_words(lesson: Lesson, node_id: str, words: dict[str, str]) -> dict[str, str]:
    """The words a local derivative's template may use: its inputs (as given), the node."""
    base = {port: lesson.term(src) for port, src in lesson.inputs(node_id).items()}
    return {**base, "node": lesson.term(node_id), **words}


def _written_out(lesson: Lesson, node_id: str) -> str:
    """A computed node with a plain name written as what it computes, in brackets
    (`t` → `(x + y)`); any other node by its label."""
    node = lesson.graph.nodes[node_id]
    if node.op.is_source or not node.op.expression or not re.fullmatch(r"\w+", node.label):
        return lesson.term(node_id)
    inputs = {port: lesson.term(src) for port, src in lesson.inputs(node_id).items()}
    try:
        return term(node.op.expression.format(**inputs)) if len(inputs) > 1 else \
            node.op.expression.format(**inputs)
    except (KeyError, IndexError):
        return lesson.term(node_id)


# -- do the rounded numbers give the rounded result? -------------------------------------------

_RESULT = re.compile(r"^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?![\d\[])")


def agrees(text: str) -> bool:
    """Whether a formula's last computation, written with rounded numbers, gives the
    result it states: `1 / 1.607 = 0.6225` does not (it is 0.6223). A formula whose last
    computation is not of plain numbers (arrays, names) is not checked."""
    parts = text.split(" = ")
    if len(parts) < 2:
        return True
    shown = _RESULT.match(parts[-1])
    value = _evaluate(parts[-2])
    if shown is None or value is None or not math.isfinite(value):
        return True
    digits = DIGITS if "e" not in shown.group(1) else 3
    return format_number(value, digits) == format_number(float(shown.group(1)), digits)


_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?(?:e-?\d+)?)|(exp|log|σ|max)|([-−+×·/(),²³]))")


def _evaluate(text: str) -> float | None:
    """The value of a formula of plain numbers (`1 × (−0.6225²)`, `1 / 1.6065`,
    `σ(0.5)`), None when it is anything else."""
    tokens, at = [], 0
    text = text.strip()
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            return None
        tokens.append(next(g for g in match.groups() if g is not None))
        at = match.end()
    if not tokens or not any(t[0].isdigit() for t in tokens):
        return None
    try:
        value, rest = _sum(tokens)
    except (ValueError, IndexError, ZeroDivisionError, OverflowError):
        return None
    return value if not rest else None


def _sum(tokens: list[str]) -> tuple[float, list[str]]:
    value, tokens = _product(tokens)
    while tokens and tokens[0] in "+-−":
        op, (right, tokens) = tokens[0], _product(tokens[1:])
        value = value + right if op == "+" else value - right
    return value, tokens


def _product(tokens: list[str]) -> tuple[float, list[str]]:
    value, tokens = _power(tokens)
    while tokens and tokens[0] in "×·/":
        op, (right, tokens) = tokens[0], _power(tokens[1:])
        value = value / right if op == "/" else value * right
    return value, tokens


def _power(tokens: list[str]) -> tuple[float, list[str]]:
    if tokens[0] in "-−":
        value, tokens = _power(tokens[1:])
        return -value, tokens
    value, tokens = _atom(tokens)
    while tokens and tokens[0] in "²³":
        value = value ** (2 if tokens[0] == "²" else 3)
        tokens = tokens[1:]
    return value, tokens


def _atom(tokens: list[str]) -> tuple[float, list[str]]:
    head = tokens[0]
    if head[0].isdigit():
        return float(head), tokens[1:]
    if head == "(":
        value, tokens = _sum(tokens[1:])
        if tokens[0] != ")":
            raise ValueError("unbalanced")
        return value, tokens[1:]
    if head in ("exp", "log", "σ"):
        if tokens[1] != "(":
            raise ValueError("call")
        value, tokens = _sum(tokens[2:])
        if tokens[0] != ")":
            raise ValueError("unbalanced")
        fn = {"exp": math.exp, "log": math.log, "σ": lambda v: 1 / (1 + math.exp(-v))}[head]
        return fn(value), tokens[1:]
    if head == "max":
        if tokens[1] != "(":
            raise ValueError("call")
        first, tokens = _sum(tokens[2:])
        if tokens[0] != ",":
            raise ValueError("max")
        second, tokens = _sum(tokens[1:])
        if tokens[0] != ")":
            raise ValueError("unbalanced")
        return max(first, second), tokens[1:]
    raise ValueError(head)
