"""The editor's evaluation of the graph it edits, kept up to date edit by edit.

`evaluate` compiles a graph and runs it from scratch; on a graph of 10,000 nodes that is
most of what an edit of one number costs. `LiveEvaluation` listens to its graph's events
and keeps one compiled `Program` while the graph keeps its nodes, edges, labels and output:
an edit of a node's params makes that node's array or op again (`Program.recompile`) and
computes again only the nodes computed from it (`Program.forward_again`); backward runs
whole, as the gradients of everything upstream may change. Any other edit (a node or edge
added or removed, a label, the output) compiles the graph anew, and so does a run asked
for with nothing edited (the language switched: the issues' words change). Either way the `Result`
is the one `evaluate` gives for the graph as it is now (a test compares the two after
random edits).
"""

from __future__ import annotations

from core.engine.issues import Issue
from core.engine.program import Program
from core.engine.result import Result
from core.model.graph import Graph, Node


class LiveEvaluation:
    """Forward and backward of one graph, after each edit, at the cost of what changed."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._program: Program | None = None  # None: compile anew at the next `result`
        self._edited: set[str] = set()  # nodes whose params changed since the last run
        #: the last forward's issues, as forward left them (backward adds its own)
        self._forward_errors: dict[str, Issue] = {}
        self._listening = [(graph.node_added, self._restructured),
                           (graph.node_removed, self._restructured),
                           (graph.edge_added, self._restructured),
                           (graph.edge_removed, self._restructured),
                           (graph.node_changed, self._node_changed)]
        for event, callback in self._listening:
            event.connect(callback)

    def close(self) -> None:
        """Stop listening to the graph (it is no longer the one edited)."""
        for event, callback in self._listening:
            event.disconnect(callback)
        self._listening = []
        self._program = None

    def _restructured(self, _what: object) -> None:
        self._program = None

    def _node_changed(self, node: Node, what: str) -> None:
        if what == "params":
            self._edited.add(node.id)
        else:  # a label: the issues' messages name nodes by it
            self._program = None

    def result(self) -> Result:
        """Forward and backward of the graph as it is now (`evaluate`'s result)."""
        program, self._program = self._program, None  # kept again once this run ends
        edited, self._edited = self._edited, set()
        output = self.graph.output
        # Asked again with nothing edited (a switch of language, whose words the issues
        # are in): everything anew, as `evaluate` would.
        if (program is None or not edited or program.output != output.node
                or program.output_grad is not output.grad):
            program = Program(self.graph)
            program.forward()
        else:
            edited &= self.graph.nodes.keys()
            program.recompile(edited)
            program.forward_again(edited, self._forward_errors)
        self._forward_errors = dict(program.errors)
        result = program.result()
        self._program = program
        return result
