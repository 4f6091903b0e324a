"""Chapter 6's figures as presets: each trains briefly on real digits, its runs differ in
exactly what their labels say, and every text reads in both languages."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import numpy as np
import pytest

from core.i18n import set_language
from core.ops import registry
from core.training.mnist import MnistData, load_mnist
from core.training.presets import PRESETS
from core.training.roles import find_roles, network_chain
from core.training.trainer import Trainer

#: what each figure's runs differ in: settings of the TrainConfig, arguments of the graph
DIFFERS = {"6-9": ({"optimizer", "lr"}, set()),
           "6-15": ({"weight_init_std"}, {"init"}),
           "6-18": (set(), {"batchnorm"}),
           "6-20": ({"weight_decay"}, set()),
           "6-23": (set(), {"dropout"})}


@lru_cache(maxsize=None)
def _load(folder: str) -> MnistData:
    return load_mnist(folder)


def differing(values: list[dict]) -> set[str]:
    return {key for key in values[0] if len({repr(v[key]) for v in values}) > 1}


def test_presets_are_the_figures_in_order():
    assert list(PRESETS) == ["6-9", "6-15", "6-18", "6-20", "6-23"]
    labels = {key: [run.label() for run in p.runs] for key, p in PRESETS.items()}
    assert labels == {"6-9": ["SGD", "Momentum", "AdaGrad", "Adam"],
                      "6-15": ["std 0.01", "Xavier", "He"],
                      "6-18": ["with Batch Normalization", "without Batch Normalization"],
                      "6-20": ["without weight decay", "weight decay λ = 0.1"],
                      "6-23": ["without Dropout", "Dropout 0.2"]}
    assert [p.shows_test for p in PRESETS.values()] == [False, False, False, True, True]
    six_nine = PRESETS["6-9"].runs
    assert all(r.config.iters == 2000 and r.config.batch_size == 128 for r in six_nine)
    assert [r.config.lr for r in six_nine] == [0.01, 0.01, 0.01, 0.001]  # the book's defaults
    overfit = PRESETS["6-20"].runs + PRESETS["6-23"].runs
    assert all(r.config.train_size == 300 and r.network["layers"] == (100,) * 6
               for r in overfit)


@pytest.mark.parametrize("key", list(PRESETS))
def test_runs_differ_in_what_their_labels_say(key):
    runs = PRESETS[key].runs
    config_keys, network_keys = DIFFERS[key]
    assert differing([dataclasses.asdict(r.config) for r in runs]) == config_keys
    assert differing([r.network for r in runs]) == network_keys


@pytest.mark.parametrize("key", list(PRESETS))
def test_each_preset_trains_briefly_on_real_digits(key, mnist_split):
    preset = PRESETS[key]
    needed = {"6-18": "BatchNorm", "6-23": "Dropout"}.get(key)
    if needed and needed not in registry.all_ops():
        pytest.skip(f"the {needed} op is not in this build yet")
    data = _load(str(mnist_split))
    finals, chains = [], []
    for run in preset.runs:
        graph = run.graph()
        chains.append(network_chain(graph, find_roles(graph)))
        config = dataclasses.replace(run.config, iters=3, eval_batch_size=2000)
        trainer = Trainer(graph, data.x_train, data.t_train, data.x_test, data.t_test, config)
        result = trainer.run()
        assert result.status == "finished" and result.iterations == 3, run.label()
        assert len(result.test_acc) == len(result.train_acc) >= 2
        finals.append(trainer.parameters()["W1"].copy())
    for a, b in zip(finals, finals[1:]):  # the runs trained differently
        assert not np.array_equal(a, b)
    if key == "6-18":
        assert "BatchNorm" in chains[0] and "BatchNorm" not in chains[1]
    if key == "6-23":
        assert "Dropout" not in chains[0] and "Dropout" in chains[1]


def test_titles_sentences_and_labels_in_korean():
    english = {k: (p.title(), p.look_for(), [r.label() for r in p.runs])
               for k, p in PRESETS.items()}
    set_language("ko")
    korean = {k: (p.title(), p.look_for(), [r.label() for r in p.runs])
              for k, p in PRESETS.items()}
    for key in PRESETS:
        assert korean[key][0] != english[key][0] and korean[key][1] != english[key][1]
        assert korean[key][1].endswith("다.")  # a lesson sentence, 한다체
    assert korean["6-18"][2] == ["배치 정규화 사용", "배치 정규화 없음"]
    assert korean["6-15"][2] == ["표준편차 0.01", "Xavier 초깃값", "He 초깃값"]
    assert "가중치 감소" in korean["6-20"][2][1] and "드롭아웃" in korean["6-23"][2][1]
