"""Regularization: Dropout (6.4.3), the book's `Dropout` layer.

In training each value of x is dropped (set to 0) at random, with probability `ratio`, and
backward lets the gradient through only where the value was kept: the same mask, as ReLU's.
At evaluation nothing is dropped; every value is scaled by (1 − ratio) instead, the share
training kept. The mask comes from the node's `seed`, so a graph always draws the same one.

The op computes differently in training and at evaluation (`core.ops.base.MODES`): in the
lesson (the canvas, `run`, `explain`, `gradcheck`) it applies the mask its seed draws
first, every pass, so the mask and its gradient can be seen and checked; in training a new
mask every pass, from the seed's stream; at evaluation the scaling.
"""

from __future__ import annotations

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.ops.base import Op
from core.ops.code import Layer
from core.ops.params import Param
from core.ops.sentences import BackwardFacts, ForwardFacts, Local, Said

DROPOUT_CODE = '''\
class Dropout:
    """Dropout (6.4.3): in training each value is dropped (set to 0) with probability
    dropout_ratio and backward passes the gradient only where it was kept; with
    train_flg=False every value is scaled by (1 - dropout_ratio) instead.

    The book draws its mask with np.random.rand; this one draws from its own seed, so the
    script prints the numbers the graph computes.
    """

    def __init__(self, dropout_ratio=0.5, seed=0):
        self.dropout_ratio = dropout_ratio
        self.rng = np.random.default_rng(seed)
        self.mask = None

    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = self.rng.random(x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout):
        dx = dout * self.mask
        return dx
'''


def _arguments(params: dict) -> str:
    """The layer's constructor arguments: `dropout_ratio=0.5, seed=0`."""
    return f"dropout_ratio={params.get('ratio', 0.5)!r}, seed={params.get('seed', 0)!r}"


def mask_for(seed: int, shape: tuple[int, ...], ratio: float) -> np.ndarray:
    """The first mask a seed draws for x of `shape`: True where a value is kept."""
    return np.random.default_rng(seed).random(shape) > ratio


class Dropout(Op):
    type_name = "Dropout"
    symbol = "Dropout"
    category = "layers"
    inputs = ("x",)
    rule = QT_TRANSLATE_NOOP(
        "ops", "forward x where the mask keeps it, else 0 (each value dropped with "
        "probability ratio); backward dout where kept, else 0")
    params_spec = (
        Param("ratio", "number", 0.5, QT_TRANSLATE_NOOP(
            "params", "the probability that a value is dropped in training"),
            QT_TRANSLATE_NOOP("params", "Ratio"), low=0, high=1),
        Param("seed", "whole", 0, QT_TRANSLATE_NOOP(
            "params", "the same seed always draws the same mask"),
            QT_TRANSLATE_NOOP("params", "Seed"), low=0, below=2**63),
    )
    layer = Layer("Dropout", DROPOUT_CODE, ("x",), arguments=_arguments)

    def __init__(self, params=None) -> None:
        super().__init__(params)
        self.rng: np.random.Generator | None = None  # training's stream of masks

    def out_shape(self, sx):
        return sx

    def forward(self, x):
        ratio = self.params.get("ratio", 0.5)
        if self.mode == "evaluation":
            self.mask = None
            self.scale = 1.0 - ratio
            return x * self.scale
        seed = self.params.get("seed", 0)
        if self.mode == "training":
            if self.rng is None:
                self.rng = np.random.default_rng(seed)
            self.mask = self.rng.random(x.shape) > ratio
        else:
            self.mask = mask_for(seed, x.shape, ratio)
        return x * self.mask

    def backward(self, dout):
        if self.mask is None:  # evaluation: the scaling is the local derivative
            return (dout * self.scale,)
        return (dout * self.mask,)

    expression = "dropout({x})"

    @staticmethod
    def lesson_mask(facts: ForwardFacts | BackwardFacts) -> np.ndarray:
        """The mask the lesson's pass applied (1 kept, 0 dropped)."""
        return mask_for(facts.params.get("seed", 0), facts.inputs["x"].shape,
                        facts.params.get("ratio", 0.5)).astype(np.float64)

    @classmethod
    def say_forward(cls, facts: ForwardFacts) -> Said:
        mask = cls.lesson_mask(facts)
        words = dict(ratio=facts.params.get("ratio", 0.5), seed=facts.params.get("seed", 0),
                     kept=int(mask.sum()), size=mask.size)
        if mask.size <= 6:
            text = facts.formula(translate(
                "narration", "{out} = {x} ⊙ mask: each value is dropped with probability "
                "{ratio}, and seed {seed} draws mask = {mask}: {xv} ⊙ {mask} = {outv}"),
                mask=facts.num(mask), **words)
        else:
            text = facts.formula(translate(
                "narration", "{out} = {x} ⊙ mask: each value is dropped with probability "
                "{ratio}, and seed {seed} keeps {kept} of {size}: {sx} → {so} = {outv}"),
                **words)
        return text, {"mask": mask}

    @classmethod
    def local_derivative(cls, facts: BackwardFacts) -> Local:
        """∂y/∂x = 1 where the mask kept x, else 0: the mask itself."""
        mask = cls.lesson_mask(facts)
        if mask.size == 1:
            return facts.local("1" if mask.all() else "0", mask.reshape(()))
        word = translate("narration", "mask")
        return facts.local(word, mask, ((word, mask),))

    @classmethod
    def say_backward(cls, facts: BackwardFacts) -> Said:
        mask = cls.lesson_mask(facts)
        local = cls.local_derivative(facts)
        if mask.size <= 6:
            rule = facts.say(translate("narration", "Dropout passes the gradient where it kept "
                                       "{x} and blocks it where it dropped it, mask = {mask}"),
                             mask=facts.num(mask))
            text = facts.chain(rule, local, translate(
                "narration", "{lhs} = {dup} × mask = {upv} × {mask} = {dxv}"),
                mask=facts.num(mask))
        else:
            rule = facts.say(translate("narration", "Dropout passes the gradient where it kept "
                                       "{x} and blocks it where it dropped it ({kept} of "
                                       "{size} pass)"), kept=int(mask.sum()), size=mask.size)
            text = facts.chain(rule, local, translate("narration", "{lhs} = {dup} × mask = "
                                                      "{dxv}"))
        return text, {"mask": mask}
