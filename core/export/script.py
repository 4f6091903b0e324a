"""`backprop-studio export-code FILE [-o OUT.py]`: the graph as the book's code.

A standalone script, NumPy only, written the way chapter 5 writes it: one layer class per
op type the graph uses (each op's own `layer`, `core.ops.code`), the sources as arrays,
one layer object per node, forward calls in topological order with the node labels as
variable names (`core/export/names.py`), backward in reverse order from `dout = 1` (or the
gradient the graph gives its output), gradients summed with an explicit `+` where a value
fans out and summed back to an input's shape where it was broadcast, and at the end the
very table `backprop-studio run FILE` prints (`core/export/table.py`). A graph that cannot
run has no code: ExportError says why, in the words `run` uses (the command is
`core/cli/export_code.py`).

A graph that is a chain of layers (`core/export/network.py`: the two-layer net, or one a
learner built) is written in the shape of the book's `TwoLayerNet` (5.7.2): a class with a
`params` dict, its layers in order, `predict`, `loss`, `accuracy` and `gradient`, whose
layers the step-by-step forward and backward then use, and the book's training loop
(5.7.4), commented out, at the end. The comments are in the current language: `--lang ko`
writes the Korean edition's (`# 순전파`, `# 역전파`).
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

from core.engine.issues import root_causes
from core.engine.program import evaluate
from core.engine.result import Result
from core.export import table
from core.export.names import Namer, identifier
from core.export.network import LayerChain, layer_chain
from core.i18n import localized, translate
from core.model.graph import Graph, Node
from core.ops import registry
from core.ops.code import UNBROADCAST, Layer
from core.ops.sources import Source

#: the longest line a script should have (a literal that does not fit is written in rows)
WIDTH = 88


def _preamble() -> str:
    note = translate("ExportCode", "Values that are not finite (∞, NaN) show in the table, "
                     "as `run` shows them, rather than as NumPy warnings.")
    return "\n".join(["import numpy as np", ""] + _wrapped(note.split(), "# ")
                      + ['np.seterr(all="ignore")']) + "\n"


class ExportError(ValueError):
    """The graph cannot run, so it has no code. `groups` say why as `run` says it: each
    root cause, with the messages of the nodes that could not compute because of it."""

    def __init__(self, groups: list[tuple[str, list[str]]]) -> None:
        self.groups = groups
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        """Each root cause, then its consequences indented, one message a line."""
        return [line for root, consequences in self.groups
                for line in [root, *(f"  {message}" for message in consequences)]]


def graph_to_python(graph: Graph, graph_file: str | None = None) -> str:
    """The script for `graph` (read from `graph_file`, named in its header, if given).

    ExportError when the graph cannot run: a missing input, a cycle, a shape mismatch.
    """
    result = evaluate(graph)
    if result.errors:
        raise ExportError([(root.message, [issue.message for issue in consequences])
                           for root, consequences in root_causes(result.errors)])
    return _Script(graph, result, graph_file).text()


# -- how values are written ----------------------------------------------------------------

def _compact(x: float) -> str:
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def _nested(value: np.ndarray) -> str:
    if value.ndim == 0:
        return repr(float(value))
    return "[" + ", ".join(_nested(v) for v in value) + "]"


def _wrapped(words: list[str], indent: str = "") -> list[str]:
    return textwrap.wrap(" ".join(words), WIDTH, initial_indent=indent,
                         subsequent_indent=indent) or [indent]


def array_code(name: str, value: np.ndarray, comment: str = "") -> list[str]:
    """`name = ...` giving exactly `value` (float64), after a `# comment` line if given:
    inline when it fits on a line, else its numbers in rows of text (every float written
    so that it reads back the same)."""
    lines = [f"# {comment}"] if comment else []
    line = f"{name} = np.array({_nested(value)})"
    if len(line) <= WIDTH or value.size == 0:
        return lines + [line]
    rows = value.reshape(-1, value.shape[-1]) if value.ndim >= 2 else value.reshape(1, -1)
    reshape = f".reshape{value.shape}" if value.ndim >= 2 else ""
    lines.append(f'{name} = np.array([float(v) for v in """')
    for row in rows:
        lines += _wrapped([_compact(x) for x in row])
    return lines + [f'""".split()]){reshape}']


def _comment(text: str) -> str:
    """`text` safe inside a # comment: no line breaks, no control characters."""
    return "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
                   for ch in text)


