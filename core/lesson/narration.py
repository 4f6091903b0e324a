"""The sentence for each step: what a node computes, and the rule its backward applies.

Every sentence states the book's rule for its op with this graph's labels and numbers, in
the book's notation: `∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2`,
where L (here `price`) is the graph's output. Each one is a template read through
`translate("narration", ...)`, so a translation changes the words and never the code.
Numbers are written by `core.formatting.summarize`, as on the canvas's edges.

`forward(lesson, node_id)` and `backward(lesson, edge)` return `(rule, text, numbers)`:
a rule id (`"mul"`, `"relu"`, ...), the sentence, and the numbers it quotes by name.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from core.engine.result import Result
from core.formatting import FULL_ELEMENTS, summarize
from core.model.graph import Edge
from core.i18n import translate
from core.formatting import shape_str
from core.ops.losses import DELTA, softmax_rows

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
        given = self.graph.output is not None and "output_grad" in self.graph.meta
        if len(outputs) == 1 and not given:
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

    def param(self, node_id: str, name: str, default=None):
        return self.graph.nodes[node_id].params.get(name, default)


def num(value) -> str:
    return summarize(value)


def value_or(value: np.ndarray, name: str) -> str:
    """A value in a formula: its numbers when it is small, else its name (a summary such
    as `(3, 10) max|·| 0.1` is no number to compute with)."""
    return num(value) if value.size <= FULL_ELEMENTS else name


def _batch(value: np.ndarray) -> int:
    return 1 if value.ndim <= 1 else value.shape[0]


# -- forward -------------------------------------------------------------------------------

def forward(lesson: Lesson, node_id: str) -> Said:
    node = lesson.graph.nodes[node_id]
    out = lesson.values[node_id]
    if node.op.is_source:
        return _forward_source(lesson, node_id, out)
    ins = lesson.inputs(node_id)
    names = {port: lesson.label(src) for port, src in ins.items()}
    vals = {port: lesson.values[src] for port, src in ins.items()}
    # a large operand goes into a formula by its label: "max(0, Affine1)", not a summary
    words = {"out": node.label, "outv": num(out), **names,
             **{f"{port}v": value_or(v, names[port]) for port, v in vals.items()},
             **{f"s{port}": shape_str(v.shape) for port, v in vals.items()},
             "so": shape_str(out.shape)}
    numbers = {"out": out, **vals}
    say = _FORWARD.get(node.type)
    if say is None:
        args = ", ".join(f"{names[p]} = {num(vals[p])}" for p in node.op.inputs if p in vals)
        text = translate("narration", "{out} = {symbol}({args}) = {outv}").format(
            symbol=node.op.symbol, args=args, **words)
        return node.type.lower(), text, numbers
    rule, text, extra = say(lesson, node_id, vals, words)
    return rule, text, {**numbers, **extra}


def _forward_source(lesson: Lesson, node_id: str, out: np.ndarray) -> Said:
    role = lesson.graph.nodes[node_id].op.role
    template = {
        "constant": translate("narration", "{x} = {xv}: a constant the graph starts from"),
        "parameter": translate("narration", "{x} = {xv}: a parameter, which training learns"),
        "data": translate("narration", "{x} = {xv}: the input data"),
        "labels": translate("narration",
                            "{x} = {xv}: the labels, given and never learned"),
    }.get(role, translate("narration", "{x} = {xv}"))
    return "source", template.format(x=lesson.label(node_id), xv=num(out)), {"out": out}


def _f_softmax_with_loss(lesson, node_id, vals, words):
    x = vals["x"]
    y = softmax_rows(x.reshape(-1, x.shape[-1])).reshape(x.shape)
    delta = lesson.param(node_id, "delta", DELTA.default)
    text = translate(
        "narration", "{out}: first y = softmax({x}) = {yv}, then the cross-entropy error "
        "−Σ {t} · log(y + δ) / N with δ = {delta}, N = {n}: {out} = {outv}").format(
        yv=num(y), delta=num(delta), n=_batch(x), **words)
    return "softmax_with_loss", text, {"y": y}


def _f_cross_entropy(lesson, node_id, vals, words):
    delta = lesson.param(node_id, "delta", DELTA.default)
    text = translate("narration", "{out} = −Σ {t} · log({y} + δ) / N = −Σ {tv} · log({yv} + "
                     "{delta}) / {n} = {outv}").format(delta=num(delta), n=_batch(vals["y"]),
                                                       **words)
    return "cross_entropy_error", text, {}


def _f_sum(lesson, node_id, vals, words):
    axis = lesson.param(node_id, "axis")
    if axis is None:
        text = translate("narration", "{out} = Σ {x}, the sum of every element: "
                         "Σ {xv} = {outv}").format(**words)
    else:
        text = translate("narration", "{out} = Σ {x} along axis {axis}: {sx} → {so} = "
                         "{outv}").format(axis=axis, **words)
    return "sum", text, {}


def _f_simple(lesson, node_id, vals, words):
    """The ops whose forward is one formula; read when used, in the current language."""
    type_name = lesson.graph.nodes[node_id].type
    template = {
        "Mul": lambda: translate("narration", "{out} = {x} × {y} = {xv} × {yv} = {outv}"),
        "Add": lambda: translate("narration", "{out} = {x} + {y} = {xv} + {yv} = {outv}"),
        "ReLU": lambda: translate("narration", "{out} = ReLU({x}) = max(0, {xv}) = {outv}: "
                                  "what is above 0 passes, the rest becomes 0"),
        "Sigmoid": lambda: translate("narration", "{out} = σ({x}) = 1 / (1 + exp(−{x})) = "
                                     "σ({xv}) = {outv}"),
        "Exp": lambda: translate("narration", "{out} = exp({x}) = exp({xv}) = {outv}"),
        "Log": lambda: translate("narration", "{out} = log({x}) = log({xv}) = {outv}"),
        "Reciprocal": lambda: translate("narration", "{out} = 1 / {x} = 1 / {xv} = {outv}"),
        "Square": lambda: translate("narration", "{out} = {x}² = {xv}² = {outv}"),
        "Dot": lambda: translate("narration", "{out} = {x} · {W}, the matrix product: "
                                 "{sx}·{sW} → {so} = {outv}"),
        "Affine": lambda: translate("narration", "{out} = {x} · {W} + {b}: {sx}·{sW} + {sb} → "
                                    "{so} = {outv}"),
        "Softmax": lambda: translate("narration", "{out} = softmax({x}) = exp({x}) / Σ exp({x}) "
                                     "= softmax({xv}) = {outv}: probabilities that sum to 1"),
    }[type_name]()
    return type_name.lower(), _once(template.format(**words)), {}


def _once(text: str) -> str:
    """`a = b = b = c` → `a = b = c`: a formula written with labels for large operands
    says the same thing twice."""
    parts: list[str] = []
    for part in text.split(" = "):
        if part not in parts:
            parts.append(part)
    return " = ".join(parts)


_FORWARD: dict[str, Callable] = {
    **{name: _f_simple for name in ("Mul", "Add", "ReLU", "Sigmoid", "Exp", "Log",
                                    "Reciprocal", "Square", "Dot", "Affine", "Softmax")},
    "Sum": _f_sum,
    "SoftmaxWithLoss": _f_softmax_with_loss,
    "CrossEntropyError": _f_cross_entropy,
}


# -- backward ------------------------------------------------------------------------------

def backward(lesson: Lesson, edge: Edge, part: bool) -> Said:
    """The step for the gradient flowing back along `edge`; `part` when its source fans
    out, so this edge carries only one part of the source's gradient."""
    graph = lesson.graph
    node = graph.nodes[edge.target]
    dx = lesson.result.edge_grads[edge.id]
    up = lesson.grads[edge.target]
    lhs = lesson.d(edge.source)
    if part:
        lhs = translate("narration", "{d} via {node}").format(d=lhs, node=node.label)
    dup = lesson.d(edge.target)
    words = {"lhs": lhs, "dup": dup, "upv": value_or(up, dup), "dxv": num(dx),
             "su": shape_str(up.shape), "sdx": shape_str(dx.shape), "node": node.label}
    for port, src in lesson.inputs(edge.target).items():
        words[port] = lesson.label(src)
        words[f"{port}v"] = value_or(lesson.values[src], words[port])
        words[f"s{port}"] = shape_str(lesson.values[src].shape)
    numbers = {"upstream": up, "result": dx}
    say = _BACKWARD.get(node.type)
    if say is None:
        text = translate("narration", "{lhs} = {dxv}, sent back by {node}").format(**words)
        return node.type.lower(), text, numbers
    rule, text, extra = say(lesson, edge, up, dx, words)
    return rule, _once(text), {**numbers, **extra}


