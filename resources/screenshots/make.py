"""Re-make the README's screenshots: `python resources/screenshots/make.py [--data DIR]`.

Most are the editor's own `--screenshot` command (so anyone can make them the same way);
practice mode is put in its state through the window's own actions. Needs the MNIST
digits for the training picture (`--data`, default ../shared/mnist/t10k-split).
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


def practice(out: Path) -> None:
    """Apple and orange in practice mode, three answers in, one miss shown."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(REPO))
    import tempfile

    from PySide6.QtCore import QSettings

    from gui.app import make_app
    from gui.main_window import MainWindow
    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat))
        window.resize(1400, 860)
        window.show()
        window.open_sample(SAMPLES / "apple_orange.json", ask=False)
        window.document.compute()
        window.toggle_practice(True)
        for answer in ("1.1", "650", "1.1", "3"):
            window.practice.answer(answer)
        app.processEvents()
        window.grab().save(str(out))
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "mnist" / "t10k-split"))
    args = parser.parse_args()
    editor(str(SAMPLES / "apple_orange.json"), "--screenshot", str(HERE / "apple_orange.png"),
           "--size", "1400x860")
    editor(str(SAMPLES / "affine_batch.json"), "--step", "-4", "--size", "1400x860",
           "--screenshot", str(HERE / "step_mode_affine.png"))
    editor(str(SAMPLES / "apple_orange.json"), "--lang", "ko", "--step", "-1",
           "--size", "1400x860", "--screenshot", str(HERE / "apple_orange_ko_step.png"))
    for name in ("two_layer_net", "softmax_loss_primitives"):
        editor(str(SAMPLES / f"{name}.json"), "--size", "1024x700",
               "--screenshot", str(HERE / f"{name}_1024.png"))
    editor("--train", "1000", "--data", args.data, "--size", "1400x900",
           "--screenshot", str(HERE / "training.png"))
    practice(HERE / "practice.png")


if __name__ == "__main__":
    main()
