"""A training run started by a script (`--train N --screenshot`, the benchmarks), not by
a click: start it, and spin the event loop until it ends or times out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def run_blocking(panel, iterations: int, folder: str | Path | None = None,
                 timeout_ms: int = 600_000) -> bool:
    """True when the run finished (or ended without learning): the curves are complete."""
    if folder is not None:
        panel.controls.set_folder(folder)
    panel.controls.form.iters.setValue(iterations)
    loop = QEventLoop()
    panel.run_finished.connect(loop.quit)
    panel.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not panel.start():
        return False
    loop.exec()
    panel.run_finished.disconnect(loop.quit)
    panel.failed.disconnect(loop.quit)
    if not panel.session.idle:
        panel.shutdown()
        return False
    return panel.run is not None and panel.run.status in ("finished", "stalled")