def given(lesson: Lesson, edge: Edge) -> Said:
    """A labels edge: the book treats t as given, so nothing flows back along it."""
    text = translate("narration", "{t} is given (the labels): nothing flows back into it, "
                     "so it has no gradient").format(t=lesson.label(edge.source))
    return "given", text, {}


def _b_mul(lesson, edge, up, dx, words):
    other_port = "y" if edge.port == "x" else "x"
    other = lesson.values[lesson.inputs(edge.target)[other_port]]
    more = {"other": words[other_port], "otherv": words[f"{other_port}v"],
            "raw": shape_str(np.broadcast_shapes(up.shape, other.shape))}
    if np.broadcast_shapes(up.shape, other.shape) == dx.shape:
        template = translate("narration", "× swaps its inputs: {lhs} = {dup} × {other} = "
                             "{upv} × {otherv} = {dxv}")
    else:
        template = translate("narration", "× swaps its inputs; {x_} was broadcast, so the "
                             "product is summed back {raw} → {sdx}: {lhs} = Σ {dup} × {other} "
                             "= Σ {upv} × {otherv} = {dxv}")
    text = template.format(**{**words, **more, "x_": lesson.label(edge.source)})
    return "mul", text, {"other": other}


def _b_add(lesson, edge, up, dx, words):
    if up.shape == dx.shape:
        text = translate("narration", "+ passes the upstream gradient on unchanged: "
                         "{lhs} = {dup} = {dxv}").format(**words)
    else:
        text = translate("narration", "+ passes the upstream gradient on; {x_} was broadcast, "
                         "so it is summed back {su} → {sdx}: {lhs} = Σ {dup} = {dxv}").format(
            x_=lesson.label(edge.source), **words)
    return "add", text, {}


