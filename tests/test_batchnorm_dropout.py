"""BatchNorm and Dropout (chapter 6) against an independent implementation written here,
in the lesson, training and evaluation modes of the engine, with their shape errors."""

import json

import numpy as np
import pytest

from core.cli.main import main as cli_main
from core.engine.gradcheck import gradient_check
from core.engine.program import Program, evaluate
from core.files.graph_files import GraphFileError, load_graph, loads_graph, save_graph
from core.ops import registry
from core.ops.values import ParamError
from tests.helpers import build, const

rng = np.random.default_rng(61)


# -- the oracle: Batch Normalization written from its definition, not from the book's steps

def bn_oracle(x, gamma, beta, dout, eps=1e-6):
    """Forward and backward of batch normalization as the textbook formulas say them,
    written from scratch: the Jacobian of each column, applied to dout column by column."""
    n, d = x.shape
    out, dx = np.empty_like(x), np.empty_like(x)
    for j in range(d):
        col = x[:, j]
        mu = sum(col) / n
        var = sum((c - mu) ** 2 for c in col) / n
        sigma = (var + eps) ** 0.5
        xn = [(c - mu) / sigma for c in col]
        out[:, j] = [gamma[j] * v + beta[j] for v in xn]
        # ∂x̂_i/∂x_k = (δ_ik − 1/N − x̂_i x̂_k / N) / σ
        jac = np.array([[((i == k) - 1 / n - xn[i] * xn[k] / n) / sigma for k in range(n)]
                        for i in range(n)])
        dx[:, j] = jac.T @ (gamma[j] * dout[:, j])
    xn_all = (x - x.mean(0)) / np.sqrt(x.var(0) + eps)
    return out, dx, (xn_all * dout).sum(0), dout.sum(0)


def bn_graph(x, gamma, beta, dout, params=None):
    graph = build([("x", "Constant", const(x)), ("gamma", "Parameter", const(gamma)),
                   ("beta", "Parameter", const(beta)), ("bn", "BatchNorm", params or {})],
                  [("x", "bn", "x"), ("gamma", "bn", "gamma"), ("beta", "bn", "beta")])
    graph.output.set_node("bn")
    graph.output.set_grad(dout)
    return graph


