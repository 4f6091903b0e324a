"""Korean: the translation file is complete, and the headless commands speak it.

The `.ts` is checked the way a translator's tools see it: lupdate is run over the code into
a copy, and every text must come out with a finished translation; Qt's lrelease must read
the committed `.ts`. The commands run in real subprocesses.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from core import i18n
from core.engine.program import evaluate
from core.files.graph_files import load_graph, loads_graph
from core.files.samples import sample_catalogue
from core.lesson.steps import build_steps
from core.paths import RESOURCES, SAMPLES

TS = RESOURCES / "translations" / "backprop_studio_ko.ts"
FIELD = re.compile(r"\{[^{}]*\}")


def _update_script():
    spec = importlib.util.spec_from_file_location("update", RESOURCES / "translations" /
                                                  "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cli(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_every_text_of_the_code_has_a_finished_korean_translation():
    """lupdate over core/, gui/ and backprop_studio.py into a copy of the .ts: no text may
    be new or unfinished, none may be left over, and Qt's lrelease reads the .ts."""
    problems = _update_script().problems("ko")
    assert problems == []


def test_a_ts_that_qt_cannot_read_is_caught(tmp_path, monkeypatch):
    update = _update_script()
    broken = tmp_path / "backprop_studio_ko.ts"
    broken.write_bytes(update.ts_path("ko").read_bytes()[:-40])  # cut short mid-element
    assert update.lrelease(broken, tmp_path / "check.qm") != ""
    assert update.lrelease(update.ts_path("ko"), tmp_path / "check.qm") == ""


def test_a_text_without_translation_is_caught(tmp_path, monkeypatch):
    update = _update_script()
    code = tmp_path / "new.py"
    code.write_text('from core.i18n import translate\nprint(translate("CLI", "a new text"))\n',
                    encoding="utf-8")
    monkeypatch.setattr(update, "sources", lambda: [code, *update.ROOT.glob("core/*.py"),
                                                    *update.ROOT.glob("gui/**/*.py")])
    assert "no finished translation: [CLI] 'a new text'" in update.problems("ko")


def test_every_translation_keeps_the_placeholders_accelerator_and_lines_of_its_source():
    checked = 0
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = message.findtext("translation")
            where = f"[{name}] {source!r}"
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), where
            assert text.count("\n") == source.count("\n"), where
            if "&" in source:  # a menu's key: "파일(&F)" for "&File"
                letter = source[source.index("&") + 1].upper()
                assert f"(&{letter})" in text or f"&{letter}" in text, where
            checked += 1
    assert checked > 600


def test_explain_in_korean_states_the_mul_rule_with_the_books_numbers():
    proc = cli("explain", SAMPLES / "apple_orange.json", "--lang", "ko")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "사과와 귤 쇼핑 (그림 5-3, 5-15)"
    assert lines[1] == "순전파" and "역전파" in lines
    # the rule, then the local derivative (국소적 미분) times the upstream gradient
    assert " 17. 곱셈 노드는 입력을 서로 바꿔 곱한다. 상류에서 전해진 미분에 국소적 미분 " \
           "∂apple_price/∂apple = apple_num을 곱한다: ∂price/∂apple = ∂price/∂apple_price × " \
           "apple_num = 1.1 × 2 = 2.2" in lines
    assert " 13. 덧셈 노드는 상류에서 온 기울기를 그대로 하류로 흘려보낸다. 상류에서 전해진 미분에 " \
           "국소적 미분 ∂all_price/∂apple_price = 1을 곱한다: ∂price/∂apple_price = " \
           "∂price/∂all_price × 1 = 1.1 × 1 = 1.1" in lines
    assert "  1. apple = 100: 그래프가 출발하는 상수" in lines


def test_explain_json_in_korean_keeps_english_keys():
    proc = cli("explain", SAMPLES / "mul_node.json", "--lang", "ko", "--json")
    assert proc.returncode == 0, proc.stderr
    steps = json.loads(proc.stdout)
    assert set(steps[0]) == {"phase", "node", "node_id", "edge", "rule", "text", "numbers"}
    assert steps[-1]["phase"] == "backward" and steps[-1]["rule"] == "mul"
    assert steps[-1]["text"].startswith("곱셈 노드는 입력을 서로 바꿔 곱한다. 상류에서 전해진 미분에 "
                                        "국소적 미분 ∂z/∂y = x를 곱한다: ∂L/∂y")


