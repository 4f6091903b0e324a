"""Practice mode: the gradients hidden, the learner fills them in, edge by edge.

Run ▸ Practice hides the gradients of the graph on the canvas (and, for a forward round,
its values too); the bar above the canvas asks for them one at a time, in the order the
book computes them, and highlights the edge asked about (clicking it, or any other, says
which one comes next). A right answer appears on its edge as usual; a wrong one gets a hint
(the rule, then the values it uses, never the product: `core.lesson.practice`) and the typed
text is selected, so the next answer replaces it; after a second miss the answer may be
shown. The
score stays in the bar, and a sample finished once gets a ✓ in File ▸ Open Sample,
remembered in the settings. The document is never touched: undo, redo and save are not
affected, and any edit of the graph ends the round (its questions would be stale); a
recompute without an edit (View ▸ Language) asks the same question again in the new
language, keeping the place and the score. What the
canvas hides, and the "?", are told to its presenter (`gui.canvas.presenter`), which draws
the document's latest numbers: a round that ends shows the graph as it is then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from core.engine.result import Result
from core.i18n import fill
from core.lesson.practice import ELEMENT, SHAPE, Round, questions
from gui.base.safety import guarded
from gui.canvas.presenter import CanvasPresenter, LessonView


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class Practice(QObject):
    """The round in progress; tells the presenter what the canvas may show of it."""

    changed = Signal()  # a new question, an answer checked, the round over or ended
    said = Signal(str, bool)  # (what to tell the learner, whether it is good news)
    ended = Signal(str)  # practice mode left (why, or "")

    def __init__(self, presenter: CanvasPresenter, document, settings: QSettings,
                 parent=None) -> None:
        super().__init__(parent)
        self.presenter, self.document, self.settings = presenter, document, settings
        self.round: Round | None = None
        self.forward = False
        self.sample: str | None = None  # which sample is practised, for its ✓
        self._result: Result | None = None  # the result the questions were made from
        self._edited = False  # the graph changed since the questions were made
        document.computed.connect(self._recomputed)
        document.signals.changed.connect(self._graph_edited)
        document.graph_replaced.connect(
            lambda _g: self.active and self.stop(self.tr("Practice ended: another graph "
                                                         "was opened.")))

    @property
    def active(self) -> bool:
        return self.round is not None

    def start(self, result: Result | None, forward: bool = False,
              sample: str | None = None) -> bool:
        if result is None or not result.outputs or not result.edge_grads:
            self.ended.emit(self.tr("Practice needs a graph whose output computes, with "
                                    "gradients to find."))
            return False
        self.forward, self.sample, self._result = forward, sample, result
        self._edited = False
        self.round = Round(questions(result, forward))
        self._show()
        return True

    def stop(self, why: str = "") -> None:
        if self.round is None:
            return
        self.round = None
        self.presenter.clear_lesson(self)
        self.ended.emit(why)
        self.changed.emit()

    def _graph_edited(self) -> None:
        if self.round is not None:
            self._edited = True

    def _recomputed(self, result: Result) -> None:
        if self.round is None or result is self._result:
            return
        if self._edited or not self.round.retell(questions(result, self.forward)):
            self.stop(self.tr("Practice ended: the graph changed."))
            return
        # the same graph computed again (a new language): the same question, told anew
        self._result = result
        self.said.emit(self.round.current_hint(), False)
        self._show()

    def _shown(self, kind: str, key: str) -> bool:
        """What the canvas shows: given values, the output's gradient, answered ones."""
        round_ = self.round
        if round_ is None or (kind, key) in round_.done_keys:
            return True
        graph = self.document.graph
        if kind == "value":
            return not self.forward or key not in graph.nodes or graph.nodes[key].op.is_source
        return key in graph.nodes  # an output stub's gradient: where backward starts

    # -- answers ------------------------------------------------------------------------

    def answer(self, text: str) -> None:
        round_ = self.round
        if round_ is None or round_.over:
            return
        asked = round_.current
        right, reply = round_.answer(text)
        if right:
            self.said.emit(self.tr("Right: {sentence}").format(sentence=asked.step.text), True)
        else:
            self.said.emit(reply, False)
        self._show()

    def show_answer(self) -> None:
        if self.round is not None:
            sentence = self.round.show_answer()
            if sentence:
                self.said.emit(self.tr("The answer: {sentence}").format(sentence=sentence), True)
            self._show()

    def edge_clicked(self, edge_id: str) -> None:
        """A click on an edge: the one asked about is this one, or says which is next."""
        question = self.round.current if self.round else None
        if question is None or (question.kind, question.key) == ("grad", edge_id):
            return
        if ("grad", edge_id) in self.round.done_keys:
            return
        self.said.emit(self.tr("Backward goes from the output back to the inputs: first "
                               "the highlighted one."), False)

    def score(self) -> str:
        r = self.round
        if r is None:
            return ""
        return self.tr("{right} of {asked} right at the first try · {hints} hint(s) · "
                       "{shown} answer(s) shown · {time}").format(
            right=r.right_first_try, asked=r.asked, hints=r.hints_used,
            shown=r.answers_shown, time=_clock(r.seconds()))

    def _show(self) -> None:
        round_ = self.round
        question = round_.current
        if question is None:
            view = LessonView(self._shown)
            if self.sample and round_.answers_shown == 0:
                self.settings.setValue(f"practice/{self.sample}", True)
        else:
            view = LessonView(self._shown, (question.kind, question.key),
                              question.step.edge.target if question.kind == "grad"
                              else question.key)
        self.presenter.set_lesson(self, view)
        self.changed.emit()

    def question_text(self) -> str:
        question = self.round.current if self.round else None
        if question is None:
            return self.tr("Done! Every number of the graph is yours.") if self.round else ""
        step = question.step
        if question.kind == "grad":
            nodes = self.document.graph.nodes
            edge = step.edge
            words = dict(source=nodes[edge.source].label, target=nodes[edge.target].label,
                         port=edge.port, part=question.where())
            if question.part == SHAPE:
                return fill(self.tr("The gradient flowing back along {source} → "
                                    "{target}.{port}: type {part}, as (rows, columns)."),
                            **words)
            if question.part == ELEMENT:
                return fill(self.tr("The gradient flowing back along {source} → "
                                    "{target}.{port}, {part}: type it."), **words)
            return fill(self.tr("The gradient flowing back along {source} → {target}.{port}: "
                                "type it (a number, or [a, b] for an array)."), **words)
        return fill(self.tr("The value of {label}: type it."),
                    label=self.document.graph.nodes[question.key].label)


