"""The `Op` base class: everything one operation is, in one class.

An op is one small class, and everything about it lives there:

- what it is: `type_name` (the stable name files use), `symbol` (drawn on its node),
  `category` (its palette group), `inputs` (its ports), `rule` (a one-line tooltip) and
  `params_spec` (its editable parameters, each a `core.ops.params.Param`);
- what it computes: `check` and `out_shape` (the shape rule), `forward` (which caches
  what backward needs) and `backward(dout)` (which returns new arrays, one per input port,
  and never writes into `dout`); either may compute into `buffer(key, shape, dtype)`, a
  new array on the canvas and, in training (`recycle`), the same one batch after batch
  (Affine's products, ReLU, Sigmoid, the softmax), so that a training step allocates little;
- how the lesson tells it: `say_forward` and `say_backward` (its sentences, from the
  facts of a step: `core.ops.sentences`), or just a `forward_sentence` template;
  `local_derivative` (its local derivative ∂out/∂x in the graph's own names, which its
  backward sentence names and the chain rule multiplies), `expression` (what it computes
  in its inputs' names, `{x} + {y}`, for the chain rule written whole) and `lesson_rule`,
  the name of the rule its steps state;
- how the book's code writes it: `layer` (`core.ops.code.Layer`: the class an exported
  script defines for it), or `layer_for` when that depends on the graph;
- what its ports are to training and to backward: `port_roles` (the port whose arg-max is
  the prediction, the labels port that takes class indices, the weights and bias of a
  layer) and `given_ports` (inputs that are given, not learned: no gradient flows there).

The lesson, the exporter and the trainer ask the op; none of them names an op type. The
catalogue of every op is `core.ops.registry`.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from core.formatting import shape_str
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.code import Layer
from core.ops.params import Param
from core.ops.sentences import BackwardFacts, ForwardFacts, Local, Said
from core.ops.values import ParamError

CATEGORIES = ("sources", "arithmetic", "activations", "layers", "losses", "primitives")
#: each category's name for people (the palette's groups), read with translate("categories", …)
CATEGORY_TITLES = {
    "sources": QT_TRANSLATE_NOOP("categories", "Sources"),
    "arithmetic": QT_TRANSLATE_NOOP("categories", "Arithmetic"),
    "activations": QT_TRANSLATE_NOOP("categories", "Activations"),
    "layers": QT_TRANSLATE_NOOP("categories", "Layers"),
    "losses": QT_TRANSLATE_NOOP("categories", "Losses"),
    "primitives": QT_TRANSLATE_NOOP("categories", "Primitives"),
}
#: what an input port may be to training (`Op.port_roles`)
PORT_ROLES = {
    "prediction": "the arg-max of the value arriving here is the predicted class",
    "class_indices": "the labels port of a loss that computes the same from one class "
                     "index per row as from one-hot rows, for less work: the trainer "
                     "feeds it class indices",
    "weights": "the weight matrix (in, out) of a layer",
    "bias": "the bias vector (out,) of a layer",
    "scale": "the scale γ of a normalization, one per column (not a weight: no weight decay)",
    "shift": "the shift β of a normalization, one per column",
}
#: how an op that computes differently in training and at evaluation runs (BatchNorm's
#: statistics, Dropout's mask); every op instance has a `mode`, which the engine sets for all
#: the ops of a program at once (`core.engine.program.Program.set_mode`). Other ops ignore it.
MODES = {
    "lesson": "as in training, and the same numbers every pass: the batch's own mean and "
              "variance, the mask the seed draws first; nothing is remembered between passes "
              "(the canvas, run, explain, gradcheck, step mode, practice, export-code)",
    "training": "one pass per batch: the batch's mean and variance, the running averages "
                "updated, a new mask from the seed's stream every pass",
    "evaluation": "the running averages instead of the batch's statistics, and every value "
                  "scaled by (1 − ratio) instead of a mask (the trainer's accuracy pass)",
}

class Op:
    """Base class of every operation; one instance per node, holding its forward cache."""

    type_name: ClassVar[str] = ""
    symbol: ClassVar[str] = ""
    category: ClassVar[str] = ""
    inputs: ClassVar[tuple[str, ...]] = ()
    rule: ClassVar[str] = ""
    #: the editable parameters, in the order files and the inspector show them
    params_spec: ClassVar[tuple[Param, ...]] = ()
    #: the parameters of a new node of this type (built from `params_spec`)
    default_params: ClassVar[dict[str, Any]] = {}
    is_source: ClassVar[bool] = False
    #: a source's role (`constant`, `parameter`, `data`, `labels`); "" for an op that computes
    role: ClassVar[str] = ""
    #: input ports whose value is given, not learned: backward sends nothing into them
    given_ports: ClassVar[tuple[str, ...]] = ()
    #: port → what it is to training, one of PORT_ROLES
    port_roles: ClassVar[dict[str, str]] = {}

    #: the op's name for people where the book gives it one in words (read with
    #: translate("ops", …): the Mul node is 곱셈 in Korean); "" keeps the code's name
    title: ClassVar[str] = ""

    #: the rule a lesson step about this op states (`explain --json`'s "rule"); the type
    #: name in lower case unless a class says otherwise
    lesson_rule: ClassVar[str] = ""
    #: the forward sentence of an op that needs no more than the step's words, read with
    #: translate("narration", …); None: the generic `out = symbol(args)`, or `say_forward`
    forward_sentence: ClassVar[str | None] = None
    #: what the op computes in its inputs' names (`{x} + {y}`), so that the chain rule may
    #: write a node by what it is (`2t` → `2(x + y)`); "" when it has no short form
    expression: ClassVar[str] = ""
    #: how an exported script writes this op (None: it has no class, as sources)
    layer: ClassVar[Layer | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults: dict[str, Any] = {}
        for p in cls.params_spec:
            if p.applies(defaults):
                defaults[p.name] = p.default
        cls.default_params = defaults
        if not cls.lesson_rule:
            cls.lesson_rule = cls.type_name.lower()

    @classmethod
    def name(cls) -> str:
        """The op's name in the current language: its `title` where the book names it in
        words (곱셈, 덧셈), else the code's name (Affine, ReLU)."""
        return translate("ops", cls.title) if cls.title else cls.type_name

    @classmethod
    def port(cls, role: str) -> str | None:
        """The input port that plays `role` (see PORT_ROLES), if one does."""
        return next((port for port, r in cls.port_roles.items() if r == role), None)

    # -- the lesson -----------------------------------------------------------------------

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        """The sentence of this node's forward step, and the numbers it quotes besides its
        inputs and output: `forward_sentence` filled in, else `out = symbol(args)`."""
        if cls.forward_sentence:
            return facts.formula(translate("narration", cls.forward_sentence)), {}
        args = ", ".join(f"{facts.words[p]} = {facts.num(facts.inputs[p])}"
                         for p in cls.inputs if p in facts.inputs)
        return facts.say(translate("narration", "{out} = {symbol}({args}) = {outv}"),
                         symbol=cls.symbol, args=args), {}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local | None:
        """The node's local derivative for the input `facts.port` (∂out/∂x), in the graph's
        own names; None when the op does not say (its sentence then stands alone)."""
        return None

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        """The sentence of the gradient flowing back into `facts.port`: the op's rule with
        its local derivative and the numbers (`facts.chain`), and the numbers it quotes
        besides the upstream gradient and result."""
        return facts.say(translate("narration", "{lhs} = {dxv}, sent back by {node}")), {}

    # -- the book's code ------------------------------------------------------------------

    @classmethod
    def layer_for(cls, graded: frozenset[str]) -> Layer | None:
        """The layer of a script in which the input ports `graded` get a gradient at some
        node of this type (one class serves every node of a type): `layer` for most ops."""
        return cls.layer

    def __init__(self, params: dict[str, Any] | None = None) -> None:
        self.params = dict(params or {})
        #: which inputs the next `backward` must give a gradient for; the engine sets it.
        #: An op may skip the work for an input marked False and return None for it
        #: (training needs no gradient for the images, only for the weights).
        self.needs_grad: tuple[bool, ...] = (True,) * len(self.inputs)
        #: whether the arrays this op returned last time are its own again: the engine
        #: sets it for a program that runs batch after batch (training), whose caller
        #: copies what it keeps. `buffer` then hands back the same array while the shape
        #: stays, so a step allocates nothing; otherwise every result is a new array.
        self.recycle = False
        self._buffers: dict[str, np.ndarray] = {}
        #: one of MODES; the engine sets it (`Program.set_mode`)
        self.mode = "lesson"

    def buffer(self, key: str, shape: tuple[int, ...], dtype) -> np.ndarray:
        """An array to compute a result into (`out=`): new, or with `recycle` the one this
        op handed out under `key` last time, when it has this shape and dtype.

        Only for what the op itself returns or caches (its output, its gradients, its
        own scratch): never an input, never `dout`, which other nodes may still read.
        """
        if not self.recycle:
            return np.empty(shape, dtype)
        held = self._buffers.get(key)
        # (the built-in dtypes are one object each: `is` tells most at once)
        if held is None or held.shape != shape or (held.dtype is not dtype
                                                   and held.dtype != dtype):
            held = self._buffers[key] = np.empty(shape, dtype)
        return held

    @classmethod
    def param(cls, name: str) -> Param | None:
        return next((p for p in cls.params_spec if p.name == name), None)

    @classmethod
    def validate_params(cls, params: dict[str, Any]) -> dict[str, Any]:
        """The params, checked and completed in declaration order, or ParamError."""
        declared = {p.name for p in cls.params_spec}
        unknown = sorted(set(params) - declared)
        if unknown:
            raise ParamError(translate("Values", "unknown parameter {name!r} for {type}")
                             .format(name=unknown[0], type=cls.type_name))
        out: dict[str, Any] = {}
        for p in cls.params_spec:
            if not p.applies(out):
                if p.name in params:
                    other = p.when[0]
                    raise ParamError(translate("Values", "{name!r} has no meaning for {other} "
                                               "{value!r}").format(name=p.name, other=other,
                                                                   value=out[other]))
                continue
            if p.name in params:
                out[p.name] = p.check(params[p.name])
            elif p.required:
                where = f"{p.when[0]} {out[p.when[0]]!r}" if p.when else cls.type_name
                raise ParamError(translate("Values", "{where} needs {name!r}").format(
                    where=where, name=p.name))
            else:
                out[p.name] = p.default
        return out

    def check(self, *shapes: tuple[int, ...]) -> str | None:
        """Say why inputs of these shapes cannot go together, or None when they can."""
        return None

    def out_shape(self, *shapes: tuple[int, ...]) -> tuple[int, ...] | None:
        """The output's shape for inputs of these shapes (after `check`), if known."""
        return None

    def forward(self, *xs: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray) -> tuple[np.ndarray | None, ...]:
        raise NotImplementedError

