"""Every registered op: backprop against central differences, plus each op's own rule."""

import numpy as np
import pytest

from core.engine.gradcheck import gradient_check
from core.engine.program import evaluate
from core.ops import registry
from tests.helpers import build, const

rng = np.random.default_rng(5)


def positive(*shape):
    return (rng.uniform(0.5, 2.0, shape)).tolist()


def signed(*shape):
    # keep away from 0 so ReLU's kink is never straddled by ±h
    values = rng.uniform(0.2, 2.0, shape) * rng.choice([-1, 1], shape)
    return values.tolist()


#: inputs for each computing op, by port; every registered op must appear here
INPUTS = {
    "Mul": {"x": signed(2, 3), "y": signed(3)},  # broadcasting y over rows
    "Add": {"x": signed(2, 3), "y": signed(2, 1)},
    "ReLU": {"x": signed(4, 3)},
    "Sigmoid": {"x": signed(4, 3)},
    "Affine": {"x": signed(4, 3), "W": signed(3, 2), "b": signed(2)},
    "SoftmaxWithLoss": {"x": signed(4, 3), "t": np.eye(3)[[0, 2, 1, 1]].tolist()},
    "Square": {"x": signed(5)},
    "Exp": {"x": signed(2, 2)},
    "Log": {"x": positive(3, 2)},
    "Reciprocal": {"x": positive(3)},
    "Dot": {"x": signed(2, 3), "W": signed(3, 4)},
    "Sum": {"x": signed(3, 4)},
    "Softmax": {"x": signed(4, 3)},
    "CrossEntropyError": {"y": positive(4, 3), "t": np.eye(3)[[1, 0, 2, 2]].tolist()},
    "BatchNorm": {"x": signed(4, 3), "gamma": positive(3), "beta": signed(3)},
    "Dropout": {"x": signed(4, 3)},
    "Mean": {"x": signed(4, 3)},
    "Sub": {"x": signed(2, 3), "y": signed(3)},
    "Div": {"x": signed(2, 3), "y": signed(2, 1)},
    "Sqrt": {"x": positive(3, 2)},
}

COMPUTING = [name for name, op in registry.all_ops().items() if not op.is_source]


def graph_for(type_name, inputs=None, params=None):
    inputs = inputs or INPUTS[type_name]
    nodes = [(port, "Constant", const(value)) for port, value in inputs.items()]
    nodes.append(("op", type_name, params or {}))
    return build(nodes, [(port, "op", port) for port in inputs])


def test_every_op_has_test_inputs():
    assert sorted(COMPUTING) == sorted(INPUTS)


@pytest.mark.parametrize("type_name", COMPUTING)
def test_op_gradients_match_central_differences(type_name):
    report = gradient_check(graph_for(type_name), tolerance=1e-7)
    checked = [c for c in report.checks if c.mean_abs_diff is not None]
    op = registry.get(type_name)
    # a given port (CrossEntropyError's t) gets no gradient
    assert len(checked) == len(op.inputs) - len(getattr(op, "given_ports", ()))
    assert report.passed, [(c.label, c.mean_abs_diff) for c in checked]


@pytest.mark.parametrize("type_name", COMPUTING)
def test_backward_never_writes_into_dout(type_name):
    graph = graph_for(type_name)
    result = evaluate(graph)
    op = registry.get(type_name)({})
    args = [result.values[p] for p in op.inputs]
    out = op.forward(*args)
    dout = np.full_like(np.asarray(out), 0.5)
    kept = dout.copy()
    op.backward(dout)
    np.testing.assert_array_equal(dout, kept)


def test_op_rules_on_numbers_a_reader_can_check():
    x, y = np.array(3.0), np.array(-2.0)
    mul = registry.get("Mul")()
    assert float(mul.forward(x, y)) == -6.0
    assert [float(g) for g in mul.backward(np.array(1.5))] == [-3.0, 4.5]
    relu = registry.get("ReLU")()
    np.testing.assert_array_equal(relu.forward(np.array([-1.0, 0.0, 2.0])), [0, 0, 2])
    np.testing.assert_array_equal(relu.backward(np.array([5.0, 5.0, 5.0]))[0], [0, 0, 5])
    sig = registry.get("Sigmoid")()
    y0 = float(sig.forward(np.array(0.0)))
    assert y0 == 0.5 and float(sig.backward(np.array(1.0))[0]) == 0.25
    rec = registry.get("Reciprocal")()
    assert float(rec.forward(np.array(4.0))) == 0.25
    assert float(rec.backward(np.array(1.0))[0]) == -1 / 16


