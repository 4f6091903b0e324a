"""Source nodes: where values enter a graph.

A source has no inputs and one output. Its role says what it is to training: a `constant`
(never changes), a `parameter` (trained by gradient descent), `data` or `labels` (replaced
batch by batch by the trainer). Its value is a literal (`init: fixed`, a number or nested
lists) or an initializer with a shape: `zeros`, or `normal` with a standard deviation and a
seed, so a file always computes the same numbers. Its lesson sentence says what the role
means; it has no layer class: an exported script writes its value as an array.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op
from core.ops.params import Param
from core.ops.sentences import ForwardFacts, Said

INITS = ("fixed", "zeros", "normal")
#: how the inspector names each init and each role, read with translate("choices", …) and
#: translate("roles", …); files keep the English words
INIT_NAMES = (QT_TRANSLATE_NOOP("choices", "fixed"), QT_TRANSLATE_NOOP("choices", "zeros"),
              QT_TRANSLATE_NOOP("choices", "normal"))
ROLE_NAMES = (QT_TRANSLATE_NOOP("roles", "constant"), QT_TRANSLATE_NOOP("roles", "parameter"),
              QT_TRANSLATE_NOOP("roles", "data"), QT_TRANSLATE_NOOP("roles", "labels"))


def source_params(value: Any) -> tuple[Param, ...]:
    """A source's parameters: a fixed literal (`value`, defaulting to `value`) or an
    initializer with a shape: zeros, or normal with a std and a seed."""
    fixed, shaped, normal = ("init", ("fixed",)), ("init", ("zeros", "normal")), \
        ("init", ("normal",))
    return (
        Param("init", "choice", "fixed",
              QT_TRANSLATE_NOOP("params", "a fixed value, or an initializer with a shape"),
              QT_TRANSLATE_NOOP("params", "Init"), choices=INITS),
        Param("value", "literal", value,
              QT_TRANSLATE_NOOP("params", "a number, a vector [1, 2] or a matrix 1 2; 3 4"),
              QT_TRANSLATE_NOOP("params", "Value"), when=fixed, required=True),
        Param("shape", "shape", [2, 3],
              QT_TRANSLATE_NOOP("params", "the array's shape, e.g. 784, 50"),
              QT_TRANSLATE_NOOP("params", "Shape"), when=shaped, required=True),
        Param("std", "number", 0.01,
              QT_TRANSLATE_NOOP("params", "standard deviation of the normal distribution"),
              QT_TRANSLATE_NOOP("params", "Std"), low=0, when=normal, required=True),
        Param("seed", "whole", 0,
              QT_TRANSLATE_NOOP("params", "the same seed always draws the same numbers"),
              QT_TRANSLATE_NOOP("params", "Seed"), low=0, below=2**63, when=normal),
    )


class Source(Op):
    """Base of the four source types; subclasses differ only in their role (and the
    sentence that says what it means: its `forward_sentence`, about {x} = {xv})."""

    category = "sources"
    is_source = True
    lesson_rule = "source"

    @staticmethod
    def materialize(params: dict[str, Any], dtype=np.float64,
                    rng: np.random.Generator | None = None) -> np.ndarray:
        """The array a (validated) source's params describe, in `dtype`.

        A normal initializer draws from its own seed, or from `rng` when one is given
        (the trainer seeds every run's weights from its settings).
        """
        init = params.get("init", "fixed")
        if init == "fixed":
            return np.array(params["value"], dtype=dtype)
        if init == "zeros":
            return np.zeros(params["shape"], dtype=dtype)
        rng = np.random.default_rng(params["seed"]) if rng is None else rng
        return (params["std"] * rng.standard_normal(params["shape"])).astype(dtype, copy=False)

    def forward(self):
        return self.materialize(self.params)

    def backward(self, dout):
        return ()

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        template = (translate("narration", cls.forward_sentence) if cls.forward_sentence
                    else translate("narration", "{x} = {xv}"))
        return template.format(x=facts.label, xv=facts.num(facts.out)), {}


class Constant(Source):
    type_name = "Constant"
    symbol = QT_TRANSLATE_NOOP("symbols", "const")
    role = "constant"
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{x} = {xv}: a constant the graph "
                                         "starts from")
    rule = QT_TRANSLATE_NOOP(
        "ops", "a fixed value; its gradient shows how the output would change "
        "with it")
    params_spec = source_params(1.0)


class Parameter(Source):
    type_name = "Parameter"
    symbol = QT_TRANSLATE_NOOP("symbols", "param")
    role = "parameter"
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{x} = {xv}: a parameter, which "
                                         "training learns")
    rule = QT_TRANSLATE_NOOP("ops", "a value training changes: W ← W - lr·dW")
    params_spec = source_params(1.0)


class Data(Source):
    type_name = "Data"
    symbol = QT_TRANSLATE_NOOP("symbols", "data")
    role = "data"
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{x} = {xv}: the input data")
    rule = QT_TRANSLATE_NOOP("ops", "input data; the trainer puts each batch of images here")
    params_spec = source_params([1.0, 2.0])


class Labels(Source):
    type_name = "Labels"
    symbol = QT_TRANSLATE_NOOP("symbols", "labels")
    role = "labels"
    forward_sentence = QT_TRANSLATE_NOOP("narration", "{x} = {xv}: the labels, given and "
                                         "never learned")
    rule = QT_TRANSLATE_NOOP(
        "ops", "target labels (one-hot or class indices); the trainer puts each "
        "batch's here")
    params_spec = source_params([1.0, 0.0])
