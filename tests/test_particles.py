"""Korean particles follow the word before them, labels the user types included."""

import pytest

from core import i18n
from core.particles import attach, final_sound, particle, resolve


@pytest.mark.parametrize("word, object_, topic, towards", [
    ("apple_num", "을", "은", "으로"),  # 넘: ㅁ
    ("tax", "를", "는", "로"),  # 택스
    ("apple", "를", "는", "로"),  # 애플
    ("W1", "을", "은", "로"),  # 일: ㄹ takes 로
    ("y2", "를", "는", "로"),  # 이
    ("Affine1", "을", "은", "로"),
    ("Affine", "을", "은", "으로"),  # 아핀
    ("ReLU", "를", "는", "로"),  # 렐루: the letters' names
    ("L", "을", "은", "로"),  # 엘
    ("x", "를", "는", "로"),  # 엑스
    ("사과", "를", "는", "로"),
    ("가격", "을", "은", "으로"),
    ("서울", "을", "은", "로"),
    ("650", "을", "은", "으로"),  # 육백오십: ㅂ
    ("100", "을", "은", "으로"),  # 백
    ("2.2", "를", "는", "로"),  # 이 점 이
    ("1.1", "을", "은", "로"),  # 일 점 일
    ("(2, 3)", "을", "은", "으로"),  # 삼: the bracket is skipped
    ("'abc'", "를", "는", "로"),  # the quotes are skipped
    ("exp(-x)", "를", "는", "로"),
    ("y²", "을", "은", "으로"),  # 제곱
    ("Wᵀ", "를", "는", "로"),  # 전치
])
def test_a_particle_follows_how_the_word_is_read(word, object_, topic, towards):
    assert particle(word, "을/를") == object_
    assert particle(word, "은/는") == topic
    assert particle(word, "으로/로") == towards
    assert attach(word, "이/가") == word + ("이" if object_ == "을" else "가")


def test_pairs_written_after_placeholders_are_resolved_when_filled():
    assert resolve("apple_num을(를) 곱한다, tax을(를) 곱한다") == "apple_num을 곱한다, tax를 곱한다"
    assert resolve("W1(으)로, 폴더(으)로, (3,)(으)로") == "W1로, 폴더로, (3,)으로"
    assert resolve("x와(과) y") == "x와 y" and resolve("W1과(와) b1") == "W1과 b1"
    assert resolve("no pairs here") == "no pairs here"
    assert final_sound("") is None and final_sound("…") is None


def test_translated_texts_choose_their_particles_as_they_are_filled(monkeypatch):
    monkeypatch.setitem(i18n._state, "catalogue", {("T", "{x} is {v}"): "{x}은(는) {v}이다"})
    assert i18n.translate("T", "{x} is {v}").format(x="apple_num", v=2) == "apple_num은 2이다"
    assert i18n.translate("T", "{x} is {v}").format(x="tax", v=2) == "tax는 2이다"
    assert i18n.fill("{x}을(를) 보라", x="L") == "L을 보라"
    # in Korean the book's sentences never show a pair: every sample, every step
    i18n.set_language("ko")
    try:
        from core.engine.program import evaluate
        from core.files.graph_files import load_graph
        from core.lesson.steps import build_steps
        from core.paths import sample_files
        for path in sample_files():
            for step in build_steps(evaluate(load_graph(path))):
                assert "(를)" not in step.text and "(은)" not in step.text, step.text
                assert "(으)" not in step.text and "(가)" not in step.text, step.text
    finally:
        i18n.set_language("en")
