"""Training on MNIST through the same engine the canvas uses.

`idx`, `mnist` and `download` (the digits), `run` (what a run is told and tells),
`roles` (the nodes training needs, found by the roles sources and op ports declare),
`trainer` (stochastic gradient descent on a graph, its loop one method per step),
`descent` (one step by hand), `parameter_files` (.npz), `analysis` (what a trained
net gets right and wrong) and `changes` (what changed in a graph while a copy of it
trained). Chapter 6: `optimizers` (the book's update rules, one class each), `surface` (their
paths on x²/20 + y²), `histograms` (hidden layers' activations for an activation and an
initial std), `networks` (the book's MultiLayerNet as a graph: the layers, activation,
Batch Normalization and Dropout are the graph's shape, not the trainer's settings).

May import: `core.engine`, `core.files`, `core.model`, `core.ops`, `core.i18n`,
`core.paths`, `core.formatting`.
"""
