"""Training takes one path through the engine, whatever the graph: no special path for the
sample. These tests look at what runs, never at how long it takes."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from core.engine.program import Program, evaluate
from core.files.graph_files import load_graph
from core.ops.base import Op
from core.paths import SAMPLES
from core.training.mnist import MnistData, load_mnist
from core.training.run import TrainConfig
from core.training.trainer import Trainer
from tests.helpers import build, const, registered

TWO_LAYER = SAMPLES / "two_layer_net.json"
ITERS = 6
ROOT = Path(__file__).resolve().parents[1] / "core"
WATCHED = (ROOT / "engine", ROOT / "training")


@lru_cache(maxsize=None)
def _load(folder: str) -> MnistData:
    return load_mnist(folder)


@pytest.fixture
def mnist(mnist_split) -> MnistData:
    return _load(str(mnist_split))


def sample():
    return load_graph(TWO_LAYER)


def sigmoid_instead_of_relu():
    graph = load_graph(TWO_LAYER)
    graph.remove_node("Relu1")
    graph.add_node("Sigmoid", "Sigmoid1", node_id="Sigmoid1")
    graph.add_edge("Affine1", "Sigmoid1", "x")
    graph.add_edge("Sigmoid1", "Affine2", "x")
    return graph


def one_layer_more():
    """Affine1 → ReLU → Affine3 → ReLU → Affine2 → loss: a hidden layer the sample has not."""
    graph = load_graph(TWO_LAYER)
    graph.remove_edge("Affine2", "x")
    graph.add_node("Parameter", "W3", params={"init": "normal", "shape": [50, 50],
                                              "std": 0.1}, node_id="W3")
    graph.add_node("Parameter", "b3", params={"init": "zeros", "shape": [50]}, node_id="b3")
    graph.add_node("Affine", "Affine3", node_id="Affine3")
    graph.add_node("ReLU", "Relu3", node_id="Relu3")
    for source, target, port in [("Relu1", "Affine3", "x"), ("W3", "Affine3", "W"),
                                 ("b3", "Affine3", "b"), ("Affine3", "Relu3", "x"),
                                 ("Relu3", "Affine2", "x")]:
        graph.add_edge(source, target, port)
    return graph


GRAPHS = {"sample": sample, "sigmoid": sigmoid_instead_of_relu, "deeper": one_layer_more}


def trace(trainer: Trainer) -> tuple[dict[str, int], dict[str, int]]:
    """Train, and count the calls of every engine and trainer function, and of every op's
    forward and backward (by the op's type)."""
    engine: dict[str, int] = {}
    ops: dict[str, int] = {}

    def profile(frame, event, arg):
        if event != "call":
            return
        code = frame.f_code
        path = Path(code.co_filename)
        if any(folder in path.parents for folder in WATCHED):
            key = f"{path.stem}.{code.co_qualname}"
            engine[key] = engine.get(key, 0) + 1
        elif code.co_name in ("forward", "backward") and "self" in frame.f_locals:
            key = f"{type(frame.f_locals['self']).type_name}.{code.co_name}"
            ops[key] = ops.get(key, 0) + 1

    sys.setprofile(profile)
    try:
        result = trainer.run()
    finally:
        sys.setprofile(None)
    assert result.status == "finished", result.message
    return engine, ops


def make(graph, mnist: MnistData) -> Trainer:
    return Trainer(graph, mnist.x_train, mnist.t_train, None, None,
                   TrainConfig(iters=ITERS, batch_size=50, evaluate=False, seed=0,
                               dtype="float32"))


def test_the_sample_and_edited_graphs_run_the_same_engine_code(mnist):
    make(sample(), mnist).run()  # once untraced: what is looked up once is then known
    traces = {name: trace(make(graph(), mnist)) for name, graph in GRAPHS.items()}
    sample_engine, _ = traces["sample"]
    # one forward and one backward of the engine per iteration: the program's careful
    # ones on the first batch, which bind the training path for the rest; the update, the
    # batch
    for name, count in (("program.Program.forward", 1), ("program.Program.backward", 1),
                        ("program.Program.bind", 1), ("program.TrainingPass.__init__", 1),
                        ("program.TrainingPass.forward", ITERS - 1),
                        ("program.TrainingPass.backward", ITERS - 1),
                        ("trainer.Trainer._next_batch", ITERS),
                        ("trainer.Trainer._backward_and_update", ITERS)):
        assert sample_engine[name] == count, name
    # the careful (checked) forward runs once per op, on the first batch only: the rest
    # go down the training path
    for name, (engine, ops) in traces.items():
        assert set(engine) == set(sample_engine), name  # the same functions ...
        assert {k: v for k, v in engine.items() if "forward" not in k and "memory" not in k
                and "_backward_plan" not in k} == {  # ... as often, but for those per op
            k: v for k, v in sample_engine.items() if "forward" not in k and "memory" not in k
            and "_backward_plan" not in k}, name
        ops_in_graph = sum(1 for n in GRAPHS[name]().nodes.values() if not n.op.is_source)
        assert engine["program.Program._run_forward"] == ops_in_graph, name
        # every op ran forward on every batch and backward on every batch
        assert sum(v for k, v in ops.items() if k.endswith(".forward")) == ops_in_graph * ITERS
        assert sum(v for k, v in ops.items() if k.endswith(".backward")) == ops_in_graph * ITERS
    assert traces["sigmoid"][1]["Sigmoid.forward"] == ITERS
    assert "ReLU.forward" not in traces["sigmoid"][1]
    assert traces["deeper"][1]["Affine.backward"] == 3 * ITERS


@pytest.mark.parametrize("name", list(GRAPHS))
def test_the_ops_recycle_their_arrays_batch_after_batch(mnist, name):
    """Whatever the graph, the layers and the activations that compute into arrays of
    their own (`Op.buffer`) return the same arrays batch after batch, gradients too."""
    trainer = make(GRAPHS[name](), mnist)
    program = trainer.program
    assert all(step.layer.recycle for step in program.steps)
    trainer.run()
    recycled = [s.node.id for s in program.steps
                if s.node.type in ("Affine", "ReLU", "Sigmoid")]
    values = {nid: program.values[nid] for nid in recycled}
    grads = dict(program.backward(trainer.roles.parameters)[0])
    trainer.config.iters = 2
    trainer.run()
    for nid in recycled:
        assert program.values[nid] is values[nid], nid
    again = program.backward(trainer.roles.parameters)[0]
    for nid in trainer.roles.parameters:
        if again[nid].ndim == 2:  # the weights' gradients
            assert again[nid] is grads[nid], nid


def test_images_get_no_gradient_and_labels_stay_class_indices(mnist):
    trainer = make(sample(), mnist)
    trainer.run()
    grads, _ = trainer.program.backward(trainer.roles.parameters)
    assert "x" not in grads and "t" not in grads
    assert trainer.program.values["t"].dtype.kind == "i"  # fed as whole numbers


def fan_out_graph():
    """x feeds a ReLU, a Sigmoid and a Softmax, whose outputs meet again: every gradient
    into x is a sum, and each op's dout is read by no one else."""
    nodes = [("x", "Parameter", {"init": "fixed", "value": [[1.0, -2.0, 0.5], [0.3, 0.2, -1.0]]}),
             ("r", "ReLU", {}), ("s", "Sigmoid", {}), ("m", "Softmax", {}),
             ("rs", "Mul", {}), ("a", "Add", {}), ("w", "Constant", const([0.5, -1.0, 2.0])),
             ("aw", "Mul", {}), ("sum", "Sum", {})]
    edges = [("x", "r", "x"), ("x", "s", "x"), ("x", "m", "x"), ("r", "rs", "x"),
             ("s", "rs", "y"), ("rs", "a", "x"), ("m", "a", "y"), ("a", "aw", "x"),
             ("w", "aw", "y"), ("aw", "sum", "x")]
    return build(nodes, edges)


def test_recycling_gives_the_gradients_of_new_arrays_run_after_run():
    """The same numbers with the ops' arrays recycled as with new ones, on every run,
    fan-out included; and what a run returned is overwritten by the next only when
    recycling."""
    graph = fan_out_graph()
    expected = evaluate(graph)
    assert not expected.errors
    program = Program(graph, recycle=True)
    for _ in range(3):
        program.forward()
        grads, edge_grads = program.backward()
        assert set(grads) == set(expected.grads)
        for nid, grad in expected.grads.items():
            np.testing.assert_array_equal(grads[nid], grad, err_msg=nid)
        for eid, grad in expected.edge_grads.items():
            np.testing.assert_array_equal(edge_grads[eid], grad, err_msg=eid)
    fresh = Program(graph)
    before = fresh.forward()["s"]
    assert fresh.forward()["s"] is not before  # the canvas's programs: new arrays each run


class FourInputs(Op):
    """a·b + c·d: an op of four inputs, more than the training pass writes out one by one."""

    type_name = "FourInputs"
    symbol = "ab+cd"
    category = "primitives"
    inputs = ("a", "b", "c", "d")

    def out_shape(self, sa, sb, sc, sd):
        return np.broadcast_shapes(sa, sb, sc, sd)

    def forward(self, a, b, c, d):
        self.held = a, b, c, d
        return a * b + c * d

    def backward(self, dout):
        a, b, c, d = self.held
        return dout * b, dout * a, dout * d, dout * c


@pytest.fixture
def four_inputs():
    with registered(FourInputs):
        yield FourInputs


def careful(graph, feeds, wrt):
    """A careful forward and backward of a new program (new arrays, every check)."""
    program = Program(graph)
    program.forward(feeds)
    grads, edge_grads = program.backward(wrt)
    assert not program.errors
    return program.values, grads, edge_grads


def assert_same(got: dict, want: dict) -> None:
    assert list(got) == list(want)  # the same keys, in the same order
    for key, value in want.items():
        assert got[key].dtype == value.dtype, key
        np.testing.assert_array_equal(got[key], value, err_msg=key)


@pytest.mark.parametrize("output", [None, "a"])
def test_the_training_pass_gives_what_the_careful_path_gives(four_inputs, output):
    """Pass after pass, the parameter updated in place and a new batch in the buffer: the
    values, gradients and edge gradients of a careful pass of a new program, bit for bit
    and in the same order; with fan-out (x feeds four nodes), a gradient summed down to a
    broadcast input's shape (w into d), an op of four inputs, two sinks or a named output
    that feeds on. After an edit of the program (`recompile`) it computes carefully."""
    graph = fan_out_graph()
    graph.add_node("Constant", "batch", params=const([[0.0] * 3] * 2), node_id="batch")
    graph.add_node("FourInputs", "f4", node_id="f4")
    for source, port in (("x", "a"), ("batch", "b"), ("s", "c"), ("w", "d")):
        graph.add_edge(source, "f4", port)
    graph.output.set_node(output)
    program = Program(graph, recycle=True, check_finite=False)
    batch = np.zeros((2, 3))
    feeds, wrt = {"batch": batch}, ("x", "w")
    program.forward(feeds)
    program.backward(wrt)
    training = program.bind(feeds, wrt)
    assert training is not None
    rng = np.random.default_rng(0)
    x = program.sources["x"]
    for _ in range(3):
        x -= 0.1 * rng.standard_normal(x.shape)  # in place, as training updates it
        batch[...] = rng.standard_normal(batch.shape)
        values = training.forward()
        grads, edge_grads = training.backward()
        want = careful(graph, {"batch": batch.copy(), "x": x.copy()}, wrt)
        for got, expected in zip((values, grads, edge_grads), want):
            assert_same(got, expected)
        assert program.values is values and not program.errors
    assert len(edge_grads) == (13 if output is None else 7) and grads["x"].shape == (2, 3)

    graph.set_params("w", {"value": [1.0, 1.0, -3.0]})
    program.recompile(["w"])
    values = training.forward()
    assert values is not training.values  # the careful path's, with the new w
    grads, edge_grads = training.backward()
    want = careful(graph, {"batch": batch.copy(), "x": x.copy()}, wrt)
    for got, expected in zip((values, grads, edge_grads), want):
        assert_same(got, expected)


class Ones(Op):
    """Three ones, from no input at all: an op the training pass calls with nothing."""

    type_name = "Ones"
    symbol = "1"
    category = "primitives"
    inputs = ()

    def out_shape(self):
        return (3,)

    def forward(self):
        return np.ones(3)

    def backward(self, dout):
        return ()


def test_the_training_pass_runs_an_op_of_no_inputs_and_binds_only_what_was_computed():
    """An op of no inputs takes the pass like any other (the careful path sizes its result
    in the program's dtype); `bind` refuses buffers the last careful forward did not run
    on."""
    with registered(Ones):
        graph = build([("x", "Parameter", {"init": "fixed", "value": [1.0, -2.0, 0.5]}),
                       ("ones", "Ones", {}), ("m", "Mul", {}), ("sum", "Sum", {})],
                      [("x", "m", "x"), ("ones", "m", "y"), ("m", "sum", "x")])
        program = Program(graph, recycle=True, check_finite=False)
        program.forward()
        program.backward(("x",))
        training = program.bind({}, ("x",))
        values = training.forward()
        assert values is training.values  # the pass itself, not the careful path
        want = careful(graph, {"x": program.sources["x"].copy()}, ("x",))
        for got, expected in zip((values, *training.backward()), want):
            assert_same(got, expected)

    graph = fan_out_graph()
    program = Program(graph, recycle=True, check_finite=False)
    buffer, other = np.zeros(3), np.ones(3)
    program.forward({"w": buffer})
    program.backward(("x",))
    assert program.bind({"w": buffer}, ("x",)) is not None
    program.forward({"w": other})
    assert program.bind({"w": buffer}, ("x",)) is None  # not what ran last
    program.forward({"w": buffer})
    assert program.bind({"w": buffer}, ("x",)) is not None


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_is_the_books_where_bit_for_bit(dtype):
    """ReLU computes into an array it keeps, yet gives np.where(x > 0, x, 0) exactly: +0
    for -0 and NaN, and its gradient np.where(x > 0, dout, 0), at any length (NumPy's
    vector loops and its scalar ones treat the sign of zero differently)."""
    from core.ops.activations import ReLU
    rng = np.random.default_rng(0)
    for n in (1, 3, 8, 17, 100, 1001):
        x = rng.standard_normal(n).astype(dtype)
        x[rng.random(n) < 0.3] = -0.0
        x[rng.random(n) < 0.1] = np.nan
        x[rng.random(n) < 0.1] = np.inf
        dout = rng.standard_normal(n).astype(dtype)
        dout[rng.random(n) < 0.2] = np.nan
        relu = ReLU()
        relu.recycle = True
        for _ in range(2):
            out = relu.forward(x)
            assert out.tobytes() == np.where(x > 0, x, 0).astype(dtype).tobytes()
            (dx,) = relu.backward(dout)
            assert dx.tobytes() == np.where(x > 0, dout, 0).astype(dtype).tobytes()
        scalar = ReLU().forward(np.array(-0.0, dtype))
        assert scalar.tobytes() == np.array(0.0, dtype).tobytes()


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_in_training_mode_gives_the_same_numbers_for_finite_values(dtype):
    """Training runs ReLU as a hand-written loop does (max(x, 0), then dout × mask): for
    finite values the same numbers as the book's np.where, -0 aside, which equals 0."""
    from core.ops.activations import ReLU
    rng = np.random.default_rng(1)
    for n in (1, 3, 17, 1001):
        x = rng.standard_normal(n).astype(dtype)
        x[rng.random(n) < 0.2] = 0.0
        dout = rng.standard_normal(n).astype(dtype)
        relu = ReLU()
        relu.recycle, relu.mode = True, "training"
        for _ in range(2):
            out = relu.forward(x)
            np.testing.assert_array_equal(out, np.where(x > 0, x, 0))
            (dx,) = relu.backward(dout)
            np.testing.assert_array_equal(dx, np.where(x > 0, dout, 0))
            assert dx.dtype == dtype


def test_the_dout_backward_starts_from_is_kept_read_only_when_recycling():
    """Backward starts from a dout of 1 kept for every batch: an end of the graph gets that
    very array as its gradient, so it is read-only, and the trainer's update goes through
    scratch for it instead of scaling it in place (the next batch would start from lr)."""
    graph = build([("w", "Parameter", {"init": "fixed", "value": [2.0, 3.0]}),
                   ("c", "Constant", const([1.0, 1.0])), ("a", "Add", {})],
                  [("w", "a", "x"), ("c", "a", "y")])  # an Add hands its dout on as it is
    program = Program(graph, recycle=True)
    for _ in range(2):
        program.forward()
        grads, _ = program.backward()
        np.testing.assert_array_equal(grads["w"], [1.0, 1.0])
        assert not grads["w"].flags.writeable
    ids = tuple(map(id, grads.values()))
    assert Trainer._owned_gradients(grads, [program.sources["w"]], ("w",), ids) == (False,)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_in_evaluation_mode_predicts_as_the_books_where(dtype):
    """The accuracy pass runs ReLU in one pass: the book's np.where(x > 0, x, 0) for every
    value, NaN included (it becomes 0), but for the sign of a zero, which no arg-max tells
    apart."""
    from core.ops.activations import ReLU
    rng = np.random.default_rng(2)
    for n in (1, 3, 17, 1001):
        x = rng.standard_normal(n).astype(dtype)
        x[rng.random(n) < 0.2] = -0.0
        x[rng.random(n) < 0.1] = np.nan
        x[rng.random(n) < 0.1] = -np.inf
        relu = ReLU()
        relu.recycle, relu.mode = True, "evaluation"
        out = relu.forward(x)
        book = np.where(x > 0, x, 0).astype(dtype)
        np.testing.assert_array_equal(out, book)
        assert not np.isnan(out).any() and out.dtype == dtype


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_with_loss_on_class_indices_picks_each_rows_probability(dtype):
    """Class indices pick each row's probability through flat indices: the loss
    −Σ log(y[i, t_i] + δ) / N and dx = (y − t) / N bit for bit as written with NumPy's
    row-and-column indexing, batch after batch while recycling, and again when the batch
    or the classes change."""
    from core.ops.losses import SoftmaxWithLoss, softmax_rows
    rng = np.random.default_rng(3)
    loss_op = SoftmaxWithLoss()
    loss_op.recycle, loss_op.mode = True, "training"
    for n, classes in ((5, 10), (5, 10), (3, 10), (3, 4), (1, 7)):
        x = rng.standard_normal((n, classes)).astype(dtype)
        t = rng.integers(0, classes, n).astype(np.intp)
        rows = np.arange(n)
        y = softmax_rows(x)
        loss = loss_op.forward(x, t)
        by_hand = np.asarray(-np.add.reduce(np.log(y[rows, t] + 1e-7)) / n, dtype)
        assert loss.tobytes() == by_hand.tobytes()
        dout = np.array(1.0, dtype)
        (dx, dt) = loss_op.backward(dout)
        by_hand = y.copy()
        by_hand[rows, t] -= 1
        by_hand *= dout / n
        assert dx.tobytes() == by_hand.tobytes() and dx.dtype == dtype and dt is None
