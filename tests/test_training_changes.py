"""What changed in a graph while a copy of it trained (`core.training.changes`): what keeps
the trained weights off the canvas, which edits the landing replaces, and when a batch's
numbers are still the graph's."""

from __future__ import annotations

import numpy as np

from core.files.graph_files import load_graph
from core.paths import SAMPLES
from core.training.changes import NetworkAtStart
from core.training.roles import find_roles


def _net():
    graph = load_graph(SAMPLES / "two_layer_net.json")
    return graph, NetworkAtStart.of(graph, find_roles(graph))


def test_the_graph_as_it_started_computes_as_trained():
    graph, start = _net()
    assert start.computes_as_trained(graph)
    assert start.structure_changes(graph) == [] and start.edited_parameters(graph) == []
    # moving, renaming and the data and labels values do not count
    graph.move_node("W1", (10.0, 20.0))
    graph.set_label("W1", "weights")
    graph.set_params("t", {"init": "fixed", "value": [[0.0] * 9 + [1.0]]})
    assert start.computes_as_trained(graph) and start.structure_changes(graph) == []


def test_a_replaced_relu_is_a_change_of_structure():
    graph, start = _net()
    graph.remove_node("Relu1")
    sigmoid = graph.add_node("Sigmoid", "s")
    graph.add_edge("Affine1", sigmoid.id, "x")
    graph.add_edge(sigmoid.id, "Affine2", "x")
    assert start.structure_changes(graph) == [
        'ReLU "Relu1" was deleted', 'input x of Affine "Affine2" is fed by Sigmoid "s" now']
    assert not start.computes_as_trained(graph)


def test_an_edited_parameter_is_no_change_of_structure_but_changes_the_numbers():
    graph, start = _net()
    graph.set_params("b1", {"init": "fixed", "value": [0.5] * 50})
    assert start.structure_changes(graph) == [] and start.edited_parameters(graph) == ["b1"]
    assert not start.computes_as_trained(graph)
    values = {nid: np.zeros(1) for nid in graph.nodes}
    assert sorted(start.feeds(graph, values)) == ["W1", "W2", "b2", "t", "x"]  # not b1


def test_a_new_consumer_or_another_output_changes_the_numbers_but_not_the_network():
    graph, start = _net()
    graph.output.set_node("Affine2")
    assert start.structure_changes(graph) == [] and not start.computes_as_trained(graph)
    graph, start = _net()
    extra = graph.add_node("ReLU", "extra")
    assert start.computes_as_trained(graph)  # a node wired to nothing: as trained
    graph.add_edge("Affine2", extra.id, "x")  # a second sink: other gradients
    assert start.structure_changes(graph) == [] and not start.computes_as_trained(graph)


def test_a_changed_op_parameter_and_a_disconnected_input_are_named():
    graph, start = _net()
    graph.set_params("loss", {"delta": 1e-3})
    graph.remove_edge("Affine1", "b")
    assert start.structure_changes(graph) == [
        'the parameters of SoftmaxWithLoss "L" changed',
        'input b of Affine "Affine1" was disconnected']
