"""Korean particles that follow the word before them: 은/는, 이/가, 을/를, 과/와, 으로/로.

A Korean particle depends on how the word before it ends when read aloud: after a final
consonant (받침) 은, 이, 을, 과, 으로; after a vowel 는, 가, 를, 와, 로; and 로, not 으로,
after ㄹ. Our texts put labels the user types (`apple_num`, `W1`, `사과`), numbers and
shapes before particles, so the particle is chosen when the text is filled in, never
written as `x은(는)`:

- a Korean template writes the pair after a placeholder, `{name}은(는)`, `{path}(으)로`;
- `resolve` (which `core.i18n`'s texts apply after `format`) replaces each pair with the
  particle the word before it takes.

How a word ends: Hangul by its last syllable's final consonant; a number by how its last
digit is read (일 ends in ㄹ, 이 in a vowel; 10 is 십, 100 백, 1000 천); a Latin word by how
it is usually read in Korean (`num` 넘 ends in ㅁ, `Affine` 아핀 in ㄴ, `apple` 애플 in a
vowel; a single letter or an acronym by the letter's name: `x` 엑스, `L` 엘). Brackets,
quotes and other signs after a word are skipped: `'abc'` ends as `abc` does, `(2, 3)` as 3.
"""

from __future__ import annotations

import re

#: the particle pairs: (after a final consonant, after a vowel)
PAIRS = {"은/는": ("은", "는"), "이/가": ("이", "가"), "을/를": ("을", "를"),
         "과/와": ("과", "와"), "으로/로": ("으로", "로"), "이다/다": ("이다", "다"),
         "아/야": ("아", "야"), "이나/나": ("이나", "나"), "이라/라": ("이라", "라")}

#: how a template writes a pair after a placeholder (`{x}을(를)`, `{path}(으)로`)
_MARKERS = {"은(는)": "은/는", "는(은)": "은/는", "이(가)": "이/가", "가(이)": "이/가",
            "을(를)": "을/를", "를(을)": "을/를", "과(와)": "과/와", "와(과)": "과/와",
            "(으)로": "으로/로", "(이)나": "이나/나", "(이)라": "이라/라", "(이)다": "이다/다"}