def test_softmax_with_loss_accepts_class_indices_like_one_hot():
    x = np.array(INPUTS["SoftmaxWithLoss"]["x"])
    one_hot = np.array(INPUTS["SoftmaxWithLoss"]["t"])
    a, b = registry.get("SoftmaxWithLoss")(), registry.get("SoftmaxWithLoss")()
    assert float(a.forward(x, one_hot)) == pytest.approx(float(b.forward(x, one_hot.argmax(1))))
    dx_a, _ = a.backward(np.array(1.0))
    dx_b, dt_b = b.backward(np.array(1.0))
    np.testing.assert_allclose(dx_a, dx_b, atol=1e-15)
    assert dt_b is None  # class indices have no gradient
    y = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(dx_a, (y - one_hot) / 4, atol=1e-15)  # (y - t) / N


def test_softmax_is_safe_for_huge_scores():
    op = registry.get("SoftmaxWithLoss")()
    loss = op.forward(np.array([[1000.0, 0.0, -1000.0]]), np.array([0]))
    assert float(loss) == pytest.approx(-np.log(1 + 1e-7))
    assert np.isfinite(op.backward(np.array(1.0))[0]).all()


def test_sum_along_an_axis_and_its_gradient():
    graph = graph_for("Sum", {"x": [[1.0, 2.0], [3.0, 4.0]]}, {"axis": 0})
    result = evaluate(graph)
    np.testing.assert_array_equal(result.values["op"], [4.0, 6.0])
    np.testing.assert_array_equal(result.grads["x"], np.ones((2, 2)))
    assert gradient_check(graph).passed


@pytest.mark.parametrize("x_shape,W_shape", [((3,), (3, 2)), ((2, 3), (3,)), ((3,), (3,))])
def test_dot_with_vectors(x_shape, W_shape):
    graph = graph_for("Dot", {"x": signed(*x_shape), "W": signed(*W_shape)})
    assert gradient_check(graph, tolerance=1e-7).passed


def test_affine_on_image_shaped_and_single_rows():
    for x in (signed(2, 2, 3), signed(6)):
        graph = graph_for("Affine", {"x": x, "W": signed(6, 2), "b": signed(2)})
        assert not evaluate(graph).errors
        assert gradient_check(graph, tolerance=1e-7).passed


def test_registering_a_name_twice_is_an_error():
    with pytest.raises(TypeError, match="registered twice"):
        @registry.register
        class Mul2(registry.Op):
            type_name = "Mul"
            category = "arithmetic"


def test_every_op_describes_itself_for_the_palette():
    for name, op in registry.all_ops().items():
        assert op.symbol and op.rule and op.category in registry.CATEGORIES, name


def test_softmax_and_cross_entropy_error_are_the_books_two_functions():
    x = np.array([[0.3, 2.9, 4.0], [1000.0, 0.0, -1000.0]])
    softmax = registry.get("Softmax")()
    y = softmax.forward(x)
    np.testing.assert_allclose(y[0], np.exp(x[0]) / np.exp(x[0]).sum(), atol=1e-15)
    np.testing.assert_allclose(y[1], [1, 0, 0], atol=1e-15)  # huge scores: no overflow
    t = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    cee = registry.get("CrossEntropyError")({"delta": 0})
    loss = float(cee.forward(y, t))
    assert loss == pytest.approx(-(np.log(y[0, 2]) + np.log(y[1, 0])) / 2, abs=1e-15)
    dy, dt = cee.backward(np.array(1.0))
    assert dt is None  # t is given
    expected = np.zeros_like(y)
    np.divide(-t, 2 * y, out=expected, where=t != 0)  # nothing where t is 0, even if y is
    np.testing.assert_allclose(dy, expected, atol=1e-15)
    # chained, they send back (y - t) / N, exactly what SoftmaxWithLoss sends
    dx = softmax.backward(dy)[0]
    np.testing.assert_allclose(dx, (y - t) / 2, atol=1e-15)
    indices = registry.get("CrossEntropyError")({"delta": 0})
    assert float(indices.forward(y, np.array([2, 0]))) == pytest.approx(loss, abs=1e-15)
    np.testing.assert_allclose(indices.backward(np.array(1.0))[0], dy, atol=1e-15)


def test_delta_is_the_official_codes_1e_7_by_default_and_0_as_the_printed_book():
    x, t = np.array([0.3, 2.9, 4.0]), np.array([0.0, 0.0, 1.0])
    y2 = np.exp(x[2]) / np.exp(x).sum()
    official, printed = (registry.get("SoftmaxWithLoss")(p) for p in ({}, {"delta": 0}))
    assert float(official.forward(x, t)) == pytest.approx(-np.log(y2 + 1e-7), abs=1e-15)
    assert float(printed.forward(x, t)) == pytest.approx(-np.log(y2), abs=1e-15)
    for name in ("SoftmaxWithLoss", "CrossEntropyError"):
        op = registry.get(name)
        assert op.default_params == {"delta": 1e-7}
        assert op.validate_params({"delta": 0}) == {"delta": 0}
        with pytest.raises(ValueError, match="delta must be a finite number ≥ 0"):
            op.validate_params({"delta": -1})
