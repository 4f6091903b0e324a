"""The gradient check: a sample of each large array, timings, progress and cancelling."""

import json
import subprocess
import sys

import numpy as np

from core.engine.gradcheck import DEFAULT_SAMPLES, duration, gradient_check, sample_indices
from core.files.graph_files import load_graph
from core.paths import SAMPLES
from tests.helpers import build, const


def cli(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_large_arrays_are_checked_on_the_same_sample_every_time():
    graph = load_graph(SAMPLES / "two_layer_net.json")
    report = gradient_check(graph)
    checked = {c.label: (c.checked, c.size, c.forward_passes) for c in report.checks}
    assert checked == {"x": (200, 2352, 400), "W1": (200, 39200, 400), "b1": (50, 50, 100),
                       "W2": (200, 500, 400), "b2": (10, 10, 20)}
    assert report.passed and "t" not in checked  # labels have no gradient to check
    w1 = next(c for c in report.checks if c.label == "W1")
    again = next(c for c in gradient_check(graph).checks if c.label == "W1")
    np.testing.assert_array_equal(w1.indices, again.indices)
    np.testing.assert_allclose(w1.backprop, w1.numerical, atol=1e-8)
    assert w1.sample_text() == "200 of 39,200 elements, sampled"
    assert len(set(w1.indices)) == 200 and w1.indices.max() < 39200
    assert w1.backprop_seconds == report.backprop_seconds > 0


def test_sample_indices_are_all_positions_for_a_small_array():
    np.testing.assert_array_equal(sample_indices(5, DEFAULT_SAMPLES), np.arange(5))
    np.testing.assert_array_equal(sample_indices(500, None), np.arange(500))
    assert len(sample_indices(500, 7)) == 7


def test_progress_hears_every_element_and_cancel_stops_early():
    graph = load_graph(SAMPLES / "affine_batch.json")  # X 4, W 6, B 3 elements
    heard = []
    report = gradient_check(graph, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(k, 13) for k in range(1, 14)]
    assert report.passed and not report.cancelled
    stop_after = 5
    report = gradient_check(graph, progress=lambda done, total: heard.append(done),
                            cancelled=lambda: len(heard) >= 13 + stop_after)
    assert report.cancelled and not report.passed
    assert [(c.label, c.checked) for c in report.checks] == [("X", 4), ("W", 1)]


def test_the_book_printed_no_delta_and_its_differences_are_1000_times_smaller():
    # the official code's log(y + 1e-7) leaves backprop's (y - t)/N slightly off the loss
    graph = load_graph(SAMPLES / "two_layer_net.json")
    with_delta = {c.label: c.mean_abs_diff for c in gradient_check(graph).checks}
    graph.set_params("loss", {"delta": 0})
    printed = {c.label: c.mean_abs_diff for c in gradient_check(graph).checks}
    assert with_delta["W1"] > 1e-10 and printed["W1"] < 1e-12
    assert with_delta["b2"] > 100 * printed["b2"]


def test_duration_reads_like_the_lesson():
    assert [duration(s) for s in (4.12, 0.052, 0.0004, 0.0123)] == \
        ["4.1 s", "52 ms", "0.4 ms", "12 ms"]


def test_cli_samples_by_default_and_checks_everything_with_full(tmp_path):
    graph = {"format": "backprop-studio-graph", "version": 1,
             "nodes": [{"id": "w", "type": "Parameter", "label": "w", "position": [0, 0],
                        "params": {"init": "normal", "shape": [30, 30], "std": 1.0}},
                       {"id": "s", "type": "Sum", "label": "s", "position": [200, 0]}],
             "edges": [{"source": "w", "target": "s", "port": "x"}]}
    path = tmp_path / "w.json"
    path.write_text(json.dumps(graph))
    proc = cli("gradcheck", path)
    assert proc.returncode == 0, proc.stderr
    line = proc.stdout.splitlines()[0]
    assert line.startswith("w:") and "(200 of 900 elements, sampled; numerical: 400 forward " \
                                     "passes, " in line and "backprop: one backward pass, " in line
    doc = json.loads(cli("gradcheck", path, "--full", "--json").stdout)
    node = doc["nodes"]["w"]
    assert (node["checked"], node["forward_passes"]) == (900, 1800)
    assert node["numerical_seconds"] > node["backprop_seconds"] > 0


def test_a_gradient_of_the_wrong_shape_fails_the_check():
    graph = build([("x", "Constant", const([1.0, 2.0])), ("s", "Square", {})],
                  [("x", "s", "x")])
    graph.output.set_node("s")
    graph.output.set_grad([1.0, 2.0, 3.0])
    report = gradient_check(graph)
    assert not report.passed
    assert [e.message for e in report.errors] == ['Square "s": the gradient arriving at the output is (3,) but the '
                             "output is (2,); give a number or an array of the output's shape"]
