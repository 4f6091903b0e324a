"""Files: graph files (JSON checked against the schema), atomic writes, and the samples.

`graph_files` (reading and writing a graph file), `schema_check` (the graph schema
compiled once into plain checks: valid or not, quickly), `atomic` (the one way a file is
written) and `samples` (the catalogue of bundled graphs).

May import: `core.model`, `core.ops`, `core.i18n`, `core.paths`, `core.formatting`.
"""
