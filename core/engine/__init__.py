"""The engine: forward in topological order, backward in reverse, gradients summed.

`program` (a graph compiled once, run as often as needed), `result` (what a run gives
back), `issues` (what went wrong, against which node and port), `memory` (how much a
result may take), `gradcheck` (backprop against central differences) and `live` (the
editor's evaluation, kept up to date edit by edit at the cost of what the edit changed).

Training and evaluation (chapter 6's BatchNorm and Dropout, the book's `train_flg`): a
`Program` runs in one mode, set on every op it holds (`Program(graph, mode=…)`,
`Program.set_mode`; the modes are `core.ops.base.MODES`):

- "lesson", the default: as in training, the same numbers every pass (the batch's own
  mean and variance; the first mask each Dropout's seed draws; nothing remembered). The
  canvas, `run`, `explain`, step mode, practice, export-code and `gradcheck` run so, which
  is what lets the mask and the gradients be seen and checked.
- "training": the trainer's passes over batches. BatchNorm uses the batch's statistics and
  updates its running averages (momentum 0.9); Dropout draws a new mask every pass.
- "evaluation": the trainer's accuracy pass. BatchNorm uses the running averages; Dropout
  scales every value by (1 − ratio).

The running averages are the state of the program's op instances (`Program.op(node_id)`),
so the trainer trains with one program and evaluates with it:
`was = program.set_mode("evaluation")`, predict, `program.set_mode(was)`.

May import: `core.model`, `core.ops`, `core.i18n`, `core.formatting`.
"""
