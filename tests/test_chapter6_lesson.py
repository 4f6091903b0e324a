"""BatchNorm, Dropout, Mean and Sqrt in the lesson and the exported code: `explain` says
their rules with the chain rule and the local derivative in both languages, practice
never gives their answers away, and export-code's script prints what `run` prints."""

import json
import re

import numpy as np
import pytest

from core import i18n
from core.cli.main import main as cli_main
from core.engine.program import evaluate
from core.files.graph_files import save_graph
from core.formatting import summarize
from core.lesson.practice import Round, questions
from core.lesson.steps import build_steps
from tests.helpers import build, const
from tests.test_export_code import imports, python, run_text

X = [[1.0, 2.0], [3.0, -1.0], [5.0, 0.5]]


def chain_graph():
    """x → BatchNorm(γ, β) → Dropout → ×g → Σ: a BatchNorm and a Dropout with an upstream
    gradient that is not all ones."""
    graph = build([("x", "Data", const(X)), ("gamma", "Parameter", const([1.5, 0.5])),
                   ("beta", "Parameter", const([0.1, -0.2])), ("bn", "BatchNorm", {}),
                   ("drop", "Dropout", {"ratio": 0.5, "seed": 1}),
                   ("g", "Constant", const([[0.3, -0.5], [1.0, 0.2], [-0.4, 0.6]])),
                   ("yg", "Mul", {}), ("L", "Sum", {"axis": None})],
                  [("x", "bn", "x"), ("gamma", "bn", "gamma"), ("beta", "bn", "beta"),
                   ("bn", "drop", "x"), ("drop", "yg", "x"), ("g", "yg", "y"),
                   ("yg", "L", "x")])
    graph.output.set_node("L")
    return graph


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def texts(graph, rule):
    return [s.text for s in build_steps(evaluate(graph)) if s.rule == rule]


def test_batchnorm_and_dropout_say_their_rules_with_the_local_derivative():
    graph = chain_graph()
    forward, *backward = texts(graph, "batchnorm")
    assert forward == (
        "bn = gamma ⊙ x̂ + beta: each column of x is normalized over the batch of 3, x̂ = "
        "(x − μ) / √(σ² + ε) with the batch's mean μ = [3, 0.5] and variance σ² = [2.67, "
        "1.5], then scaled and shifted: (3, 2) → (3, 2) = [[-1.74, 0.412], [0.1, -0.812], "
        "[1.94, -0.2]]")
    dx, dgamma, dbeta = (t.split("\n")[0] for t in backward)
    assert dx.startswith("every row of x reaches every row's output through the batch's mean "
                         "and variance, so the gradient takes three paths back")
    assert "local derivative ∂bn/∂x = (gamma/σ)(δ_ij − 1/N − x̂_i x̂_j / N), applied to the " \
           "upstream gradient: ∂L/∂x = (gamma/σ) ⊙ (∂L/∂bn − mean(∂L/∂bn) − x̂ ⊙ " \
           "mean(∂L/∂bn ⊙ x̂)), the means over the batch of 3: (3, 2) → (3, 2) = " in dx
    assert "local derivative ∂bn/∂gamma = x̂ for each copy, so the upstream gradient is " \
           "summed: ∂L/∂gamma = Σ x̂ ⊙ ∂L/∂bn: (3, 2) → (2,) = " in dgamma
    assert "∂bn/∂beta = 1 for each copy" in dbeta
    mask = np.random.default_rng(1).random((3, 2)) > 0.5
    forward, backward = texts(graph, "dropout")
    assert f"seed 1 draws mask = {summarize(mask.astype(float))}" in forward
    assert backward.startswith("Dropout passes the gradient where it kept bn and blocks it "
                               "where it dropped it, mask = ")
    assert "local derivative ∂drop/∂bn = mask, times the upstream gradient" in backward


def test_explain_tells_them_in_korean(korean, capsys, tmp_path):
    path = tmp_path / "chapter6.json"
    save_graph(chain_graph(), path)
    capsys.readouterr()
    assert cli_main(["explain", str(path), "--lang", "ko"]) == 0
    out = capsys.readouterr().out
    assert "x의 각 열을 데이터 3개짜리 배치 전체에 걸쳐 정규화한다" in out
    assert "기울기는 세 경로(x̂, σ², μ; 그림 6-17)로 돌아가고" in out
    assert "국소적 미분 ∂bn/∂x = (gamma/σ)(δ_ij − 1/N − x̂_i x̂_j / N)을 상류에서 전해진 " \
           "미분에 적용한다" in out
    assert "드롭아웃은 bn을 남긴 곳에서 기울기를 통과시키고 삭제한 곳에서 막는다" in out
    assert "시드 1이 뽑은 마스크는" in out and "국소적 미분 ∂drop/∂bn = 마스크를 곱한다" in out
    assert not re.search(r"\b(every|gradient|mask|batch|dropped)\b", out)


