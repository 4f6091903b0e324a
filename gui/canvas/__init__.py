"""The canvas: the scene that mirrors the graph, and everything drawn or done on it.

`scene` (one item per node and per edge, following the document, a big batch of them
made over turns of the event loop; it draws what it is given), `overview` (the whole graph
drawn in a few calls from far away, where a node is a box), `presenter` (the one object
that decides what the canvas shows: the document's result, a lesson's view of it, or a
live training batch) and `presentation` (the plain texts it hands the scene), `view`
(zoom and pan), `node_item` and `edge_item`, `label_layout` (where each edge's numbers go),
`input` (the one gesture slot: which gesture a press or a double-click starts, and what
ends it), `gestures` (each drag and the rename in place one object), `label_field` (the
rename's text field), `palette`, `tooltips` and `picture_export`.

May import: core, `gui.base`, `gui.document`, PySide6.
"""
