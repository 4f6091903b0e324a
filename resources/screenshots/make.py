"""Re-make the README's screenshots: `python resources/screenshots/make.py [--data DIR]`.

Most are the editor's own `--screenshot` command (so anyone can make them the same way);
practice mode is put in its state through the window's own actions. Needs the MNIST
digits for the training picture (`--data`, default ../shared/mnist/t10k-split).

`--preset KEY` (repeatable, e.g. `--preset 6-9`; `--preset all` for the five) makes only
chapter 6's preset pictures: the figure's runs trained at full length on `--data` through
the Presets tab's Train button, then the tab grabbed (`chapter6_preset_6-9.png` ...), each
run's final numbers printed. `--chapter6-views` makes only the paths and histograms views.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SAMPLES = REPO / "samples"


def editor(*args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "backprop_studio", *args], check=True, env=env,
                   cwd=REPO)


def _window(tmp: str, size=(1400, 860)):
    """A main window of the app, offscreen, with throwaway settings."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings

    from gui.app import make_app
    from gui.main_window import MainWindow
    app = make_app()
    window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat), "en")
    window.resize(*size)
    window.show()
    return app, window


def practice(out: Path, tmp: str) -> None:
    """Apple and orange in practice mode, three answers in, one miss shown."""
    app, window = _window(tmp)
    window.files.open_sample(SAMPLES / "apple_orange.json", ask=False)
    window.document.compute()
    window.toggle_practice(True)
    for answer in ("1.1", "650", "1.1", "3"):
        window.practice.answer(answer)
    app.processEvents()
    window.grab().save(str(out))
    window.practice.stop()
    window.close()


def live_canvas(out: Path, tmp: str, data: str) -> None:
    """The two-layer net training on real digits, its edges showing the current batch."""
    app, window = _window(tmp, (1400, 900))
    window.show_training()
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    panel = window.training
    panel.controls.set_folder(data)
    panel.controls.form.iters.setValue(3_000)
    panel.start()
    while panel.canvas.live.count < 3 or panel.iteration < 1_500:  # snapshots painted, curves drawn
        app.processEvents()
    app.processEvents()
    window.grab().save(str(out))
    panel.shutdown()
    window.document.undo_stack.setClean()
    window.close()


def exported_code(out: Path, tmp: str) -> None:
    """The apple graph as the book's layer code, the way File ▸ Export as Python writes it."""
    app, window = _window(tmp, (900, 860))
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QPlainTextEdit

    from core.export.script import graph_to_python
    from core.files.graph_files import load_graph
    code = graph_to_python(load_graph(SAMPLES / "apple.json"), "samples/apple.json")
    start = code.index("class MulLayer")
    view = QPlainTextEdit(code[start:])
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.Monospace)
    font.setPointSizeF(9.5)
    view.setFont(font)
    view.resize(760, 860)
    view.show()
    app.processEvents()
    view.grab().save(str(out))
    window.close()


def _training_tab(window, view) -> None:
    tabs = window.training.tabs
    tabs.setCurrentIndex(tabs.indexOf(view))


def preset(key: str, out: Path, tmp: str, data: str, size=(1200, 800)) -> None:
    """Chapter 6's figure `key` trained at full length on `data` in the Presets tab of a
    `size` window, its Training panel dragged taller (as a reader would, to see the
    figure), then the tab grabbed; each run's final numbers printed."""
    app, window = _window(tmp, size)
    from PySide6.QtCore import QEventLoop, Qt

    from core.training.presets import PRESETS
    window.show_training()
    window.resizeDocks([window.training_dock], [size[1] - 260], Qt.Vertical)
    panel = window.training
    panel.controls.set_folder(data)
    view = panel.presets
    _training_tab(window, view)
    view.choice.setCurrentIndex(list(PRESETS).index(key))
    ended, loop = [], QEventLoop()
    panel.preset_runner.finished.connect(ended.append)
    panel.preset_runner.finished.connect(loop.quit)
    view.train_button.click()
    if not ended:
        loop.exec()  # waits without spinning: the training thread has the cores
    app.processEvents()
    if ended != ["finished"]:
        raise SystemExit(f"preset {key} ended {ended[0]}")
    for preset_run, run, _items in view.lines:
        accuracy = run.accuracy
        train, test = accuracy.ys(0)[-1], accuracy.ys(1)[-1]
        print(f"{key} | {preset_run.label()} | loss {run.loss.ys(1)[-1]:.3f} | "
              f"train {train:.3f} | test {test:.3f}")
    view.grab().save(str(out))
    window.document.undo_stack.setClean()
    window.close()


def chapter6_views(tmp: str) -> None:
    """The optimizers' paths (every point drawn) and the histograms of sigmoid with
    Xavier's initial weights, at 1024×700."""
    app, window = _window(tmp, (1024, 700))
    window.files.open_sample(SAMPLES / "two_layer_net.json", ask=False)
    window.show_training()
    tabs = window.training.tabs
    paths = tabs.paths
    _training_tab(window, paths)
    paths.show_all()
    app.processEvents()
    window.grab().save(str(HERE / "chapter6_paths.png"))
    histograms = tabs.histograms
    _training_tab(window, histograms)
    histograms.choose("sigmoid", "xavier")
    app.processEvents()
    window.grab().save(str(HERE / "chapter6_histograms.png"))
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    parser.add_argument("--preset", action="append", metavar="KEY",
                        help="only chapter 6's preset KEY (6-9, 6-15, 6-18, 6-20, 6-23; all)")
    parser.add_argument("--chapter6-views", action="store_true",
                        help="only the optimizer paths and activation histograms views")
    args = parser.parse_args()
    import tempfile
    if args.preset or args.chapter6_views:
        from core.training.presets import PRESETS
        keys = list(PRESETS) if "all" in (args.preset or []) else args.preset or []
        with tempfile.TemporaryDirectory() as tmp:
            if args.chapter6_views:
                chapter6_views(tmp)
            for key in keys:
                preset(key, HERE / f"chapter6_preset_{key}.png", tmp, args.data)
        return
    editor(str(SAMPLES / "apple_orange.json"), "--screenshot", str(HERE / "apple_orange.png"),
           "--size", "1400x860")
    editor(str(SAMPLES / "affine_batch.json"), "--step", "6", "--size", "1400x860",
           "--screenshot", str(HERE / "step_mode_affine.png"))
    editor(str(SAMPLES / "apple_orange.json"), "--lang", "ko", "--step", "-2",
           "--size", "1400x860", "--screenshot", str(HERE / "apple_orange_ko_step.png"))
    for name in ("two_layer_net", "softmax_loss_primitives"):
        editor(str(SAMPLES / f"{name}.json"), "--size", "1024x700",
               "--screenshot", str(HERE / f"{name}_1024.png"))
    editor("--train", "1000", "--data", args.data, "--size", "1400x900",
           "--screenshot", str(HERE / "training.png"))
    with tempfile.TemporaryDirectory() as tmp:
        chapter6_views(tmp)
        for key in PRESETS:
            preset(key, HERE / f"chapter6_preset_{key}.png", tmp, args.data)
        practice(HERE / "practice.png", tmp)
        exported_code(HERE / "export_apple.png", tmp)
        live_canvas(HERE / "live_canvas.png", tmp, args.data)


if __name__ == "__main__":
    main()