def test_mean_and_sqrt_say_their_local_derivatives():
    graph = build([("x", "Constant", const([[1.0, 4.0], [9.0, 16.0]])), ("m", "Mean", {}),
                   ("r", "Sqrt", {})], [("x", "m", "x"), ("m", "r", "x")])
    result = evaluate(graph)
    np.testing.assert_array_equal(result.values["m"], [5.0, 10.0])
    np.testing.assert_allclose(result.grads["x"], np.broadcast_to(
        1 / (2 * np.sqrt([5.0, 10.0])) / 2, (2, 2)))
    steps = build_steps(result)
    said = {s.rule: s.text for s in steps if s.phase == "backward"}
    assert said["sqrt"].startswith("r = √m, whose derivative is 1/(2√m); local derivative "
                                   "∂r/∂m = 1/(2r), times the upstream gradient: ")
    assert said["mean"].startswith("the mean gives each of the 2 elements it averaged 1/2 of "
                                   "the upstream gradient; local derivative ∂m/∂x = 1/2")
    assert [s.text for s in steps if s.rule == "mean"][0] == (
        "m = mean x along axis 0, each the sum of 2 divided by 2: (2, 2) → (2,) = [5, 10]")


def test_practice_asks_their_gradients_and_no_hint_holds_the_answer():
    result = evaluate(chain_graph())
    asked = [q for q in questions(result, forward=True) if q.asked]
    kinds = {(result.graph.nodes[q.step.node].type, q.kind) for q in asked}
    assert {("BatchNorm", "value"), ("BatchNorm", "grad"), ("Dropout", "value"),
            ("Dropout", "grad")} <= kinds
    for q in asked:
        answer = summarize(q.answer)
        for hint in q.hints:
            assert "= ?" in hint or "→ ?" in hint, hint
            assert answer not in hint.split("?")[0][-len(answer) - 3:], (hint, answer)
            assert not re.search(r"= [-\d.\[\](), ×·/]+ = \?", hint), hint
    # the first asked BatchNorm gradient: a miss gets the rule, then the values
    round_ = Round(questions(result))
    while result.graph.nodes[round_.current.step.node].type != "BatchNorm":
        assert round_.answer(json.dumps(np.asarray(round_.current.answer).tolist()))[0]
        assert not round_.over, "no BatchNorm question"
    _, first = round_.answer("[[0, 0], [0, 0], [0, 0]]")
    assert first.startswith("By the chain rule, the gradient from upstream times the local "
                            "derivative: every row of x reaches every row's output")
    assert summarize(round_.current.answer) not in first


def test_export_code_prints_what_run_prints_for_batchnorm_and_dropout(tmp_path, capsys):
    path = tmp_path / "chapter6.json"
    save_graph(chain_graph(), path)
    out = tmp_path / "chapter6.py"
    assert cli_main(["export-code", str(path), "-o", str(out)]) == 0
    code = out.read_text(encoding="utf-8")
    assert "class BatchNormalization:" in code and "class Dropout:" in code
    assert "BatchNormalization(momentum=0.9)" in code
    assert "Dropout(dropout_ratio=0.5, seed=1)" in code
    assert "def forward(self, x, gamma, beta, train_flg=True):" in code
    proc = python(out, cwd=tmp_path)
    assert proc.stderr == b"" and proc.returncode == 0
    assert proc.stdout == run_text(path, capsys).encode("utf-8")
    assert imports(code) == {"numpy"}


def test_the_exported_layers_evaluate_as_the_engine_does(tmp_path):
    """With train_flg=False the exported layers use the running averages and the scaling,
    as the engine's evaluation mode does."""
    from core.engine.program import Program
    from core.ops.normalization import BATCHNORM_CODE
    from core.ops.regularization import DROPOUT_CODE
    space = {"np": np}
    exec(BATCHNORM_CODE + DROPOUT_CODE, space)  # noqa: S102 - our own layer code
    bn, drop = space["BatchNormalization"](), space["Dropout"](0.5, seed=1)
    program = Program(chain_graph(), mode="training")
    rng = np.random.default_rng(2)
    gamma, beta = np.array([1.5, 0.5]), np.array([0.1, -0.2])
    for _ in range(3):
        x = rng.normal(size=(3, 2))
        values = program.forward({"x": x})
        np.testing.assert_allclose(drop.forward(bn.forward(x, gamma, beta)), values["drop"],
                                   rtol=1e-15)
    program.set_mode("evaluation")
    x = rng.normal(size=(3, 2))
    values = program.forward({"x": x})
    np.testing.assert_allclose(drop.forward(bn.forward(x, gamma, beta, train_flg=False),
                                            train_flg=False), values["drop"], rtol=1e-15)


def test_sub_and_div_send_back_their_local_derivatives():
    graph = build([("a", "Constant", const([6.0, 8.0])), ("b", "Constant", const(2.0)),
                   ("d", "Sub", {}), ("q", "Div", {})],
                  [("a", "d", "x"), ("b", "d", "y"), ("d", "q", "x"), ("b", "q", "y")])
    result = evaluate(graph)
    np.testing.assert_array_equal(result.values["q"], [2.0, 3.0])
    # ∂q/∂b = −d/b² summed over the two copies of b, plus −1 × 1/b from d, summed
    assert float(result.grads["b"]) == pytest.approx(-(4 + 6) / 4 - 2 * 0.5)
    np.testing.assert_array_equal(result.grads["a"], [0.5, 0.5])
    said = [s.text for s in build_steps(result) if s.phase == "backward"]
    assert any(t.startswith("− passes the upstream gradient on to a unchanged; local "
                            "derivative ∂d/∂a = 1") for t in said)
    assert any(t.startswith("÷ divides the upstream gradient by the divisor; local derivative "
                            "∂q/∂d = 1/b") for t in said)
    assert any("local derivative ∂q/∂b = −d/b²" in t for t in said)
