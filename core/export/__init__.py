"""A graph as the book's code: a standalone NumPy script that prints what `run` prints.

`script` (the script: each op's own layer class and helpers, `core.ops.code`, put
together with the values, the forward and backward calls and the gradient sums),
`names` (Python names for the nodes) and `table` (the code at the end of every script
that prints `run`'s table). No op's code is written here: the ops hold it.

May import: `core.engine`, `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
