"""The window in Korean: a Korean desktop starts in Korean, View ▸ Language switches every
text at once and is remembered, no English is left anywhere a user reads, and Hangul draws.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QMessageBox
from text_walker import english, menu_texts, names_that_stay, submenu, texts

from core.paths import SAMPLES
from gui.base import i18n
from gui.base.fonts import make_font
from gui.lesson.gradcheck_dialog import open_gradcheck_dialog

KOREAN = QLocale(QLocale.Korean, QLocale.SouthKorea)


def language_action(window, name: str):
    """The action a user clicks: View ▸ Language ▸ `name`, found through the menu bar."""
    menus = window.window_actions.view
    view = next(submenu(a) for a in window.menuBar().actions() if submenu(a) is menus.menu)
    language = next(submenu(a) for a in view.actions() if submenu(a) is menus.language_menu)
    return next(a for a in language.actions() if a.text() == name)


def plot_labels(window) -> list[str]:
    curves = window.training.curves
    return [curves.loss_plot.titleLabel.text, curves.loss_plot.getAxis("left").labelText,
            curves.loss_plot.getAxis("bottom").labelText,
            curves.accuracy_plot.getAxis("bottom").labelText]


def test_a_korean_desktop_starts_in_korean_and_an_english_one_in_english(qtbot, settings,
                                                                        monkeypatch):
    assert i18n.system_language(KOREAN) == "ko"
    assert i18n.system_language(QLocale(QLocale.English, QLocale.UnitedStates)) == "en"
    assert i18n.system_language(QLocale(QLocale.German, QLocale.Germany)) == "en"
    from gui.main_window import MainWindow
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: KOREAN))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.language == "ko" and window.window_actions.file.menu.title() == "파일(&F)"
    assert window.window_actions.view.languages["ko"].isChecked()
    settings.setValue(i18n.SETTINGS_KEY, "en")  # the user's choice wins over the desktop
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.language == "en" and window.window_actions.file.menu.title() == "&File"


def test_the_language_menu_switches_every_dock_at_once_and_is_remembered(window, qtbot,
                                                                         settings):
    w = window
    w.show_training()
    w.scene.select_only(["apple"])
    w.toggle_step_mode(True)
    english_texts = (w.window_actions.file.menu.title(), w.palette_dock.windowTitle(),
                     w.palette.tree.groups["arithmetic"].text(0),
                     w.inspector.apply_button.text(), w.step_bar.counter.text(),
                     w.training.controls.start_button.text(), w.training.tabs.tabText(0),
                     w.status_label.text(), w.training.status_area.status.text())
    assert english_texts == ("&File", "Palette", "Arithmetic", "Apply", "Forward 1 / 18",
                             "Start", "Curves", "output price = 715",
                             "Choose the data folder and settings, then Start.")
    assert plot_labels(w) == ["Loss", "loss (cross-entropy)", "iteration", "epoch"]

    language_action(w, "한국어").trigger()

    assert (w.window_actions.file.menu.title(), w.palette_dock.windowTitle(),
            w.palette.tree.groups["arithmetic"].text(0), w.inspector.apply_button.text(),
            w.step_bar.counter.text(), w.training.controls.start_button.text(),
            w.training.tabs.tabText(0), w.status_label.text(),
            w.training.status_area.status.text()) == (
        "파일(&F)", "팔레트", "산술", "적용", "순전파 1 / 18", "시작", "곡선",
        "출력 price = 715", "데이터 폴더와 설정을 고른 뒤 시작하세요.")
    assert plot_labels(w) == ["손실", "손실 (교차 엔트로피 오차)", "반복", "에폭"]
    assert w.step_bar.text.text() == "apple = 100: 그래프가 출발하는 상수"
    assert w.inspector.form.labelForField(w.inspector.label_edit).text() == "레이블"
    assert "상수" in w.inspector.title.text() and "식별자 apple" in w.inspector.title.text()
    assert w.inspector.field("init").currentText() == "고정값"
    # the Korean name beside the code's, and a tooltip in 합니다체
    assert w.palette.tree.op_items["Mul"].toolTip(0) == (
        "<b>곱셈 (Mul)</b> (x, y)<br>순전파: x·y, 역전파: dx = dout·y, dy = dout·x (입력을 서로 "
        "바꿔 곱합니다)")
    assert w.training_dock.toggleViewAction().text() == "학습"
    assert w.window_actions.edit.undo.text() == "실행 취소(&U)"
    assert [a.text() for a in w.window_actions.file.samples.actions()][0].startswith(
        "그림 5-2, 5-14\t사과 쇼핑")
    assert w.windowTitle().startswith("apple_orange (예제)")
    languages = w.window_actions.view.languages
    assert languages["ko"].isChecked() and not languages["en"].isChecked()
    assert settings.value(i18n.SETTINGS_KEY) == "ko"

    language_action(w, "English").trigger()
    assert (w.window_actions.file.menu.title(), w.step_bar.counter.text(), w.status_label.text(),
            w.training.controls.start_button.text()) == (
        "&File", "Forward 1 / 18", "output price = 715", "Start")
    assert plot_labels(w) == ["Loss", "loss (cross-entropy)", "iteration", "epoch"]
    assert settings.value(i18n.SETTINGS_KEY) == "en"


def test_step_mode_keeps_its_place_and_says_the_mul_rule_in_korean(window):
    w = window
    w.toggle_step_mode(True)
    while "∂price/∂apple =" not in w.stepper.current.text:
        w.stepper.next()
    index = w.stepper.index
    assert w.step_bar.text.text().split("\n")[0] == (
        "× swaps its inputs; local derivative ∂apple_price/∂apple = apple_num, times the "
        "upstream gradient: ∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2")
    language_action(w, "한국어").trigger()
    assert w.stepper.index == index and w.step_bar.counter.text() == "역전파 17 / 18"
    assert w.step_bar.text.text().split("\n") == [
        "곱셈 노드는 입력을 서로 바꿔 곱한다. 상류에서 전해진 미분에 국소적 미분 "
        "∂apple_price/∂apple = apple_num을 곱한다: ∂price/∂apple = ∂price/∂apple_price × "
        "apple_num = 1.1 × 2 = 2.2",
        "연쇄법칙에 따라 price에서 apple까지 국소적 미분을 모두 곱한다: ∂price/∂apple = "
        "∂price/∂all_price · ∂all_price/∂apple_price · ∂apple_price/∂apple = tax · 1 · "
        "apple_num = 1.1 · 1 · 2 = 2.2"]


def test_the_choice_remembered_is_the_language_of_the_next_start(window, qtbot, settings):
    language_action(window, "한국어").trigger()
    from gui.main_window import MainWindow
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.language == "ko" and again.window_actions.edit.menu.title() == "편집(&E)"


def test_without_a_hangul_font_the_app_stays_in_english_and_says_why_once(window,
                                                                        monkeypatch):
    monkeypatch.setattr(i18n, "hangul_family", lambda: None)
    monkeypatch.setattr(i18n, "_warned", [])
    said = []
    monkeypatch.setattr(window, "show_message", said.append)
    language_action(window, "한국어").trigger()
    assert window.language == "en" and window.window_actions.file.menu.title() == "&File"
    assert window.window_actions.view.languages["en"].isChecked()
    why = ("Korean needs a font that can draw Hangul (e.g. Noto Sans CJK KR or NanumGothic), "
           "and none is installed: the app stays in English.")
    assert why in said
    language_action(window, "한국어").trigger()
    assert said.count(why) == 1 and window.language == "en"


def test_hangul_draws_with_the_apps_fonts():
    """Each Hangul syllable gets its own glyph (no empty boxes): the canvas, the PNG and SVG
    exports and the screenshots all paint with `make_font`."""
    if i18n.hangul_family() is None:
        pytest.skip("no font with Hangul is installed (Debian: fonts-noto-cjk)")
    font = make_font(14)
    assert QFontMetricsF(font).inFont("순") and QFontMetricsF(font).inFont("파")

    def drawn(text: str) -> bytes:
        image = QImage(60, 30, QImage.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignCenter, text)
        painter.end()
        return bytes(image.constBits())

    white = drawn("")
    assert len({drawn("순"), drawn("전"), drawn("파"), white}) == 4


def test_no_english_is_left_in_any_menu_dock_dialog_or_tooltip(window, qtbot, monkeypatch):
    w = window
    language_action(w, "한국어").trigger()
    w.show_training()
    found: list[tuple[str, str, list[str]]] = []

    def check(pairs, names) -> None:
        found.extend((where, text, english(text, names)) for where, text in pairs)

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(
        (title, text)))
    names: list[str] = []
    for sample in ("apple_orange", "sigmoid_primitives", "softmax_loss_primitives", "relu",
                   "two_layer_net"):  # last: the training panel names its labels
        w.files.open_sample(SAMPLES / f"{sample}.json", ask=False)
        graph = w.document.graph
        names = names_that_stay(graph) + sorted(graph.nodes, key=len, reverse=True)
        for node_id in graph.nodes:  # the inspector of every node
            w.scene.select_only([node_id])
            check(texts(w.inspector), names)
        check([("edge tooltip", w.scene.edge_tooltip(item)) for item in w.scene.edges.values()]
              + [("node", i18n.translate("symbols", item.caption))
                 for item in w.scene.nodes.values() if item.is_source], names)
        w.toggle_step_mode(True)
        for _ in w.stepper.steps:
            check([("step", w.step_bar.counter.text()), ("step", w.step_bar.text.text())],
                  names)
            w.stepper.next()
        w.toggle_step_mode(False)
        node = next(iter(w.scene.nodes.values()))
        edge = next(iter(w.scene.edges.values()))
        for where in (node.sceneBoundingRect().center(), edge.value_rect().center(),
                      QPointF(-5000, -5000)):
            check(menu_texts(w.window_actions.context_menu(where), "context menu"), names)
    for menu_action in w.menuBar().actions():
        check(menu_texts(submenu(menu_action), "menu"), names)
    check(texts(w), names)  # the docks, the step bar, the status bar
    w.search_popup.open_at(w.mapToGlobal(w.rect().center()), "")
    check(texts(w.search_popup), names)
    w.search_popup.hide()
    sheet = w.window_actions.shortcuts_dialog()
    w.window_actions.about_dialog()
    (title, text), = shown
    check(texts(sheet) + [("About", title), ("About", text)], names)
    sheet.close()
    dialog = open_gradcheck_dialog(w, w.document.graph)  # deletes itself when closed
    with qtbot.waitSignal(dialog.check_finished, timeout=30000):
        pass
    check(texts(dialog), names)
    dialog.close()

    assert len(found) > 1000
    assert [(where, text, words) for where, text, words in found if words] == []
    korean = [text for _where, text, _words in found if any("가" <= ch <= "힣" for ch in text)]
    assert len(korean) > 500


def test_an_open_check_gradients_dialog_follows_the_language(window, qtbot):
    dialog = open_gradcheck_dialog(window, window.document.graph)
    with qtbot.waitSignal(dialog.check_finished, timeout=30000):
        pass
    assert (dialog.windowTitle(), dialog.table.item(0, 5).text()) == ("Check Gradients", "pass")
    language_action(window, "한국어").trigger()
    assert (dialog.windowTitle(), dialog.table.item(0, 5).text()) == ("기울기 확인", "통과")
    assert dialog.table.horizontalHeaderItem(1).text() == "형상"
    assert dialog.summary.text().startswith("통과: 오차역전파법의 기울기가 수치 미분과 일치합니다.")
    assert dialog.table.item(0, 6).text().startswith("원소 1개\n수치 미분: 순전파 2번")
    dialog.close()
