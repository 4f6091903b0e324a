"""`backprop-studio explain`: the lesson as text and as JSON, through a real subprocess."""

import json
import subprocess
import sys

from core.engine.program import evaluate
from core.files.graph_files import load_graph
from core.lesson.steps import build_steps
from core.paths import SAMPLES


def explain(*args):
    return subprocess.run([sys.executable, "-m", "core.cli", "explain", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_explain_prints_forward_then_backward_one_numbered_sentence_per_step():
    proc = explain(SAMPLES / "apple.json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "Buying apples (figure 5-2, 5-14)",
        "Forward",
        "  1. apple = 100: a constant the graph starts from",
        "  2. apple_num = 2: a constant the graph starts from",
        "  3. tax = 1.1: a constant the graph starts from",
        "  4. apple_price = apple × apple_num = 100 × 2 = 200",
        "  5. price = apple_price × tax = 200 × 1.1 = 220",
        "Backward",
        "  6. Backward starts at the output price: ∂price/∂price = 1",
        "  7. × swaps its inputs; local derivative ∂price/∂apple_price = tax, times the upstream "
        "gradient: ∂price/∂apple_price = ∂price/∂price × tax = 1 × 1.1 = 1.1",
        "  8. × swaps its inputs; local derivative ∂price/∂tax = apple_price, times the upstream "
        "gradient: ∂price/∂tax = ∂price/∂price × apple_price = 1 × 200 = 200",
        "  9. × swaps its inputs; local derivative ∂apple_price/∂apple = apple_num, times the "
        "upstream gradient: ∂price/∂apple = ∂price/∂apple_price × apple_num = 1.1 × 2 = 2.2",
        "     By the chain rule, the local derivatives from price back to apple multiply: "
        "∂price/∂apple = ∂price/∂apple_price · ∂apple_price/∂apple = tax · apple_num = "
        "1.1 · 2 = 2.2",
        " 10. × swaps its inputs; local derivative ∂apple_price/∂apple_num = apple, times the "
        "upstream gradient: ∂price/∂apple_num = ∂price/∂apple_price × apple = 1.1 × 100 = 110",
        "     By the chain rule, the local derivatives from price back to apple_num multiply: "
        "∂price/∂apple_num = ∂price/∂apple_price · ∂apple_price/∂apple_num = tax · apple = "
        "1.1 · 100 = 110"]


def test_explain_json_is_the_list_of_steps_step_mode_shows():
    proc = explain(SAMPLES / "softmax_cross_entropy.json", "--json")
    assert proc.returncode == 0, proc.stderr
    steps = json.loads(proc.stdout)
    result = evaluate(load_graph(SAMPLES / "softmax_cross_entropy.json"))
    assert [s["text"] for s in steps] == [s.text for s in build_steps(result)]
    assert [s["rule"] for s in steps] == ["source", "source", "softmax", "cross_entropy_error",
                                          "start", "cross_entropy_error", "given", "softmax"]
    last = steps[-1]
    assert last["edge"] == {"source": "a", "target": "y", "port": "x"}
    assert all(abs(a - b) < 1e-15 for a, b in zip(last["numbers"]["result"], [0.3, -0.8, 0.5]))


def test_explain_accepts_korean_and_refuses_bad_input(tmp_path):
    proc = explain(SAMPLES / "mul_node.json", "--lang", "ko")
    assert proc.returncode == 0, proc.stderr
    assert "∂L/∂x = ∂L/∂z × y = 1.3 × 5 = 6.5" in proc.stdout  # English until Korean comes
    proc = explain(SAMPLES / "mul_node.json", "--lang", "fr")
    assert proc.returncode == 2 and "invalid choice: 'fr'" in proc.stderr
    proc = explain(tmp_path / "nope.json")
    assert proc.returncode == 1 and "cannot read the file" in proc.stderr
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "backprop-studio-graph", "version": 1, "nodes": [], '
                     '"edges": []}')
    proc = explain(empty)
    assert proc.returncode == 1
    assert proc.stderr == (f"backprop-studio: {empty}: the graph has no nodes, so there is "
                           "nothing to explain\n")


def test_explain_tells_what_it_can_of_a_graph_that_cannot_run(tmp_path):
    half = tmp_path / "half.json"
    half.write_text(json.dumps({
        "format": "backprop-studio-graph", "version": 1,
        "nodes": [{"id": "a", "type": "Constant", "label": "a", "position": [0, 0],
                   "params": {"value": 1}},
                  {"id": "m", "type": "Mul", "label": "m", "position": [200, 0]}],
        "edges": [{"source": "a", "target": "m", "port": "x"}]}))
    proc = explain(half)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[1:] == ["  1. a = 1: a constant the graph starts from",
                                            '  2. Mul "m": input y is not connected']
    assert 'Mul "m": input y is not connected' in proc.stderr