def finished_samples(settings: QSettings) -> set[str]:
    """The samples practised to the end without an answer shown (for their ✓)."""
    settings.beginGroup("practice")
    try:
        return {key for key in settings.childKeys()
                if str(settings.value(key)).lower() in ("true", "1")}
    finally:
        settings.endGroup()


class PracticeBar(QFrame):
    """Above the canvas: the question, the answer field, what was said, the score."""

    def __init__(self, practice: Practice) -> None:
        super().__init__()
        self.practice = practice
        self.setFrameShape(QFrame.StyledPanel)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.answer_edit = QLineEdit()
        self.check_button = QPushButton()
        self.show_button = QPushButton()
        self.end_button = QPushButton()
        self.forward_box = QCheckBox()
        self.reply = QLabel()
        self.reply.setWordWrap(True)
        self.reply.setTextFormat(Qt.PlainText)
        self.score = QLabel()
        for label in (self.question, self.reply):
            policy = QSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            policy.setHeightForWidth(True)  # wraps to the bar, never widens the window
            label.setSizePolicy(policy)
        row = QHBoxLayout()
        row.addWidget(self.answer_edit, 1)
        for widget in (self.check_button, self.show_button, self.forward_box, self.end_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.reply)
        layout.addWidget(self.score)
        self.answer_edit.returnPressed.connect(self._check)
        self.check_button.clicked.connect(self._check)
        self.show_button.clicked.connect(practice.show_answer)
        self.end_button.clicked.connect(lambda: practice.stop())
        practice.changed.connect(self._refresh)
        practice.said.connect(self._said)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.answer_edit.setPlaceholderText(self.tr("your answer, then Enter"))
        self.check_button.setText(self.tr("Check"))
        self.show_button.setText(self.tr("Show the answer"))
        self.end_button.setText(self.tr("End practice"))
        self.forward_box.setText(self.tr("Ask the forward values too"))
        self._refresh()

    def _check(self) -> None:
        text = self.answer_edit.text()
        if text.strip():
            self.practice.answer(text)

    def _said(self, text: str, good: bool) -> None:
        self.reply.setText(text)
        self.reply.setStyleSheet("" if good else "color: #d32f2f")
        if good:
            self.answer_edit.clear()
        else:  # a miss: the next answer typed replaces this one
            self.answer_edit.selectAll()

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.answer_edit.setFocus()

    def _refresh(self) -> None:
        practice = self.practice
        if not practice.active:
            self.hide()
            return
        self.question.setText(practice.question_text())
        self.score.setText(practice.score())
        over = practice.round.over
        self.answer_edit.setEnabled(not over)
        self.check_button.setEnabled(not over)
        self.show_button.setVisible(practice.round.may_show_answer)
        self.forward_box.setEnabled(False)  # chosen when the round starts
        if not over:
            self.answer_edit.setFocus()
