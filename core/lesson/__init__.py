"""The lesson of chapter 5: the steps, the sentence of each, and practice questions.

`steps` (forward node by node, then backward edge by edge), `narration` (each step's
sentence, asked of the op) and `practice` (the learner computes the numbers).

May import: `core.engine`, `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
