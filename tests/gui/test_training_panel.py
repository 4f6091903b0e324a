"""The Training panel, driven with real clicks on real MNIST digits (the 8,000 / 2,000 split).

Runs are short (a few hundred iterations) so the file stays well under a minute. Waiting is
always on a signal or a condition, never a sleep; "nothing happens for a while" is a
`waitUntil` on a clock. A wait for a signal is armed before the click that causes it
(`with qtbot.waitSignal(panel.run_finished): click(...)`): a short run can end before a
wait armed after the click starts listening.
"""

from __future__ import annotations

import csv
import functools
import math
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from training_driver import click, click_and_finish, training_panel, type_into

from gui.training.runs import CAPACITY, Decimated


@pytest.fixture
def panel(window, mnist_split, qtbot):
    p = training_panel(window, mnist_split, 200)
    yield p
    p.shutdown()


def wait_idle_for(qtbot, ms: int) -> None:
    """Let the event loop run for `ms` milliseconds."""
    clock = QElapsedTimer()
    clock.start()
    qtbot.waitUntil(lambda: clock.elapsed() >= ms, timeout=ms + 5000)


def test_start_trains_and_the_curves_gain_points(panel, qtbot):
    states = []
    panel.state_changed.connect(states.append)
    with qtbot.waitSignal(panel.run_finished, timeout=30_000) as finished:
        click(qtbot, panel.controls.start_button)
        assert panel.session.state == "loading" and not panel.controls.start_button.isEnabled()
    status, message = finished.args
    assert states == ["loading", "running", "idle"] and panel.session.thread is None
    run = panel.curves.runs[-1]
    assert status == "finished" and run.name == "lr 0.1"
    # epoch 0 (the untrained net, as the book's script prints it), 80, 160, and the end
    assert run.loss.count == 200 and list(run.accuracy.xs) == [0, 1, 2, 2.5]
    assert 0.05 < run.accuracy.ys(1)[0] < 0.2  # chance: one digit in ten
    raw = run.loss.ys(0)
    assert raw[:10].mean() > 2.0 and raw[-20:].mean() < 1.0  # it learned
    assert run.accuracy.ys(1)[-1] > 0.7
    assert panel.iteration == 200 and panel.status_area.progress_bar.value() == 100
    assert "test accuracy" in panel.status_area.status.text()
    assert panel.controls.start_button.isEnabled() and not panel.controls.stop_button.isEnabled()
    # the analysis views show the finished trainer
    qtbot.waitUntil(lambda: panel.tabs.confusion.counts is not None)
    assert panel.tabs.confusion.counts.sum() == 2000
    assert panel.tabs.mistakes.grid.count() > 0
    assert panel.tabs.weights.image.pixmap() is not None
    # every item of the run is bounded data, not one point per iteration forever
    assert len(run.items[0].getData()[0]) == 200


def test_pause_holds_the_count_resume_continues_stop_ends(panel, qtbot):
    panel.controls.form.iters.setValue(1_000_000)
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 20, timeout=20_000)
    with qtbot.waitSignal(panel.state_changed, timeout=5000,
                          check_params_cb=lambda s: s == "paused"):
        click(qtbot, panel.controls.pause_button)
    assert panel.controls.pause_button.text() == "Resume"
    held, seen = panel.session.trainer.iteration, panel.run.loss.seen
    wait_idle_for(qtbot, 400)
    assert panel.session.trainer.iteration == held and panel.run.loss.seen == seen
    assert panel.iteration == held
    click(qtbot, panel.controls.pause_button)  # Resume
    qtbot.waitUntil(lambda: panel.iteration > held + 10, timeout=20_000)
    assert panel.session.state == "running" and panel.controls.pause_button.text() == "Pause"
    status, message = click_and_finish(qtbot, panel, panel.controls.stop_button)
    assert status == "stopped" and "stopped at iteration" in message
    # joined before it is announced
    assert panel.session.thread is None and panel.session.state == "idle"
    assert panel.curves.runs[-1].status == "stopped"
    assert panel.status_area.status.text().startswith(f"Stopped at iteration {panel.iteration:,}")