def test_run_and_gradcheck_print_korean_and_keep_the_numbers():
    proc = cli("run", SAMPLES / "apple_orange.json", "--lang", "ko")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "출력 price = 715.0000000000001"
    assert lines[1].split() == ["노드", "종류", "값", "기울기"]
    assert lines[2].split() == ["apple", "Constant", "100", "2.2"]
    proc = cli("gradcheck", SAMPLES / "apple.json", "--lang", "ko")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == (
        "기울기 확인 통과 (노드별 평균 |오차역전파법 - 수치 미분|, 허용 오차 1e-06)")
    proc = cli("run", SAMPLES / "apple.json", "--lang", "ko", "--json")
    assert set(json.loads(proc.stdout)) == {"output", "nodes", "edges", "warnings", "errors"}


def test_a_refused_file_says_what_and_where_in_korean(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "backprop-studio-graph", "version": 1,
                               "nodes": [{"id": "a", "type": "Foo", "label": "a",
                                          "position": [0, 0]}], "edges": []}),
                   encoding="utf-8")
    proc = cli("run", bad, "--lang", "ko")
    assert proc.returncode == 1
    assert proc.stderr.startswith(f'backprop-studio: {bad}: nodes[0] (id "a"): 알 수 없는 노드 '
                                  '종류 "Foo" (알려진 종류: Mul, Add,')
    proc = cli("train", "--data", tmp_path / "none", "--lang", "ko")
    assert proc.returncode == 1
    assert "폴더가 없어서 MNIST 파일도 없습니다: train-images-idx3-ubyte[.gz]" in proc.stderr


def test_messages_keep_their_english_by_default_and_speak_korean_when_asked(korean):
    text = '{"format": "backprop-studio-graph", "version": 1, "nodes": [], "edges": []'
    with pytest.raises(ValueError) as refused:
        loads_graph(text, "g.json")
    assert str(refused.value).startswith("g.json: 올바른 JSON이 아닙니다: ")
    graph = load_graph(SAMPLES / "affine_node.json")
    graph.set_params("W", {"init": "fixed", "value": [[1.0, 2.0]]})
    result = evaluate(graph)
    assert next(iter(result.errors.values())).message == (
        'Affine "Y": x는 (2,)인데 W는 (1, 2)입니다 — x의 마지막 축이 W의 첫 축과 같아야 '
        '합니다')
    i18n.set_language("en")
    assert evaluate(graph).errors[next(iter(result.errors))].message == (
        'Affine "Y": x is (2,) but W is (1, 2) — x\'s last axis must equal W\'s first')


def test_sample_titles_and_descriptions_come_in_korean(korean):
    titles = {s.path.stem: s.title for s in sample_catalogue()}
    assert titles["mul_node"] == "곱셈 노드: 입력을 서로 바꿔 곱한다"
    assert titles["chain_rule"] == "연쇄법칙: z = (x + y)²"
    for path in sorted(SAMPLES.glob("*.json")):
        meta = load_graph(path).meta
        assert i18n.localized(meta, "title") == meta["title_ko"]
        assert re.search("[가-힣]", meta["description_ko"]), path.name
    i18n.set_language("en")
    assert {s.path.stem: s.title for s in sample_catalogue()}["mul_node"] == \
        "Multiply node: the inputs swap"


def test_the_step_sentences_of_every_sample_are_korean(korean):
    """No English sentence is left in any step of any sample (formulas and labels aside)."""
    english = re.compile(r"\b(the|and|is|its|of|so|to|from|passes|sends|where|with)\b")
    for path in sorted(SAMPLES.glob("*.json")):
        for step in build_steps(evaluate(load_graph(path))):
            words = step.text.replace("Softmax-with-Loss", "")  # the layer's name
            assert not english.search(words), (path.name, step.text)
            assert re.search("[가-힣]", step.text) or "=" in step.text, (path.name, step.text)
