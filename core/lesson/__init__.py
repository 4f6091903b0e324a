"""The lesson of chapter 5: the steps, the sentence of each, and practice questions.

`steps` (forward node by node, then backward edge by edge, with the sentences about the
graph as a whole: where backward starts, where a value fans out), `narration` (each step's
facts, handed to the node's op, which says its sentence: `Op.say_forward`,
`Op.say_backward`) and `practice` (the learner computes the numbers).

May import: `core.engine`, `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
