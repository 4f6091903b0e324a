"""Backprop Studio's model and engine: pure Python and NumPy, never Qt.

Read the tree from the bottom up; each sub-package imports only those listed before it:

- `i18n`, `paths`, `formatting`: the language of every message, where the data folders
  are, and how values read as text.
- `ops/`: every operation, one class each, holding its whole story (ports, parameters,
  forward, backward, shape rule, symbol, lesson sentences, exported code, what its ports are
  to training), and the registry.
- `model/`: the graph (nodes, edges, its output), its events, limits and layout.
- `engine/`: forward and backward over a graph, what a run gives back, what went wrong
  where, memory limits, and the numerical gradient check.
- `files/`: graph files (JSON Schema, atomic writes) and the bundled samples.
- `lesson/`: chapter 5 as steps, sentences and practice questions.
- `export/`: a graph as the book's NumPy code.
- `training/`: MNIST, the trainer, its runs, roles, parameter files and analysis.
- `cli/`: the headless `backprop-studio` subcommands.
"""