_MARKER = re.compile("|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True)))

VOWEL, RIEUL, CONSONANT = "vowel", "rieul", "consonant"

#: a Hangul syllable's final consonant index (0: none); ㄹ is 8
_HANGUL_FIRST, _HANGUL_LAST, _JONG_RIEUL = 0xAC00, 0xD7A3, 8
#: how each digit is read, by its last sound
_DIGITS = {"0": CONSONANT, "1": RIEUL, "2": VOWEL, "3": CONSONANT, "4": VOWEL, "5": VOWEL,
           "6": CONSONANT, "7": RIEUL, "8": RIEUL, "9": VOWEL}
#: a letter's name in Korean, by its last sound (엘, 엠, 엔, 알 end in a consonant)
_LETTERS = {**dict.fromkeys("abcdefghijkopqstuvwxyz", VOWEL), "l": RIEUL, "m": CONSONANT,
            "n": CONSONANT, "r": RIEUL}
#: signs read as words: x² 엑스 제곱, Wᵀ 더블유 전치, 50% 오십 퍼센트
_SIGNS = {"²": CONSONANT, "³": CONSONANT, "ᵀ": VOWEL, "%": VOWEL, "σ": VOWEL, "Σ": VOWEL,
          "∂": VOWEL, "∞": VOWEL, "π": VOWEL, "δ": VOWEL, "η": VOWEL, "θ": VOWEL,
          "μ": VOWEL, "×": VOWEL}
#: what is skipped at a word's end before its sound is read
_TRAILING = " \t'\"`’”)]}>.,;:!?…»」』》〉"


def final_sound(word: str) -> str | None:
    """How `word` ends when read aloud: VOWEL, RIEUL (ㄹ) or CONSONANT; None for a word
    with nothing to read (only signs)."""
    text = str(word).rstrip(_TRAILING)
    if not text:
        return None
    last = text[-1]
    if _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        jong = (ord(last) - _HANGUL_FIRST) % 28
        return VOWEL if jong == 0 else RIEUL if jong == _JONG_RIEUL else CONSONANT
    if last in "0123456789":  # not str.isdigit: ² is a "digit" to Python
        return _number_sound(text)
    if last in _SIGNS:
        return _SIGNS[last]
    if last.isascii() and last.isalpha():
        return _latin_sound(text)
    return final_sound(text[:-1]) if len(text) > 1 else None


def _number_sound(text: str) -> str:
    """A number is read by its last non-zero digit and how many zeros follow: 10 십, 100
    백, 1000 천, 10000 만; 2.5 이 점 오 (the decimals are read digit by digit)."""
    digits = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?$", text).group(0).replace(",", "")
    if "." in digits:
        return _DIGITS[digits[-1]]
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped:  # 0: 영
        return CONSONANT
    if zeros == 0:
        return _DIGITS[stripped[-1]]
    # 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ), 십만 …: all end in a consonant other than ㄹ
    return CONSONANT


def _latin_sound(text: str) -> str:
    """How a Latin word ends in its usual Korean reading: a single letter or an acronym
    (`x`, `L`, `ReLU`'s `LU`) by the letter's name; a word by its spelling (`num` 넘,
    `Affine` 아핀, `loss` 로스, `stack` 스택)."""
    word = re.search(r"[A-Za-z]+$", text).group(0)
    upper_tail = re.search(r"[A-Z]+$", word)
    if len(word) == 1 or (upper_tail and (len(upper_tail.group(0)) > 1 or word.isupper())):
        # a letter (x, W1's W) or an acronym (ReLU, MNIST): the last letter's name
        return _LETTERS[word[-1].lower()]
    w = word.lower()
    if w.endswith(("ng", "m", "n")):
        return CONSONANT
    if w.endswith(("ne", "me")):  # a silent e: Affine 아핀, time 타임
        return CONSONANT
    if w.endswith("l") and not w.endswith("ll"):  # model 모델, level 레벨
        return RIEUL
    if w.endswith(("ck", "ook", "ak")):  # stack 스택, book 북
        return CONSONANT
    if re.search(r"[^aeiou][aeiou][pt]$", w) and len(w) <= 4:  # map 맵, net 넷, dot 닷
        return CONSONANT
    return VOWEL


def particle(word: str, pair: str) -> str:
    """The particle of `pair` ("을/를", "이/가", "은/는", "과/와", "으로/로" …) that
    follows `word`: `particle("apple_num", "을/를")` is "을". A word that cannot be
    read (only signs) takes the vowel form."""
    after_consonant, after_vowel = PAIRS[pair]
    sound = final_sound(word)
    if pair == "으로/로":
        return after_consonant if sound == CONSONANT else after_vowel
    return after_consonant if sound in (CONSONANT, RIEUL) else after_vowel


def attach(word: str, pair: str) -> str:
    """`word` with the particle it takes: `attach("W1", "을/를")` is "W1을"."""
    return f"{word}{particle(word, pair)}"


def resolve(text: str) -> str:
    """Every particle pair in `text` (`apple_num을(를)`, `W1(으)로`) replaced by the
    particle the word before it takes; a text without pairs comes back as it is."""
    if "(" not in text:
        return text
    out, last = [], 0
    for match in _MARKER.finditer(text):
        start = match.start()
        word = text[last:start]
        if not word or word[-1].isspace():
            continue  # a pair standing alone ("(으)로 시작") is left as written
        out.append(word)
        out.append(particle(_last_word(text[:start]), _MARKERS[match.group(0)]))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _last_word(text: str) -> str:
    """The word just before a particle: after the last space (a label has none) or, for a
    quoted or bracketed word, all of it."""
    return re.split(r"\s", text)[-1] or text
