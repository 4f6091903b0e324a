"""The inspector dock: the selected node's label, parameters, output row and result.

`inspector`, `param_fields` (one field per kind of `Param`) and `output_field`.

May import: core, `gui.base`, `gui.document`, PySide6.
"""
