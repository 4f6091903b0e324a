"""The network fields build the graph on the canvas: the book's MultiLayerNet, one undo step.

When the layers, the activation, Batch Normalization or Dropout change in the form, the
builder asks core for that network (`core.training.networks.multi_layer_net`, with the
form's initial weights and seed) and puts it on the canvas through the one edit API
(`Editor.replace_graph`): one undoable edit, so Ctrl+Z brings the old graph back. A graph
the user has edited since it was opened or built is not replaced without asking. A network
sized by the layers field sets the hidden size to "as graph", so Start trains it as built.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from core.files.graph_files import graph_to_document
from core.i18n import QT_TRANSLATE_NOOP
from core.model.graph import Graph
from core.training.networks import multi_layer_net
from gui.training.form import HyperparameterForm

#: the hidden layers built when the layers field is empty ("as graph"): today's 50
DEFAULT_LAYERS = (50,)


def fingerprint(graph: Graph) -> str:
    """The graph as its file would hold it: equal fingerprints, equal graphs."""
    return json.dumps(graph_to_document(graph), sort_keys=True)


class NetworkBuilder(QObject):
    built = Signal(object)  # the Graph now on the canvas
    said = Signal(object, bool)  # (a function saying it, is it an error) for the panel

    def __init__(self, form: HyperparameterForm, document, parent: QWidget) -> None:
        super().__init__(parent)
        self.form, self.document, self.editor = form, document, None
        self.parent_widget = parent
        self._built: str | None = None  # the fingerprint of the graph last built
        form.network_changed.connect(self.build)

    def attach(self, editor) -> None:
        self.editor = editor

    def edited_by_user(self) -> bool:
        """Whether the canvas holds edits that building would throw away: it changed since
        it was opened (or saved), and is not the graph this builder put there."""
        document = self.document
        return document.is_modified and fingerprint(document.graph) != self._built

    def network(self) -> Graph:
        """The graph the form's network fields describe."""
        form = self.form
        choice = form.network()
        layers = choice["layers"] or ((form.hidden.value(),) if form.hidden.value()
                                      else DEFAULT_LAYERS)
        init = form.init_value() if form.std.hasAcceptableInput() else "he"
        return multi_layer_net(layers=layers, activation=choice["activation"],
                               batchnorm=choice["batchnorm"], dropout=choice["dropout"],
                               init=init, seed=form.seed.value())

    def build(self) -> bool:
        """Build the form's network and put it on the canvas (asking first when that would
        discard the user's edits). True when it is there."""
        if self.editor is None or self.document is None:
            return False
        try:
            graph = self.network()
        except (ValueError, KeyError) as e:  # core refuses the choice: say why
            self.said.emit(lambda e=e: self.tr("The network was not built: {error}").format(
                error=e), True)
            return False
        if self.edited_by_user():
            answer = QMessageBox.question(
                self.parent_widget, self.tr("Backprop Studio"),
                self.tr("Building the network replaces the graph on the canvas, which you "
                        "have edited.\n\nDiscard: replace it (Edit ▸ Undo brings it back)."
                        "\nCancel: keep it."),
                QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Discard:
                self.said.emit(lambda: self.tr("The network was not built: the canvas keeps "
                                               "your graph."), False)
                return False
        if not self.editor.replace_graph(graph, QT_TRANSLATE_NOOP("Editor",
                                                                  "build the network")):
            return False
        self._built = fingerprint(self.document.graph)
        if self.form.network()["layers"] and self.form.hidden.value():
            # the layers field sized the network: a hidden size (a two-layer net's) would
            # resize it, and Start would refuse a deeper net; "as graph" trains it as built
            self.form.hidden.setValue(0)
        self.built.emit(self.document.graph)
        self.said.emit(lambda: self.tr("Built the network on the canvas: {count} nodes. "
                                       "Edit ▸ Undo brings the old graph back.").format(
            count=len(self.document.graph.nodes)), False)
        return True