def test_stop_right_after_start_ends_the_run_and_says_so(panel, qtbot):
    # Stop may land while the data is still loading, before any trainer exists
    with qtbot.waitSignal(panel.run_finished, timeout=30_000) as finished:
        click(qtbot, panel.controls.start_button)
        click(qtbot, panel.controls.stop_button)
    assert finished.args[0] == "stopped"
    assert panel.session.thread is None and panel.session.state == "idle"
    assert "Stopping" not in panel.status_area.status.text()
    assert panel.controls.start_button.isEnabled()


def test_a_nan_run_stops_and_says_so(panel, window, qtbot):
    # lr 10 does not do it on this net: its ReLUs die and the loss sits near 2.3 (the
    # safe log bounds it); the weights overflow to inf - inf = NaN only near lr 1e8.
    type_into(qtbot, panel.controls.form.lr, "1e8")
    panel.controls.form.iters.setValue(2000)
    status, message = click_and_finish(qtbot, panel, panel.controls.start_button)
    assert status == "diverged" and "NaN" in message
    run = panel.curves.runs[-1]
    assert run.status == "diverged" and run.marker is not None
    assert "NaN" in run.marker[1].toPlainText()
    assert panel.curves.run_list.labels() == ["lr 1e+08 — diverged"]
    status = panel.status_area.status
    assert "NaN" in status.text() and "smaller learning rate" in status.text()
    assert "NaN" in window.statusBar().currentMessage()
    assert panel.session.trainer.iteration < 2000


def test_closing_the_window_during_training_joins_the_thread(panel, window, qtbot):
    before = threading.active_count()
    panel.controls.form.iters.setValue(1_000_000)
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 5, timeout=20_000)
    thread = panel.session.thread
    assert thread.isRunning()
    window.close()
    assert thread.isFinished() and panel.session.thread is None
    assert threading.active_count() == before  # no Python thread is left behind either
    assert panel.session.trainer.state == "stopped"


def test_closing_the_panel_stops_training(panel, window, qtbot):
    panel.controls.form.iters.setValue(1_000_000)
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 5, timeout=20_000)
    thread = panel.session.thread
    window.training_dock.close()
    assert thread.isFinished() and panel.session.thread is None and panel.session.state == "idle"
    assert "panel was closed" in panel.status_area.status.text()


def test_saved_parameters_reload_with_the_same_test_accuracy(panel, qtbot, tmp_path,
                                                             monkeypatch):
    panel.controls.form.iters.setValue(150)
    click_and_finish(qtbot, panel, panel.controls.start_button)
    trained_acc = panel.curves.runs[-1].accuracy.ys(1)[-1]
    path = tmp_path / "net.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, panel.controls.save_button)
    assert path.is_file() and "Saved" in panel.status_area.status.text()
    click(qtbot, panel.controls.reset_button)
    assert panel.session.trainer is None and not panel.controls.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    ended = []
    panel.run_finished.connect(lambda *args: ended.append(args))
    with qtbot.waitSignal(panel.parameters_loaded, timeout=20_000) as blocker:
        click(qtbot, panel.controls.load_button)
    assert blocker.args[0] == pytest.approx(trained_acc, abs=1e-12)
    # The final word, read once the loading thread has really ended (it was "Stopped before
    # the first iteration." and a run_finished("stopped"): a load taken for a stopped run).
    session = panel.session
    qtbot.waitUntil(lambda: session.thread is None and session.state == "idle", timeout=10_000)
    assert panel.status_area.status.text() == f"Loaded net.npz: test accuracy {trained_acc:.1%}."
    assert ended == [] and panel.controls.save_button.isEnabled()
    qtbot.waitUntil(lambda: panel.tabs.confusion.counts is not None, timeout=10_000)
    assert panel.tabs.confusion.counts.trace() / 2000 == pytest.approx(trained_acc)


