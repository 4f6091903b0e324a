"""What every edge of the canvas must show, computed from `core` alone, and the check that
it does.

The truth is the engine's: the document's graph as it is now, evaluated in float64; or,
while the canvas shows a training batch, the graph as it is now fed that batch (its data,
its labels and the run's weights, in the run's precision) and differentiated towards the
parameters, as the trainer does. A lesson masks it as the book's order says: step mode
shows what the steps so far revealed (`core.lesson.steps.revealed`), practice hides what
is not answered yet and draws the one asked as "?". Nothing here asks the presenter what
to show; it only reads where the window is (which lesson is on, at which step, which
answers are in, which batch was handed over).
"""

from __future__ import annotations

from core.engine.program import evaluate
from core.formatting import edge_label
from core.lesson.steps import build_steps, revealed

TRAINED_ROLES = ("data", "labels", "parameter")


def truth(window):
    """The result every number on the canvas must come from, and whether it is a batch's."""
    graph = window.document.graph
    lesson_on = window.stepper.active or window.practice.active
    live = window.training.canvas.live
    if window.presenter.live and not lesson_on:
        snapshot = live.snapshot
        fed = [nid for nid, node in graph.nodes.items() if node.op.role in TRAINED_ROLES
               and nid in snapshot.values]
        start = live.start  # a parameter edited since Start computes with its own value
        edited = set(start.edited_parameters(graph)) if start is not None else set()
        feeds = {nid: snapshot.values[nid] for nid in fed if nid not in edited}
        dtype = snapshot.values[fed[0]].dtype
        parameters = [nid for nid, node in graph.nodes.items() if node.op.role == "parameter"]
        return evaluate(graph, feeds, dtype=dtype, wrt=parameters), True
    return evaluate(graph), False


def _mask(window, result):
    """(shows(kind, key), the (kind, key) drawn as "?") of the lesson that is on."""
    if window.stepper.active:
        values, grads = revealed(build_steps(result), window.stepper.index)
        return (lambda kind, key: key in (values if kind == "value" else grads)), None
    if window.practice.active:
        practice = window.practice
        round_, graph = practice.round, window.document.graph
        asked = round_.current
        asked = (asked.kind, asked.key) if asked is not None else None

        def shows(kind, key):
            if (kind, key) in round_.done_keys:
                return True
            if kind == "value":  # given unless a forward round asks it
                return not practice.forward or graph.nodes[key].op.is_source
            return key in graph.nodes  # an output's stub: where backward starts
        return shows, asked
    return (lambda kind, key: True), None


def expected(window) -> dict:
    """Every edge's and stub's (value text, gradient text), and every node's error, as
    the canvas must show them now."""
    graph = window.document.graph
    result, _batch = truth(window)
    shows, asked = _mask(window, result)

    def text(kind, key, array, gradient):
        if array is not None and shows(kind, key):
            return edge_label(array, gradient=gradient)
        return "?" if asked == (kind, key) else ""

    edges = {e.id: (text("value", e.source, result.values.get(e.source), False),
                    text("grad", e.id, result.edge_grads.get(e.id), True))
             for e in graph.edges}
    stubs = {nid: (text("value", nid, result.values.get(nid), False),
                   text("grad", nid, result.grads.get(nid), True))
             for nid in result.outputs}
    errors = {nid: issue.message for nid, issue in result.errors.items()}
    return {"edges": edges, "stubs": stubs, "errors": errors}


def shown(window) -> dict:
    """What the scene's items show now, in the form of `expected`."""
    scene = window.scene
    return {"edges": {eid: (item.value_text, item.grad_text)
                      for eid, item in scene.edges.items()},
            "stubs": {nid: (item.value_text, item.grad_text)
                      for nid, item in scene.stubs.items()},
            "errors": {nid: item.error for nid, item in scene.nodes.items() if item.error}}


def assert_canvas_is_true(window, where: str = "") -> None:
    """Every edge, stub and node outline shows what `expected` says."""
    want, got = expected(window), shown(window)
    for part in ("edges", "stubs", "errors"):
        assert got[part] == want[part], (where, part, _differences(got[part], want[part]))


def _differences(got: dict, want: dict) -> dict:
    keys = set(got) | set(want)
    return {k: (got.get(k), want.get(k)) for k in sorted(keys) if got.get(k) != want.get(k)}


def batch_shown(window) -> bool:
    """Whether the canvas shows a training batch (not the document's own numbers)."""
    return truth(window)[1]
