"""A bundled sample's name wherever a graph file is asked for, from any folder, and
`backprop-studio samples` listing them (figure, name, title; English or Korean)."""

import json
import subprocess
import sys

from core.files.samples import graph_argument, sample_named
from core.paths import SAMPLES


def cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "backprop_studio", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=cwd)


def test_names_resolve_to_the_bundled_files(tmp_path, monkeypatch):
    assert sample_named("apple_orange") == SAMPLES / "apple_orange.json"
    assert sample_named("apple_orange.json") == SAMPLES / "apple_orange.json"
    assert sample_named("no_such_sample") is None
    assert sample_named("../samples/apple") is None  # a path is not a name
    assert sample_named("") is None
    monkeypatch.chdir(tmp_path)
    assert graph_argument("apple") == str(SAMPLES / "apple.json")
    (tmp_path / "apple").write_text("{}")  # a file of that name wins
    assert graph_argument("apple") == "apple"
    assert graph_argument("missing.json") == "missing.json"  # load_graph says it is missing


def test_run_explain_gradcheck_and_export_take_a_name(tmp_path):
    run = cli("run", "apple_orange", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    nodes = json.loads(run.stdout)["nodes"]
    assert nodes["price"]["value"] == 715.0000000000001 and nodes["tax"]["grad"] == 650
    explain = cli("explain", "sigmoid_primitives", cwd=tmp_path)
    assert explain.returncode == 0, explain.stderr
    assert explain.stdout.startswith("Sigmoid from primitives, and as one node (figure 5-19 "
                                     "to 5-22)\n")
    assert cli("gradcheck", "mul_node", cwd=tmp_path).returncode == 0
    out = tmp_path / "apple.py"
    assert cli("export-code", "apple.json", "-o", out, cwd=tmp_path).returncode == 0
    printed = subprocess.run([sys.executable, str(out)], capture_output=True, text=True,
                             timeout=60, cwd=tmp_path)
    assert "output price = 220.00000000000003" in printed.stdout


def test_an_unknown_name_is_refused_as_a_missing_file(tmp_path):
    proc = cli("run", "no_such_sample", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.startswith("backprop-studio: no_such_sample: ")


def test_samples_lists_figure_name_and_title(tmp_path):
    proc = cli("samples", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Samples of chapter 5 (figure, name, title):"
    assert lines[1].split() == ["5-2,", "5-14", "apple", "Buying", "apples"]
    assert any(line.split()[:5] == ["5-19", "to", "5-22", "sigmoid_primitives", "Sigmoid"]
               for line in lines)
    assert len([line for line in lines if line.startswith("  ")]) == \
        len(list(SAMPLES.glob("*.json")))
    korean = cli("samples", "--lang", "ko", cwd=tmp_path).stdout.splitlines()
    assert korean[0] == "5장의 예제 (그림, 이름, 제목):"
    assert korean[1].split() == ["5-2,", "5-14", "apple", "사과", "쇼핑"]
    assert any(line.split()[:3] == ["5-19~5-22", "sigmoid_primitives", "기본"]
               for line in korean)


def test_samples_json(tmp_path):
    proc = cli("samples", "--json", cwd=tmp_path)
    listed = json.loads(proc.stdout)
    first = listed[0]
    assert first == {"name": "apple", "figure": "5-2, 5-14", "title": "Buying apples",
                     "path": str(SAMPLES / "apple.json")}
    assert {s["name"] for s in listed} == {p.stem for p in SAMPLES.glob("*.json")}
