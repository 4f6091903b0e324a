"""Every computing op knows its output's shape before it runs (the engine sizes results)."""

import numpy as np
import pytest

from core.ops import registry
from tests.test_ops import COMPUTING, INPUTS

#: more shapes per op than the gradient check's inputs: vectors, batches, images, axes
EXTRA = [
    ("Mul", {}, [(1000, 1), (1, 1000)]), ("Mul", {}, [(), (3,)]), ("Add", {}, [(4, 1, 3), (2, 1)]),
    ("Affine", {}, [(3,), (3, 2), (2,)]), ("Affine", {}, [(5, 2, 3), (6, 4), (4,)]),
    ("SoftmaxWithLoss", {}, [(3,), (3,)]), ("SoftmaxWithLoss", {}, [(4, 3), (4,)]),
    ("Dot", {}, [(3,), (3,)]), ("Dot", {}, [(3,), (3, 4)]), ("Dot", {}, [(2, 3), (3,)]),
    ("Sum", {"axis": 0}, [(3, 4)]), ("Sum", {"axis": -1}, [(2, 3, 4)]), ("Sum", {}, [(5,)]),
    ("Sigmoid", {}, [()]),
]


def _inputs(type_name, shapes):
    rng = np.random.default_rng(1)
    if type_name == "SoftmaxWithLoss" and len(shapes[1]) < len(shapes[0]):
        return [rng.uniform(-1, 1, shapes[0]), rng.integers(0, shapes[0][-1], shapes[1])]
    return [rng.uniform(0.5, 2.0, s) for s in shapes]


@pytest.mark.parametrize("type_name", COMPUTING)
def test_out_shape_is_the_shape_forward_gives(type_name):
    op = registry.get(type_name)({})
    args = [np.asarray(INPUTS[type_name][port], dtype=np.float64) for port in op.inputs]
    assert op.out_shape(*(a.shape for a in args)) == np.asarray(op.forward(*args)).shape


@pytest.mark.parametrize("type_name, params, shapes", EXTRA)
def test_out_shape_for_vectors_batches_images_and_axes(type_name, params, shapes):
    op = registry.get(type_name)(params)
    assert op.check(*shapes) is None
    args = _inputs(type_name, shapes)
    assert op.out_shape(*shapes) == np.asarray(op.forward(*args)).shape