def _b_relu(lesson, edge, up, dx, words):
    x = lesson.values[edge.source]
    mask = (x > 0).astype(int)
    if x.size == 1:
        template = (translate("narration", "ReLU passes the gradient where x > 0, and here "
                              "{x} = {xv} > 0: {lhs} = {dup} = {dxv}") if mask.all() else
                    translate("narration", "ReLU blocks the gradient where x ≤ 0, and here "
                              "{x} = {xv} ≤ 0: {lhs} = 0"))
        text = template.format(**words)
    elif x.size <= 6:
        text = translate("narration", "ReLU passes the gradient where {x} > 0 and blocks it "
                         "where {x} ≤ 0, mask = {mask}: {lhs} = {dup} × mask = {upv} × {mask} "
                         "= {dxv}").format(mask=num(mask), **words)
    else:
        text = translate("narration", "ReLU passes the gradient where {x} > 0 and blocks it "
                         "where {x} ≤ 0 ({passed} of {size} elements pass): {lhs} = {dup} × "
                         "({x} > 0) = {dxv}").format(passed=int(mask.sum()), size=x.size,
                                                     **words)
    return "relu", text, {"mask": mask}


def _b_sigmoid(lesson, edge, up, dx, words):
    y = lesson.values[edge.target]
    text = translate("narration", "σ needs only its output y: {lhs} = {dup} × y(1 − y) = "
                     "{upv} × {yv} × {one_minus_y} = {dxv}").format(
        yv=value_or(y, "y"), one_minus_y=value_or(1 - y, "(1 − y)"), **words)
    return "sigmoid", text, {"y": y}


def _b_exp(lesson, edge, up, dx, words):
    y = lesson.values[edge.target]
    text = translate("narration", "exp is its own derivative: {lhs} = {dup} × exp({x}) = "
                     "{upv} × {yv} = {dxv}").format(yv=value_or(y, words["node"]), **words)
    return "exp", text, {"y": y}


def _b_log(lesson, edge, up, dx, words):
    text = translate("narration", "the derivative of log x is 1/x: {lhs} = {dup} / {x} = "
                     "{upv} / {xv} = {dxv}").format(**words)
    return "log", text, {}


def _b_reciprocal(lesson, edge, up, dx, words):
    y = lesson.values[edge.target]
    text = translate("narration", "the derivative of 1/x is −1/x² = −y²: {lhs} = {dup} × "
                     "(−y²) = {upv} × (−{yv}²) = {dxv}").format(yv=value_or(y, "y"), **words)
    return "reciprocal", text, {"y": y}


def _b_square(lesson, edge, up, dx, words):
    text = translate("narration", "the derivative of x² is 2x: {lhs} = {dup} × 2{x} = "
                     "{upv} × 2 × {xv} = {dxv}").format(**words)
    return "square", text, {}


