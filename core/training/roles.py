"""The nodes training needs, found by role and position: data, labels, parameters, loss.

Any graph with one `data` source, one `labels` source, `parameter` sources and a loss as
its only output trains. The node feeding the loss's `prediction` port (as the loss's op
declares it, `Op.port_roles`: Softmax-with-Loss's scores x) holds the scores: its arg-max
is the predicted class. A two-layer net (two layers whose ops have `weights` and `bias`
ports fed by Parameter nodes, one feeding the other: two Affine layers) may also be given
another hidden size. Nothing here names an op type.

`fit_problem` says before a run starts whether the weights it will leave on the graph fit
in a graph file (`core.model.limits.MAX_VALUE_NUMBERS`): the Training panel and `train`
refuse a network whose trained graph could not be saved and opened again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.i18n import translate
from core.model.graph import Graph, value_bytes
from core.model.limits import MAX_VALUE_BYTES, literal_bytes, megabytes
from core.ops import registry
from core.training.run import TrainError

#: ops in a chain longer than this are summarised with "…"
MAX_CHAIN = 12


@dataclass(frozen=True)
class Roles:
    """The nodes training needs, found by role and position in the graph."""

    data: str
    labels: str
    loss: str
    score: str | None  # feeds the loss's prediction port: its arg-max is the prediction
    parameters: tuple[str, ...]


def find_roles(graph: Graph) -> Roles:
    """Find the data, labels, parameter, loss and score nodes, or say what is missing."""
    sinks = [n for n in graph.nodes.values() if not n.op.is_source and not graph.out_edges(n.id)]
    losses = [n for n in sinks if n.op.category == "losses"] or sinks
    if len(losses) != 1:
        text = (translate("Train", "training needs one loss as the graph's output, but it has "
                          "no output") if not losses else
                translate("Train", "training needs one loss as the graph's output, but it has "
                          "several outputs: {nodes}"))
        raise TrainError(text.format(nodes=", ".join(n.describe() for n in losses)))
    loss = losses[0]
    ancestors = graph.ancestors([loss.id])
    by_role: dict[str, list[str]] = {"data": [], "labels": [], "parameter": []}
    for nid, node in graph.nodes.items():  # file order, so W1 comes before W2
        role = getattr(node.op, "role", "")
        if nid in ancestors and role in by_role:
            by_role[role].append(nid)
    for role in ("data", "labels"):
        if len(by_role[role]) != 1:
            count = len(by_role[role]) or translate("Train", "none")
            raise TrainError(translate("Train", "training needs exactly one {type} node feeding "
                                       "{loss}, but the graph has {count}").format(
                type=role.capitalize(), loss=loss.describe(), count=count))
    if not by_role["parameter"]:
        raise TrainError(translate("Train", "no Parameter node feeds {loss}: there is nothing "
                                   "to train").format(loss=loss.describe()))
    port = loss.op.port("prediction")
    score = graph.edge_into(loss.id, port) if port else None
    return Roles(by_role["data"][0], by_role["labels"][0], loss.id,
                 score.source if score else None, tuple(by_role["parameter"]))


def network_chain(graph: Graph, roles: Roles) -> tuple[str, ...]:
    """The op types from the data to the loss: `("Affine", "ReLU", "Affine", "SoftmaxWithLoss")`.

    Follows the first non-source consumer at each step; a chain longer than MAX_CHAIN ends
    with "…".
    """
    chain, node = [], roles.data
    while node != roles.loss:
        nexts = [e.target for e in graph.out_edges(node)
                 if not graph.nodes[e.target].op.is_source]
        if not nexts:
            break
        node = nexts[0]
        chain.append(graph.nodes[node].type)
        if len(chain) > MAX_CHAIN:
            chain.append("…")
            break
    return tuple(chain)


def without_layers(chain: tuple[str, ...]) -> tuple[str, ...]:
    """A `network_chain` without its layers (ops of the "layers" category): what is left,
    the activations, tells networks of the same layers apart."""
    ops = registry.all_ops()
    return tuple(name for name in chain if name not in ops or ops[name].category != "layers")


def _two_layers(graph: Graph, roles: Roles) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((W1, b1), (W2, b2)) of a two-layer net, first layer first; None for another net.

    A layer is a node whose op has a `weights` and a `bias` port, both fed by parameters.
    """
    def trained(node, role: str) -> str | None:
        port = node.op.port(role)
        edge = graph.edge_into(node.id, port) if port else None
        return edge.source if edge is not None and edge.source in roles.parameters else None

    layers = []
    for node in graph.nodes.values():
        W, b = trained(node, "weights"), trained(node, "bias")
        if W and b:
            layers.append((node.id, (W, b)))
    if len(layers) == 2 and graph.reaches(layers[1][0], layers[0][0]):
        layers.reverse()
    if len(layers) != 2 or not graph.reaches(layers[0][0], layers[1][0]):
        return None
    return layers[0][1], layers[1][1]


