"""The command line a learner uses beside the book: every subcommand in --help, help and
argparse's errors in the chosen language, arrays printed as the canvas shows them, columns
aligned as a terminal shows Hangul, gradcheck that says why (and checks real digits), no
value made up for a Constant, and the system's words in Korean. Real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from core.paths import ROOT, SAMPLES
from tests.conftest import SHARED_MNIST

SUBCOMMANDS = ["run", "gradcheck", "train", "explain", "export-code"]


def cli(*args, module="core.cli"):
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_help_names_every_subcommand_in_either_language():
    for module in ("core.cli", "backprop_studio"):
        english = cli("--help", module=module)
        assert english.returncode == 0, english.stderr
        for name in SUBCOMMANDS:
            assert f"  {name}" in english.stdout, (module, name)
    assert "the lesson as text: one sentence per forward and backward step" in \
        cli("--help", module="backprop_studio").stdout
    korean = cli("--help", "--lang", "ko", module="backprop_studio")
    assert korean.stdout.startswith("사용법: backprop-studio")
    assert "수업을 글로 보여 줍니다" in korean.stdout and "옵션:" in korean.stdout
    assert "  export-code  그래프를 책의 계층 방식으로 쓴 독립 NumPy 스크립트로" in korean.stdout
    sub = cli("gradcheck", "--help", "--lang", "ko")
    assert "위치 인수:" in sub.stdout and "이 도움말을 보여 주고 끝냅니다" in sub.stdout
    assert "--data DIR" in sub.stdout and "책의 gradient_check.py처럼" in sub.stdout


def test_argparse_errors_speak_the_chosen_language():
    proc = cli("run", "--lang", "ko")
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[-1] == ("backprop-studio run: 오류: 다음 인수가 필요합니다: "
                                            "file")
    proc = cli("run", SAMPLES / "apple.json", "--bogus", "--lang=ko")
    assert "오류: 알 수 없는 인수: --bogus" in proc.stderr
    proc = cli("train", "--iters", "many", "--lang", "ko")
    assert "인수 --iters: int 값으로 쓸 수 없습니다: 'many'" in proc.stderr
    english = cli("run")
    assert "error: the following arguments are required: file" in english.stderr


def test_run_prints_small_arrays_in_full_and_large_ones_as_shape_and_extremes():
    proc = cli("run", SAMPLES / "relu.json")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "output y = [[1, 0], [0, 3]]"
    assert lines[2].split("  ")[0] == "x" and "[[1, -0.5], [-2, 3]]" in lines[2]
    assert lines[2].endswith("[[1, 0], [0, 1]]")
    net = cli("run", SAMPLES / "two_layer_net.json").stdout.splitlines()
    b1 = next(line for line in net if line.startswith("b1 "))
    assert "(50,) all 0" in b1 and b1.endswith("(50,) -0.01025554399381312 … "
                                               "0.007787180179445095")
    t = next(line for line in net if line.startswith("t "))
    assert "(3, 10) 0 … 1" in t and t.endswith("—")


def test_run_aligns_its_columns_by_terminal_cells_in_korean(tmp_path):
    from core.files.graph_files import load_graph, save_graph
    graph = load_graph(SAMPLES / "apple.json")
    graph.set_label("apple", "사과")
    path = tmp_path / "사과.json"
    save_graph(graph, path)
    lines = cli("run", path, "--lang", "ko").stdout.splitlines()
    head = lines[1]
    assert head.split() == ["노드", "종류", "값", "기울기"]
    starts = [cells(head[:head.index(word)]) for word in ("종류", "값", "기울기")]
    for line in lines[2:]:
        label, kind, value, grad = line.split()
        assert [cells(line[:line.index(kind)]), cells(line[:line.index(value, len(label))]),
                cells(line[:line.rindex(grad)])] == starts, line


def test_gradcheck_says_on_stdout_why_a_broken_graph_was_not_checked(tmp_path):
    half = tmp_path / "half.json"
    half.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "a", "type": "Constant", "label": "a", "position": [0, 0],
                   "params": {"value": 2}},
                  {"id": "m", "type": "Mul", "label": "m", "position": [200, 0]}],
        "edges": [{"source": "a", "target": "m", "port": "x"}]}))
    proc = cli("gradcheck", half)
    assert proc.returncode == 1
    assert proc.stdout == ('no gradient check: the graph cannot run, because Mul "m": input y '
                           'is not connected\n')
    assert 'Mul "m": input y is not connected' in proc.stderr
    korean = cli("gradcheck", half, "--lang", "ko")
    assert korean.stdout == ('기울기 확인을 하지 않았습니다. 그래프를 실행할 수 없습니다: Mul "m": '
                             '입력 y가 연결되어 있지 않습니다\n')


def test_gradcheck_checks_the_first_three_real_digits_as_the_books_script():
    folder = SHARED_MNIST / "t10k-split"
    if not folder.is_dir():
        pytest.skip(f"real MNIST digits not found at {folder}")
    proc = cli("gradcheck", SAMPLES / "two_layer_net.json", "--data", folder, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["passed"] and doc["data"]["labels"] == [7, 2, 1]
    nodes = doc["nodes"]
    # the book's orders of magnitude (W1 3.9e-10, b1 2.5e-09, W2 5.5e-09, b2 1.4e-07)
    assert 1e-11 < nodes["W1"]["mean_abs_diff"] < 1e-8
    assert 1e-10 < nodes["b1"]["mean_abs_diff"] < 1e-7
    assert 1e-8 < nodes["b2"]["mean_abs_diff"] < 1e-6
    text = cli("gradcheck", SAMPLES / "two_layer_net.json", "--data", folder, "--lang", "ko")
    assert text.stdout.startswith(f"{folder}의 첫 훈련 숫자 3개(7, 2, 1)로, 책의 "
                                  "gradient_check.py처럼 확인합니다\n")
    assert text.stdout.splitlines()[-1].startswith("기울기 확인 통과")


def test_a_constant_with_no_value_is_refused_not_given_1(tmp_path):
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "a", "type": "Constant", "label": "a", "position": [0, 0]}],
        "edges": []}))
    proc = cli("run", bare)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == (f'backprop-studio: {bare}: nodes[0] (id "a"): Constant "a" has no '
                           'value; give it one, as in "params": {"value": 2}\n')
    korean = cli("run", bare, "--lang", "ko")
    assert 'Constant "a"에 값이 없습니다. "params": {"value": 2}처럼 값을 주세요' in korean.stderr


def test_the_systems_and_jsons_own_words_are_korean_in_korean(tmp_path):
    missing = cli("run", tmp_path / "nope.json", "--lang", "ko")
    assert "파일을 읽을 수 없습니다 (파일이나 폴더가 없습니다)" in missing.stderr
    folder = cli("run", tmp_path, "--lang", "ko")
    assert "파일을 읽을 수 없습니다 (폴더입니다)" in folder.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format" "backprop-studio-graph", "nodes": []}')
    proc = cli("run", bad, "--lang", "ko")
    assert "올바른 JSON이 아닙니다: 1행 11열에서 ':'가 와야 합니다" in proc.stderr
    assert "Expecting" not in proc.stderr
    extra = tmp_path / "extra.json"
    extra.write_text('{"format": "backprop-studio-graph", "version": 1, "nodes": [], '
                     '"edges": [], "zzz": 1}')
    proc = cli("run", extra, "--lang", "ko")
    assert "문서: 알 수 없는 항목은 허용되지 않습니다 ('zzz'는 예상하지 못한 항목입니다)" in \
        proc.stderr
    for proc in (missing, folder):
        assert not any(word in proc.stderr for word in ("No such", "Is a directory"))
    assert "No such file or directory" in cli("run", tmp_path / "nope.json").stderr