def _b_matrix(lesson, edge, up, dx, words):
    """Dot and Affine: the gradients of the matrix product, with the shapes that fit."""
    node = lesson.graph.nodes[edge.target]
    rule = "affine" if node.type == "Affine" else "dot"
    x = lesson.values[lesson.inputs(edge.target)["x"]]
    W = lesson.values[lesson.inputs(edge.target)["W"]]
    if edge.port == "x":
        text = translate("narration", "{lhs} = {dup} · {W}ᵀ: {su}·{sWT} → {sdx} = {dxv}").format(
            sWT=shape_str(W.T.shape), **words)
    elif edge.port == "W":
        if x.ndim == 1 and up.ndim == 1:  # one row: xᵀ is a column, as the book draws it
            sxT, su = shape_str((x.shape[0], 1)), shape_str((1, up.shape[0]))
        else:
            sxT, su = shape_str(x.reshape(x.shape[0], -1).T.shape), words["su"]
        text = translate("narration", "{lhs} = {x}ᵀ · {dup}: {sxT}·{su1} → {sdx} = {dxv}").format(
            sxT=sxT, su1=su, **words)
    elif up.ndim >= 2:
        text = translate("narration", "{b} was added to every row, so its gradient is the sum "
                         "over the batch axis: {lhs} = Σ {dup}: {su} → {sdx} = {dxv}").format(
            **words)
    else:
        text = translate("narration", "{b} was added once (a single row): {lhs} = {dup} = "
                         "{dxv}").format(**words)
    return rule, text, {}


def _b_sum(lesson, edge, up, dx, words):
    text = translate("narration", "Σ copies the upstream gradient to every element: "
                     "{lhs} = {upv} copied to {sdx} = {dxv}").format(**words)
    return "sum", text, {}


def _b_softmax_with_loss(lesson, edge, up, dx, words):
    x = lesson.values[lesson.inputs(edge.target)["x"]]
    t = lesson.values[lesson.inputs(edge.target)["t"]]
    if edge.port == "t":
        text = translate("narration", "{lhs} = −log(y + δ) / N × {dup} = {dxv}").format(**words)
        return "softmax_with_loss", text, {}
    y = softmax_rows(x.reshape(-1, x.shape[-1])).reshape(x.shape)
    if t.shape != x.shape:  # class indices: the one-hot t they stand for
        t = np.eye(x.shape[-1])[t.astype(int)]
    n = _batch(x)
    if up.size == 1 and float(up) == 1:
        template = translate("narration", "Softmax-with-Loss sends back (y − t) / N, with "
                             "y = {ysum} and N = {n}: {lhs} = ({yv} − {tv}) / {n} = {dxv}")
    else:
        template = translate("narration", "Softmax-with-Loss sends back (y − t) / N times the "
                             "upstream gradient, with y = {ysum} and N = {n}: {lhs} = {dup} × "
                             "({yv} − {tv}) / {n} = {upv} × ({yv} − {tv}) / {n} = {dxv}")
    text = template.format(**{**words, "ysum": num(y), "yv": value_or(y, "y"),
                              "tv": value_or(t, "t"), "n": n})
    return "softmax_with_loss", text, {"y": y, "t": t}


def _b_softmax(lesson, edge, up, dx, words):
    y = lesson.values[edge.target]
    text = translate("narration", "every y depends on every score, so {lhs} = y ⊙ ({dup} − "
                     "Σ {dup} ⊙ y) = {yv} ⊙ ({upv} − {s}) = {dxv}").format(
        yv=value_or(y, "y"), s=value_or((up * y).sum(axis=-1, keepdims=up.ndim > 1),
                                        "Σ(∂L/∂y ⊙ y)"), **words)
    return "softmax", text, {"y": y}


def _b_cross_entropy(lesson, edge, up, dx, words):
    delta = lesson.param(edge.target, "delta", DELTA.default)
    text = translate("narration", "the derivative of −t · log(y + δ) is −t / (y + δ): {lhs} = "
                     "{dup} × (−{tv} / ({yv} + {delta})) / {n} = {dxv}").format(
        delta=num(delta), n=_batch(lesson.values[edge.source]), **words)
    return "cross_entropy_error", text, {}


_BACKWARD: dict[str, Callable] = {
    "Mul": _b_mul, "Add": _b_add, "ReLU": _b_relu, "Sigmoid": _b_sigmoid, "Exp": _b_exp,
    "Log": _b_log, "Reciprocal": _b_reciprocal, "Square": _b_square, "Dot": _b_matrix,
    "Affine": _b_matrix, "Sum": _b_sum, "SoftmaxWithLoss": _b_softmax_with_loss,
    "Softmax": _b_softmax, "CrossEntropyError": _b_cross_entropy,
}
