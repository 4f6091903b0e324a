"""A graph as the book's code: a standalone NumPy script that prints what `run` prints.

`script` (the script, built from each op's code template), `names` (Python names for the
nodes) and the shared code templates.

May import: `core.engine`, `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