def _script_names() -> set[str]:
    """The names a script may define for itself, which no node may take: every op's class
    and helpers, `unbroadcast`, and the table's functions."""
    layers = [op.layer for op in registry.all_ops().values() if op.layer is not None]
    return ({layer.class_name for layer in layers}
            | {helper.name for layer in layers for helper in layer.helpers}
            | {UNBROADCAST.name} | table.NAMES | {"TwoLayerNet", "MultiLayerNet", "network",
                                                 "grads"})


# -- the script ------------------------------------------------------------------------------

class _Script:
    """Writes one graph's script from what the engine computed for it."""

    def __init__(self, graph: Graph, result: Result, graph_file: str | None) -> None:
        self.graph, self.result = graph, result
        self.file = Path(graph_file).name if graph_file else None
        self.nodes: list[Node] = [graph.nodes[nid] for nid in result.order]
        self.steps = [node for node in self.nodes if not node.op.is_source]
        namer = Namer(_script_names())
        self.name = {node.id: namer.take(identifier(node.label, identifier(node.id, "node")),
                                         "d{}", "{}_layer")
                     for node in self.nodes}
        self.layer = self._layers_of_ops()
        self._plan_gradients(namer)
        self.chain: LayerChain | None = layer_chain(graph, result)

    def _layers_of_ops(self) -> dict[str, Layer]:
        """Node id → the layer its op's class is: one class per op for the whole script,
        asked with every port that gets a gradient at some node of that op."""
        graded: dict[type, set[str]] = {node.op: set() for node in self.steps}
        for node in self.steps:
            graded[node.op] |= {port for port, edge in self.graph.in_edges(node.id).items()
                                if edge.id in self.result.edge_grads}
        layers = {op: op.layer_for(frozenset(ports)) for op, ports in graded.items()}
        return {node.id: layers[node.op] for node in self.steps}

    def _plan_gradients(self, namer: Namer) -> None:
        """Which variable each edge's gradient goes to, in the order the engine sums them.

        A value used once gets its gradient straight into `d<name>`; a value that fans out
        gets one `d<name>_from_<consumer>` per edge, summed once the last has arrived.
        """
        result, graph = self.result, self.graph
        self.contributions: dict[str, list] = {}
        for node in reversed(self.steps):
            if node.id not in result.grads:
                continue
            for port in node.op.inputs:
                edge = graph.edge_into(node.id, port)
                if edge.id in result.edge_grads:
                    if port not in self.layer[node.id].returns:
                        raise AssertionError(f"{node.type} gives no gradient for {port}")
                    self.contributions.setdefault(edge.source, []).append(edge)
        self.edge_var: dict[str, str] = {}
        for src, edges in self.contributions.items():
            if len(edges) == 1:
                self.edge_var[edges[0].id] = "d" + self.name[src]
                continue
            targets = Counter(e.target for e in edges)
            for e in edges:
                base = f"d{self.name[src]}_from_{self.name[e.target]}"
                self.edge_var[e.id] = namer.take(base + (f"_{e.port}" if targets[e.target] > 1
                                                        else ""))

    def _broadcast(self, edge) -> bool:
        """Whether the gradient along `edge` comes back in a bigger shape than its source's."""
        values = self.result.values
        return (self.layer[edge.target].broadcasts
                and values[edge.source].shape != values[edge.target].shape)

    def text(self) -> str:
        definitions = []  # helpers and classes, each once, in the order the graph uses them
        for node in self.steps:
            definitions += [helper.code for helper in self.layer[node.id].helpers]
        if any(self._broadcast(e) for edges in self.contributions.values() for e in edges):
            definitions.append(UNBROADCAST.code)
        definitions += [self.layer[node.id].code for node in self.steps]
        if self.chain is not None:
            definitions.append(self._network_class())
        definitions = list(dict.fromkeys(definitions))
        report = [table.text_code(), table.print_table_code()] + (
            [table.print_warnings_code()] if self.result.warnings else [])
        code = [self._values(), self._layers(), self._forward(), self._backward()]
        after = [self._network_check(), self._training_loop()] if self.chain else []
        blocks = ([(self._header(), False), (_preamble(), False)]
                  + [(d, True) for d in definitions] + [(c, False) for c in code if c]
                  + [(d, True) for d in report] + [(self._report(), False)]
                  + [(c, False) for c in after])
        out = blocks[0][0].rstrip("\n")
        for (_, was_def), (block, is_def) in zip(blocks, blocks[1:]):
            # PEP 8: two blank lines around a function or a class, one between sections
            out += ("\n\n\n" if was_def or is_def else "\n\n") + block.rstrip("\n")
        return out + "\n"

    def _header(self) -> str:
        meta = self.graph.meta
        title = localized(meta, "title") or (
            self.file or translate("ExportCode", "A graph from Backprop Studio"))
        figure = translate("ExportCode", " (figure {figure})").format(
            figure=meta["figure"]) if meta.get("figure") else ""
        lines = [f"# {_comment(title).strip()}{figure}"]
        description = localized(meta, "description")
        if description:
            lines += ["#"] + _wrapped(_comment(description).split(), "# ")
        run = f"backprop-studio run {self.file}" if self.file else "backprop-studio run"
        about = (translate("ExportCode", "The graph {file} as chapter 5 of Deep Learning from "
                           "Scratch writes it: one layer object per node, forward in "
                           "topological order, backward in reverse order, gradients summed "
                           "where a value fans out. Written by backprop-studio export-code; "
                           "needs only NumPy, and prints what `{run}` prints.").format(
            file=self.file, run=run) if self.file else
            translate("ExportCode", "This graph as chapter 5 of Deep Learning from Scratch "
                      "writes it: one layer object per node, forward in topological order, "
                      "backward in reverse order, gradients summed where a value fans out. "
                      "Written by backprop-studio export-code; needs only NumPy, and prints "
                      "what `{run}` prints.").format(run=run))
        return "\n".join(lines + ["#"] + _wrapped(_comment(about).split(), "# ")) + "\n"

    def _values(self) -> str:
        lines = ["# " + translate("ExportCode", "The values the graph starts from")]
        for node in self.nodes:
            if not node.op.is_source:
                continue
            name, params = self.name[node.id], node.params
            init = params.get("init", "fixed")
            if init == "zeros":
                lines.append(f"{name} = np.zeros({tuple(params['shape'])!r})")
            elif init == "normal":
                lines.append(f"{name} = {params['std']!r} * np.random.default_rng("
                             f"{params['seed']!r}).standard_normal({tuple(params['shape'])!r})")
            else:
                lines += array_code(name, Source.materialize(params))
        if self.chain is not None:
            args = ", ".join(self.name[p] for p in self.chain.params)
            lines += ["", f"network = {self.chain.class_name}({args})"]
        return "\n".join(lines)

    def _layers(self) -> str:
        if not self.steps:
            return ""
        if self.chain is not None:
            lines = ["# " + translate("ExportCode", "The layers, one per node: the network's")]
            display = self.graph.display_names()
            for nid in self.chain.layers:
                lines.append(f"{self.name[nid]}_layer = network.layers[{display[nid]!r}]")
            lines.append(f"{self.name[self.chain.loss]}_layer = network.lastLayer")
            return "\n".join(lines)
        lines = ["# " + translate("ExportCode", "The layers, one per node")]
        for node in self.steps:
            layer = self.layer[node.id]
            lines.append(f"{self.name[node.id]}_layer = {layer.class_name}"
                         f"({layer.arguments(node.params)})")
        return "\n".join(lines)

    def _inputs(self, node: Node) -> list[str]:
        return [self.name[self.graph.edge_into(node.id, port).source] for port in node.op.inputs]

    def _forward(self) -> str:
        if not self.steps:
            return ""
        lines = ["# " + (translate("ExportCode", "Forward, in topological order (what "
                                   "network.loss(x, t) does, step by step)") if self.chain
                         else translate("ExportCode", "Forward, in topological order"))]
        for node in self.steps:
            name = self.name[node.id]
            lines.append(f"{name} = {name}_layer.forward({', '.join(self._inputs(node))})")
        return "\n".join(lines)

    def _seeds(self) -> list[str]:
        graph, result = self.graph, self.result
        lines = []
        for nid in result.outputs:
            name = self.name[nid]
            given = graph.output.grad
            arrives = translate("ExportCode", "∂L/∂{name} arrives from the rest of a larger "
                                "graph").format(name=name)
            if isinstance(given, list):
                lines += array_code(f"d{name}", np.array(given, dtype=np.float64), arrives)
            elif given == 1:
                lines.append(f"d{name} = np.ones_like({name})  # ∂{name}/∂{name} = 1")
            else:
                lines += [f"# {arrives}", f"d{name} = np.full_like({name}, {given!r})"]
        return lines

    def _backward(self) -> str:
        if not self.result.outputs:
            return ""
        several = len(self.result.outputs) > 1
        title = (translate("ExportCode", "Backward, in reverse order, from 1 at every sink "
                           "(their sum is differentiated)") if several else
                 translate("ExportCode", "Backward, in reverse order (what "
                           "network.gradient(x, t) does, step by step)") if self.chain else
                 translate("ExportCode", "Backward, in reverse order"))
        lines = _wrapped(title.split(), "# ") + self._seeds()
        arrived: Counter = Counter()
        for node in reversed(self.steps):
            if node.id not in self.result.grads:
                continue
            layer = self.layer[node.id]
            edges = [self.graph.edge_into(node.id, port) for port in layer.returns]
            targets = [self.edge_var.get(e.id, "_") for e in edges]
            if all(t == "_" for t in targets):
                continue
            name = self.name[node.id]
            given = [self.name[e.source] for e, t in zip(edges, targets)
                     if t == "_" and self.graph.nodes[e.source].op.role == "labels"]
            if given:
                lines += _wrapped(translate("ExportCode", "{labels}: the labels are given, not "
                                            "learned, so no gradient goes back to them").format(
                    labels=", ".join(given)).split(), "# ")
            lines.append(f"{', '.join(targets)} = {name}_layer.backward(d{name})")
            for edge, target in zip(edges, targets):
                if target != "_" and self._broadcast(edge):
                    src = self.name[edge.source]
                    lines += _wrapped(translate(
                        "ExportCode", "{name} was broadcast in the forward pass: sum its "
                        "gradient back to its shape").format(name=src).split(), "# ")
                    lines.append(f"{target} = unbroadcast({target}, {src}.shape)")
            for edge in edges:
                if edge.id not in self.edge_var:
                    continue
                arrived[edge.source] += 1
                every = self.contributions[edge.source]
                if len(every) > 1 and arrived[edge.source] == len(every):
                    total = " + ".join(self.edge_var[e.id] for e in every)
                    note = translate("ExportCode", "fan-out: the sum")
                    lines.append(f"d{self.name[edge.source]} = {total}  # {note}")
        return "\n".join(lines)

    def _report(self) -> str:
        result, graph = self.result, self.graph
        display = graph.display_names()
        run = f"backprop-studio run{' ' + self.file if self.file else ''}"
        calls = ["# " + translate("ExportCode", "The table `{run}` prints").format(run=run)]
        if result.output is not None:
            out = result.output
            before, _, after = table.output_heading().replace(
                "{label}", display[out].replace("{", "{{").replace("}", "}}")).partition(
                "{value}")
            before, after = before.format(), after.format()
            if before.endswith(" ") and not after:  # print's own space before the value
                calls.append(f"print({before[:-1]!r}, text({self.name[out]}))")
            else:
                tail = f" + {after!r}" if after else ""
                calls.append(f"print({before!r} + text({self.name[out]}){tail})")
        calls.append("print_table([" if self.nodes else "print_table([])")
        for node in self.nodes:
            grad = f"d{self.name[node.id]}" if node.id in result.grads else "None"
            calls.append(f"    ({display[node.id]!r}, {node.type!r}, {self.name[node.id]}, "
                         f"{grad}),")
        if self.nodes:
            wide = "".join(sorted({ch for row in self._table_words() for ch in row
                                   if unicodedata.east_asian_width(ch) in "WF"}))
            calls.append(f"], wide={wide!r})" if wide else "])")
        if result.warnings:
            calls.append("print_warnings([")
            for node in self.steps:
                inputs = self._inputs(node)
                together = ", ".join(inputs) + ("," if len(inputs) == 1 else "")
                calls.append(f"    ({node.describe()!r}, {self.name[node.id]}, ({together})),")
            calls.append("])")
        return "\n".join(calls)

    def _table_words(self) -> list[str]:
        """Every text the table prints but the numbers: names, types, headings."""
        display = self.graph.display_names()
        return ([display[n.id] for n in self.nodes] + [n.type for n in self.nodes]
                + [translate("CLI", w) for w in ("node", "type", "value", "grad")]
                + [translate("Numbers", "all {value}"), translate("Numbers", "{shape} empty")])

    # -- a chain of layers, in the shape of the book's TwoLayerNet ---------------------------

    def _network_class(self) -> str:
        chain, graph = self.chain, self.graph
        display = graph.display_names()
        key = {nid: display[nid] for nid in chain.params}
        args = ", ".join(self.name[p] for p in chain.params)
        doc = translate("ExportCode", "The graph's network in the shape of the book's "
                        "TwoLayerNet (5.7.2): its parameters in `params`, its layers in order, "
                        "the loss as `lastLayer`.")
        doc_lines = textwrap.wrap(doc, WIDTH - 7, initial_indent='    """',
                                  subsequent_indent="    ")
        lines = [f"class {chain.class_name}:", *doc_lines[:-1], doc_lines[-1] + '"""', "",
                 f"    def __init__(self, {args}):",
                 "        # " + translate("ExportCode", "the weights and biases"),
                 "        self.params = {}"]
        lines += [f"        self.params[{key[p]!r}] = {self.name[p]}" for p in chain.params]
        ordered = translate("ExportCode", "in order (the book uses an OrderedDict; a dict "
                            "keeps its order too)")
        lines += _wrapped((translate("ExportCode", "the layers") + ", " + ordered).split(),
                          "        # ") + ["        self.layers = {}"]
        for nid in chain.layers:
            layer = self.layer[nid]
            lines.append(f"        self.layers[{display[nid]!r}] = {layer.class_name}"
                         f"({layer.arguments(graph.nodes[nid].params)})")
        last = self.layer[chain.loss]
        lines.append(f"        self.lastLayer = {last.class_name}"
                     f"({last.arguments(graph.nodes[chain.loss].params)})")
        lines += ["", "    def predict(self, x):"]
        for nid in chain.layers:
            lines.append(f"        x = self.layers[{display[nid]!r}].forward("
                         f"{', '.join(self._network_inputs(nid, key))})")
        lines += ["        return x", "",
                  "    def loss(self, x, t):",
                  "        y = self.predict(x)",
                  "        return self.lastLayer.forward(y, t)", "",
                  "    def accuracy(self, x, t):",
                  "        y = np.argmax(self.predict(x), axis=1)",
                  "        if t.ndim != 1:",
                  "            t = np.argmax(t, axis=1)",
                  "        return np.sum(y == t) / float(x.shape[0])", "",
                  "    def gradient(self, x, t):",
                  "        # " + translate("ExportCode", "forward"),
                  "        self.loss(x, t)",
                  "        # " + translate("ExportCode", "backward"),
                  "        grads = {}",
                  "        dout = self.lastLayer.backward(1)"]
        for nid in reversed(chain.layers):
            layer = self.layer[nid]
            through = chain.through[nid]
            targets = []
            for port in layer.returns:
                if port == through:
                    targets.append("dout")
                else:
                    source = graph.edge_into(nid, port).source
                    targets.append(f"grads[{key[source]!r}]")
            lines.append(f"        {', '.join(targets)} = self.layers[{display[nid]!r}]"
                         f".backward(dout)")
        lines += ["        return grads"]
        return "\n".join(lines) + "\n"

    def _network_inputs(self, nid: str, key: dict[str, str]) -> list[str]:
        """A layer's forward arguments in `predict`: `x` and its parameters."""
        args = []
        for port in self.graph.nodes[nid].op.inputs:
            if port == self.chain.through[nid]:
                args.append("x")
            else:
                args.append(f"self.params[{key[self.graph.edge_into(nid, port).source]!r}]")
        return args

    def _network_check(self) -> str:
        """The network's own `gradient` gives the gradients above: checked, quietly."""
        chain, display = self.chain, self.graph.display_names()
        pairs = ", ".join(f"({display[p]!r}, d{self.name[p]})" for p in chain.params
                          if p in self.result.grads)
        x, t = self.name[chain.data], self.name[chain.labels]
        lines = _wrapped(translate("ExportCode", "network.gradient gives the very gradients the "
                                   "steps above computed (checked quietly)").split(), "# ")
        lines += [f"grads = network.gradient({x}, {t})",
                  "assert all(np.array_equal(grads[key], grad) for key, grad in ["]
        lines += _wrapped(pairs.split(" "), "    ") + ["])"]
        return "\n".join(lines)

    def _training_loop(self) -> str:
        """The book's training loop (5.7.4), commented out: it needs MNIST."""
        intro = translate("ExportCode", "Training, as the book's train_neuralnet.py does "
                          "(5.7.4), with MNIST loaded as x_train, t_train, x_test, t_test "
                          "(one-hot labels): remove the # to run it.")
        loop = ["iters_num, batch_size, learning_rate = 10000, 100, 0.1",
                "iter_per_epoch = max(x_train.shape[0] // batch_size, 1)",
                "for i in range(iters_num):",
                "    batch_mask = np.random.choice(x_train.shape[0], batch_size)",
                "    x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]",
                "    grad = network.gradient(x_batch, t_batch)  # "
                + translate("ExportCode", "backprop"),
                "    for key in network.params:",
                "        network.params[key] -= learning_rate * grad[key]",
                "    if i % iter_per_epoch == 0:",
                "        print(network.accuracy(x_train, t_train),",
                "              network.accuracy(x_test, t_test))"]
        return "\n".join(_wrapped(intro.split(), "# ") + ["#"] + [f"# {line}" for line in loop])
