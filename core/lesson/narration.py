"""The sentence for each step: what a node computes, and the rule its backward applies.

Every sentence states the book's rule for its op with this graph's labels and numbers, in
the book's notation: `∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2`,
where L (here `price`) is the graph's output. The sentences belong to the ops
(`Op.say_forward`, `Op.say_backward`); this module gathers the facts of a step from the
engine's result, names L, and hands the op a `core.ops.sentences.ForwardFacts` or
`BackwardFacts`. It never asks which op a node is.

`forward(lesson, node_id)` and `backward(lesson, edge)` return `(rule, text, numbers)`:
the op's rule id (`"mul"`, `"relu"`, ...), the sentence, and the numbers it quotes by name.
"""

from __future__ import annotations

from core.engine.result import Result
from core.formatting import shape_str
from core.i18n import translate
from core.model.graph import Edge
from core.ops.sentences import BackwardFacts, ForwardFacts, num, value_or

Said = tuple[str, str, dict]


class Lesson:
    """What every sentence needs: the result, the name of L, and how to write things."""

    def __init__(self, result: Result) -> None:
        self.result, self.graph = result, result.graph
        self.values, self.grads = result.values, result.grads
        self.loss = self._loss_name()

    def _loss_name(self) -> str:
        """The output's label when it is one number differentiated from 1, else "L" (the
        sum of several outputs, or the loss of a larger graph the output feeds)."""
        outputs = self.result.outputs
        if len(outputs) == 1 and self.graph.output.given_grad is None:
            value = self.values.get(outputs[0])
            if value is not None and value.size == 1:
                return self.label(outputs[0])
        return "L"

    def label(self, node_id: str) -> str:
        return self.graph.nodes[node_id].label

    def d(self, node_id: str) -> str:
        """`∂L/∂x` for a node, with the output's label as L."""
        return "∂{L}/∂{x}".format(L=self.loss, x=self.label(node_id))

    def inputs(self, node_id: str) -> dict[str, str]:
        """port → source node id, for the node's connected inputs."""
        return {port: e.source for port, e in self.graph.in_edges(node_id).items()}

    def input_words(self, node_id: str) -> tuple[dict, dict[str, str]]:
        """(port → value, the words of each input: its label, value and shape)."""
        values, words = {}, {}
        for port, src in self.inputs(node_id).items():
            value = values[port] = self.values[src]
            words[port] = self.label(src)
            # a large operand goes into a formula by its label: "max(0, Affine1)"
            words[f"{port}v"] = value_or(value, words[port])
            words[f"s{port}"] = shape_str(value.shape)
        return values, words


def forward(lesson: Lesson, node_id: str) -> Said:
    """The step that computes `node_id`'s value."""
    node = lesson.graph.nodes[node_id]
    out = lesson.values[node_id]
    vals, words = lesson.input_words(node_id)
    facts = ForwardFacts(node.label, vals, out, node.params,
                         {"out": node.label, "outv": num(out), **words,
                          "so": shape_str(out.shape)})
    text, extra = node.op.say_forward(facts)
    return node.op.lesson_rule, text, {"out": out, **vals, **extra}


def backward(lesson: Lesson, edge: Edge, part: bool) -> Said:
    """The step for the gradient flowing back along `edge`; `part` when its source fans
    out, so this edge carries only one part of the source's gradient."""
    node = lesson.graph.nodes[edge.target]
    dx = lesson.result.edge_grads[edge.id]
    up = lesson.grads[edge.target]
    lhs = lesson.d(edge.source)
    if part:
        lhs = translate("narration", "{d} via {node}").format(d=lhs, node=node.label)
    dup = lesson.d(edge.target)
    vals, words = lesson.input_words(edge.target)
    facts = BackwardFacts(edge.port, vals, lesson.values[edge.target], up, dx, node.params,
                          {"lhs": lhs, "dup": dup, "upv": value_or(up, dup), "dxv": num(dx),
                           "su": shape_str(up.shape), "sdx": shape_str(dx.shape),
                           "node": node.label, **words})
    text, extra = node.op.say_backward(facts)
    return node.op.lesson_rule, text, {"upstream": up, "result": dx, **extra}


def given(lesson: Lesson, edge: Edge) -> Said:
    """A labels edge: the book treats t as given, so nothing flows back along it."""
    text = translate("narration", "{t} is given (the labels): nothing flows back into it, "
                     "so it has no gradient").format(t=lesson.label(edge.source))
    return "given", text, {}