@pytest.mark.parametrize("n,d", [(2, 1), (5, 3), (16, 7)])
def test_batchnorm_forward_and_every_gradient_agree_with_the_oracle(n, d):
    x = rng.normal(2.0, 3.0, (n, d))
    gamma, beta = rng.uniform(0.5, 2, d), rng.normal(size=d)
    dout = rng.normal(size=(n, d))
    result = evaluate(bn_graph(x.tolist(), gamma.tolist(), beta.tolist(), dout.tolist()))
    out, dx, dgamma, dbeta = bn_oracle(x, gamma, beta, dout)
    np.testing.assert_allclose(result.values["bn"], out, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(result.grads["x"], dx, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(result.grads["gamma"], dgamma, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(result.grads["beta"], dbeta, rtol=1e-12, atol=1e-12)


def test_batchnorm_normalizes_each_column_to_mean_0_and_variance_1():
    x = rng.normal(5.0, 4.0, (64, 3))
    bn = registry.get("BatchNorm")()
    out = bn.forward(x, np.ones(3), np.zeros(3))
    np.testing.assert_allclose(out.mean(0), 0, atol=1e-12)
    # not exactly 1: ε = 10e-7 sits inside the root, as in the book's code
    np.testing.assert_allclose(out.var(0), x.var(0) / (x.var(0) + 10e-7), rtol=1e-12)


def test_batchnorm_gradients_match_central_differences_with_a_random_upstream():
    x, dout = rng.normal(size=(6, 4)), rng.normal(size=(6, 4))
    graph = bn_graph(x.tolist(), rng.uniform(0.5, 2, 4).tolist(), rng.normal(size=4).tolist(),
                     dout.tolist())
    report = gradient_check(graph, tolerance=1e-7)
    assert report.passed, [(c.label, c.mean_abs_diff) for c in report.checks]
    assert {c.label for c in report.checks if c.mean_abs_diff is not None} == {
        "x", "gamma", "beta"}


def test_batchnorm_of_a_batch_of_numbers_takes_one_number_for_gamma_and_beta():
    x, dout = rng.normal(size=5), rng.normal(size=5)
    for gamma, beta in ((1.5, -0.5), ([1.5], [-0.5])):
        result = evaluate(bn_graph(x.tolist(), gamma, beta, dout.tolist()))
        out, dx, dgamma, dbeta = bn_oracle(x[:, None], np.array([1.5]), np.array([-0.5]),
                                           dout[:, None])
        np.testing.assert_allclose(result.values["bn"], out[:, 0], rtol=1e-12)
        np.testing.assert_allclose(result.grads["x"], dx[:, 0], rtol=1e-9, atol=1e-12)
        assert result.grads["gamma"].shape == np.shape(gamma)
        np.testing.assert_allclose(result.grads["gamma"].reshape(-1), dgamma, rtol=1e-12)
        np.testing.assert_allclose(result.grads["beta"].reshape(-1), dbeta, rtol=1e-12)


def test_batchnorm_on_image_shaped_rows_flattens_as_the_book_does():
    x = rng.normal(size=(3, 2, 2))
    graph = bn_graph(x.tolist(), [1.0] * 4, [0.0] * 4, rng.normal(size=(3, 2, 2)).tolist())
    result = evaluate(graph)
    assert result.values["bn"].shape == (3, 2, 2) and result.grads["x"].shape == (3, 2, 2)
    assert gradient_check(graph, tolerance=1e-7).passed


def test_batchnorm_keeps_running_averages_in_training_and_uses_them_at_evaluation():
    batches = [rng.normal(3.0, 2.0, (8, 2)) for _ in range(3)]
    graph = bn_graph(batches[0].tolist(), [2.0, 0.5], [1.0, -1.0], 1)
    graph.output.set_node(None)
    program = Program(graph, mode="training")
    running_mean, running_var = np.zeros(2), np.zeros(2)
    for x in batches:
        program.forward({"x": x})
        running_mean = 0.9 * running_mean + 0.1 * x.mean(0)
        running_var = 0.9 * running_var + 0.1 * x.var(0)
    op = program.op("bn")
    np.testing.assert_allclose(op.running_mean, running_mean, rtol=1e-12)
    np.testing.assert_allclose(op.running_var, running_var, rtol=1e-12)
    # a lesson pass remembers nothing
    lesson = Program(graph)
    lesson.forward({"x": batches[0]})
    np.testing.assert_array_equal(lesson.op("bn").running_mean, 0)
    # evaluation: the running averages, not the batch's own
    assert program.set_mode("evaluation") == "training"
    x = rng.normal(size=(4, 2))
    values = program.forward({"x": x})
    expected = np.array([2.0, 0.5]) * (x - running_mean) / np.sqrt(running_var + 1e-6) \
        + np.array([1.0, -1.0])
    np.testing.assert_allclose(values["bn"], expected, rtol=1e-12)
    np.testing.assert_allclose(op.running_mean, running_mean, rtol=1e-12)  # not updated
    # at evaluation μ and σ² are constants: x's gradient is γ/σ only
    grads, _ = program.backward()
    np.testing.assert_allclose(grads["x"], np.broadcast_to(
        np.array([2.0, 0.5]) / np.sqrt(running_var + 1e-6), (4, 2)), rtol=1e-12)


def test_batchnorm_momentum_is_a_parameter_between_0_and_1():
    op = registry.get("BatchNorm")
    assert op.default_params == {"momentum": 0.9}
    with pytest.raises(ParamError, match="momentum must be at most 1"):
        op.validate_params({"momentum": 1.5})
    with pytest.raises(ParamError, match="momentum must be a finite number ≥ 0"):
        op.validate_params({"momentum": -0.1})


@pytest.mark.parametrize("x,gamma,message", [
    (3.0, [1.0, 1.0], "x is a scalar but must be a batch: rows (N, D), or N numbers (N,)"),
    ([1.0, 2.0], [1.0, 1.0],
     "gamma is (2,) but x is (2,) — gamma must be a vector of 1, one per column of x"),
    ([[1.0, 2.0], [3.0, 4.0]], [1.0, 1.0, 1.0],
     "gamma is (3,) but x is (2, 2) — gamma must be a vector of 2, one per column of x"),
])
def test_batchnorm_shape_errors_say_what_must_fit(x, gamma, message):
    graph = bn_graph(x, gamma, [0.0, 0.0], 1)
    graph.output.set_node(None)
    result = evaluate(graph)
    assert message in result.errors["bn"].message
    assert 'BatchNorm "bn"' in result.errors["bn"].message


# -- Dropout ---------------------------------------------------------------------------------

def dropout_graph(x, params=None):
    graph = build([("x", "Constant", const(x)), ("drop", "Dropout", params or {})],
                  [("x", "drop", "x")])
    return graph


def test_dropout_in_the_lesson_applies_its_seeds_mask_every_pass():
    x = rng.normal(size=(5, 4))
    graph = dropout_graph(x.tolist(), {"ratio": 0.3, "seed": 7})
    # the oracle: the mask is the seed's first draw, kept where the draw exceeds the ratio
    mask = np.random.default_rng(7).random((5, 4)) > 0.3
    program = Program(graph)
    for _ in range(3):
        result = program.run()
        np.testing.assert_array_equal(result.values["drop"], np.where(mask, x, 0))
        np.testing.assert_array_equal(result.grads["x"], mask.astype(float))
    report = gradient_check(graph, tolerance=1e-7)
    assert report.passed


def test_dropout_in_training_draws_a_new_mask_each_pass_from_its_seed():
    x = np.ones((50, 20))
    program = Program(dropout_graph(x.tolist(), {"ratio": 0.5, "seed": 3}), mode="training")
    stream = np.random.default_rng(3)
    first = program.forward()["drop"].copy()
    np.testing.assert_array_equal(first, stream.random(x.shape) > 0.5)
    second = program.forward()["drop"]
    np.testing.assert_array_equal(second, stream.random(x.shape) > 0.5)
    assert not np.array_equal(first, second)
    assert 0.4 < first.mean() < 0.6  # about half kept
    # the first training mask is the lesson's
    np.testing.assert_array_equal(first, evaluate(dropout_graph(x.tolist(), {
        "ratio": 0.5, "seed": 3})).values["drop"])


def test_dropout_at_evaluation_scales_by_the_share_kept():
    x = rng.normal(size=(3, 3))
    program = Program(dropout_graph(x.tolist(), {"ratio": 0.2}), mode="evaluation")
    result = program.run()
    np.testing.assert_allclose(result.values["drop"], x * 0.8, rtol=1e-15)
    np.testing.assert_allclose(result.grads["x"], np.full((3, 3), 0.8), rtol=1e-15)


def test_the_mode_must_be_one_of_three():
    program = Program(dropout_graph([1.0]))
    assert program.mode == "lesson" and program.op("drop").mode == "lesson"
    with pytest.raises(ValueError, match="unknown mode 'train'"):
        program.set_mode("train")
    program.set_mode("training")
    assert all(step.layer.mode == "training" for step in program.steps)


def test_dropout_ratio_and_seed_are_checked():
    op = registry.get("Dropout")
    assert op.default_params == {"ratio": 0.5, "seed": 0}
    with pytest.raises(ParamError, match="ratio must be at most 1"):
        op.validate_params({"ratio": 2})
    with pytest.raises(ParamError, match="seed must be a whole number ≥ 0"):
        op.validate_params({"seed": -1})


def test_float32_stays_float32_in_training():
    x = rng.normal(size=(8, 3)).astype(np.float32)
    graph = build([("x", "Data", const(x.tolist())), ("g", "Parameter", const([1.0] * 3)),
                   ("b", "Parameter", const([0.0] * 3)), ("bn", "BatchNorm", {}),
                   ("drop", "Dropout", {})],
                  [("x", "bn", "x"), ("g", "bn", "gamma"), ("b", "bn", "beta"),
                   ("bn", "drop", "x")])
    program = Program(graph, np.float32, mode="training")
    values = program.forward()
    assert values["bn"].dtype == values["drop"].dtype == np.float32
    grads, _ = program.backward()
    assert grads["g"].dtype == grads["x"].dtype == np.float32
    assert program.op("bn").running_mean.dtype == np.float32


# -- the file format ---------------------------------------------------------------------------

def test_batchnorm_and_dropout_round_trip_through_a_file_and_bad_params_are_refused(tmp_path):
    graph = build([("x", "Data", const([[1.0, 2.0], [3.0, 5.0]])),
                   ("gamma", "Parameter", const([1.0, 1.0])),
                   ("beta", "Parameter", const([0.0, 0.0])),
                   ("bn", "BatchNorm", {"momentum": 0.8}),
                   ("drop", "Dropout", {"ratio": 0.25, "seed": 9}),
                   ("m", "Mean", {"axis": None}), ("r", "Sqrt", {})],
                  [("x", "bn", "x"), ("gamma", "bn", "gamma"), ("beta", "bn", "beta"),
                   ("bn", "drop", "x"), ("drop", "m", "x"), ("x", "r", "x")])
    path = tmp_path / "chapter6.json"
    save_graph(graph, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert {n["id"]: (n["type"], n["params"]) for n in doc["nodes"]
            if n["type"] in ("BatchNorm", "Dropout", "Mean")} == {
        "bn": ("BatchNorm", {"momentum": 0.8}), "drop": ("Dropout", {"ratio": 0.25, "seed": 9}),
        "m": ("Mean", {"axis": None})}
    again = load_graph(path)
    first, second = evaluate(graph), evaluate(again)
    for nid in graph.nodes:
        np.testing.assert_array_equal(first.values[nid], second.values[nid])
        if nid in first.grads:
            np.testing.assert_array_equal(first.grads[nid], second.grads[nid])
    doc["nodes"][4]["params"]["ratio"] = 2
    with pytest.raises(GraphFileError, match=r'nodes\[4\].*ratio must be at most 1'):
        loads_graph(json.dumps(doc))
    doc["nodes"][4]["params"] = {"ratio": 0.5, "mask": [1, 0]}
    with pytest.raises(GraphFileError, match="unknown parameter 'mask' for Dropout"):
        loads_graph(json.dumps(doc))


def test_gradcheck_on_the_command_line_passes_for_batchnorm_and_dropout(tmp_path, capsys):
    x = rng.normal(size=(4, 3))
    graph = bn_graph(x.tolist(), [1.0, 2.0, 0.5], [0.0, 0.1, 0.2],
                     rng.normal(size=(4, 3)).tolist())
    drop = graph.add_node("Dropout", "drop", params={"seed": 4})
    graph.add_edge("bn", drop.id, "x")
    graph.output.set_node(drop.id)  # the same upstream gradient, now through the mask
    path = tmp_path / "bn.json"
    save_graph(graph, path)
    capsys.readouterr()
    assert cli_main(["gradcheck", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] and set(report["nodes"]) == {"x", "gamma", "beta"}
