"""The scene mirrors the core graph: one item per node and per edge, kept in id → item maps.

It listens to the document's graph signals to add, move, relabel and remove items. It
decides no numbers: `show` draws a `Presentation` (each edge's value and gradient, each
output's stub, each node's issue and the node a lesson is at), which
`gui.canvas.presenter.CanvasPresenter` alone makes; the labels' places are chosen by
`gui.canvas.label_layout`. Its mouse and drop handlers hand each event to
`gui.canvas.input.CanvasInput`, which holds the one gesture slot (`gui.canvas.gestures`):
gestures edit through the `Editor`, and any edit that arrives meanwhile cancels the gesture.
The scene never edits the model itself.

A big batch of new nodes (an open, the undo of a delete of everything, a duplicate) gets
its items over several turns of the event loop, `ITEMS_PER_TURN` at a time, so the window
answers meanwhile (making 20,000 items takes about a second). The model is never behind:
only items wait. Whatever asks for them (the `nodes` and `edges` maps, a press, a drop, a
key, an edit of any kind other than adding) first has every waiting item made, at once;
what the presenter last said to show is kept and drawn on each item as it is made.
"""

from __future__ import annotations

import gc
import itertools
import math
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from core.formatting import source_preview
from core.model.graph import Edge, Graph, Node
from gui.base.safety import guarded
from gui.base.theme import LIGHT, Theme
from gui.canvas.edge_item import SMALLEST_READABLE_ZOOM, EdgeItem, label_scale
from gui.canvas.input import CanvasInput
from gui.canvas.label_field import LabelField
from gui.canvas.label_layout import place_labels
from gui.canvas.node_item import (
    DETAIL_LOD,
    HEADER,
    NO_CONTENTS,
    NODE_WIDTH,
    NodeItem,
    Port,
)
from gui.canvas.overview import paint_overview
from gui.canvas.presentation import NO_ISSUE, NO_NUMBERS, Presentation
from gui.canvas.tooltips import edge_tooltip
from gui.document.document import Document
from gui.document.editor import Editor

GRID = 20
# the depth of Qt's index of where items are (see __init__): 64 cells of a big graph
BSP_DEPTH = 6
# beyond this many edges, numbers are laid out only where a view shows them
VISIBLE_ONLY = 300
# how many items are made in one turn of the event loop; more wait for the next turns
ITEMS_PER_TURN = 2000
# how far from its curve an edge's numbers may reach at 100 % (a wide array's is ~500)
NUMBER_REACH = 600.0



def hold_collector() -> None:
    """Keep Python's cyclic garbage collector from running until this turn of the event
    loop is over. Making or removing 10,000 items allocates (or frees) hundreds of
    thousands of objects, which set off full collections, each walking every object of
    the program: 0.3-0.5 s of an open or an undo of a delete of 10,000 nodes. What the
    turn left for the collector (a removed node and its ports refer to each other) is
    collected once it runs again. The flag and the timer's target are this module's, not
    a scene's: a scene deleted before the timer fires must not leave the collector off."""
    global _collector_held
    if not _collector_held and gc.isenabled():
        _collector_held = True
        gc.disable()
        QTimer.singleShot(0, _release_collector)


def _release_collector() -> None:
    global _collector_held
    if _collector_held:
        _collector_held = False
        gc.enable()


_collector_held = False

