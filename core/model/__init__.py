"""The graph model: nodes, edges and the graph's output, kept a valid DAG.

`graph` (the model and its rules), `output` (the output node and the gradient that arrives
at it: `Output`, a part every graph holds as `graph.output`), `events` (how the model tells
listeners what happened), `limits` (the file format's size limits), `errors` (the error a
refused edit raises) and `layout` (arranging a graph the way the book draws it).

May import: `core.ops`, `core.i18n`, `core.paths`, `core.formatting`.
"""
