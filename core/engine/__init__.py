"""The engine: forward in topological order, backward in reverse, gradients summed.

`program` (a graph compiled once, run as often as needed), `result` (what a run gives
back), `issues` (what went wrong, against which node and port), `memory` (how much a
result may take) and `gradcheck` (backprop against central differences).

May import: `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
