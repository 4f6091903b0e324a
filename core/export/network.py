"""A graph that is a chain of layers, as the book's `TwoLayerNet` holds one (5.7.2).

`layer_chain` finds it: one Data node feeding the first layer, each layer feeding the
next, the layers' other inputs Parameter nodes of their own (a layer's weights and bias,
by the ports' roles, `Op.port_roles`), and a loss at the end whose other input is the
Labels node: Affine → ReLU → Affine → Softmax-with-Loss, or any chain a learner builds of
such pieces, with at least one layer that has weights. `core.export.script` then writes the
network in the book's shape: a `params` dict, the layers in order, `predict`, `loss`,
`accuracy` and `gradient`. Nothing here names an op type.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.engine.result import Result
from core.model.graph import Graph


@dataclass(frozen=True)
class LayerChain:
    """The nodes of a chain of layers, in order."""

    data: str  # the Data node
    labels: str  # the Labels node
    layers: tuple[str, ...]  # the layers from the data to the loss (not the loss)
    loss: str  # the loss at the end: the network's lastLayer
    params: tuple[str, ...]  # the Parameter nodes, in the order the layers use them
    #: for each layer, its input port that takes the previous layer's output (x)
    through: dict[str, str]
    weighted: tuple[str, ...]  # the layers that have weights (Affine1, Affine2)

    @property
    def class_name(self) -> str:
        """`TwoLayerNet` for two layers with weights, as the book's; `MultiLayerNet`
        (the book's name in chapter 6) for any other count."""
        return "TwoLayerNet" if len(self.weighted) == 2 else "MultiLayerNet"


def layer_chain(graph: Graph, result: Result) -> LayerChain | None:
    """The chain of layers `graph` is, or None when it is another kind of graph."""
    if result.errors or graph.output.given_grad is not None or len(result.outputs) != 1:
        return None
    sources = {nid: node for nid, node in graph.nodes.items() if node.op.is_source}
    roles = [node.op.role for node in sources.values()]
    if roles.count("data") != 1 or roles.count("labels") != 1 or \
            any(role not in ("data", "labels", "parameter") for role in roles):
        return None
    data = next(nid for nid, node in sources.items() if node.op.role == "data")
    labels = next(nid for nid, node in sources.items() if node.op.role == "labels")
    loss = result.outputs[0]
    loss_node = graph.nodes[loss]
    prediction = loss_node.op.port("prediction")
    if loss_node.op.category != "losses" or prediction is None or graph.out_edges(loss):
        return None
    if any(e.source != labels for p, e in graph.in_edges(loss).items() if p != prediction) \
            or len(graph.out_edges(labels)) != 1:
        return None
    layers, params, through, weighted = [], [], {}, []
    node = data
    while True:
        outs = graph.out_edges(node)
        if len(outs) != 1:
            return None
        edge = outs[0]
        if edge.target == loss:
            if edge.port != prediction or node == data:
                return None
            break
        target = graph.nodes[edge.target]
        if target.op.is_source or target.op.port_roles.get(edge.port) in ("weights", "bias"):
            return None
        ins = graph.in_edges(target.id)
        if set(ins) != set(target.op.inputs):
            return None
        for p, e in ins.items():
            if p == edge.port:
                continue
            source = graph.nodes[e.source]
            if source.op.role != "parameter" or len(graph.out_edges(e.source)) != 1:
                return None
            params.append(e.source)
        if target.op.port("weights") is not None:
            weighted.append(target.id)
        layers.append(target.id)
        through[target.id] = edge.port
        node = target.id
    computed = [nid for nid, n in graph.nodes.items() if not n.op.is_source]
    if set(computed) != set(layers) | {loss} or not weighted:
        return None
    return LayerChain(data, labels, tuple(layers), loss, tuple(params), through,
                      tuple(weighted))
