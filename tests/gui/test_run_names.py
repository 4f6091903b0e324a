"""Run names say what differs between the runs on the plot (no window needed)."""

from __future__ import annotations

from gui.training.runs import auto_names, settings_text

RELU = ("Affine", "ReLU", "Affine", "SoftmaxWithLoss")
SIGMOID = ("Affine", "Sigmoid", "Affine", "SoftmaxWithLoss")
BASE = {"network": RELU, "lr": 0.1, "hidden": 50, "batch": 100, "std": 0.01, "seed": 0,
        "dtype": "float32"}


def runs(*changes: dict) -> list[dict]:
    return [{**BASE, **change} for change in changes]


def test_one_run_or_the_same_settings_are_named_by_the_learning_rate():
    assert auto_names(runs({})) == ["lr 0.1"]
    assert auto_names(runs({}, {}, {})) == ["lr 0.1", "lr 0.1 (2)", "lr 0.1 (3)"]


def test_the_settings_that_differ_name_the_runs():
    assert auto_names(runs({}, {"lr": 0.5})) == ["lr 0.1", "lr 0.5"]
    assert auto_names(runs({}, {"hidden": 100}, {"batch": 50, "lr": 1e-3})) == [
        "lr 0.1, hidden 50, batch 100", "lr 0.1, hidden 100, batch 100",
        "lr 0.001, hidden 50, batch 50"]
    assert auto_names(runs({}, {"dtype": "float64", "seed": 3})) == [
        "seed 0, float32", "seed 3, float64"]


def test_networks_are_told_apart_by_their_activations_or_else_their_chain():
    # a Sigmoid run and a ReLU run at the same learning rate: the activation names them
    assert auto_names(runs({}, {"network": SIGMOID})) == ["ReLU", "Sigmoid"]
    assert auto_names(runs({}, {"network": SIGMOID, "lr": 0.5})) == [
        "ReLU, lr 0.1", "Sigmoid, lr 0.5"]
    # the same activations in other places: the whole chain
    deeper = ("Affine", "ReLU", "Affine", "Affine", "SoftmaxWithLoss")
    assert auto_names(runs({}, {"network": deeper})) == [
        "Affine → ReLU → Affine → SoftmaxWithLoss",
        "Affine → ReLU → Affine → Affine → SoftmaxWithLoss"]
    assert settings_text(BASE) == ("Affine → ReLU → Affine → SoftmaxWithLoss, lr 0.1, "
                                   "hidden 50, batch 100, std 0.01, seed 0, float32")


def test_chapter_6_settings_name_the_runs():
    assert auto_names(runs({"optimizer": "sgd", "lr": 0.01}, {"optimizer": "adam", "lr": 1e-3})) \
        == ["SGD, lr 0.01", "Adam, lr 0.001"]
    assert auto_names(runs({"std": 0.01}, {"std": "xavier"}, {"std": "he"})) == [
        "std 0.01", "Xavier", "He"]
    assert auto_names(runs({"decay": 0.0}, {"decay": 0.1})) == [
        "no weight decay", "weight decay 0.1"]
    assert auto_names(runs({"train_size": 300}, {"train_size": None})) == [
        "300 digits", "all digits"]
