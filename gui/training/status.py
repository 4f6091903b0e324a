"""The panel's progress line, progress bar and status message.

The progress line changes ten times a second, so its size must never re-lay out the panel
(its width is whatever the panel gives it), and it must never be cut off: it shows the
longest of a few phrasings that fits (`FittingLabel`), from "iteration 1,200 / 10,000 ·
epoch 15 · 403 it/s · elapsed 0:03 · ETA 0:24" down to "1,200 / 10,000 · ETA 0:24".
The status message wraps; errors are shown in a red that reads on the current palette.
Between them, the book's procedure (5.7.1: 1 minibatch → 2 gradient → 3 update → 4 repeat)
with the step the trainer is at in bold, live while a run goes (`show_phase`); its tooltip
gives the steps with the run's numbers. A run that did not learn says why and what to do
(`core.training.analysis.advice`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from core.training.analysis import CLASSES
from core.training.run import PHASES, TrainEvent, phase_names
from gui.base.safety import guarded

ERROR_ON_LIGHT, ERROR_ON_DARK = "#c62828", "#ff6b6b"


def clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class FittingLabel(QLabel):
    """Shows the first of its texts (longest first) that fits its width, else elides."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)

    def set_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self._fit()

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._texts:
            return
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        for text in self._texts:
            if metrics.horizontalAdvance(text) <= width:
                self.setText(text)
                return
        self.setText(metrics.elidedText(self._texts[-1], Qt.ElideRight, width))


class StatusArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counters = FittingLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)  # coarse: QProgressBar repaints at once on change
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.procedure = QLabel()  # the book's four steps, the current one in bold
        self.procedure.setTextFormat(Qt.RichText)
        self.procedure.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._phase = ""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.PlainText)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._error = False
        self._counters = (0, 0, 0, 0.0, 0.0)  # the last shown, to show again in a new language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.counters)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.procedure)
        layout.addWidget(self.status)
        self.show_phase("")

    def show_counters(self, iteration: int, iterations: int, epoch: int, elapsed: float,
                      rate: float) -> None:
        self._counters = (iteration, iterations, epoch, elapsed, rate)
        self.progress_bar.setValue(int(100 * iteration / iterations) if iterations else 0)
        values = dict(iteration=f"{iteration:,}", iterations=f"{iterations:,}", epoch=epoch,
                      rate=f"{rate:,.0f}", elapsed=clock(elapsed),
                      eta=clock((iterations - iteration) / rate) if rate > 0 else "–")
        self.counters.set_texts([text.format(**values) for text in (
            self.tr("iteration {iteration} / {iterations}  ·  epoch {epoch}  ·  {rate} it/s"
                    "  ·  elapsed {elapsed}  ·  ETA {eta}"),
            self.tr("{iteration} / {iterations} it · epoch {epoch} · {rate} it/s · "
                    "{elapsed} · ETA {eta}"),
            self.tr("{iteration} / {iterations} · ep {epoch} · {rate}/s · ETA {eta}"),
            self.tr("{iteration} / {iterations} · ETA {eta}"))])

    def retranslate(self) -> None:
        self.show_counters(*self._counters)
        self.show_phase(self._phase, force=True)

    def show_phase(self, phase: str, procedure: list[str] | None = None,
                   force: bool = False) -> None:
        """The book's procedure with `phase` (one of PHASES, "" for none) in bold; the
        accuracy of an epoch counts as step 4. `procedure`: its steps with the run's
        numbers, for the tooltip."""
        if procedure is not None:
            self.procedure.setToolTip("\n".join(procedure))
        if phase == self._phase and not force:
            return
        self._phase = phase
        names = phase_names()
        current = "repeat" if phase == "evaluate" else phase
        parts = []
        for step in PHASES[:4]:
            text = html.escape(names[step])
            if step == "repeat" and phase == "evaluate":
                text += " · " + html.escape(names["evaluate"])
            parts.append(f"<b>{text}</b>" if step == current else text)
        self.procedure.setText(" → ".join(parts))

    def show_download(self, text: str, fraction: float) -> None:
        self.progress_bar.setValue(int(100 * fraction))
        self.counters.set_texts([text])

    def run_end(self, done: TrainEvent, loss: float) -> tuple[str, bool]:
        """The status line for a run's end (`loss`: its smoothed loss at the end), and
        whether it is a warning: a diverged run, or one that did not learn."""
        if done.status == "diverged":
            return done.message[:1].upper() + done.message[1:] + ".", True
        if done.status == "stopped":
            text = self.tr("Stopped at iteration {iteration:,}").format(iteration=done.iteration)
        else:
            text = self.tr("Finished {count:,} iterations in {seconds:.1f} s").format(
                count=done.iteration, seconds=done.elapsed)
        accuracy = done.test_acc if done.test_acc is not None else done.train_acc
        if done.status in ("finished", "stopped") and not done.learned:
            return self.tr(
                "{text}, but the net did not learn: test accuracy {accuracy:.1%} (chance is "
                "{chance:.0%}), loss still {loss:.2f}. {advice}").format(
                text=text, accuracy=accuracy or 0.0, chance=1 / CLASSES, loss=loss,
                advice=done.advice), True
        if done.test_acc is not None:
            text = self.tr("{text}: test accuracy {accuracy:.1%}").format(
                text=text, accuracy=done.test_acc)
        return text + ".", False

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self._error = error
        self._color_status()

    def _color_status(self) -> None:
        if not self._error:
            self.status.setStyleSheet("")
            return
        dark = self.palette().color(QPalette.Window).lightness() < 128
        self.status.setStyleSheet(
            f"color: {ERROR_ON_DARK if dark else ERROR_ON_LIGHT}; font-weight: bold")

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._color_status()
        super().changeEvent(event)