def test_three_learning_rates_compare_as_three_named_curves(panel, qtbot, monkeypatch):
    panel.controls.form.iters.setValue(80)
    for lr in ("0.1", "0.2", "0.5"):
        type_into(qtbot, panel.controls.form.lr, lr)
        assert click_and_finish(qtbot, panel, panel.controls.start_button)[0] == "finished"
    names = [run.name for run in panel.curves.runs]
    assert names == ["lr 0.1", "lr 0.2", "lr 0.5"]
    assert panel.curves.run_list.labels() == names
    assert len({run.color for run in panel.curves.runs}) == 3
    # only the newest run keeps its faint raw loss, the older ones their smoothed line
    assert [run.items[0].isVisible() for run in panel.curves.runs] == [False, False, True]
    # the same settings again get a distinct name
    click_and_finish(qtbot, panel, panel.controls.start_button)
    assert panel.curves.runs[-1].name == "lr 0.5 (2)"
    from PySide6.QtWidgets import QMessageBox
    with monkeypatch.context() as answer:  # Clear asks first: Cancel keeps every curve
        answer.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
        click(qtbot, panel.curves.clear_button)
    assert len(panel.curves.runs) == 4
    click(qtbot, panel.curves.clear_button)  # the fixture answers Discard
    assert panel.curves.runs == [] and panel.curves.run_list.count() == 0


