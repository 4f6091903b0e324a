"""Chapter 6.1: the book's update rules checked step by step by hand, their paths on
x²/20 + y² (figures 6-3 to 6-8) and the `optimizers` subcommand; 6.2.2: the activation
histograms of figures 6-10 to 6-14, by the numbers."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from core.paths import ROOT
from core.training.histograms import activation_histograms, histogram, init_std
from core.training.optimizers import (
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    RMSprop,
    make_optimizer,
)
from core.training.surface import BOOK_RATES, FUNCTION, START, f, gradient, optimizer_paths


def step(optimizer, w, g):
    """One update of {"W": w} with gradient g; returns the same array, updated in place."""
    params = {"W": w}
    optimizer.update(params, {"W": np.asarray(g, dtype=float)})
    assert params["W"] is w
    return w


# -- the rules, by hand ------------------------------------------------------------------

def test_registry_keys_names_and_defaults_are_the_books():
    assert list(OPTIMIZERS) == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert [c.name for c in OPTIMIZERS.values()] == ["SGD", "Momentum", "Nesterov", "AdaGrad",
                                                     "RMSprop", "Adam"]
    assert SGD().lr == 0.01 and Momentum().momentum == 0.9 and Nesterov().momentum == 0.9
    assert RMSprop().decay_rate == 0.99 and AdaGrad().lr == 0.01
    adam = Adam()
    assert (adam.lr, adam.beta1, adam.beta2) == (0.001, 0.9, 0.999)
    made = make_optimizer("momentum", 0.05)
    assert isinstance(made, Momentum) and made.lr == 0.05 and made.momentum == 0.9
    with pytest.raises(ValueError, match="unknown optimizer 'sgdd'"):
        make_optimizer("sgdd", 0.1)


def test_sgd_steps_against_the_gradient():
    w = step(SGD(lr=0.1), np.array([1.0, -2.0]), [0.5, -1.0])
    np.testing.assert_allclose(w, [0.95, -1.9])


def test_momentum_keeps_its_velocity():
    opt, w = Momentum(lr=0.1, momentum=0.9), np.array([1.0])
    step(opt, w, [2.0])  # v = -0.2
    assert w[0] == pytest.approx(0.8)
    step(opt, w, [2.0])  # v = 0.9·(-0.2) - 0.2 = -0.38
    assert w[0] == pytest.approx(0.42)
    step(opt, w, [0.0])  # no gradient: it still rolls, v = -0.342
    assert w[0] == pytest.approx(0.078)


def test_nesterov_as_the_books_code():
    opt, w = Nesterov(lr=0.1, momentum=0.9), np.array([1.0])
    step(opt, w, [2.0])  # v = -0.2; w += 0.81·(-0.2) - 1.9·0.1·2
    assert w[0] == pytest.approx(1.0 - 0.162 - 0.38)
    step(opt, w, [1.0])  # v = -0.18 - 0.1 = -0.28; w += 0.81·(-0.28) - 0.19
    assert w[0] == pytest.approx(0.458 - 0.2268 - 0.19)


def test_adagrad_divides_by_the_root_of_the_summed_squares():
    opt, w = AdaGrad(lr=0.5), np.array([1.0, 1.0])
    step(opt, w, [3.0, 0.0])  # h = (9, 0): a step of lr·3/3 and none at all (no 0/0)
    np.testing.assert_allclose(w, [0.5, 1.0])
    step(opt, w, [4.0, 0.0])  # h = 25: 0.5·4/5
    np.testing.assert_allclose(w, [0.1, 1.0], rtol=1e-6)


def test_rmsprop_forgets_old_gradients():
    opt, w = RMSprop(lr=0.1, decay_rate=0.99), np.array([0.0])
    step(opt, w, [2.0])  # h = 0.01·4 = 0.04, √h = 0.2: a step of 0.1·2/0.2 = 1
    assert w[0] == pytest.approx(-1.0, rel=1e-6)
    step(opt, w, [1.0])  # h = 0.0396 + 0.01 = 0.0496
    assert w[0] == pytest.approx(-1.0 - 0.1 / math.sqrt(0.0496), rel=1e-6)


def test_adam_with_the_books_bias_corrected_rate():
    opt, w = Adam(lr=0.3, beta1=0.9, beta2=0.999), np.array([0.0])
    step(opt, w, [4.0])
    # t = 1: lr_t = 0.3·√0.001/0.1, m = 0.4, v = 0.016: the step is lr = 0.3 itself
    assert w[0] == pytest.approx(-0.3, rel=1e-6)
    step(opt, w, [1.0])
    m, v = 0.4 + 0.1 * (1 - 0.4), 0.016 + 0.001 * (1 - 0.016)
    lr_t = 0.3 * math.sqrt(1 - 0.999 ** 2) / (1 - 0.9 ** 2)
    assert w[0] == pytest.approx(-0.3 - lr_t * m / math.sqrt(v), rel=1e-6)


def test_every_optimizer_updates_float32_weights_in_place():
    for key in OPTIMIZERS:
        w = np.ones((3, 2), np.float32)
        params = {"W": w, "b": np.zeros(2, np.float32)}
        opt = make_optimizer(key, 0.1)
        for _ in range(3):
            opt.update(params, {"W": np.full((3, 2), 0.5, np.float32),
                                "b": np.ones(2, np.float32)})
        assert params["W"] is w and w.dtype == np.float32, key
        assert (w < 1).all() and (params["b"] < 0).all(), key


def test_every_rule_states_its_numbers_in_either_language():
    from core.i18n import set_language
    assert SGD(lr=0.95).rule().startswith("W ← W − 0.95·∂L/∂W")
    assert "0.9·v − 0.1·∂L/∂W" in Momentum(lr=0.1).rule()
    assert "√(1 − 0.999ᵗ)/(1 − 0.9ᵗ)" in Adam(lr=0.3).rule()
    english = {key: cls().rule() for key, cls in OPTIMIZERS.items()}
    set_language("ko")
    korean = {key: cls().rule() for key, cls in OPTIMIZERS.items()}
    for key in OPTIMIZERS:
        assert korean[key] != english[key] and any("가" <= ch <= "힣" for ch in korean[key])


# -- the paths on x²/20 + y² --------------------------------------------------------------

def test_the_surface_and_its_gradient():
    assert FUNCTION == "x**2/20 + y**2" and START == (-7.0, 2.0)
    assert f(-7.0, 2.0) == pytest.approx(49 / 20 + 4)
    assert gradient(-7.0, 2.0) == pytest.approx((-0.7, 4.0))


def test_paths_have_the_start_then_one_point_per_update():
    paths = optimizer_paths()
    assert list(paths) == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert BOOK_RATES == {"SGD": 0.95, "Momentum": 0.1, "AdaGrad": 1.5, "Adam": 0.3}
    for name, path in paths.items():
        assert path.shape == (31, 2), name
        assert tuple(path[0]) == START, name
        assert np.hypot(*path[-1]) < np.hypot(*START) / 5, name  # ends nearer (0, 0)
        assert f(*path[-1]) < f(*START) / 20, name
    everything = optimizer_paths(5, everything=True)
    assert list(everything) == ["SGD", "Momentum", "AdaGrad", "Adam", "RMSprop", "Nesterov"]
    assert all(p.shape == (6, 2) for p in everything.values())


def test_the_first_update_of_each_path_by_hand():
    paths = optimizer_paths(2, everything=True)
    # SGD: (−7, 2) − 0.95·(−0.7, 4)
    np.testing.assert_allclose(paths["SGD"][1], [-6.335, -1.8])
    # Momentum: v = −0.1·(−0.7, 4), then v = 0.9·v − 0.1·g at (−6.93, 1.6)
    np.testing.assert_allclose(paths["Momentum"][1], [-6.93, 1.6])
    np.testing.assert_allclose(paths["Momentum"][2], [-6.93 + 0.063 + 0.0693, 1.6 - 0.36 - 0.32])
    # AdaGrad, RMSprop and Adam move every coordinate by about their rate at first
    np.testing.assert_allclose(paths["AdaGrad"][1], [-5.5, 0.5], rtol=1e-6)
    np.testing.assert_allclose(paths["RMSprop"][1], [-6.0, 1.0], rtol=1e-6)
    np.testing.assert_allclose(paths["Adam"][1], [-6.7, 1.7], rtol=1e-6)
    np.testing.assert_allclose(paths["Nesterov"][1], [-6.8103, 0.916])


def test_sgd_zigzags_across_the_steep_direction():
    y = optimizer_paths()["SGD"][:, 1]
    # y ← y − 0.95·2y = −0.9·y: the sign flips at every update
    assert (np.sign(y[1:]) == -np.sign(y[:-1])).all()
    np.testing.assert_allclose(y[1:] / y[:-1], -0.9)
    x = optimizer_paths()["SGD"][:, 0]
    assert (np.diff(x) > 0).all()  # while it creeps along the flat x direction


# -- the command -------------------------------------------------------------------------

def cli(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_optimizers_json_is_the_books_paths():
    proc = cli("optimizers", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"function", "start", "paths"}
    assert doc["function"] == "x**2/20 + y**2" and doc["start"] == [-7.0, 2.0]
    assert list(doc["paths"]) == ["SGD", "Momentum", "AdaGrad", "Adam"]
    expected = optimizer_paths()
    for name, points in doc["paths"].items():
        assert len(points) == 31 and points[0] == [-7.0, 2.0]
        np.testing.assert_allclose(points, expected[name])
    more = json.loads(cli("optimizers", "--json", "--all", "--steps", "3").stdout)
    assert list(more["paths"]) == ["SGD", "Momentum", "AdaGrad", "Adam", "RMSprop", "Nesterov"]
    assert all(len(p) == 4 for p in more["paths"].values())


def test_optimizers_text_gives_each_final_point_and_rule():
    proc = cli("optimizers")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "SGD (learning rate 0.95): ends at (-0.3504, 0.0848)" in out
    assert "W ← W − 0.95·∂L/∂W" in out and "AdaGrad (learning rate 1.5)" in out
    korean = cli("optimizers", "--lang", "ko")
    assert "학습률 0.95" in korean.stdout and "(-0.3504, 0.0848)" in korean.stdout
    assert "모멘텀 (학습률 0.1)" in korean.stdout  # the Korean edition's name
    bad = cli("optimizers", "--steps", "-1")
    assert bad.returncode == 1 and "--steps" in bad.stderr


# -- the activation histograms (6.2.2) -----------------------------------------------------

def fraction(values, low, high):
    return float(((values >= low) & (values < high)).mean())


def test_histograms_are_five_layers_of_a_thousand_by_a_hundred():
    layers = activation_histograms("sigmoid", 1.0)
    assert len(layers) == 5 and all(a.shape == (1000, 100) for a in layers)
    counts, edges = histogram(layers[0])
    assert len(counts) == 30 and edges[0] == 0 and edges[-1] == 1 and counts.sum() == 100_000
    again = activation_histograms("sigmoid", 1.0)
    assert all(np.array_equal(a, b) for a, b in zip(layers, again))  # seeded


def test_std_1_sigmoid_piles_up_at_0_and_1():
    for a in activation_histograms("sigmoid", 1.0):
        assert fraction(a, 0, 0.1) + fraction(a, 0.9, 1.01) > 0.6
        assert fraction(a, 0.4, 0.6) < 0.1


def test_std_001_sigmoid_piles_up_at_one_half():
    for a in activation_histograms("sigmoid", 0.01):
        assert fraction(a, 0.45, 0.55) > 0.9


def test_xavier_keeps_the_sigmoid_spread_over_every_layer():
    for a in activation_histograms("sigmoid", "xavier"):
        assert fraction(a, 0, 0.1) + fraction(a, 0.9, 1.01) < 0.1
        assert fraction(a, 0.45, 0.55) < 0.5
        counts, _ = histogram(a)
        assert (counts > 0).sum() >= 15  # spread over half the bins or more


def test_he_keeps_relu_alive_where_small_weights_fade():
    small = [float(a.std()) for a in activation_histograms("relu", 0.01)]
    he = [float(a.std()) for a in activation_histograms("relu", "he")]
    assert small[-1] < 1e-4 * small[0]  # each layer shrinks by about 100
    assert min(he) > 0.5 and max(he) < 2  # stays the same size layer after layer


def test_init_std_is_the_books():
    assert init_std("xavier", 100) == pytest.approx(0.1)
    assert init_std("he", 50) == pytest.approx(0.2)
    assert init_std(0.01, 100) == 0.01 and init_std("0.5", 7) == 0.5
    for bad in ("huge", -1.0, float("nan")):
        with pytest.raises(ValueError):
            init_std(bad, 10)
