"""The book's MultiLayerNet, built by `core.training.networks`, opens in the editor with
every number readable, as a sample does (figures 6-9 to 6-23's nets on the canvas)."""

from __future__ import annotations

import pytest

from core.files.graph_files import save_graph
from core.training.networks import multi_layer_net


@pytest.mark.parametrize("extend", [False, True], ids=["MultiLayerNet", "Extend"])
def test_multi_layer_net_opens_fitted_with_its_numbers_readable(window, tmp_path, extend):
    from gui.canvas.edge_item import READABLE_ZOOM
    from gui.canvas.node_item import DETAIL_LOD
    path = tmp_path / "net.json"
    save_graph(multi_layer_net(batchnorm=extend, dropout=0.5 if extend else None), path)
    window.resize(1400, 900)
    assert window.files.open_file(path, ask=False)
    scene, zoom = window.scene, window.view.zoom()
    graph = window.document.graph
    assert len(scene.nodes) == len(graph.nodes) == (38 if extend else 22)
    assert zoom >= DETAIL_LOD  # the numbers are drawn at this zoom
    assert zoom * scene.label_scale >= READABLE_ZOOM - 1e-9
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for item in scene.edges.values():
        assert visible.contains(item.value_rect()), item.edge_id
    assert window.document.result.values["loss"] is not None  # it computed: L on the canvas


def test_multi_layer_net_numbers_cover_each_other_nowhere(window, tmp_path):
    path = tmp_path / "net.json"
    save_graph(multi_layer_net(), path)
    assert window.files.open_file(path, ask=False)
    rects = []
    for item in window.scene.edges.values():
        rects += [(item.edge_id, item.value_rect())]
        if item.data_grad is not None:
            rects += [(item.edge_id, item.grad_rect())]
    for i, (name, a) in enumerate(rects):
        for other, b in rects[i + 1:]:
            assert not a.adjusted(-2, -2, 2, 2).intersects(b), (name, other)