def test_the_event_loop_stays_responsive_while_training(panel, qtbot):
    """Max lateness of a 10 ms timer while training runs: a measurement, asserted loosely."""
    panel.controls.form.iters.setValue(1_000_000)
    click(qtbot, panel.controls.start_button)
    qtbot.waitUntil(lambda: panel.iteration >= 5, timeout=20_000)
    clock, ticks = QElapsedTimer(), []
    timer = QTimer()
    timer.setTimerType(Qt.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    qtbot.waitUntil(lambda: clock.elapsed() >= 2000, timeout=10_000)
    timer.stop()
    iterations = panel.iteration
    click_and_finish(qtbot, panel, panel.controls.stop_button)
    late = max(b - a - 10 for a, b in zip([0] + ticks, ticks))
    print(f"\nevent-loop latency while training: max {late} ms over {len(ticks)} ticks, "
          f"{iterations} iterations")
    assert iterations > 20  # training really ran meanwhile
    assert late < 250  # target 100 ms; loose for a loaded 2-core CI machine


def test_invalid_values_are_refused_at_the_field(panel, qtbot):
    form = panel.controls.form
    type_into(qtbot, form.lr, "abc")
    assert form.lr.text() == ""  # letters never get in
    assert not panel.controls.start_button.isEnabled()
    for bad in ("0", "-1", "1e"):
        type_into(qtbot, form.lr, bad)
        assert not form.lr.hasAcceptableInput() and not panel.controls.start_button.isEnabled()
    type_into(qtbot, form.lr, "1e-3")
    assert form.lr.hasAcceptableInput() and panel.controls.start_button.isEnabled()
    type_into(qtbot, form.std, "-0.5")
    assert not panel.controls.start_button.isEnabled()
    type_into(qtbot, form.std, "0")  # all-zero weights are allowed (if not useful)
    assert panel.controls.start_button.isEnabled()
    form.batch_size.selectAll()
    qtbot.keyClicks(form.batch_size, "0")
    form.batch_size.interpretText()
    assert form.batch_size.value() >= 1
    assert form.config().lr == 1e-3 and form.config().weight_init_std == 0.0


def test_missing_data_says_what_to_do(panel, qtbot, tmp_path):
    panel.controls.set_folder(tmp_path / "nowhere")
    click(qtbot, panel.controls.start_button)
    assert panel.session.state == "idle" and panel.session.thread is None
    text = panel.status_area.status.text()
    assert "MNIST is not in" in text and "Download" in text


def test_the_data_folder_is_chosen_and_remembered(panel, qtbot, settings, mnist_split,
                                                  monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(mnist_split))
    panel.controls.set_folder("/")
    click(qtbot, panel.controls.choose_button)
    assert panel.controls.folder() == mnist_split and "found" in panel.status_area.status.text()
    assert settings.value("training/data_folder") == str(mnist_split)


@pytest.fixture
def mirror(tmp_path, mnist_split):
    """A loopback HTTP mirror serving the two official t10k files (their md5s are MNIST's)."""
    root = tmp_path / "mirror"
    (root / "mnist").mkdir(parents=True)
    for name in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"):
        shutil.copy(mnist_split.parent / name, root / "mnist" / name)

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                              daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/mnist/"
    server.shutdown()
    server.server_close()
    thread.join()


def test_download_fetches_missing_files_then_trains(panel, qtbot, tmp_path, mnist_split,
                                                    mirror):
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        shutil.copy(mnist_split / name, folder / name)
    panel.controls.set_folder(folder)
    panel.session.mirrors = [mirror]
    click(qtbot, panel.controls.download_button)
    assert (panel.session.state == "downloading"
            and panel.controls.download_button.text() == "Cancel")
    qtbot.waitUntil(lambda: panel.session.state == "idle", timeout=20_000)
    assert "downloaded" in panel.status_area.status.text()
    assert (folder / "t10k-images-idx3-ubyte.gz").is_file()
    panel.controls.form.iters.setValue(20)
    assert click_and_finish(qtbot, panel, panel.controls.start_button)[0] == "finished"
    qtbot.waitUntil(lambda: panel.tabs.confusion.counts is not None)
    assert panel.tabs.confusion.counts.sum() == 10_000  # the official test set


def test_a_failed_download_explains_the_way_out(panel, qtbot, tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    panel.controls.set_folder(tmp_path / "empty")
    panel.session.mirrors = [f"http://127.0.0.1:{port}/mnist/"]
    click(qtbot, panel.controls.download_button)
    qtbot.waitUntil(lambda: panel.session.state == "idle", timeout=20_000)
    text = panel.status_area.status.text()
    assert "Could not download MNIST" in text and "Choose a folder" in text
    assert not list((tmp_path / "empty").glob(".*.tmp"))  # no half-written download left
    assert not list((tmp_path / "empty").glob("*.gz"))


def test_export_png_and_csv(panel, qtbot, tmp_path, monkeypatch):
    panel.controls.form.iters.setValue(100)
    click_and_finish(qtbot, panel, panel.controls.start_button)
    for kind in ("png", "csv"):
        path = tmp_path / f"curves.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        curves = panel.curves
        click(qtbot, curves.export_png_button if kind == "png" else curves.export_csv_button)
        assert path.stat().st_size > 0
    rows = list(csv.DictReader(open(tmp_path / "curves.csv", encoding="utf-8")))
    losses = [r for r in rows if r["kind"] == "loss"]
    accuracy = [r for r in rows if r["kind"] == "accuracy"]
    assert len(losses) == 100 and losses[0]["run"] == "lr 0.1"
    assert float(accuracy[-1]["test_acc"]) > 0.5


def test_the_canvas_graph_is_trained_when_it_can_be(panel, window, qtbot):
    from core.paths import SAMPLES
    window.show_training()
    # apple-and-orange can't train
    assert "two-layer-net sample" in panel.controls.network_label.text()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    assert "the graph on the canvas" in panel.controls.network_label.text()
    assert "Affine → ReLU → Affine → SoftmaxWithLoss" in panel.controls.network_label.text()
    graph, source = panel.network()
    assert graph is not window.document.graph and source == "the graph on the canvas"
    assert list(graph.nodes) == list(window.document.graph.nodes)


def test_decimated_data_stays_bounded():
    d = Decimated(2, capacity=1000)
    for start in range(0, 100_000, 137):
        x = np.arange(start, min(start + 137, 100_000))
        d.extend(x, np.column_stack([x, -x]))
    assert d.seen == 100_000 and d.count <= 1000 and d.nbytes == 1000 * 8 * 3
    assert d.xs[0] == 0 and d.xs[-1] > 99_000  # spans the whole run
    assert np.all(np.diff(d.xs) == d.stride)  # evenly spaced
    assert np.array_equal(d.ys(1), -d.xs)
    assert CAPACITY <= 4000


def test_a_long_run_keeps_the_plotted_data_flat(window):
    """100,000 iterations fed in GUI-sized batches: the curve holds at most CAPACITY points."""
    curves = window.training.curves
    run = curves.start_run({"lr": 0.1}, 600, 100_000)
    rng = np.random.default_rng(0)
    for first in range(1, 100_001, 500):
        losses = 2.3 * np.exp(-np.arange(first, first + 500) / 20_000) + rng.random(500) * 0.1
        curves.add_progress(run, first, losses, [(first + 499, 0.9, 0.9)])
    curves.redraw()
    assert run.loss.seen == 100_000 and run.loss.count <= CAPACITY
    assert len(run.items[1].getData()[0]) <= CAPACITY
    assert math.isclose(run.loss.xs[-1], 100_000, rel_tol=0.01)