def two_layer_shapes(graph: Graph, roles: Roles, hidden: int) -> dict[str, tuple[int, ...]]:
    """New parameter shapes for a hidden layer of `hidden` units, for a two-Affine net."""
    layers = _two_layers(graph, roles)
    if layers is None:
        raise TrainError(translate("Train", "a hidden size can only be set for a two-layer "
                                   "net (two Affine layers, each with Parameter W and b, one "
                                   "feeding the other)"))
    (W1, b1), (W2, _) = layers
    n_in, n_out = param_shape(graph, W1)[0], param_shape(graph, W2)[1]
    return {W1: (n_in, hidden), b1: (hidden,), W2: (hidden, n_out)}


def hidden_size(graph: Graph, roles: Roles) -> int | None:
    """The hidden layer's width of a two-layer net as the graph has it; None for another net."""
    layers = _two_layers(graph, roles)
    if layers is None:
        return None
    shape = param_shape(graph, layers[0][0])
    return int(shape[1]) if len(shape) == 2 else None


def param_shape(graph: Graph, node_id: str) -> tuple[int, ...]:
    """The shape a source's params describe, without building its array."""
    params = graph.nodes[node_id].params
    if params["init"] == "fixed":
        return np.shape(params["value"])
    return tuple(params["shape"])


def fit_problem(graph: Graph, roles: Roles, hidden: int | None = None) -> str | None:
    """Why the graph with its trained weights (fixed values of the parameters' shapes, or
    of a two-layer net of `hidden` units) would not fit in a graph file; None when it
    would. Says which setting to change: the hidden size, or the largest parameter."""
    shapes = two_layer_shapes(graph, roles, hidden) if hidden is not None else {}
    trained = {nid: literal_bytes(tuple(shapes.get(nid) or param_shape(graph, nid)))
               for nid in roles.parameters}
    held = sum(value_bytes(graph.nodes[nid].op, graph.nodes[nid].params)
               for nid in roles.parameters)
    size = graph.value_bytes - held + sum(trained.values())
    if size <= MAX_VALUE_BYTES:
        return None
    room = megabytes(MAX_VALUE_BYTES, up=False)
    if hidden is not None:
        (W1, b1), (W2, _b2) = _two_layers(graph, roles)
        per_unit = sum(literal_bytes(tuple(shapes[nid])) for nid in (W1, b1, W2))
        per_unit -= sum(literal_bytes(_one_unit_fewer(shapes[nid], nid == W2))
                        for nid in (W1, b1, W2))
        most = (MAX_VALUE_BYTES - (size - hidden * per_unit)) // per_unit
        return translate("Train", "hidden size {hidden:,} makes the trained graph's values "
                         "take up to {size} in its file, and a graph file has room for "
                         "{room} of values: the hidden size may be at most {most:,}").format(
            hidden=hidden, size=megabytes(size), room=room, most=max(most, 0))
    largest = max(trained, key=trained.get)
    return translate("Train", "the trained weights would make the graph's values take up to "
                     "{size} in its file, and a graph file has room for {room} of values: "
                     "make {node} ({shape}) smaller").format(
        size=megabytes(size), room=room, node=graph.nodes[largest].describe(),
        shape=" × ".join(map(str, param_shape(graph, largest))))


def _one_unit_fewer(shape: tuple[int, ...], rows: bool) -> tuple[int, ...]:
    """`shape` with one hidden unit fewer: its first axis for W2 (`rows`), else its last."""
    return (shape[0] - 1,) + tuple(shape[1:]) if rows else tuple(shape[:-1]) + (shape[-1] - 1,)