_CONSTANTS: dict[tuple[float, np.dtype], np.ndarray] = {}


def constant(value: float, dtype) -> np.ndarray:
    """`value` as a read-only 0-d array of `dtype`, made once: a ufunc given it
    (`np.maximum(x, constant(0, x.dtype))`) computes the same numbers as with the Python
    number, which it would otherwise convert on every call, half of what the call costs on
    a training batch."""
    key = (value, dtype)
    held = _CONSTANTS.get(key)
    if held is None:
        held = _CONSTANTS[key] = np.array(value, dtype)
        held.flags.writeable = False
    return held

def unbroadcast(grad: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum `grad` down to `shape`: the backward of NumPy broadcasting.

    Broadcasting copies an input along new leading axes and along axes of length 1;
    the chain rule sums the gradient over every copy.
    """
    if grad.shape == shape:
        return grad
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if axes:
        grad = grad.sum(axis=axes, keepdims=True)
    return grad.reshape(shape)

def broadcast_problem(a: str, sa: tuple, b: str, sb: tuple) -> str | None:
    try:
        np.broadcast_shapes(sa, sb)
    except ValueError:
        return translate("Shapes", "{a} is {sa} but {b} is {sb} — they cannot broadcast "
                         "together").format(a=a, sa=shape_str(sa), b=b, sb=shape_str(sb))
    return None

def axes_problem(sx: tuple, sW: tuple) -> str:
    return translate("Shapes", "x is {sx} but W is {sW} — x's last axis must equal W's "
                     "first").format(sx=shape_str(sx), sW=shape_str(sW))
