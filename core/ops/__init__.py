"""Every operation a node can be, one class each, and the registry that lists them.

One home per op: an op's class (`base.Op`) holds its whole story, so reading it tells
everything the program does with such a node:

- its ports, parameters, symbol, palette group and tooltip rule;
- its shape rule, `forward` and `backward`;
- its lesson sentences: `say_forward` / `say_backward` (or a `forward_sentence`), written
  from the facts of one step (`sentences.ForwardFacts` / `BackwardFacts`) with the shared
  helpers `num`, `value_or`, `once` and `batch`, and the `lesson_rule` it states;
- its exported code: `layer` (`code.Layer`: the class an exported script defines, the
  helpers it calls), or `layer_for` when that depends on the graph (Softmax-with-Loss's dt);
- what its ports are to training and backward: `port_roles` (prediction, class-index
  labels, weights, bias) and `given_ports` (no gradient flows there).

The lesson (`core.lesson`), the exporter (`core.export`), the trainer (`core.training`),
the palette and the file reader ask the op and never compare a node's type with an op's
name. Adding an op is one class and one line in `registry._BUILTIN` (a test registers a
throwaway op with `registry.register` and takes it out with `registry.unregister`).

Modules: `values` (literals and ParamError), `params` (the `Param` declaration),
`sentences` (what lesson sentences are made from), `code` (what exported code is made of)
and `base` (the `Op` class) are what every op is made of; then one module per family:
`arithmetic`, `activations`, `layers`, `losses` (Softmax-with-Loss and Cross Entropy
Error, with the book's `softmax()` and `cross_entropy_error()`), `normalization` (Batch
Normalization), `regularization` (Dropout), `primitives` and `sources`. `registry` lists them.

May import: `core.i18n`, `core.formatting`, NumPy. Nothing else of core: ops are the
bottom floor; the model, the engine, the lesson, the exporter and the trainer read ops,
never the other way round.
"""
