"""Every operation a node can be, one class each, and the registry that lists them.

`values` (literals and ParamError), `params` (the `Param` declaration) and `base` (the
`Op` class) are what every op is made of; then one module per family: `arithmetic`,
`activations`, `layers`, `losses`, `primitives` and `sources`. `registry` lists them.

May import: `core.i18n`, `core.formatting`, NumPy. Nothing else of core: the model, the
engine and everything above read ops, never the other way round.
"""