class GraphScene(QGraphicsScene):
    status_message = Signal(str)
    context_menu_requested = Signal(QPointF, QPoint)  # (scene position, screen position)
    edge_clicked = Signal(str)  # an edge's id: practice mode asks about edges
    #: the last item that waited is made: True over turns, False all at once (something
    #: needed them: a press, an edit, the maps)
    items_made = Signal(bool)

    def __init__(self, document: Document, editor: Editor, theme: Theme = LIGHT,
                 parent=None) -> None:
        super().__init__(parent)
        self.document, self.editor, self.theme = document, editor, theme
        self._nodes: dict[str, NodeItem] = {}  # read through `nodes`: see there
        self._edges: dict[str, EdgeItem] = {}
        self.stubs: dict[str, EdgeItem] = {}  # sink node id → its output stub
        self._edge_records: dict[str, Edge] = {}
        self._touching: dict[str, set[str]] = {}  # node id → ids of the edges at it
        self._highlight: str | None = None
        # first: a node removed cancels the gesture before its item goes
        self.input = CanvasInput(self)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        # Qt makes the tree as deep as there are items (16 levels for 10,000 nodes), fine
        # for small items; an edge wired 300 nodes back spans thousands of leaves, and
        # each move of it (a drag of everything) took them all out and back in.
        self.setBspTreeDepth(BSP_DEPTH)
        # Removing a selected item changes the selection; deleting 10,000 selected nodes
        # must not tell the inspector 10,000 times: it is told once, after the last one.
        self._selection_later = QTimer(self)
        self._selection_later.setSingleShot(True)
        self._selection_later.setInterval(0)
        self._selection_later.timeout.connect(self.selectionChanged.emit)
        self.label_scale = 1.0  # how much larger numbers are drawn, to stay readable
        self.zoom = 1.0  # the view's, as it last said
        # After a move or a zoom, the labels find their places again once things settle.
        self._layout_later = QTimer(self)
        self._layout_later.setSingleShot(True)
        self._layout_later.setInterval(0)
        self._layout_later.timeout.connect(self.layout_labels)
        # The items still to be made, in the order the model added them (a node before its
        # edges): ("node" or "edge", id) → the model's node or edge.
        self._due: dict[tuple[str, str], Node | Edge] = {}
        self._made_this_turn = 0
        self._turn_over = QTimer(self)  # counts a turn's items from 0 again
        self._turn_over.setSingleShot(True)
        self._turn_over.setInterval(0)
        self._turn_over.timeout.connect(self._new_turn)
        self._make_later = QTimer(self)
        self._make_later.setSingleShot(True)
        self._make_later.setInterval(0)
        self._make_later.timeout.connect(self._make_some)
        self._shown = Presentation()  # what the presenter said last: drawn on new items
        self._select_when_made: set[str] = set()  # waiting nodes `select_only` named
        # Zoomed out below DETAIL_LOD the items draw nothing: `paint_overview` draws them
        # all from the background (gui.canvas.overview), and any change repaints it.
        self._far = False
        self.selectionChanged.connect(self._redraw_far)
        s = document.signals
        s.node_added.connect(self._on_node_added)
        s.node_removed.connect(self._on_node_removed)
        s.node_changed.connect(self._on_node_changed)
        s.nodes_moved.connect(self._on_nodes_moved)
        s.edge_added.connect(self._on_edge_added)
        s.edge_removed.connect(self._on_edge_removed)
        document.graph_replaced.connect(self.rebuild)
        editor.added.connect(self.select_only)
        self.rebuild(document.graph)

    @property
    def graph(self) -> Graph:
        return self.document.graph

    @property
    def nodes(self) -> dict[str, NodeItem]:
        """Node id → its item, every node's (items that wait are made first)."""
        if self._due:
            self.finish_items()
        return self._nodes

    @property
    def edges(self) -> dict[str, EdgeItem]:
        """Edge id → its item, every edge's (items that wait are made first)."""
        if self._due:
            self.finish_items()
        return self._edges

    # -- mirroring the model ------------------------------------------------------------

    def rebuild(self, graph: Graph) -> None:
        """Items for another graph, showing no numbers yet (its result comes next)."""
        self.input.cancel()  # before its drawings go with everything else
        hold_collector()
        self.clear()
        self._highlight = None
        self._due.clear()
        self._make_later.stop()
        self._select_when_made.clear()
        self._shown = Presentation()
        self._redraw_far()
        for table in (self._nodes, self._edges, self.stubs, self._edge_records,
                      self._touching):
            table.clear()
        if len(graph.nodes) + len(graph.edges) > ITEMS_PER_TURN:
            # more than a turn's worth: all over the next turns, so that reading the file
            # and computing it are all this turn does
            self._due.update({("node", nid): node for nid, node in graph.nodes.items()})
            self._due.update({("edge", edge.id): edge for edge in graph.edges})
            self._make_later.start()
            return
        for node in graph.nodes.values():
            self._on_node_added(node)
        for edge in graph.edges:
            self._on_edge_added(edge)

    @property
    def items_pending(self) -> bool:
        """Whether some items still wait to be made (see the module's docstring)."""
        return bool(self._due)

    def finish_items(self) -> None:
        """Make every item that waits, now."""
        self._make(len(self._due), at_once=True)

    def _room_this_turn(self) -> bool:
        """Whether one more item may be made in this turn of the event loop."""
        if self._due or self._made_this_turn >= ITEMS_PER_TURN:
            if not self._make_later.isActive():
                self._make_later.start()
            return False
        if not self._made_this_turn:
            self._turn_over.start()
        self._made_this_turn += 1
        return True

    def _new_turn(self) -> None:
        self._made_this_turn = 0

    def _make_some(self) -> None:
        self._made_this_turn = 0
        self._make(ITEMS_PER_TURN)
        if self._due:
            self._make_later.start()

    def _make(self, count: int, at_once: bool = False) -> None:
        """Make the next `count` waiting items, each showing what the presenter said; when
        the last is made, the outputs' stubs, the labels' places and the selection."""
        if not self._due:
            return
        self._make_later.stop()
        due = self._due
        made_nodes: list[str] = []
        for key in list(itertools.islice(due, count)):
            thing = due.pop(key)
            if key[0] == "node":
                self._make_node(thing)
                made_nodes.append(thing.id)
            else:
                self._make_edge(thing)
        wanted = [self._nodes[n] for n in made_nodes if n in self._select_when_made]
        if wanted:  # selected with the others, in one selection change
            self._select_when_made.difference_update(made_nodes)
            self.blockSignals(True)
            try:
                for item in wanted:
                    item.setSelected(True)
            finally:
                self.blockSignals(False)
            self._selection_later.start()
        if not due:
            # from far away the batch shows when the last item is made: a repaint of the
            # whole far view after each turn doubled the turns' time
            self._redraw_far()
            self._show_stubs(self._shown.stubs)
            self._layout_later.start()
            self.items_made.emit(not at_once)

    def _on_node_added(self, node: Node) -> None:
        self._add("node", node, self._make_node)

    def _add(self, kind: str, thing: Node | Edge, make) -> None:
        """An item for a new node or edge now, or, beyond this turn's share, in a later
        turn (after everything added before it: a node's edges come after the node)."""
        if self._room_this_turn():
            make(thing)
            self._redraw_far()
        else:
            self._due[kind, thing.id] = thing

    def _make_node(self, node: Node) -> None:
        hold_collector()
        op = node.op
        item = NodeItem(node.id, node.type, op.symbol, op.inputs, op.is_source, self.theme,
                        node.label, self.label_scale)
        if op.is_source:
            item.set_body_text(source_preview(node.params))
        look = self._shown.nodes.get(node.id)
        if look is not None:
            item.set_issue(look.error, look.warning)
            if look.body is not None:
                item.set_body_text(look.body)
        if node.id == self._highlight:
            item.set_highlighted(True)
        item.setPos(*node.position)
        if self._far:
            item.setFlag(NO_CONTENTS)
        self._nodes[node.id] = item
        self._touching[node.id] = set()
        self.addItem(item)

    def _on_node_removed(self, node: Node) -> None:
        if self._due:
            self.finish_items()  # edits other than adding find every item made
        hold_collector()
        self._remove_stub(node.id)
        item = self._nodes.pop(node.id)
        self._touching.pop(node.id, None)
        self._remove_quietly(item)

    def _on_node_changed(self, node: Node, what: str) -> None:
        item = self.nodes[node.id]
        if what == "label":
            item.set_label(node.label)
        elif what == "params" and node.op.is_source:
            item.set_body_text(source_preview(node.params))

    def _on_nodes_moved(self, nodes: list[Node]) -> None:
        items = self.nodes
        self.place_nodes({n.id: QPointF(*n.position) for n in nodes
                          if items[n.id].pos() != QPointF(*n.position)})
        self._layout_later.start()

    def _on_edge_added(self, edge: Edge) -> None:
        self._add("edge", edge, self._make_edge)

    def _make_edge(self, edge: Edge) -> None:
        hold_collector()
        item = EdgeItem(edge.id, self._nodes[edge.source], self._nodes[edge.target],
                        edge.port, self.theme, self.zoom >= DETAIL_LOD)
        numbers = self._shown.edges.get(edge.id)
        if numbers is not None:
            item.show_numbers(numbers)
        if self._far:
            item.setFlag(NO_CONTENTS)
        self._edges[edge.id] = item
        self._edge_records[edge.id] = edge
        self._touching[edge.source].add(edge.id)
        self._touching[edge.target].add(edge.id)
        self.addItem(item)

    def _on_edge_removed(self, edge: Edge) -> None:
        if self._due:
            self.finish_items()
        hold_collector()
        item = self._edges.pop(edge.id)
        del self._edge_records[edge.id]
        for end in (edge.source, edge.target):
            self._touching.get(end, set()).discard(edge.id)
        self._remove_quietly(item)

    def _remove_quietly(self, item) -> None:
        """Remove an item; a selection change it makes is told once, later, for all."""
        self._redraw_far()
        if not item.isSelected():
            self.removeItem(item)
            return
        self.blockSignals(True)  # Qt would say selectionChanged for each selected item
        try:
            item.setSelected(False)
            self.removeItem(item)
        finally:
            self.blockSignals(False)
        self._selection_later.start()

    def _remove_stub(self, node_id: str) -> None:
        stub = self.stubs.pop(node_id, None)
        if stub is not None:
            self._redraw_far()
            self.removeItem(stub)

    def _follow(self, moved: dict[str, tuple[float, float]]) -> None:
        """The edges at these nodes follow them (node id → how far it moved): an edge whose
        two ends moved alike (a dragged group) is shifted as it is, without asking its
        nodes where they are; any other is laid out again, once however many ends moved."""
        edge_ids: set[str] = set()
        touching, stubs = self._touching, self.stubs
        for nid, step in moved.items():
            edge_ids.update(touching.get(nid, ()))
            if nid in stubs:
                stubs[nid].shift(*step)  # a stub's two ends are its node's
        records, edges = self._edge_records, self.edges
        for edge_id in edge_ids:
            edge = records[edge_id]
            step = moved.get(edge.source)
            if step is not None and step == moved.get(edge.target):
                edges[edge_id].shift(*step)
            else:
                edges[edge_id].update_path()

    def place_nodes(self, positions: dict[str, QPointF]) -> None:
        """Show nodes at these positions (the model's, or a drag's preview); their edges
        follow, each redrawn once however many of its ends moved."""
        moved: dict[str, tuple[float, float]] = {}
        nodes = self.nodes
        for nid, pos in positions.items():
            item = nodes.get(nid)
            if item is not None:
                was = item.pos()
                item.setPos(pos)
                moved[nid] = (pos.x() - was.x(), pos.y() - was.y())
        self._follow(moved)
        self._redraw_far()

    def sync_positions(self, node_ids) -> None:
        """Put these nodes' items back where the model has them."""
        graph = self.graph
        self.place_nodes({nid: QPointF(*graph.nodes[nid].position) for nid in node_ids
                          if nid in graph.nodes and nid in self.nodes})

    # -- what the presenter says to show ----------------------------------------------

    def show(self, presentation: Presentation) -> None:
        """Draw these numbers, issues and highlight (see `gui.canvas.presenter`); an item
        the presentation does not mention shows no numbers, an id with no item is skipped
        (an item still to be made shows them when it is made)."""
        self._shown = presentation
        edges = presentation.edges
        for edge_id, item in self._edges.items():
            item.show_numbers(edges.get(edge_id, NO_NUMBERS))
        self._show_stubs(presentation.stubs)
        looks = presentation.nodes
        for node_id, item in self._nodes.items():
            look = looks.get(node_id, NO_ISSUE)
            item.set_issue(look.error, look.warning)
            if look.body is not None:
                item.set_body_text(look.body)
        self._set_highlight(presentation.highlight)
        self._redraw_far()
        if self._due:
            self._layout_later.start()  # once the last item is made (see `_make`)
        else:
            self.layout_labels()

    def _show_stubs(self, stubs: dict) -> None:
        """A stub shows where backward starts: at each output (a named one may feed
        others); an output whose item waits gets its stub with the last items."""
        for node_id in [n for n in self.stubs if n not in stubs]:
            self._remove_stub(node_id)
        for node_id, numbers in stubs.items():
            stub = self.stubs.get(node_id)
            if stub is None:
                source = self._nodes.get(node_id)
                if source is None:
                    continue
                stub = EdgeItem(f"{node_id}->", source, None, None, self.theme,
                                self.zoom >= DETAIL_LOD)
                if self._far:
                    stub.setFlag(NO_CONTENTS)
                self.stubs[node_id] = stub
                self.addItem(stub)
            stub.show_numbers(numbers)

    def _set_far(self, on: bool) -> None:
        """Whether the items draw themselves (near) or the background draws them all
        (far: see `gui.canvas.overview`)."""
        if on == self._far:
            return
        self._far = on
        for item in [*self._nodes.values(), *self._edges.values(), *self.stubs.values()]:
            item.setFlag(NO_CONTENTS, on)
        self.update()

    def _redraw_far(self) -> None:
        """Something the far view shows changed (an item made, moved or removed, a number,
        an issue, the selection): the background draws it again, whole. Qt repaints
        nothing for an item that has no contents, so every such change calls this."""
        if self._far:
            self.update()

    @contextmanager
    def drawn_by_items(self):
        """Every item draws itself while this lasts, whatever the zoom (a picture)."""
        far = self._far
        self._set_far(False)
        try:
            yield
        finally:
            self._set_far(far)

    def set_zoom(self, zoom: float) -> None:
        """The view's zoom changed: numbers keep a readable size on screen."""
        scale = label_scale(zoom)
        was_drawn, self.zoom = self.zoom >= DETAIL_LOD, zoom
        self._set_far(zoom < DETAIL_LOD)
        if was_drawn != (zoom >= DETAIL_LOD):
            self.draw_labels(zoom >= DETAIL_LOD)  # at once: the next paint draws them
        if abs(scale - self.label_scale) > 1e-3 or was_drawn != (zoom >= DETAIL_LOD):
            self.label_scale = scale
            for item in self.nodes.values():  # titles and values grow with the numbers
                item.set_text_scale(scale)
            if len(self.edges) <= 300:
                self.layout_labels()  # at once: a few milliseconds
            else:
                self._layout_later.start()  # once the wheel stops turning

    def draw_labels(self, on: bool) -> None:
        """Whether the edges' numbers are drawn: they are the edges' own (bounds, shape,
        repaints) only then. The zoom decides; a picture of the graph draws them always."""
        for item in [*self.edges.values(), *self.stubs.values()]:
            item.set_labels_drawn(on)

    def layout_labels(self) -> None:
        """Place every edge's numbers where they overlap no other label and no node (only
        while numbers are drawn at all: zoomed out further, they wait in the middle)."""
        self._layout_later.stop()
        if self._due:
            return  # again once the last item is made (see `_make`)
        if self.zoom < DETAIL_LOD:
            for item in [*self.edges.values(), *self.stubs.values()]:
                item.set_label_place(0.5, self.label_scale)
            return
        edges, stubs, nodes = (list(self.edges.values()), list(self.stubs.values()),
                               list(self.nodes.values()))
        seen = self.seen_area() if len(edges) > VISIBLE_ONLY else None
        if seen is not None:
            # A big graph: only what the view shows (and a margin) is worth a search; the
            # rest keeps its numbers in the middle until a pan or a zoom brings it in.
            shown: list[EdgeItem] = []
            for item in edges:
                if item.curve_rect().intersects(seen):
                    shown.append(item)
                else:
                    item.set_label_place(0.5, self.label_scale)
            edges = shown
            stubs = [s for s in stubs if s.curve_rect().intersects(seen)]
            nodes = [n for n in nodes if n.sceneBoundingRect().intersects(seen)]
        obstacles = [item.mapRectToScene(item.box()).adjusted(-3, -3, 3, 3)  # a node's box
                     for item in nodes]
        place_labels(edges, stubs, obstacles, self.label_scale,
                     label_scale(self.zoom, SMALLEST_READABLE_ZOOM))

    def seen_area(self) -> QRectF | None:
        """What the views show of the scene, with a margin of half a view around it (None:
        no view)."""
        area = QRectF()
        for view in self.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            area = area.united(shown.adjusted(-shown.width() / 2, -shown.height() / 2,
                                              shown.width() / 2, shown.height() / 2))
        return area if not area.isEmpty() else None

    def view_moved(self) -> None:
        """A view panned or changed size: a big graph's numbers that came into view find
        their places, once things settle."""
        if len(self._edges) > VISIBLE_ONLY and self.zoom >= DETAIL_LOD:
            self._layout_later.start()

    def edge_tooltip(self, item: EdgeItem) -> str:
        """Built on hover only: heatmaps are too costly to make for every edge each time."""
        source = self.graph.nodes.get(item.source.node_id)
        if item.is_stub:
            title = self.tr("{label} (output)").format(label=source.label) if source else ""
        else:
            target = self.graph.nodes.get(item.target.node_id)
            title = (f"{source.label} → {target.label}.{item.port}"
                     if source and target else "")
        tip = edge_tooltip(title, item.data_value, item.data_grad, self.theme.grad_text)
        if item.value_fault or item.grad_fault:
            which = (self.tr("value and gradient") if item.value_fault and item.grad_fault
                     else self.tr("value") if item.value_fault else self.tr("gradient"))
            tip = (f"<p style='color:{self.theme.fault}'>"
                   + self.tr("⚠ The {which} here is not a finite number (∞ or NaN). The node "
                             "outlined in amber is where it started: an overflow, a log of 0 "
                             "or a division by 0.").format(which=which) + "</p>" + tip)
        return tip

    def graph_rect(self) -> QRectF:
        """The nodes and the output stubs, without the numbers."""
        rect = QRectF()
        for item in self.nodes.values():  # what a node draws, with room for its glow
            rect = rect.united(item.mapRectToScene(item.box().adjusted(-7, -7, 7, 7)))
        for stub in self.stubs.values():
            rect = rect.united(stub.scene_path().boundingRect())
        return rect

    def layout_sizes(self, scale: float):
        """What `core.model.layout.arrange` needs to know of the drawing, with numbers `scale`
        times their 100 % size."""
        from core.model.layout import Sizes
        nodes, ports, outputs = {}, {}, {}
        for nid, item in self.nodes.items():
            nodes[nid] = (item.width, item.height)
            ports[nid] = {p: port.y for p, port in item.input_ports.items()}
            outputs[nid] = item.output_port.y
        labels = {}
        for edge_id, edge in self.edges.items():
            rects = edge.label_rects(0.5, scale)
            labels[edge_id] = max((r.width() for r in rects if not r.isNull()), default=0.0)
        return Sizes(nodes, ports, outputs, labels)

    def _set_highlight(self, node_id: str | None) -> None:
        nodes = self._nodes  # a node still to be made is highlighted when it is made
        if self._highlight in nodes:
            nodes[self._highlight].set_highlighted(False)
        self._highlight = node_id
        if node_id in nodes:
            nodes[node_id].set_highlighted(True)

    def retranslate(self) -> None:
        """The sources' role captions ("const", "상수") in the current language: each node
        paints again (an item's cached picture would keep the last language's words; one
        still to be made is made speaking it)."""
        for item in self._nodes.values():
            item.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme  # what items still to be made are made with
        for item in [*self._nodes.values(), *self._edges.values(), *self.stubs.values()]:
            item.set_theme(theme)
        self.update()  # the far view too

    @guarded
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(self.theme.canvas))
        if self._far:
            hold_collector()  # 50,000 rectangles and tuples: no full collection midway
            paint_overview(painter, self.theme, rect, self._nodes.values(),
                           self._edges.values(), self.stubs.values())
            return
        if painter.worldTransform().m11() < 0.45:
            return  # a dense grid at small zoom is only noise
        painter.setPen(QPen(QColor(self.theme.grid), 1.0))
        # Lines sit at multiples of the spacing whatever part of the canvas is exposed,
        # so the strips Qt repaints separately (after a pan or a wire) line up.
        step = 2 * GRID
        x = math.floor(rect.left() / step) * step
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = math.floor(rect.top() / step) * step
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step

    # -- selection ----------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        """The selected nodes' ids (nodes still to be made that `select_only` named
        included)."""
        ids = [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]
        return ids + list(self._select_when_made)  # (made ones leave it: see `_make`)

    def selected_edges(self) -> list[Edge]:
        return [self._edge_records[i.edge_id] for i in self.selectedItems()
                if isinstance(i, EdgeItem) and not i.is_stub]

    def select_only(self, node_ids: list[str]) -> None:
        """Select exactly these nodes (new nodes, select all) with one selection change;
        a node whose item waits is selected when it is made.

        No edit: a node drag in progress goes on with the nodes it started with."""
        nodes = self._nodes
        wanted = [nodes[n] for n in node_ids if n in nodes]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self._select_when_made = {n for n in node_ids if ("node", n) in self._due}
        self.selectionChanged.emit()

    def clearSelection(self) -> None:
        """Select nothing (nodes still to be made included)."""
        self._select_when_made = set()
        super().clearSelection()

    # -- where things are ---------------------------------------------------------------

    def port_at(self, pos: QPointF, radius: float = 12.0) -> Port | None:
        """The port nearest `pos` whose grip meets the square of `radius` around it."""
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        ports = [port for item in self.items(area) if isinstance(item, NodeItem)
                 if (port := item.port_near(pos, radius)) is not None]
        if not ports:
            return None
        return min(ports, key=lambda p: (p.scenePos() - pos).manhattanLength())

    def item_at(self, pos: QPointF):
        """The node, edge or label field under `pos`, topmost first (None: the canvas)."""
        for item in self.items(pos):
            if isinstance(item, (NodeItem, EdgeItem, LabelField)):
                return item
        return None

    def free_offset(self, node_ids: list[str], gap: float = 30.0) -> tuple[float, float]:
        """How far to move copies of these nodes so they cover no node and no number: just
        below the group, else right of it, else further down (a copy on top of its original
        hid the original's ports and edges). Each place is checked against what Qt's index
        finds near it, not against every item."""
        nodes = self.nodes
        items = [nodes[n] for n in node_ids if n in nodes]
        if not items:
            return (gap, gap)
        group = QRectF()
        for item in items:
            group = group.united(item.mapRectToScene(item.box()))
        down, right = group.height() + gap, group.width() + gap
        for dx, dy in [(0, down), (right, 0), (right, down), (0, 2 * down), (right, 2 * down),
                       (2 * right, 0), (0, 3 * down)]:
            if self._is_free(group.translated(dx, dy)):
                return (round(dx), round(dy))
        return (round(right), round(down))

    def _is_free(self, area: QRectF) -> bool:
        """Whether `area` keeps 12 units from every node and covers no edge's number. An
        edge's numbers may lie outside its bounds (zoomed out, they are not drawn), so
        edges are looked for in a wider margin and their numbers measured."""
        reach = NUMBER_REACH * self.label_scale
        for item in self.items(area.adjusted(-reach, -reach, reach, reach)):
            if isinstance(item, NodeItem):
                if area.intersects(item.mapRectToScene(item.box()).adjusted(-12, -12, 12, 12)):
                    return False
            elif isinstance(item, EdgeItem) and item.has_labels:
                if any(area.intersects(r) for r in (item.value_rect(), item.grad_rect())
                       if not r.isNull()):
                    return False
        return True

    # -- edits from gestures and drops --------------------------------------------------

    def add_node_at(self, type_name: str, scene_pos: QPointF) -> str | None:
        """Add a node whose header is under `scene_pos`; returns its id."""
        pos = (scene_pos.x() - NODE_WIDTH / 2, scene_pos.y() - HEADER / 2)
        return self.editor.add_node(type_name, pos)

    # -- input: each event goes to the gesture slot (gui.canvas.input) --------------------

    def recover(self) -> None:
        """After an unexpected error in an event handler (`guarded` calls it)."""
        self.input.recover()

    @guarded
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finish_items()  # a press or a drop sees every item
        self.input.press(event, lambda: QGraphicsScene.mousePressEvent(self, event))

    @guarded
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.move(event, lambda: QGraphicsScene.mouseMoveEvent(self, event))

    @guarded
    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.input.release(event, lambda: QGraphicsScene.mouseReleaseEvent(self, event))

    @guarded
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finish_items()  # a press or a drop sees every item
        self.input.double_click(event,
                                lambda: QGraphicsScene.mouseDoubleClickEvent(self, event))

    @guarded
    def contextMenuEvent(self, event) -> None:
        self.finish_items()  # a press or a drop sees every item
        self.input.context_menu(event, lambda: QGraphicsScene.contextMenuEvent(self, event))

    @guarded
    def dragEnterEvent(self, event) -> None:
        self.finish_items()  # a press or a drop sees every item
        self.input.drag_enter(event)

    @guarded
    def dragMoveEvent(self, event) -> None:
        self.input.drag_move(event)

    @guarded
    def dropEvent(self, event) -> None:
        self.finish_items()  # a press or a drop sees every item
        self.input.drop(event)
