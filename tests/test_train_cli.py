"""`backprop-studio train`, run as a user runs it: a real process, real digits, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from tests.conftest import REPO


def train(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core.cli", "train", *map(str, args)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def test_json_prints_one_line_per_epoch_and_a_summary(mnist_split):
    done = train("--data", mnist_split, "--iters", "200", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no progress bar with --json
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    epochs, summary = lines[:-1], lines[-1]
    # epoch 0 is the untrained net, before any update (as the book's script prints it);
    # 8,000 images / batch 100 = 80 iterations an epoch; 200 ends in the middle of the third
    assert [(e["epoch"], e["iteration"]) for e in epochs] == [(0, 0), (1, 80), (2, 160),
                                                              (2.5, 200)]
    for e in epochs:
        assert set(e) == {"epoch", "iteration", "loss", "train_acc", "test_acc", "seconds"}
    assert epochs[0]["loss"] is None and 0.05 < epochs[0]["test_acc"] < 0.2  # chance
    assert epochs[1]["loss"] > epochs[-1]["loss"]
    assert epochs[0]["seconds"] < epochs[-1]["seconds"]
    assert summary["status"] == "finished" and summary["iterations"] == 200
    assert summary["test_acc"] == epochs[-1]["test_acc"] > 0.85
    assert summary["train_acc"] == epochs[-1]["train_acc"] > 0.85
    assert summary["seconds"] > 0 and summary["iters_per_second"] > 0


def test_progress_bar_on_stderr_and_parameters_saved(mnist_split, tmp_path):
    params = tmp_path / "trained.npz"
    done = train("--data", mnist_split, "--iters", "120", "--hidden", "30",
                 "--dtype", "float64", "--seed", "3", "--save", params)
    assert done.returncode == 0, done.stderr
    assert "120/120" in done.stderr and "it/s" in done.stderr  # tqdm's bar
    assert "finished 120 iterations" in done.stdout and "test accuracy 0." in done.stdout
    assert f"parameters saved to {params}" in done.stdout
    with np.load(params, allow_pickle=False) as npz:
        assert {k: npz[k].shape for k in npz.files} == {
            "W1": (784, 30), "b1": (30,), "W2": (30, 10), "b2": (10,)}
        assert npz["W1"].dtype == np.float64


def test_missing_data_gives_the_loaders_message(tmp_path):
    done = train("--data", tmp_path / "nowhere", "--iters", "5")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("backprop-studio: ")
    assert "MNIST files are missing" in done.stderr and "--data DIR" in done.stderr
    assert "train --download" in done.stderr  # the other way out
    assert "Traceback" not in done.stderr


def test_a_bad_graph_file_is_refused(mnist_split, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "backprop-studio-graph", "version": 1, "nodes": [')
    done = train("--data", mnist_split, "--graph", broken, "--iters", "5")
    assert done.returncode == 1
    assert str(broken) in done.stderr and "Traceback" not in done.stderr

    done = train("--data", mnist_split, "--graph", REPO / "samples" / "apple.json")
    assert done.returncode == 1
    assert "training needs exactly one Data node" in done.stderr


def test_a_diverging_run_says_so_and_fails(mnist_split, tmp_path):
    params = tmp_path / "nan.npz"
    done = train("--data", mnist_split, "--iters", "100", "--lr", "1e10", "--json",
                 "--save", params)
    assert done.returncode == 1
    assert "the loss became" in done.stderr and "smaller learning rate" in done.stderr
    summary = json.loads(done.stdout.splitlines()[-1])
    assert summary["status"] == "diverged" and summary["iterations"] < 10
    assert not params.exists()  # NaN weights are not saved


def test_bad_settings_exit_with_a_message(mnist_split):
    done = train("--data", mnist_split, "--lr", "0")
    assert done.returncode == 1 and "learning rate must be a finite number > 0" in done.stderr
    done = train("--data", mnist_split, "--batch-size", "0")
    assert done.returncode == 1 and "batch size" in done.stderr
    done = train("--data", mnist_split, "--dtype", "float16")
    assert done.returncode == 2 and "invalid choice" in done.stderr  # argparse's own


def test_json_into_a_reader_that_goes_away_exits_quietly(mnist_split):
    # `train --json | head -c 0`: the reader is gone before the first epoch's line
    from core.cli.main import BROKEN_PIPE_STATUS
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "train", "--data",
                             str(mnist_split), "--iters", "80", "--json"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == BROKEN_PIPE_STATUS
    assert err == ""


def test_download_with_every_file_present_fetches_nothing_and_trains(mnist_split):
    done = train("--data", mnist_split, "--download", "--iters", "5", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["iterations"] == 5
