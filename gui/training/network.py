"""What Start trains: the graph on the canvas when it can train, else the book's sample.

The label that says so is read from the live graph (finding the roles is a walk of the
graph, no copy), and only while it is visible: a canvas recompute costs it nothing when the
panel is hidden. Start takes one private copy (`Graph.copy()`), so the canvas may change
while the copy trains.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from core.files.graph_files import load_graph
from core.model.graph import Graph
from core.paths import SAMPLES
from core.training.roles import Roles, find_roles, hidden_size, network_chain
from core.training.run import TrainConfig, TrainError

SAMPLE_NET = SAMPLES / "two_layer_net.json"


class TrainedNetwork(QObject):
    def __init__(self, document, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self.label = document, label
        self._sample: Graph | None = None
        self.stale = True  # the label may not match the graph any more
        if document is not None:
            document.graph_replaced.connect(lambda _g: self._changed())
            document.computed.connect(lambda _r: self._changed())

    def current(self) -> tuple[Graph, str, Roles]:
        """The live graph to train (not a copy), where it comes from, and its roles."""
        if self.document is not None:
            try:
                graph = self.document.graph
                return graph, self.tr("the graph on the canvas"), find_roles(graph)
            except TrainError:
                pass
        if self._sample is None:
            self._sample = load_graph(SAMPLE_NET)
        return self._sample, self.tr("the two-layer-net sample"), find_roles(self._sample)

    def _changed(self) -> None:
        self.stale = True
        if self.label.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Say what Start would train. Runs inside Qt's event handlers (a show, a
        recompute), so whatever goes wrong is said in the label, never raised."""
        self.stale = False
        try:
            graph, source, roles = self.current()
        except Exception as e:  # noqa: BLE001 (TrainError, GraphFileError, or a bug)
            self.label.setText(html.escape(self.tr("No network to train: {error}")
                                           .format(error=e)))
            return
        labels = ", ".join(graph.nodes[p].label for p in roles.parameters)
        self.label.setText(self.tr(
            "<b>Trains</b> {source}: {chain} <span style='color: gray'>(parameters "
            "{labels})</span>").format(source=html.escape(source),
                                       chain=html.escape(" → ".join(network_chain(graph, roles))),
                                       labels=html.escape(labels)))


def run_settings(graph: Graph, roles: Roles, config: TrainConfig) -> dict:
    """What names a run (see `gui.training.runs.auto_names`): its network and settings."""
    return {"network": network_chain(graph, roles), "lr": config.lr,
            "hidden": config.hidden or hidden_size(graph, roles), "batch": config.batch_size,
            "std": config.weight_init_std, "seed": config.seed, "dtype": config.dtype,
            "optimizer": config.optimizer, "decay": config.weight_decay,
            "train_size": config.train_size}
